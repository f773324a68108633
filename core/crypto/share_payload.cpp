#include "crypto/share_payload.h"

#include "crypto/crypto_primitives.h"
#include "crypto/x25519.h"

#include <utility>

namespace noorm {

namespace {

Result<QByteArray> shareKey(const Secret &privateKeyHex, const QString &publicKeyHex, const QByteArray &info)
{
    auto shared = x25519SharedSecret(privateKeyHex, publicKeyHex);
    if (!shared)
        return shared.error();
    return hkdfSha256(shared->revealBytes(), QByteArray(), info, kAes256KeyLength);
}

} // namespace

QJsonObject SharePayload::toJson() const
{
    return QJsonObject{
        {QStringLiteral("version"), version},
        {QStringLiteral("sender"), sender},
        {QStringLiteral("recipient"), recipient},
        {QStringLiteral("ephemeralPubKey"), ephemeralPubKey},
        {QStringLiteral("iv"), iv},
        {QStringLiteral("authTag"), authTag},
        {QStringLiteral("ciphertext"), ciphertext},
    };
}

Result<SharePayload> SharePayload::fromJson(const QJsonObject &json)
{
    SharePayload p;
    if (!json.value(QStringLiteral("version")).isDouble())
        return Error::invalidData(tr("not a noorm encrypted payload: no numeric \"version\""));
    p.version = json.value(QStringLiteral("version")).toInt();
    p.sender = json.value(QStringLiteral("sender")).toString();
    p.recipient = json.value(QStringLiteral("recipient")).toString();
    for (const auto &[key, field] : {std::pair{"ephemeralPubKey", &p.ephemeralPubKey}, std::pair{"iv", &p.iv},
                                     std::pair{"authTag", &p.authTag}, std::pair{"ciphertext", &p.ciphertext}}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (!v.isString()) {
            Error e = Error::invalidData(tr("encrypted payload lacks the \"%1\" field").arg(QLatin1String(key)));
            e.key = QLatin1String(key);
            return e;
        }
        *field = v.toString();
    }
    return p;
}

Result<SharePayload> encryptForRecipient(const QByteArray &plaintext, const QString &recipientPublicKeyHex,
                                         const QString &sender, const QString &recipient, const QByteArray &info)
{
    if (auto check = x25519RawPublicKey(recipientPublicKeyHex); !check)
        return Error::failed(tr("recipient's public key: %1").arg(check.error().message));
    const X25519KeyPair ephemeral = generateX25519KeyPair();
    auto key = shareKey(ephemeral.privateKey, recipientPublicKeyHex, info);
    if (!key)
        return key.error();
    auto sealed = aesGcmEncrypt(*key, plaintext);
    wipe(*key);
    if (!sealed)
        return sealed.error();
    SharePayload p;
    p.sender = sender;
    p.recipient = recipient;
    p.ephemeralPubKey = ephemeral.publicKey;
    p.iv = QString::fromLatin1(sealed->iv.toHex());
    p.authTag = QString::fromLatin1(sealed->authTag.toHex());
    p.ciphertext = QString::fromLatin1(sealed->ciphertext.toHex());
    return p;
}

Result<Secret> decryptWithPrivateKey(const SharePayload &payload, const Secret &privateKeyHex, const QByteArray &info)
{
    if (payload.version != 1)
        return Error::failed(tr("unsupported payload version: %1").arg(payload.version));
    auto key = shareKey(privateKeyHex, payload.ephemeralPubKey, info);
    if (!key)
        return key.error();
    auto sealed = decodeAesGcmSealed(payload.iv, payload.authTag, payload.ciphertext, ByteText::Hex);
    if (!sealed) {
        wipe(*key);
        return sealed.error();
    }
    auto plain = aesGcmDecrypt(*key, *sealed);
    wipe(*key);
    if (!plain)
        return Error::auth(tr("cannot decrypt the payload: it was not encrypted for this key, "
                                             "or it was modified"));
    return Secret(std::move(*plain));
}

} // namespace noorm
