#pragma once
// Where a private key lives. By default the OS keychain (QtKeychain: service "noorm",
// account = the identity hash, so each user+machine identity has one entry and re-creating
// the same identity with --force replaces it). On machines without a keychain the user can
// opt in (NOORM_KEY_STORE=file, or KeyStoreKind::PassphraseFile from the front end) to
// ~/.noorm/identity.key.enc, sealed with a passphrase. Never plain text, never silently.

#include "common/result.h"
#include "common/secret.h"

#include <QString>
#include <functional>
#include <optional>

namespace noorm {

enum class KeyStoreKind { Keychain, PassphraseFile };

struct PassphraseRequest {
    QString file;      // the key file the passphrase is for
    bool creating = false; // true: a new passphrase is being chosen (the front end may ask twice)
};
// Supplied by the front end (a hidden prompt); core never prompts itself.
using PassphraseProvider = std::function<Result<Secret>(const PassphraseRequest &)>;

class KeyStore {
public:
    static constexpr char kService[] = "noorm";
    static constexpr char kKeyFileName[] = "identity.key.enc";

    KeyStore(KeyStoreKind kind, QString globalDir, PassphraseProvider passphrase = {});

    // NOORM_KEY_STORE=file selects the passphrase file; anything else (or unset) the keychain.
    static KeyStoreKind kindFromEnvironment();

    KeyStoreKind kind() const { return m_kind; }
    // For messages: "the OS keychain" or the key file's path.
    QString location() const;
    QString keyFilePath() const;

    Status store(const QString &account, const Secret &privateKeyHex) const;
    // nullopt: no key stored for this account.
    Result<std::optional<Secret>> load(const QString &account) const;
    // Removes this account's key; a key stored for another account is left alone.
    Status remove(const QString &account) const;

private:
    Result<Secret> passphrase(bool creating) const;

    KeyStoreKind m_kind;
    QString m_globalDir;
    PassphraseProvider m_passphrase;
};

} // namespace noorm
