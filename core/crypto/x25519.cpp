#include "crypto/x25519.h"

#include "crypto/crypto_primitives.h"

#include <sodium.h>

namespace noorm {

namespace {

constexpr int kRawKeyLength = 32;

QByteArray prefixBytes(const char *hexPrefix) { return QByteArray::fromHex(QByteArray(hexPrefix)); }

auto uc(const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); }

} // namespace

X25519KeyPair generateX25519KeyPair()
{
    QByteArray priv = randomBytes(kRawKeyLength);
    // Clamp as OpenSSL's keygen does, so the stored PKCS#8 bytes look like Node's.
    priv[0] = static_cast<char>(static_cast<unsigned char>(priv[0]) & 248);
    priv[31] = static_cast<char>((static_cast<unsigned char>(priv[31]) & 127) | 64);
    QByteArray pub(kRawKeyLength, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char *>(pub.data()), uc(priv));

    QByteArray privDerHex = (prefixBytes(kX25519Pkcs8PrefixHex) + priv).toHex();
    X25519KeyPair pair{QString::fromLatin1((prefixBytes(kX25519SpkiPrefixHex) + pub).toHex()),
                       Secret(privDerHex)};
    wipe(priv);
    wipe(privDerHex);
    return pair;
}

Result<QByteArray> x25519RawPublicKey(const QString &publicKeyHex)
{
    auto der = decodeHex(QStringView(publicKeyHex).trimmed(), QStringLiteral("X25519 public key"));
    if (!der)
        return der.error();
    const QByteArray prefix = prefixBytes(kX25519SpkiPrefixHex);
    if (der->size() != prefix.size() + kRawKeyLength || !der->startsWith(prefix))
        return Error::failed(tr("not an X25519 public key (expected 44-byte SPKI DER in hex)"));
    return der->mid(prefix.size());
}

Result<Secret> x25519RawPrivateKey(const Secret &privateKeyHex)
{
    auto der = decodeHex(QByteArrayView(privateKeyHex.revealBytes()).trimmed(), QStringLiteral("X25519 private key"));
    if (!der)
        return der.error();
    const QByteArray prefix = prefixBytes(kX25519Pkcs8PrefixHex);
    if (der->size() != prefix.size() + kRawKeyLength || !der->startsWith(prefix)) {
        wipe(*der);
        return Error::failed(tr("not an X25519 private key (expected 48-byte PKCS#8 DER in hex)"));
    }
    Secret raw(der->mid(prefix.size()));
    wipe(*der);
    return raw;
}

Result<QString> x25519PublicKeyFor(const Secret &privateKeyHex)
{
    auto priv = x25519RawPrivateKey(privateKeyHex);
    if (!priv)
        return priv.error();
    if (sodium_init() < 0)
        return Error::failed(tr("libsodium failed to initialise"));
    QByteArray pub(kRawKeyLength, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char *>(pub.data()), uc(priv->revealBytes()));
    return QString::fromLatin1((prefixBytes(kX25519SpkiPrefixHex) + pub).toHex());
}

Result<Secret> x25519SharedSecret(const Secret &privateKeyHex, const QString &publicKeyHex)
{
    auto priv = x25519RawPrivateKey(privateKeyHex);
    if (!priv)
        return priv.error();
    auto pub = x25519RawPublicKey(publicKeyHex);
    if (!pub)
        return pub.error();
    if (sodium_init() < 0)
        return Error::failed(tr("libsodium failed to initialise"));
    QByteArray shared(kRawKeyLength, Qt::Uninitialized);
    // Fails on low-order public keys (all-zero result), as OpenSSL/Node do.
    if (crypto_scalarmult(reinterpret_cast<unsigned char *>(shared.data()), uc(priv->revealBytes()), uc(*pub)) != 0) {
        wipe(shared);
        return Error::failed(tr("X25519 key agreement failed: the public key is invalid"));
    }
    return Secret(std::move(shared));
}

} // namespace noorm
