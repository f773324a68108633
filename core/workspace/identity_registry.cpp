#include "workspace/identity_registry.h"

#include "db/connection.h"
#include "db/tracking_schema.h"
#include "identity/identity_service.h"
#include "dialect/tracking_sql.h"
#include "dialect/tracking_tables.h"
#include "workspace/vault_rows.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QSqlQuery>

namespace noorm {

namespace col = tracking::identities;

QJsonObject KnownUser::toJson() const
{
    return {{QStringLiteral("identityHash"), identityHash}, {QStringLiteral("email"), email}, {QStringLiteral("name"), name},
            {QStringLiteral("publicKey"), publicKey}, {QStringLiteral("machine"), machine}, {QStringLiteral("os"), os},
            {QStringLiteral("lastSeen"), lastSeen}, {QStringLiteral("source"), source}};
}

Result<bool> IdentityRegistry::registerIfMissing(const CryptoIdentity &identity)
{
    const TrackingSql &tracking = m_connection.dialect().tracking();
    const QString table = tracking.table(col::table);
    Result<QVariant> found = m_connection.scalar(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(col::publicKey, table, col::identityHash),
                                                 {identity.identityHash});
    if (!found)
        return found.error();
    if (found->isValid()) {
        // The same person with a new keypair (`identity init --force`: the hash is of email,
        // name, machine and os): teammates seal for the key of this row, so it follows.
        if (found->toString() != identity.publicKey) {
            Result<QSqlQuery> updated = m_connection.query(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?").arg(table, col::publicKey, col::identityHash),
                                                           {identity.publicKey, identity.identityHash});
            if (!updated)
                return updated.error();
        }
        return false;
    }
    const QString now = tracking.formatTimestamp(QDateTime::currentDateTimeUtc());
    return m_connection.insertUnlessDuplicate(
        QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6, %7, %8, %9) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(table, col::identityHash, col::email, col::name, col::machine, col::os, col::publicKey, col::registeredAt,
                 col::lastSeenAt),
        {identity.identityHash, identity.email, identity.name, identity.machine, identity.os, identity.publicKey, now, now});
}

Status IdentityRegistry::sync(const CryptoIdentity &identity)
{
    Result<bool> inserted = registerIfMissing(identity);
    if (!inserted)
        return inserted.error();
    if (*inserted)
        return {};
    const TrackingSql &tracking = m_connection.dialect().tracking();
    Result<QSqlQuery> bumped = m_connection.query(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?")
                                                      .arg(tracking.table(col::table), col::lastSeenAt, col::identityHash),
                                                  {tracking.formatTimestamp(QDateTime::currentDateTimeUtc()), identity.identityHash});
    if (!bumped)
        return bumped.error();
    return {};
}

Result<QList<KnownUser>> IdentityRegistry::users(const QString &configName)
{
    const TrackingSql &tracking = m_connection.dialect().tracking();
    Result<QSqlQuery> q = m_connection.query(QStringLiteral("SELECT %1, %2, %3, %4, %5, %6, %7 FROM %8 ORDER BY %2, %3")
                                                 .arg(col::identityHash, col::email, col::name, col::publicKey, col::machine,
                                                      col::os, col::lastSeenAt, tracking.table(col::table)));
    if (!q)
        return q.error();
    QList<KnownUser> users;
    while (q->next())
        users << KnownUser{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                           q->value(4).toString(), q->value(5).toString(),
                           TrackingSql::parseTimestamp(q->value(6)).toString(Qt::ISODateWithMs), configName};
    return users;
}

Result<QList<KnownUser>> syncKnownUsers(Workspace &workspace, const Config &config)
{
    if (Status allowed = workspace.checkConfigAllowed(config); !allowed)
        return allowed.error();
    Result<std::optional<CryptoIdentity>> me = workspace.identity().current();
    if (!me)
        return me.error();
    if (Connection::missingDatabaseFile(config, workspace.root()))
        return QList<KnownUser>(); // no database file yet: looking must not create one
    Result<std::unique_ptr<Connection>> connection = Connection::open(config, workspace.root());
    if (!connection)
        return connection.error();
    if (!TrackingSchema::tablesExist(**connection))
        return QList<KnownUser>(); // nothing of noorm's in that database yet
    IdentityRegistry registry(**connection);
    if (*me) {
        if (Status ok = registry.sync(**me); !ok)
            return ok.error();
    }
    Result<QList<KnownUser>> users = registry.users(config.name);
    if (!users)
        return users;
    Result<QSet<QString>> revoked = vault_rows::revokedHashes(**connection);
    if (!revoked)
        return revoked.error();
    for (KnownUser &user : *users)
        user.revoked = revoked->contains(user.identityHash);
    if (Status ok = rememberKnownUsers(workspace, *users, *me ? (*me)->identityHash : QString()); !ok)
        return ok.error();
    return users;
}

Status rememberKnownUsers(Workspace &workspace, const QList<KnownUser> &users, const QString &ownHash)
{
    Result<const State *> state = workspace.state();
    if (!state)
        return state.error();
    const auto merged = [&](QJsonObject known) {
        for (const KnownUser &user : users)
            if (user.identityHash != ownHash)
                known.insert(user.identityHash, user.toJson());
        return known;
    };
    if (merged((*state)->knownUsers) == (*state)->knownUsers)
        return {};
    return workspace.updateState([&](State &st) {
        st.knownUsers = merged(st.knownUsers);
        return Status();
    });
}

} // namespace noorm
