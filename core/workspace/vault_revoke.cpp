// Vault::revoke: a teammate leaves. Their copy of every secret goes, the other copies are
// sealed again (fresh ephemeral keys), and the revocation is recorded in the vault, so they
// are no default recipient when they use the database again. What they could read is listed:
// those values must be considered known, and rotated.

#include "workspace/vault.h"

#include "db/connection.h"
#include "db/transaction.h"
#include "dialect/tracking_tables.h"
#include "identity/identity_service.h"
#include "workspace/identity_registry.h"
#include "workspace/vault_rows.h"
#include "workspace/workspace.h"

#include <QSqlQuery>

namespace noorm {

using vault_rows::Row;

Result<VaultRevocation> Vault::revoke(const QString &who)
{
    if (who.trimmed().isEmpty())
        return Error::invalidInput(QStringLiteral("Name the identity to revoke: an email or an identity hash"));
    Result<vault_rows::OpenVault> vault = vault_rows::open(m_ws, m_config, QStringLiteral("Vault: revoke %1").arg(who));
    if (!vault)
        return vault.error();
    Connection &c = *vault->connection;
    const CryptoIdentity &me = vault->me;
    const QList<KnownUser> &registered = vault->registered;
    Result<QList<KnownUser>> named = vault_rows::usersNamed(registered, who);
    if (!named)
        return named.error();
    const QList<KnownUser> targets = *named;
    if (targets.isEmpty())
        return Error::notFound(QStringLiteral("No identity \"%1\" is registered in this database").arg(who));
    QSet<QString> gone;
    for (const KnownUser &user : std::as_const(targets)) {
        if (user.identityHash == me.identityHash)
            return Error::refused(QStringLiteral("That is your own identity: another teammate revokes it"));
        gone.insert(user.identityHash);
    }
    Result<QList<Row>> rows = vault_rows::secretRows(c);
    if (!rows)
        return rows.error();
    const QSet<QString> &revoked = vault->revoked;

    // Each secret a revoked identity could read, sealed again for its other readers.
    struct Reseal {
        VaultKey which;
        QList<vault_rows::Sealed> sealed;
        bool resealed = false;
    };
    QList<Reseal> work;
    VaultRevocation result;
    Result<Secret> privateKey = m_ws.identity().privateKey();
    if (!privateKey)
        return privateKey.error();
    for (const Row &row : std::as_const(*rows)) {
        if (!gone.contains(row.recipient))
            continue;
        const VaultKey which{row.config, row.key};
        if (std::any_of(work.begin(), work.end(), [&](const Reseal &r) { return r.which.config == which.config && r.which.key == which.key; }))
            continue;
        result.exposed << which.display();
        Reseal reseal{which, {}, false};
        const auto mine = std::find_if(rows->begin(), rows->end(), [&](const Row &r) {
            return r.config == row.config && r.key == row.key && r.recipient == me.identityHash;
        });
        if (mine != rows->end()) {
            Result<Secret> value = vault_rows::unseal(*mine, *privateKey);
            if (!value)
                return value.error();
            QList<KnownUser> readers;
            for (const Row &r : std::as_const(*rows)) {
                if (r.config != row.config || r.key != row.key || gone.contains(r.recipient) || revoked.contains(r.recipient))
                    continue;
                if (r.recipient == me.identityHash) {
                    readers << vault_rows::asKnownUser(me, m_config.name);
                    continue;
                }
                for (const KnownUser &user : registered)
                    if (user.identityHash == r.recipient)
                        readers << user;
            }
            Result<QList<vault_rows::Sealed>> sealed = vault_rows::seal(*value, readers, me);
            if (!sealed)
                return sealed.error();
            reseal.sealed = *sealed;
            reseal.resealed = true;
        } else {
            result.notResealed << which.display();
        }
        work << reseal;
    }

    const QString hashBefore = vault_rows::hashOfRowsFor(c, me.identityHash);
    Result<Transaction> transaction = Transaction::begin(c);
    if (!transaction)
        return transaction.error();
    namespace col = tracking::secrets;
    const QString table = c.dialect().tracking().table(col::table);
    for (const Reseal &r : std::as_const(work)) {
        if (r.resealed) {
            if (Status ok = vault_rows::replace(c, r.which.config, r.which.key, r.sealed, me.identityHash); !ok)
                return ok.error();
        }
    }
    for (const QString &hash : std::as_const(gone)) {
        // Whatever is left of theirs (the secrets you could not seal again, an earlier
        // record), then the record.
        Result<QSqlQuery> dropped = c.query(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, col::recipientHash), {hash});
        if (!dropped)
            return dropped.error();
        const QString now = c.dialect().tracking().formatTimestamp(QDateTime::currentDateTimeUtc());
        Result<QSqlQuery> recorded = c.query(
            QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6, %7, %8, %9) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(table, col::configName, col::secretKey, col::encryptedValue, col::recipientHash, col::senderHash, col::createdAt,
                     col::updatedAt, col::cliVersion),
            {vault_rows::stored(QString()), QString(vault_rows::kRevokedKey), QStringLiteral("{}"), hash, me.identityHash, now, now,
             QStringLiteral(NOORM_VERSION)});
        if (!recorded)
            return recorded.error();
    }
    if (Status ok = transaction->commit(); !ok)
        return ok.error();
    vault_rows::keepInSync(m_ws, c, m_config, me.identityHash, hashBefore); // your copies changed, not their values
    for (const KnownUser &user : std::as_const(targets))
        result.revoked << QStringLiteral("%1 <%2> (%3)").arg(user.name, user.email, user.identityHash.left(8));
    return result;
}

} // namespace noorm
