#include "state/state_cipher.h"

#include "crypto/crypto_primitives.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace noorm {

namespace {

constexpr char kAlgorithm[] = "aes-256-gcm";

} // namespace

Result<QByteArray> StateCipher::deriveKey(const Secret &privateKeyHex)
{
    auto ikm = decodeHex(QByteArrayView(privateKeyHex.revealBytes()).trimmed(), QStringLiteral("the private key"));
    if (!ikm)
        return ikm.error();
    if (ikm->isEmpty())
        return Error::failed(tr("no private key to encrypt the state with"));
    auto key = hkdfSha256(*ikm, QByteArray(), kStateKeyInfo, kAes256KeyLength);
    wipe(*ikm);
    return key;
}

Result<QByteArray> StateCipher::seal(const QByteArray &plaintext, const Secret &privateKeyHex)
{
    auto key = deriveKey(privateKeyHex);
    if (!key)
        return key.error();
    auto sealed = aesGcmEncrypt(*key, plaintext);
    wipe(*key);
    if (!sealed)
        return sealed.error();
    // Written by hand to match the original's JSON.stringify(payload, null, 2) byte for byte
    // (QJsonDocument would sort the keys and indent by four); base64 needs no escaping.
    return QByteArray("{\n  \"algorithm\": \"") + kAlgorithm + "\",\n  \"iv\": \"" + sealed->iv.toBase64()
        + "\",\n  \"authTag\": \"" + sealed->authTag.toBase64() + "\",\n  \"ciphertext\": \""
        + sealed->ciphertext.toBase64() + "\"\n}";
}

Result<Secret> StateCipher::open(const QByteArray &fileContent, const Secret &privateKeyHex)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(fileContent, &parseError);
    if (!doc.isObject())
        return Error::invalidData(tr("not an encrypted noorm state (%1)").arg(parseError.errorString()));
    const QJsonObject json = doc.object();
    const QString algorithm = json.value(QStringLiteral("algorithm")).toString();
    if (algorithm != QLatin1String(kAlgorithm))
        return Error::failed(tr("unsupported state encryption algorithm \"%1\"").arg(algorithm));
    for (const char *key : {"iv", "authTag", "ciphertext"}) {
        if (!json.value(QLatin1String(key)).isString())
            return Error::failed(tr("the state file lacks \"%1\"").arg(QLatin1String(key)));
    }
    auto sealed = decodeAesGcmSealed(json.value(QStringLiteral("iv")).toString(), json.value(QStringLiteral("authTag")).toString(),
                                     json.value(QStringLiteral("ciphertext")).toString(), ByteText::Base64);
    if (!sealed)
        return Error::failed(tr("the state file is damaged: %1").arg(sealed.error().message));
    auto aesKey = deriveKey(privateKeyHex);
    if (!aesKey)
        return aesKey.error();
    auto plain = aesGcmDecrypt(*aesKey, *sealed);
    wipe(*aesKey);
    if (!plain)
        return Error::auth(tr("cannot decrypt the state: it was encrypted with another identity's "
                                             "key, or the file was modified"));
    return Secret(std::move(*plain));
}

} // namespace noorm
