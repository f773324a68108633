#include "identity/identity_service.h"

#include "common/private_file.h"

#include "crypto/x25519.h"
#include "identity/identity_hash.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QSaveFile>
#include <memory>
#include <thread>
#include <utility>

namespace noorm {

namespace {

Error noIdentityYet(const QString &home)
{
    return Error::notFound(tr("no identity in %1 yet").arg(home)).withHint(Hint::Action::CreateIdentity);
}

Status writeFile(const QString &path, const QByteArray &content, QFileDevice::Permissions permissions)
{
    return writeFileAtomically(path, content, permissions);
}

constexpr QFileDevice::Permissions kPublicFilePermissions =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;

// Stores the key, and counts it as stored in the keychain only once the keychain gives the
// same key back (it is another process, with its own collections and locks). The passphrase
// file is written atomically by noorm itself; reading it back would only ask the passphrase
// once more.
Status storeAndReadBack(const KeyStore &store, const QString &account, const Secret &privateKeyHex)
{
    if (Status stored = store.store(account, privateKeyHex); !stored)
        return stored;
    if (store.kind() != KeyStoreKind::Keychain)
        return {};
    auto readBack = store.load(account);
    if (!readBack)
        return readBack.error();
    if (!readBack->has_value() || !(**readBack == privateKeyHex))
        return Error::failed(tr("%1 did not give back the private key just stored for identity %2")
                                  .arg(store.location(), account.left(8)));
    return {};
}

} // namespace

QString IdentityService::defaultHome()
{
    const QString overridden = qEnvironmentVariable("NOORM_HOME");
    if (!overridden.isEmpty())
        return QDir::cleanPath(overridden);
    return QDir(QDir::homePath()).filePath(QStringLiteral(".noorm"));
}

IdentityService::IdentityService(IdentityOptions options)
    : m_home(options.home.isEmpty() ? defaultHome() : QDir::cleanPath(options.home)),
      m_keyStoreKind(options.keyStore),
      m_passphrase(std::move(options.passphrase))
{
}

QString IdentityService::globalFile(const char *name) const { return QDir(m_home).filePath(QLatin1String(name)); }

QString IdentityService::cacheTag(const CryptoIdentity &id, KeyStoreKind kind) const
{
    return id.identityHash + QLatin1Char('\n') + id.publicKey + QLatin1Char('\n') + QString::number(int(kind));
}

void IdentityService::remember(const QString &tag, const Secret &key)
{
    QMutexLocker locker(&m_mutex);
    m_cachedFor = tag;
    m_cachedKey = key;
}

void IdentityService::addNotice(const QString &text)
{
    QMutexLocker locker(&m_mutex);
    m_notices << text;
}

Status IdentityService::writeMetadata(const CryptoIdentity &identity) const
{
    return writeFile(globalFile(kMetadataFile), QJsonDocument(identity.toJson()).toJson(QJsonDocument::Indented),
                     kPublicFilePermissions);
}

// The key must belong to identity.pub: a mismatched key would encrypt state nobody else
// (and no later run) can match to this identity.
Status IdentityService::checkKeyMatches(const Secret &privateKeyHex, const CryptoIdentity &identity,
                                        const QString &where) const
{
    auto derived = x25519PublicKeyFor(privateKeyHex);
    if (!derived)
        return Error::failed(tr("the private key in %1 is unusable: %2").arg(where, derived.error().message));
    if (derived->compare(identity.publicKey, Qt::CaseInsensitive) != 0)
        return Error::failed(tr("the private key in %1 does not belong to the public key in %2")
                                  .arg(where, globalFile(kPublicKeyFile)));
    return {};
}

void IdentityService::forgetPrivateKey()
{
    QMutexLocker locker(&m_mutex);
    m_cachedFor.clear();
    m_cachedKey.clear();
    m_prefetchFor.clear();
    m_prefetch = {};
}

KeyStore IdentityService::keyStore() const
{
    return KeyStore(m_keyStoreKind.value_or(KeyStore::kindFromEnvironment()), m_home, m_passphrase);
}

QStringList IdentityService::takeNotices()
{
    QMutexLocker locker(&m_mutex);
    return std::exchange(m_notices, QStringList());
}

Result<std::optional<CryptoIdentity>> IdentityService::current() const
{
    const QString metaPath = globalFile(kMetadataFile);
    QFile meta(metaPath);
    if (!meta.exists())
        return std::optional<CryptoIdentity>();
    if (!meta.open(QIODevice::ReadOnly))
        return Error::io(metaPath, tr("cannot read: %1").arg(meta.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(meta.readAll(), &parseError);
    if (!doc.isObject())
        return Error::at(metaPath, 0, 0, tr("not valid JSON: %1").arg(parseError.errorString()));
    auto identity = CryptoIdentity::fromJson(doc.object());
    if (!identity) {
        Error e = identity.error();
        e.file = metaPath;
        return e;
    }
    // identity.pub wins over the copy in identity.json (the original's loadExistingIdentity).
    QFile pub(globalFile(kPublicKeyFile));
    if (pub.open(QIODevice::ReadOnly)) {
        const QString key = QString::fromLatin1(pub.readAll()).trimmed();
        if (!key.isEmpty())
            identity->publicKey = key;
    }
    return std::optional<CryptoIdentity>(std::move(*identity));
}

Result<CryptoIdentity> IdentityService::create(const IdentityInit &init)
{
    Result<PreparedIdentity> prepared = prepare(init);
    if (!prepared)
        return prepared.error();
    return commit(*prepared);
}

Result<PreparedIdentity> IdentityService::prepare(const IdentityInit &init) const
{
    const QString name = init.name.trimmed();
    const QString email = init.email.trimmed();
    if (name.isEmpty())
        return Error::invalidInput(tr("a name is required for the identity"));
    if (email.isEmpty())
        return Error::invalidInput(tr("an email is required for the identity"));
    if (!init.force) {
        for (const char *file : {kMetadataFile, kPublicKeyFile, kLegacyPrivateKeyFile}) {
            if (QFile::exists(globalFile(file)))
                return Error::refused(tr("an identity already exists in %1").arg(m_home))
                    .withHint(Hint::Action::ReplaceIdentity);
        }
    }

    X25519KeyPair keys = generateX25519KeyPair();
    PreparedIdentity prepared;
    CryptoIdentity &identity = prepared.identity;
    identity.name = name;
    identity.email = email;
    identity.machine = currentMachine();
    identity.os = currentOs();
    identity.identityHash = identityHash(email, name, identity.machine, identity.os);
    identity.publicKey = keys.publicKey;
    identity.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    prepared.privateKey = std::move(keys.privateKey);
    return prepared;
}

Result<CryptoIdentity> IdentityService::commit(const PreparedIdentity &prepared)
{
    forgetPrivateKey();
    const CryptoIdentity &identity = prepared.identity;
    if (Status made = makePrivateDir(m_home); !made) // ~/.noorm holds keys and identity files: the user's only
        return made.error();
    // Key first: identity files without a stored key would be an identity nobody can use.
    if (Status stored = keyStore().store(identity.identityHash, prepared.privateKey); !stored)
        return stored.error();
    if (Status s = writeFile(globalFile(kPublicKeyFile), identity.publicKey.toLatin1(), kPublicFilePermissions); !s)
        return s.error();
    if (Status s = writeMetadata(identity); !s)
        return s.error();

    const QString legacyKey = globalFile(kLegacyPrivateKeyFile);
    if (QFile::exists(legacyKey))
        addNotice(QStringLiteral("%1 holds the private key of the replaced identity in plain text; "
                                 "delete it unless you still need it")
                      .arg(legacyKey));
    return identity;
}

Result<CryptoIdentity> IdentityService::required() const
{
    Result<std::optional<CryptoIdentity>> identity = current();
    if (!identity)
        return identity.error();
    if (!identity->has_value())
        return noIdentityYet(m_home);
    return **identity;
}

Result<CryptoIdentity> IdentityService::edit(const IdentityEdit &edit)
{
    Result<CryptoIdentity> current = required();
    if (!current)
        return current.error();
    const CryptoIdentity before = *current;
    CryptoIdentity after = before;
    after.name = edit.name.value_or(before.name).trimmed();
    after.email = edit.email.value_or(before.email).trimmed();
    if (after.name.isEmpty())
        return Error::invalidInput(tr("the identity's name cannot be empty"));
    if (after.email.isEmpty())
        return Error::invalidInput(tr("the identity's email cannot be empty"));
    // Machine and OS stay as recorded: only what the user asked to change changes the hash.
    after.identityHash = identityHash(after.email, after.name, after.machine, after.os);
    if (after.toJson() == before.toJson())
        return after;

    if (after.identityHash != before.identityHash) {
        auto key = privateKey();
        if (!key)
            return key.error();
        const KeyStore store = keyStore();
        if (Status stored = storeAndReadBack(store, after.identityHash, *key); !stored) {
            Error e = stored.error();
            e.message += QStringLiteral("; the identity is unchanged");
            return e;
        }
        if (Status s = writeMetadata(after); !s)
            return s.error();
        forgetPrivateKey();
        if (Status removed = store.remove(before.identityHash); !removed)
            addNotice(QStringLiteral("the key-store entry of the old identity hash %1 could not be removed: %2")
                          .arg(before.identityHash, removed.error().message));
        return after;
    }
    if (Status s = writeMetadata(after); !s)
        return s.error();
    return after;
}

void IdentityService::prefetchPrivateKey()
{
    Result<std::optional<CryptoIdentity>> identity = current();
    if (!identity || !identity->has_value())
        return;
    const KeyStore store = keyStore();
    if (store.kind() != KeyStoreKind::Keychain)
        return;
    const QString tag = cacheTag(**identity, store.kind());
    QMutexLocker locker(&m_mutex);
    if ((m_cachedFor == tag && !m_cachedKey.isEmpty()) || m_prefetchFor == tag)
        return;
    m_prefetchFor = tag;
    // On a thread of its own, detached: a command that ends without the key (a usage error)
    // does not wait for it, nor for a keyring's unlock prompt.
    auto read = std::make_shared<std::promise<Result<std::optional<Secret>>>>();
    m_prefetch = read->get_future().share();
    std::thread([read, store, account = (*identity)->identityHash] { read->set_value(store.load(account)); }).detach();
}

Result<Secret> IdentityService::privateKey()
{
    Result<CryptoIdentity> identity = required();
    if (!identity)
        return identity.error();
    const CryptoIdentity &id = *identity;
    const KeyStore store = keyStore();
    const QString tag = cacheTag(id, store.kind());
    std::shared_future<Result<std::optional<Secret>>> prefetched;
    {
        QMutexLocker locker(&m_mutex);
        if (m_cachedFor == tag && !m_cachedKey.isEmpty())
            return m_cachedKey;
        if (m_prefetchFor == tag)
            prefetched = m_prefetch;
        m_prefetchFor.clear();
        m_prefetch = {};
    }

    Result<std::optional<Secret>> stored = prefetched.valid() ? prefetched.get() : store.load(id.identityHash);
    if (!stored)
        return stored.error();
    if (stored->has_value()) {
        if (Status ok = checkKeyMatches(**stored, id, store.location()); !ok)
            return ok.error();
        remember(tag, **stored);
        return std::move(**stored);
    }

    // The original kept the key in plain text; move it into the store once.
    const QString legacyPath = globalFile(kLegacyPrivateKeyFile);
    QFile legacy(legacyPath);
    if (legacy.exists()) {
        if (!legacy.open(QIODevice::ReadOnly))
            return Error::io(legacyPath, tr("cannot read: %1").arg(legacy.errorString()));
        QByteArray raw = legacy.readAll();
        Secret key(raw.trimmed());
        wipe(raw);
        if (Status ok = checkKeyMatches(key, id, legacyPath); !ok)
            return ok.error();
        if (Status saved = storeAndReadBack(store, id.identityHash, key); !saved)
            return saved.error();
        // The file stays: the original noorm on this machine still reads its key from it.
        addNotice(QStringLiteral("imported your private key from %1 into %2. %1 still holds it in plain text; "
                                 "you may delete it unless the original noorm on this machine still uses it")
                      .arg(legacyPath, store.location()));
        remember(tag, key);
        return key;
    }
    return Error::notFound(tr("no private key for identity %1 (%2) in %3")
                               .arg(id.identityHash.left(8), id.display(), store.location()))
        .withHint(Hint::Action::ReplaceIdentity);
}

} // namespace noorm
