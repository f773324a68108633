#include "workspace/vault.h"

#include "crypto/crypto_primitives.h"
#include "crypto/share_payload.h"
#include "db/connection.h"
#include "db/tracking_schema.h"
#include "db/transaction.h"
#include "dialect/tracking_sql.h"
#include "dialect/tracking_tables.h"
#include "identity/audit_identity.h"
#include "identity/identity_service.h"
#include "lock/lock.h"
#include "workspace/identity_registry.h"
#include "workspace/workspace.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace noorm {

namespace col = tracking::secrets;
namespace ids = tracking::identities;

namespace {

struct Opened {
    std::unique_ptr<Connection> connection;
    CryptoIdentity me;
};

Result<Opened> openVault(Workspace &ws, const Config &config)
{
    Result<CryptoIdentity> me = ws.identity().required();
    if (!me)
        return me.error();
    Result<std::unique_ptr<Connection>> connection = Connection::open(config, ws.root());
    if (!connection)
        return connection.error();
    if (!TrackingSchema::tablesExist(**connection))
        return Error::notFound(QStringLiteral("The database of config \"%1\" has no noorm tables yet").arg(config.name))
            .withHint(Hint::Action::CreateDatabase, config.name);
    // The vault's recipients are the identities registered here: you among them.
    if (Status ok = IdentityRegistry(**connection).sync(*me); !ok)
        return ok.error();
    return Opened{std::move(connection).value(), *me};
}

QString secretsTable(Connection &c) { return c.dialect().tracking().table(col::table); }

// Each (key, recipient) row of the config, for list() and the vault's hash.
struct Row {
    QString key, recipient, sender, payload;
    QDateTime updatedAt;
};

Result<QList<Row>> rowsOf(Connection &c, const QString &configName)
{
    Result<QSqlQuery> q = c.query(QStringLiteral("SELECT %1, %2, %3, %4, %5 FROM %6 WHERE %7 = ? ORDER BY %1, %2")
                                      .arg(col::secretKey, col::recipientHash, col::senderHash, col::encryptedValue, col::updatedAt,
                                           secretsTable(c), col::configName),
                                  {configName});
    if (!q)
        return q.error();
    QList<Row> rows;
    while (q->next())
        rows << Row{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                    TrackingSql::parseTimestamp(q->value(4))};
    return rows;
}

QString vaultHash(const QList<Row> &rows)
{
    QByteArray all;
    for (const Row &row : rows)
        all += (row.key + QChar(0) + row.recipient + QChar(0) + row.payload + QChar('\n')).toUtf8();
    return sha256Hex(all);
}

// Every recipient's row of the key.
Result<QSqlQuery> removeKey(Connection &c, const QString &configName, const QString &key)
{
    return c.query(QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND %3 = ?").arg(secretsTable(c), col::configName, col::secretKey),
                   {configName, key});
}

Result<HeldLock> lockFor(Connection &c, const Config &config, Workspace &ws, const QString &reason)
{
    LockOptions options;
    options.reason = reason;
    return Lock(c, config.name, resolveAuditIdentity(config.identity, &ws.identity()).display()).acquire(options);
}

} // namespace

Result<QStringList> Vault::set(const QString &key, const Secret &value, const QStringList &recipients)
{
    if (key.trimmed().isEmpty())
        return Error::invalidInput(QStringLiteral("The secret needs a key"));
    if (value.isEmpty())
        return Error::invalidInput(QStringLiteral("The value is empty; nothing was saved"));
    Result<Opened> vault = openVault(m_ws, m_config);
    if (!vault)
        return vault.error();
    Connection &c = *vault->connection;
    Result<QList<KnownUser>> registered = IdentityRegistry(c).users(m_config.name);
    if (!registered)
        return registered.error();
    QList<KnownUser> chosen;
    QStringList unknown;
    for (const QString &wanted : recipients) {
        const qsizetype before = chosen.size();
        for (const KnownUser &user : std::as_const(*registered))
            if (user.email.compare(wanted, Qt::CaseInsensitive) == 0 || user.identityHash.startsWith(wanted.toLower()))
                chosen << user;
        if (chosen.size() == before)
            unknown << wanted;
    }
    if (!unknown.isEmpty())
        return Error::notFound(QStringLiteral("Not registered in this database: %1 (each joins by using it once)")
                                   .arg(unknown.join(QStringLiteral(", "))));
    if (recipients.isEmpty())
        chosen = *registered;
    // The writer can always read back what they wrote.
    const CryptoIdentity &me = vault->me;
    if (std::none_of(chosen.begin(), chosen.end(), [&](const KnownUser &u) { return u.identityHash == me.identityHash; }))
        chosen << KnownUser{me.identityHash, me.email, me.name, me.publicKey, me.machine, me.os, {}, m_config.name};
    QStringList names;
    QList<QPair<QString, QString>> sealed; // recipient hash, payload JSON
    for (const KnownUser &user : std::as_const(chosen)) {
        if (std::any_of(sealed.begin(), sealed.end(), [&](const auto &s) { return s.first == user.identityHash; }))
            continue; // an email's machines and a hash may name one identity twice
        Result<SharePayload> payload = encryptForRecipient(value.revealBytes(), user.publicKey, me.email, user.email,
                                                           kVaultSecretInfo);
        if (!payload)
            return Error::invalidData(QStringLiteral("%1's public key: %2").arg(user.email, payload.error().message));
        sealed << qMakePair(user.identityHash, QString::fromUtf8(QJsonDocument(payload->toJson()).toJson(QJsonDocument::Compact)));
        names << QStringLiteral("%1 <%2>").arg(user.name, user.email);
    }

    Result<HeldLock> lock = lockFor(c, m_config, m_ws, QStringLiteral("Vault: set %1").arg(key));
    if (!lock)
        return lock.error();
    Result<Transaction> transaction = Transaction::begin(c);
    if (!transaction)
        return transaction.error();
    Result<QSqlQuery> removed = removeKey(c, m_config.name, key);
    if (!removed)
        return removed.error();
    const QString now = c.dialect().tracking().formatTimestamp(QDateTime::currentDateTimeUtc());
    for (const auto &[recipient, payload] : std::as_const(sealed)) {
        Result<QSqlQuery> inserted = c.query(
            QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6, %7, %8, %9) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(secretsTable(c), col::configName, col::secretKey, col::encryptedValue, col::recipientHash, col::senderHash,
                     col::createdAt, col::updatedAt, col::cliVersion),
            {m_config.name, key, payload, recipient, me.identityHash, now, now, QStringLiteral(NOORM_VERSION)});
        if (!inserted)
            return inserted.error();
    }
    if (Status ok = transaction->commit(); !ok)
        return ok.error();
    return names;
}

Result<QList<VaultEntry>> Vault::list()
{
    Result<Opened> vault = openVault(m_ws, m_config);
    if (!vault)
        return vault.error();
    Result<QList<Row>> rows = rowsOf(*vault->connection, m_config.name);
    if (!rows)
        return rows.error();
    Result<QList<KnownUser>> registered = IdentityRegistry(*vault->connection).users(m_config.name);
    if (!registered)
        return registered.error();
    const auto who = [&](const QString &hash) {
        for (const KnownUser &user : std::as_const(*registered))
            if (user.identityHash == hash)
                return QStringLiteral("%1 <%2>").arg(user.name, user.email);
        return hash.left(8);
    };
    QList<VaultEntry> entries;
    for (const Row &row : std::as_const(*rows)) {
        if (entries.isEmpty() || entries.last().key != row.key)
            entries << VaultEntry{row.key, {}, who(row.sender), row.updatedAt, false};
        entries.last().recipients << who(row.recipient);
        entries.last().forYou = entries.last().forYou || row.recipient == vault->me.identityHash;
        if (row.updatedAt > entries.last().updatedAt)
            entries.last().updatedAt = row.updatedAt;
    }
    return entries;
}

Result<VaultSync> Vault::sync()
{
    Result<Opened> vault = openVault(m_ws, m_config);
    if (!vault)
        return vault.error();
    Result<QList<Row>> rows = rowsOf(*vault->connection, m_config.name);
    if (!rows)
        return rows.error();
    Result<Secret> privateKey = m_ws.identity().privateKey();
    if (!privateKey)
        return privateKey.error();
    VaultSync result;
    result.vaultHash = vaultHash(*rows);
    QMap<QString, Secret> received;
    QStringList keys;
    for (const Row &row : std::as_const(*rows)) {
        if (!keys.contains(row.key))
            keys << row.key;
        if (row.recipient != vault->me.identityHash)
            continue;
        Result<SharePayload> payload = SharePayload::fromJson(QJsonDocument::fromJson(row.payload.toUtf8()).object());
        if (!payload)
            return Error::invalidData(QStringLiteral("Vault secret %1: %2").arg(row.key, payload.error().message));
        Result<Secret> value = decryptWithPrivateKey(*payload, *privateKey, kVaultSecretInfo);
        if (!value)
            return Error::invalidData(QStringLiteral("Vault secret %1 cannot be opened with your key: %2").arg(row.key, value.error().message));
        received.insert(row.key, *value);
    }
    for (const QString &key : std::as_const(keys))
        (received.contains(key) ? result.received : result.notForYou) << key;
    const Status saved = m_ws.updateState([&](State &st) -> Status {
        if (!st.configs.contains(m_config.name))
            return Error::notFound(QStringLiteral("Config \"%1\" is not stored here: the vault syncs into a stored config").arg(m_config.name));
        QMap<QString, Secret> &secrets = st.secrets[m_config.name];
        for (auto it = received.constBegin(); it != received.constEnd(); ++it)
            secrets.insert(it.key(), it.value());
        st.vaultSync.insert(m_config.name, result.vaultHash);
        return {};
    });
    if (!saved)
        return saved.error();
    return result;
}

Result<bool> Vault::remove(const QString &key)
{
    Result<Opened> vault = openVault(m_ws, m_config);
    if (!vault)
        return vault.error();
    Connection &c = *vault->connection;
    Result<HeldLock> lock = lockFor(c, m_config, m_ws, QStringLiteral("Vault: remove %1").arg(key));
    if (!lock)
        return lock.error();
    Result<QSqlQuery> removed = removeKey(c, m_config.name, key);
    if (!removed)
        return removed.error();
    return removed->numRowsAffected() > 0;
}

} // namespace noorm
