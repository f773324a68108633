#pragma once
// The cryptographic identity of one user on one machine: who they are (name, email), where
// (machine, os), and their X25519 public key. Stored as ~/.noorm/identity.json with the
// original noorm's field names; the private key lives elsewhere (see KeyStore).

#include "common/result.h"

#include <QJsonObject>
#include <QString>

namespace noorm {

struct CryptoIdentity {
    QString identityHash; // sha256(email \0 name \0 machine \0 os), 64 hex
    QString name;
    QString email;
    QString publicKey;    // hex SPKI DER
    QString machine;      // hostname
    QString os;           // "<platform> <release>", e.g. "linux 6.1.0-18-amd64"
    QString createdAt;    // ISO 8601 UTC with milliseconds, as JavaScript's toISOString()

    QString display() const; // "Name <email>"
    QJsonObject toJson() const;
    static Result<CryptoIdentity> fromJson(const QJsonObject &json);
};

} // namespace noorm
