#pragma once
// X25519 keys in the original noorm's encoding: lowercase hex of the DER that Node's
// crypto.generateKeyPairSync('x25519') produces (public: 44-byte SPKI, private: 48-byte
// PKCS#8). Identity keys, ephemeral share keys and the state key all start here.

#include "common/result.h"
#include "common/secret.h"

#include <QString>

namespace noorm {

inline constexpr char kX25519SpkiPrefixHex[] = "302a300506032b656e032100";
inline constexpr char kX25519Pkcs8PrefixHex[] = "302e020100300506032b656e04220420";

struct X25519KeyPair {
    QString publicKey;  // hex SPKI DER
    Secret privateKey;  // hex PKCS#8 DER
};

X25519KeyPair generateX25519KeyPair();

// The public key (hex SPKI) that belongs to a private key (hex PKCS#8); used to check that a
// key read from a keychain or file matches identity.pub.
Result<QString> x25519PublicKeyFor(const Secret &privateKeyHex);

// Raw 32-byte X25519 shared secret (what Node's crypto.diffieHellman returns).
Result<Secret> x25519SharedSecret(const Secret &privateKeyHex, const QString &publicKeyHex);

// Strict decoders for the two encodings: right prefix, right length, valid hex.
Result<QByteArray> x25519RawPublicKey(const QString &publicKeyHex);
Result<Secret> x25519RawPrivateKey(const Secret &privateKeyHex);

} // namespace noorm
