#pragma once
// Errors are values in noorm: an Error says what kind of failure it is (so any front end
// can react: the CLI maps kinds to exit codes in cli/exit_codes.h, the desktop app picks
// an icon or offers a retry), a message for people, where the fact was found (file, line,
// column, key), and a hint: what the user can do about it, as an action the front end
// renders in its own words (a command line in the CLI, a button in the desktop app).
// Messages hold no front-end syntax (no `noorm db create`, no `--force`): that is the hint.

#include "common/tr.h"

#include <QString>

namespace noorm {

enum class ErrorKind {
    Failed,       // fits no kind below: state, files, crypto, internal
    InvalidInput, // a value the user gave (an argument, a typed answer) is not acceptable
    InvalidData,  // a file or stored value noorm read is not valid (names file, line or key)
    NotFound,     // config, change, file, table, key, identity, project
    Refused,      // protected config, locked stage, confirmation missing, already exists
    Connection,   // the server or database file cannot be reached or opened
    Auth,         // credentials, key or passphrase rejected
    Execution,    // a SQL file, statement or change failed
    LockHeld,     // another deploy holds the config's lock
    Cancelled,    // the user stopped it
};

// Stable names for JSON and logs: "failed", "invalid-input", ..., "cancelled".
QString errorKindName(ErrorKind kind);

// What the user can do next. `subject` is what the action applies to (a config name, a
// secret key); the front end turns the pair into its own words.
struct Hint {
    enum class Action {
        None,
        InitProject,     // create a project here
        CreateIdentity,  // make the user's identity
        ReplaceIdentity, // make a new identity in place of the current one
        AddConfig,       // add a config (or choose one, or describe one in the environment)
        UseConfig,       // choose one of the configs `subject` ("dev, prod") as the active one
        EditConfig,      // edit the existing config `subject`
        CreateDatabase,  // create the database of config `subject`
        SetSecret,       // set secret `subject` for the config
        SetGlobalSecret, // set global secret `subject`
        GivePassphrase,  // give the key file's passphrase (environment or prompt)
        Force,           // repeat, forcing it
        Confirm,         // repeat, confirming it
        SyncVault,       // pull the team vault's secrets meant for you
        RunBuild,        // build the schema (what was torn down and not built again)
    };
    Action action = Action::None;
    QString subject;

    bool isEmpty() const { return action == Action::None; }
};

struct Error {
    ErrorKind kind = ErrorKind::Failed;
    QString message;
    QString file;       // where it happened, when known
    int line = 0;       // 1-based, 0 = unknown
    int column = 0;     // 1-based, 0 = unknown
    QString key;        // settings/config key, when relevant
    Hint hint;

    static Error make(ErrorKind kind, const QString &message) { return {kind, message, {}, 0, 0, {}, {}}; }
    static Error failed(const QString &message) { return make(ErrorKind::Failed, message); }
    static Error invalidInput(const QString &message) { return make(ErrorKind::InvalidInput, message); }
    static Error invalidData(const QString &message) { return make(ErrorKind::InvalidData, message); }
    static Error notFound(const QString &message) { return make(ErrorKind::NotFound, message); }
    static Error refused(const QString &message) { return make(ErrorKind::Refused, message); }
    static Error connection(const QString &message) { return make(ErrorKind::Connection, message); }
    static Error auth(const QString &message) { return make(ErrorKind::Auth, message); }
    static Error execution(const QString &message) { return make(ErrorKind::Execution, message); }
    static Error lockHeld(const QString &message) { return make(ErrorKind::LockHeld, message); }
    static Error cancelled(const QString &message) { return make(ErrorKind::Cancelled, message); }
    // Invalid content at file:line:column.
    static Error at(const QString &file, int line, int column, const QString &message)
    {
        return {ErrorKind::InvalidData, message, file, line, column, {}, {}};
    }

    // A file or folder that cannot be read, written or created.
    static Error io(const QString &path, const QString &message) { return {ErrorKind::Failed, message, path, 0, 0, {}, {}}; }

    Error &withHint(Hint::Action action, const QString &subject = QString())
    {
        hint = {action, subject};
        return *this;
    }
    Error &withKey(const QString &k)
    {
        key = k;
        return *this;
    }
    Error &inFile(const QString &path)
    {
        file = path;
        return *this;
    }

    // "file:line:column: message (key: k)" with the parts that are known; no hint.
    QString toString() const;
};

} // namespace noorm
