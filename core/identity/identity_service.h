#pragma once
// The user's global cryptographic identity (~/.noorm): reading it, creating it, and getting
// its private key from the key store. The CLI's `identity` verbs and the GUI's identity
// dialog call this; the private key is what decrypts project state and shared configs.
// A private key left in plain text by the original noorm (~/.noorm/identity.key) is copied
// into the key store on first use, whichever command needs it; takeNotices() then gives
// the front end the message to show (core prints nothing).

#include "common/result.h"
#include "common/secret.h"
#include "identity/crypto_identity.h"
#include "identity/key_store.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace noorm {

struct IdentityInit {
    QString name;
    QString email;
    bool force = false; // replace an existing identity
};

// A new identity before anything is written: see IdentityService::prepare().
struct PreparedIdentity {
    CryptoIdentity identity;
    Secret privateKey; // hex PKCS#8 DER
};

// New name and/or email for the current identity (unset = keep).
struct IdentityEdit {
    std::optional<QString> name;
    std::optional<QString> email;
};

class IdentityService {
public:
    static constexpr char kPublicKeyFile[] = "identity.pub";
    static constexpr char kMetadataFile[] = "identity.json";
    static constexpr char kLegacyPrivateKeyFile[] = "identity.key"; // the original's plain-text key

    // ~/.noorm (the NOORM_HOME environment variable overrides it, for tests and sandboxes).
    static QString globalDir();

    // From identity.json (with identity.pub's key, as the original does); nullopt if none.
    static Result<std::optional<CryptoIdentity>> current();

    // New keypair; the private key goes into the key store, then identity.pub and
    // identity.json are written. Refuses to replace an identity unless `force`.
    // create() = prepare() + commit(); replacing an identity whose key encrypted project
    // states goes through IdentityReplacement (core/workspace), which re-encrypts them between.
    static Result<CryptoIdentity> create(const IdentityInit &init);
    // The checks and the new keypair of create(); nothing is written.
    static Result<PreparedIdentity> prepare(const IdentityInit &init);
    // The writes of create(): key into the key store, then identity.pub and identity.json.
    static Result<CryptoIdentity> commit(const PreparedIdentity &prepared);

    // Changes the name and/or email and keeps the keypair, so every state stays readable.
    // The identity hash covers both, so the private key moves to the new hash's key-store
    // entry (read back before identity.json changes; the old entry is removed after).
    static Result<CryptoIdentity> edit(const IdentityEdit &edit);

    // Hex PKCS#8 DER private key of the current identity, checked against its public key.
    // Kept in memory for the rest of the process once read, so a passphrase is asked once
    // per run, not on every state load and save; create() and forgetPrivateKey() drop it.
    static Result<Secret> privateKey();
    static void forgetPrivateKey();

    // Messages for the user that calls since the last take left (the legacy key imported,
    // a plain key file left behind), oldest first; taking them clears them.
    static QStringList takeNotices();

    // Front-end hooks. The key store is the keychain unless the user opted in to the
    // passphrase file, here or with NOORM_KEY_STORE=file; nullopt = follow the environment.
    static void setKeyStoreKind(std::optional<KeyStoreKind> kind);
    static void setPassphraseProvider(PassphraseProvider provider);
    static KeyStore keyStore();
};

} // namespace noorm
