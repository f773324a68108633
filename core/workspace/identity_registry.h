#pragma once
// IdentityRegistry: the team's identities in the tracking tables (__noorm_identities__,
// tables.md), as the original keeps them: each user's row (hash, name, email, machine, os,
// public key) is registered when they first use a database, and `last_seen_at` is bumped on
// each sync (`config use`, `identity list`). Everyone's rows become the user's known users
// (state.knownUsers), whose public keys config export and the vault encrypt for.

#include "common/result.h"
#include "identity/crypto_identity.h"

#include <QJsonObject>
#include <QList>

namespace noorm {

class Connection;
class Workspace;

struct KnownUser {
    QString identityHash, email, name, publicKey, machine, os;
    QString lastSeen; // ISO 8601
    QString source;   // the config whose database listed it
    bool revoked = false; // revoked from that database's vault (syncKnownUsers); not in toJson()
    QJsonObject toJson() const; // the original's KnownUser fields
};

class IdentityRegistry {
public:
    explicit IdentityRegistry(Connection &connection) : m_connection(connection) {}

    // Inserts the identity's row unless there is one (a race with another process is no
    // error); true when it was inserted. One query when it is there already, with the
    // identity's public key; a second when that key is another (a new keypair) to put ours.
    Result<bool> registerIfMissing(const CryptoIdentity &identity);
    // Registers it, or bumps its last_seen_at.
    Status sync(const CryptoIdentity &identity);
    // Every identity registered in this database.
    Result<QList<KnownUser>> users(const QString &configName);

private:
    Connection &m_connection;
};

struct Config;

// `config use` and `identity list`: in the config's database, when it has the tracking
// tables (nothing is created), the user's identity is registered or its last_seen_at bumped,
// and everyone registered there becomes a known user. Returns them, the revoked marked.
Result<QList<KnownUser>> syncKnownUsers(Workspace &workspace, const Config &config);

// Merges `users` into the workspace's known users (by identity hash); the state is saved
// only when something changed. The user's own identity is kept out.
Status rememberKnownUsers(Workspace &workspace, const QList<KnownUser> &users, const QString &ownHash);

} // namespace noorm
