#pragma once
// The state file's encryption, byte-compatible with the original noorm
// (src/core/state/encryption/crypto.ts): key = HKDF-SHA256(IKM = the private key's PKCS#8
// DER bytes, i.e. the hex decoded, no salt, info "noorm-state-encryption", 32 bytes);
// AES-256-GCM with a random 16-byte IV; file = JSON {algorithm, iv, authTag, ciphertext}
// with base64 fields, laid out as the original's JSON.stringify(payload, null, 2).

#include "common/result.h"
#include "common/secret.h"

#include <QByteArray>

namespace noorm {

inline constexpr char kStateKeyInfo[] = "noorm-state-encryption";

class StateCipher {
public:
    static Result<QByteArray> deriveKey(const Secret &privateKeyHex);
    // Plaintext in, file content out; the plaintext never leaves memory.
    static Result<QByteArray> seal(const QByteArray &plaintext, const Secret &privateKeyHex);
    // File content in; a wrong key or any modified byte is an error.
    static Result<Secret> open(const QByteArray &fileContent, const Secret &privateKeyHex);
};

} // namespace noorm
