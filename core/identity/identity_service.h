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
    static Result<CryptoIdentity> create(const IdentityInit &init);

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
