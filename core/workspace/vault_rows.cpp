#include "workspace/vault_rows.h"

#include "crypto/crypto_primitives.h"
#include "crypto/share_payload.h"
#include "db/connection.h"
#include "db/tracking_schema.h"
#include "dialect/tracking_sql.h"
#include "dialect/tracking_tables.h"
#include "identity/audit_identity.h"
#include "identity/identity_service.h"
#include "workspace/vault.h"
#include "workspace/workspace.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace noorm::vault_rows {

namespace col = tracking::secrets;

namespace {

QString table(Connection &c) { return c.dialect().tracking().table(col::table); }

} // namespace

Result<OpenVault> open(Workspace &workspace, const Config &config, const QString &lockReason)
{
    if (Status allowed = workspace.checkConfigAllowed(config); !allowed)
        return allowed.error();
    Result<CryptoIdentity> me = workspace.identity().required();
    if (!me)
        return me.error();
    const auto noTablesYet = [&](const QString &why) {
        return Error::notFound(QStringLiteral("The database of config \"%1\" %2").arg(config.name, why))
            .withHint(Hint::Action::CreateDatabase, config.name);
    };
    // Opening a file database that is not there would create it; looking must not.
    if (const std::optional<QString> missing = Connection::missingDatabaseFile(config, workspace.root()))
        return noTablesYet(QStringLiteral("does not exist yet (%1)").arg(*missing));
    Result<std::unique_ptr<Connection>> connection = Connection::open(config, workspace.root());
    if (!connection)
        return connection.error();
    if (!TrackingSchema::tablesExist(**connection))
        return noTablesYet(QStringLiteral("has no noorm tables yet"));
    // The vault's recipients are the identities registered here: you among them.
    std::optional<HeldLock> held;
    if (!lockReason.isEmpty()) {
        LockOptions options;
        options.reason = lockReason;
        Result<HeldLock> lock = Lock(**connection, config.name, resolveAuditIdentity(config.identity, &workspace.identity()).display())
                                    .acquire(options);
        if (!lock)
            return lock.error();
        held.emplace(std::move(lock).value());
    }
    IdentityRegistry registry(**connection);
    if (Status ok = registry.sync(*me); !ok)
        return ok.error();
    Result<QList<KnownUser>> registered = registry.users(config.name);
    if (!registered)
        return registered.error();
    Result<QSet<QString>> revoked = revokedHashes(**connection);
    if (!revoked)
        return revoked.error();
    if (!lockReason.isEmpty() && revoked->contains(me->identityHash))
        return Error::refused(QStringLiteral("Your identity was revoked in this vault"));
    return OpenVault{std::move(connection).value(), *me, *registered, *revoked, std::move(held)};
}

Result<QList<Row>> secretRows(Connection &c, const QString &where, const QVariantList &binds)
{
    Result<QSqlQuery> q = c.query(QStringLiteral("SELECT %1, %2, %3, %4, %5, %6 FROM %7%8 ORDER BY %1, %2, %3")
                                      .arg(col::configName, col::secretKey, col::recipientHash, col::senderHash, col::encryptedValue,
                                           col::updatedAt, table(c),
                                           where.isEmpty() ? QString() : QStringLiteral(" WHERE %1").arg(where)),
                                  binds);
    if (!q)
        return q.error();
    QList<Row> rows;
    while (q->next()) {
        Row row{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                q->value(4).toString(), TrackingSql::parseTimestamp(q->value(5))};
        // The vault's own records, told apart here: in SQL, LIKE's _ is a wildcard and some
        // servers compare without case.
        if (!row.key.startsWith(kReservedPrefix))
            rows << row;
    }
    return rows;
}

Result<QSet<QString>> revokedHashes(Connection &c)
{
    Result<QSqlQuery> q = c.query(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND %4 = ?")
                                      .arg(col::recipientHash, table(c), col::configName, col::secretKey),
                                  {stored(QString()), QString(kRevokedKey)});
    if (!q)
        return q.error();
    QSet<QString> hashes;
    while (q->next())
        hashes.insert(q->value(0).toString());
    return hashes;
}

Result<QList<KnownUser>> usersNamed(const QList<KnownUser> &registered, const QString &who)
{
    QList<KnownUser> byEmail, byHash;
    for (const KnownUser &user : registered) {
        if (user.email.compare(who, Qt::CaseInsensitive) == 0)
            byEmail << user;
        else if (who.size() >= 8 && user.identityHash.startsWith(who.toLower()))
            byHash << user;
    }
    if (!byEmail.isEmpty())
        return byEmail;
    if (byHash.size() > 1)
        return Error::invalidInput(QStringLiteral("\"%1\" is the start of %2 identity hashes: give more of it").arg(who).arg(byHash.size()));
    return byHash;
}

QString hashOf(const QList<Row> &rows)
{
    QByteArray all;
    for (const Row &row : rows)
        all += (row.config + QChar(0) + row.key + QChar(0) + row.recipient + QChar(0) + row.payload + QChar('\n')).toUtf8();
    return sha256Hex(all);
}

QString hashOfRowsFor(Connection &c, const QString &identityHash)
{
    Result<QList<Row>> mine = secretRows(c, QStringLiteral("%1 = ?").arg(col::recipientHash), {identityHash});
    return mine ? hashOf(*mine) : QString();
}

void keepInSync(Workspace &workspace, Connection &c, const Config &config, const QString &myHash, const QString &hashBefore,
                const std::function<void(State &)> &alsoStore)
{
    const QString home = vaultHome(config, workspace.root());
    Result<const State *> state = workspace.state();
    if (!state || hashBefore.isEmpty())
        return;
    const QString recorded = (*state)->vaultSync.value(home).toString();
    // Never synced and nothing for you yet is in sync too.
    if (recorded != hashBefore && !(recorded.isEmpty() && hashBefore == hashOf({})))
        return;
    const QString after = hashOfRowsFor(c, myHash);
    if (after.isEmpty())
        return;
    (void)workspace.updateState([&](State &st) -> Status {
        if (alsoStore)
            alsoStore(st);
        st.vaultSync.insert(home, after);
        return {};
    });
}

Result<QList<Sealed>> seal(const Secret &value, const QList<KnownUser> &users, const CryptoIdentity &me)
{
    QList<Sealed> sealed;
    for (const KnownUser &user : users) {
        if (std::any_of(sealed.begin(), sealed.end(), [&](const Sealed &s) { return s.recipientHash == user.identityHash; }))
            continue; // an email's machines and a hash may name one identity twice
        Result<SharePayload> payload = encryptForRecipient(value.revealBytes(), user.publicKey, me.email, user.email, kVaultSecretInfo);
        if (!payload)
            return Error::invalidData(QStringLiteral("%1's public key: %2").arg(user.email, payload.error().message));
        sealed << Sealed{user.identityHash, QString::fromUtf8(QJsonDocument(payload->toJson()).toJson(QJsonDocument::Compact))};
    }
    return sealed;
}

Result<Secret> unseal(const Row &row, const Secret &privateKey)
{
    const QString name = row.config.isEmpty() ? row.key : QStringLiteral("%1 (config %2)").arg(row.key, row.config);
    Result<SharePayload> payload = SharePayload::fromJson(QJsonDocument::fromJson(row.payload.toUtf8()).object());
    if (!payload)
        return Error::invalidData(QStringLiteral("Vault secret %1: %2").arg(name, payload.error().message));
    Result<Secret> value = decryptWithPrivateKey(*payload, privateKey, kVaultSecretInfo);
    if (!value)
        return Error::invalidData(QStringLiteral("Vault secret %1 cannot be opened with your key: %2").arg(name, value.error().message));
    return value;
}

Status replace(Connection &c, const QString &config, const QString &key, const QList<Sealed> &sealed, const QString &senderHash)
{
    if (Result<int> removed = removeKey(c, config, key); !removed)
        return removed.error();
    const QString now = c.dialect().tracking().formatTimestamp(QDateTime::currentDateTimeUtc());
    for (const Sealed &s : sealed) {
        Result<QSqlQuery> inserted = c.query(
            QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6, %7, %8, %9) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(table(c), col::configName, col::secretKey, col::encryptedValue, col::recipientHash, col::senderHash,
                     col::createdAt, col::updatedAt, col::cliVersion),
            {stored(config), key, s.payload, s.recipientHash, senderHash, now, now, QStringLiteral(NOORM_VERSION)});
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Result<int> removeKey(Connection &c, const QString &config, const QString &key)
{
    Result<QSqlQuery> removed = c.query(
        QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND %3 = ?").arg(table(c), col::configName, col::secretKey), {stored(config), key});
    if (!removed)
        return removed.error();
    return removed->numRowsAffected();
}

QString displayName(const QList<KnownUser> &registered, const QString &hash)
{
    for (const KnownUser &user : registered)
        if (user.identityHash == hash)
            return QStringLiteral("%1 <%2>").arg(user.name, user.email);
    return hash.left(8);
}

KnownUser asKnownUser(const CryptoIdentity &me, const QString &configName)
{
    return KnownUser{me.identityHash, me.email, me.name, me.publicKey, me.machine, me.os, {}, configName};
}

} // namespace noorm::vault_rows
