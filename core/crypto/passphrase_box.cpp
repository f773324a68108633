#include "crypto/passphrase_box.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace noorm {

namespace {

// Upper bounds for values read from a file, so a crafted file cannot make us allocate
// gigabytes or spin for minutes.
constexpr qint64 kMaxMemLimit = qint64(1) << 30;
constexpr qint64 kMaxOpsLimit = 16;

auto uc(const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); }
auto uc(QByteArray &b) { return reinterpret_cast<unsigned char *>(b.data()); }

Result<QByteArray> deriveKey(const Secret &passphrase, const QByteArray &salt, qint64 ops, qint64 mem)
{
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    const QByteArray &pw = passphrase.revealBytes();
    if (crypto_pwhash(uc(key), static_cast<unsigned long long>(key.size()), pw.constData(),
                      static_cast<unsigned long long>(pw.size()), uc(salt), static_cast<unsigned long long>(ops),
                      static_cast<size_t>(mem), crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        wipe(key);
        return Error::failed(tr("Argon2id key derivation failed (out of memory?)"));
    }
    return key;
}

} // namespace

Result<QByteArray> sealWithPassphrase(const Secret &plaintext, const Secret &passphrase)
{
    if (sodium_init() < 0)
        return Error::failed(tr("libsodium failed to initialise"));
    if (passphrase.isEmpty())
        return Error::invalidInput(tr("the passphrase must not be empty"));
    const qint64 ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const qint64 mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), static_cast<size_t>(nonce.size()));

    auto key = deriveKey(passphrase, salt, ops, mem);
    if (!key)
        return key.error();
    const QByteArray &plain = plaintext.revealBytes();
    QByteArray boxed(plain.size() + crypto_secretbox_MACBYTES, Qt::Uninitialized);
    crypto_secretbox_easy(uc(boxed), uc(plain), static_cast<unsigned long long>(plain.size()), uc(nonce), uc(*key));
    wipe(*key);

    const QJsonObject json{
        {QStringLiteral("format"), QLatin1String(kPassphraseBoxFormat)},
        {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
        {QStringLiteral("opslimit"), ops},
        {QStringLiteral("memlimit"), mem},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
        {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
        {QStringLiteral("ciphertext"), QString::fromLatin1(boxed.toBase64())},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

Result<Secret> openWithPassphrase(const QByteArray &fileContent, const Secret &passphrase)
{
    if (sodium_init() < 0)
        return Error::failed(tr("libsodium failed to initialise"));
    const QJsonObject json = QJsonDocument::fromJson(fileContent).object();
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(kPassphraseBoxFormat)
        || json.value(QStringLiteral("kdf")).toString() != QLatin1String("argon2id13"))
        return Error::invalidData(tr("not a noorm passphrase-protected file (expected format %1)")
                                  .arg(QLatin1String(kPassphraseBoxFormat)));
    const qint64 ops = json.value(QStringLiteral("opslimit")).toInteger();
    const qint64 mem = json.value(QStringLiteral("memlimit")).toInteger();
    const QByteArray salt = QByteArray::fromBase64(json.value(QStringLiteral("salt")).toString().toLatin1());
    const QByteArray nonce = QByteArray::fromBase64(json.value(QStringLiteral("nonce")).toString().toLatin1());
    const QByteArray boxed = QByteArray::fromBase64(json.value(QStringLiteral("ciphertext")).toString().toLatin1());
    if (ops < static_cast<qint64>(crypto_pwhash_OPSLIMIT_MIN) || ops > kMaxOpsLimit
        || mem < static_cast<qint64>(crypto_pwhash_MEMLIMIT_MIN) || mem > kMaxMemLimit
        || salt.size() != crypto_pwhash_SALTBYTES || nonce.size() != crypto_secretbox_NONCEBYTES
        || boxed.size() < static_cast<qsizetype>(crypto_secretbox_MACBYTES))
        return Error::failed(tr("the passphrase-protected file is damaged (bad parameters)"));

    auto key = deriveKey(passphrase, salt, ops, mem);
    if (!key)
        return key.error();
    QByteArray plain(boxed.size() - crypto_secretbox_MACBYTES, Qt::Uninitialized);
    const int rc = crypto_secretbox_open_easy(uc(plain), uc(boxed), static_cast<unsigned long long>(boxed.size()),
                                              uc(nonce), uc(*key));
    wipe(*key);
    if (rc != 0) {
        wipe(plain);
        return Error::auth(tr("wrong passphrase, or the file was modified"));
    }
    return Secret(std::move(plain));
}

} // namespace noorm
