#pragma once
// StateStore: reads and writes one project's encrypted state, <root>/.noorm/state/state.enc.
// Writes are atomic (QSaveFile) and only ever put ciphertext on disk. A state file that
// cannot be decrypted with the given key is never overwritten unless the caller says so
// explicitly: a wrong key must not destroy the configs and secrets of the right one.
// Every load and write lists the project in KnownStates under the key's public key, so
// replacing the identity can find the states it must re-encrypt.

#include "common/result.h"
#include "common/secret.h"
#include "state/known_states.h"
#include "state/state.h"

#include <QString>

#include <memory>

namespace noorm {

class Logger;

enum class StateOverwrite {
    OnlyIfReadable, // refuse when the existing file does not decrypt with this key
    Always,         // the user explicitly chose to discard the old state
};

class StateStore {
public:
    // `knownStates`: the list writes record the project in (the identity's home); `logger`:
    // where a failure to record it is logged (none: not logged; the state is fine either way).
    explicit StateStore(const QString &projectRoot, KnownStates knownStates = KnownStates(),
                        std::shared_ptr<Logger> logger = {});

    QString path() const { return m_path; }
    // The lock file writers hold while they read, change and save the state (QLockFile).
    QString lockPath() const { return m_path + QStringLiteral(".lock"); }
    bool exists() const;

    // No file yet: an empty State.
    Result<State> load(const Secret &privateKeyHex) const;
    // Creates .noorm/state/ when needed; stamps this build's version.
    Status save(const State &state, const Secret &privateKeyHex,
                StateOverwrite overwrite = StateOverwrite::OnlyIfReadable) const;

    // The file's decrypted JSON, as it is (no migration).
    Result<Secret> decrypt(const Secret &privateKeyHex) const;
    // The same plaintext, sealed with another key (a replaced identity's states). A newer
    // noorm's state may be re-encrypted: nothing in it changes.
    Status reencrypt(const Secret &fromKeyHex, const Secret &toKeyHex) const;

private:
    Status write(const QByteArray &plaintext, const Secret &privateKeyHex) const;
    // Lists the project in KnownStates under this key's public key.
    void listUnder(const Secret &privateKeyHex) const;

    QString m_root;
    QString m_path;
    KnownStates m_knownStates;
    std::shared_ptr<Logger> m_logger;
};

} // namespace noorm
