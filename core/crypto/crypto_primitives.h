#pragma once
// The primitives every noorm file format is built from: SHA-256, random bytes, strict hex,
// HKDF-SHA256 and AES-256-GCM with a 16-byte IV and 16-byte tag. AES-GCM goes through
// OpenSSL's EVP because the original noorm (Node's crypto) uses 16-byte IVs and libsodium
// only takes 12-byte nonces; everything here must produce bytes Node can read.

#include "common/result.h"
#include "common/secret.h"

#include <QByteArray>
#include <QString>

namespace noorm {

// Lowercase hex SHA-256 of `data` (64 characters).
QString sha256Hex(const QByteArray &data);

// `n` bytes from the OS CSPRNG (libsodium randombytes_buf).
QByteArray randomBytes(int n);

// `length` characters drawn uniformly from A-Z, a-z and 0-9 (libsodium randombytes_uniform).
Secret randomAlphanumeric(int length);

// Decodes lowercase or uppercase hex; anything else (odd length, stray characters) is an
// error naming `what`. QByteArray::fromHex would silently skip bad characters. The
// QByteArrayView overload decodes a Secret's bytes without copying them into a QString.
Result<QByteArray> decodeHex(QStringView hex, const QString &what);
Result<QByteArray> decodeHex(QByteArrayView hex, const QString &what);

// HKDF-SHA256 (RFC 5869). An empty salt means "no salt" (HashLen zero bytes), as in Node.
Result<QByteArray> hkdfSha256(const QByteArray &ikm, const QByteArray &salt, const QByteArray &info,
                              int length);

// One AES-256-GCM message: the parts both file formats store.
struct AesGcmSealed {
    QByteArray iv;         // 16 bytes
    QByteArray authTag;    // 16 bytes
    QByteArray ciphertext;
};

constexpr int kAesGcmIvLength = 16;
constexpr int kAesGcmTagLength = 16;
constexpr int kAes256KeyLength = 32;

// How a file format writes the three parts: the share payload in hex, the state in base64.
enum class ByteText { Hex, Base64 };
// Decodes a stored message's parts; errors name the part that is not valid `encoding`.
Result<AesGcmSealed> decodeAesGcmSealed(const QString &iv, const QString &authTag, const QString &ciphertext,
                                        ByteText encoding);

// Encrypts with a fresh random 16-byte IV. `key` must be 32 bytes.
Result<AesGcmSealed> aesGcmEncrypt(const QByteArray &key, const QByteArray &plaintext);
// Decrypts and authenticates; a wrong key or any modified byte is an error.
Result<QByteArray> aesGcmDecrypt(const QByteArray &key, const AesGcmSealed &sealed);

} // namespace noorm
