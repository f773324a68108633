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

#include <QMutex>
#include <QString>
#include <QStringList>

#include <future>
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

// How a front end sets up its IdentityService.
struct IdentityOptions {
    QString home;                         // the global folder; empty = IdentityService::defaultHome()
    std::optional<KeyStoreKind> keyStore; // nullopt = follow NOORM_KEY_STORE (KeyStore::kindFromEnvironment)
    PassphraseProvider passphrase;        // asks for the opt-in key file's passphrase; may be empty
};

// One user's identity as a front end sees it. There is no process-wide identity: each
// front end (the CLI's Runtime, the desktop app) owns an IdentityService and hands it to
// what needs the key (Workspace, IdentityReplacement). Its key cache and notices are its
// own. Safe to use from any thread; keychain calls block the calling thread (run them on a
// worker in a GUI), never the thread the keychain jobs run on.
class IdentityService {
public:
    static constexpr char kPublicKeyFile[] = "identity.pub";
    static constexpr char kMetadataFile[] = "identity.json";
    static constexpr char kLegacyPrivateKeyFile[] = "identity.key"; // the original's plain-text key

    // ~/.noorm (the NOORM_HOME environment variable overrides it, for tests and sandboxes).
    static QString defaultHome();

    explicit IdentityService(IdentityOptions options = {});
    IdentityService(const IdentityService &) = delete;
    IdentityService &operator=(const IdentityService &) = delete;

    // The global folder this service reads and writes (identity files, key file; the
    // known-states list lives there too: KnownStates::inHome).
    QString globalDir() const { return m_home; }

    // From identity.json (with identity.pub's key, as the original does); nullopt if none.
    Result<std::optional<CryptoIdentity>> current() const;
    // current(), where there must be one: NotFound (with the hint to create it) when there is none.
    Result<CryptoIdentity> required() const;

    // New keypair; the private key goes into the key store, then identity.pub and
    // identity.json are written. Refuses to replace an identity unless `force`.
    // create() = prepare() + commit(); replacing an identity whose key encrypted project
    // states goes through IdentityReplacement (core/workspace), which re-encrypts them between.
    Result<CryptoIdentity> create(const IdentityInit &init);
    // The checks and the new keypair of create(); nothing is written.
    Result<PreparedIdentity> prepare(const IdentityInit &init) const;
    // The writes of create(): key into the key store, then identity.pub and identity.json.
    Result<CryptoIdentity> commit(const PreparedIdentity &prepared);

    // Changes the name and/or email and keeps the keypair, so every state stays readable.
    // The identity hash covers both, so the private key moves to the new hash's key-store
    // entry (read back before identity.json changes; the old entry is removed after).
    Result<CryptoIdentity> edit(const IdentityEdit &edit);

    // Hex PKCS#8 DER private key of the current identity, checked against its public key.
    // Kept in memory by this service once read, so a passphrase is asked once per run, not
    // on every state load and save; create() and forgetPrivateKey() drop it.
    Result<Secret> privateKey();
    void forgetPrivateKey();
    // Starts reading the private key from the OS keychain on another thread, for a command
    // that will need it: privateKey() then takes what it read instead of asking again.
    // Nothing without an identity, with the passphrase key file (which may ask), or when
    // the key is read already. The thread is detached, so nothing waits for a read nobody
    // takes; a program that prefetches takes the key before it ends (the CLI leaves with
    // _Exit, which ends the thread too).
    void prefetchPrivateKey();

    // Messages for the user that calls since the last take left (the legacy key imported,
    // a plain key file left behind), oldest first; taking them clears them.
    QStringList takeNotices();

    // The key store of the options: the keychain unless the user opted in to the
    // passphrase file (in the options, or with NOORM_KEY_STORE=file).
    KeyStore keyStore() const;

private:
    QString globalFile(const char *name) const;
    QString cacheTag(const CryptoIdentity &id, KeyStoreKind kind) const;
    void remember(const QString &tag, const Secret &key);
    void addNotice(const QString &text);
    Status writeMetadata(const CryptoIdentity &identity) const;
    Status checkKeyMatches(const Secret &privateKeyHex, const CryptoIdentity &identity, const QString &where) const;

    const QString m_home;
    const std::optional<KeyStoreKind> m_keyStoreKind;
    const PassphraseProvider m_passphrase;

    mutable QMutex m_mutex; // guards what follows
    QStringList m_notices;
    // The key last read, with what it was read for: another identity or store must not be
    // served this one.
    QString m_cachedFor;
    Secret m_cachedKey;
    // The read prefetchPrivateKey() started, with the tag it is for.
    QString m_prefetchFor;
    std::shared_future<Result<std::optional<Secret>>> m_prefetch;
};

} // namespace noorm
