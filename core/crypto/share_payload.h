#pragma once
// Encrypting a message for one person's public key: the original noorm's config-share
// scheme (ephemeral X25519 -> HKDF-SHA256 -> AES-256-GCM, 16-byte IV), reused with another
// HKDF info string for the team vault. The payload's JSON matches the original's
// SharedConfigPayload field for field, all byte fields in lowercase hex.

#include "common/result.h"
#include "common/secret.h"

#include <QJsonObject>
#include <QString>

namespace noorm {

inline constexpr char kConfigShareInfo[] = "noorm-config-share";
inline constexpr char kVaultSecretInfo[] = "noorm-vault-secret";

struct SharePayload {
    int version = 1;
    QString sender;          // sender's email
    QString recipient;       // recipient's email
    QString ephemeralPubKey; // hex SPKI
    QString iv;              // hex
    QString authTag;         // hex
    QString ciphertext;      // hex

    QJsonObject toJson() const;
    static Result<SharePayload> fromJson(const QJsonObject &json);
};

Result<SharePayload> encryptForRecipient(const QByteArray &plaintext, const QString &recipientPublicKeyHex,
                                         const QString &sender, const QString &recipient,
                                         const QByteArray &info = kConfigShareInfo);

// The plaintext as a Secret: shares and vault rows carry passwords.
Result<Secret> decryptWithPrivateKey(const SharePayload &payload, const Secret &privateKeyHex,
                                     const QByteArray &info = kConfigShareInfo);

} // namespace noorm
