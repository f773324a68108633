#pragma once
// ConfigShare: `config export` and `config import`, as the original shares a config with a
// teammate: the config without its user and password (each person connects as themselves),
// with its secrets, encrypted for one person's public key (crypto/share_payload.h) in a
// `<name>.noorm.enc` file the original reads and writes too. See docs/sharing.md.

#include "common/result.h"
#include "common/secret.h"
#include "config/config.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace noorm {

class Workspace;

// Who a share is for: a public key given as is, or a known user found by email or identity hash.
struct ShareRecipient {
    QString email;     // empty when only the key is known
    QString publicKey; // hex SPKI
};

struct ExportedConfig {
    QString configName;
    QString suggestedFileName; // <name>.noorm.enc
    QByteArray fileContents;   // the payload JSON
    QString recipientEmail;
    QStringList secretKeys;    // what went in (names only)
};

// A share opened with this user's private key, not saved yet: shown before importing.
struct SharedConfig {
    QString sender;
    QString recipient;
    QJsonObject config;           // the config's fields as the file has them, no user/password
    QMap<QString, Secret> secrets;
};

struct ConfigImport {
    QString name;   // empty: the name in the file
    QString user;   // the importing user's own credentials
    Secret password;
    bool passwordGiven = false; // asked for (prompt, stdin): an empty one is then refused
    bool replace = false; // an existing config of that name is replaced (after asking)
};

class ConfigShare {
public:
    explicit ConfigShare(Workspace &workspace) : m_ws(workspace) {}

    // `to`: a hex public key (SPKI), or the email or identity hash of a known user (an email
    // with several machines must be told apart by hash: the error lists them).
    Result<ShareRecipient> recipient(const QString &to);
    Result<ExportedConfig> exportConfig(const QString &name, const QString &to);
    // Writes an export atomically; refuses to replace a file unless `overwrite`.
    static Status writeFile(const QString &path, const QByteArray &contents, bool overwrite);

    // Reads and decrypts `path`: clear errors for a file that is not a share, from a newer
    // version, damaged, or meant for someone else.
    Result<SharedConfig> open(const QString &path);
    // Saves the shared config under `request.name` (or its own) with the importing user's
    // credentials, and its secrets under that same name, in one state update. Refused when a
    // config of that name exists and `replace` is false.
    // What import() refuses before it reads any state: an empty password that was asked for
    // (config add's rule and message). Check it before asking anything else.
    static Status checkRequest(const ConfigImport &request);
    Result<Config> import(const SharedConfig &shared, const ConfigImport &request);

private:
    Workspace &m_ws;
};

} // namespace noorm
