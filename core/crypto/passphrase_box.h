#pragma once
// Passphrase-protected secrets, for the opt-in private-key file on machines without an OS
// keychain. Format is ours alone, so it uses libsodium: Argon2id (crypto_pwhash) stretches
// the passphrase, XSalsa20-Poly1305 (crypto_secretbox) seals. The KDF cost is stored in the
// file so it can be raised later without breaking old files.

#include "common/result.h"
#include "common/secret.h"

#include <QByteArray>

namespace noorm {

inline constexpr char kPassphraseBoxFormat[] = "noorm-passphrase-box-v1";

// Returns the file content: a small JSON document with salt, nonce, KDF cost and ciphertext.
Result<QByteArray> sealWithPassphrase(const Secret &plaintext, const Secret &passphrase);
// A wrong passphrase or a modified file is an error (never garbage plaintext).
Result<Secret> openWithPassphrase(const QByteArray &fileContent, const Secret &passphrase);

} // namespace noorm
