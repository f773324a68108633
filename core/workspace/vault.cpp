#include "workspace/vault.h"

#include "db/connection.h"
#include "db/transaction.h"
#include "dialect/dialect.h"
#include "identity/crypto_identity.h"
#include "dialect/tracking_tables.h"
#include "identity/identity_service.h"
#include "workspace/identity_registry.h"
#include "workspace/secret_store.h"
#include "workspace/vault_rows.h"
#include "workspace/workspace.h"

namespace noorm {

namespace col = tracking::secrets;
using vault_rows::Row;

namespace {

constexpr QLatin1String kPasswordKeyPrefix("password:");

} // namespace

QString VaultKey::display() const
{
    if (config.isEmpty())
        return QStringLiteral("%1 (global)").arg(key);
    return QStringLiteral("%1 (config %2)").arg(key, config);
}

QString vaultPasswordKey(const QString &user) { return kPasswordKeyPrefix + user; }

QString vaultHome(const Config &config, const QString &projectRoot)
{
    const Dialect *dialect = dialectFor(config.connection.dialect);
    if (dialect && dialect->connection().isFileBased())
        return config.connection.dialect + QStringLiteral(":") + dialect->connection().databaseFile(config.connection, projectRoot);
    return QStringLiteral("%1://%2:%3/%4")
        .arg(config.connection.dialect, config.connection.host)
        .arg(config.connection.port.value_or(dialect ? dialect->connection().defaultPort() : 0))
        .arg(config.connection.database);
}

Result<QStringList> Vault::set(const QString &key, const Secret &value, const QStringList &recipients, bool global)
{
    if (Status ok = checkSecretKey(key); !ok)
        return ok.error();
    return store(VaultKey{global ? QString() : m_config.name, key}, value, recipients);
}

Result<QStringList> Vault::setDatabasePassword(const QStringList &recipients)
{
    if (m_config.connection.password.isEmpty())
        return Error::invalidInput(QStringLiteral("Config \"%1\" has no password to share").arg(m_config.name));
    return store(VaultKey{m_config.name, vaultPasswordKey(m_config.connection.user)}, m_config.connection.password, recipients);
}

Result<QStringList> Vault::store(const VaultKey &which, const Secret &value, const QStringList &recipients)
{
    if (which.key.trimmed().isEmpty())
        return Error::invalidInput(QStringLiteral("The secret needs a key"));
    if (which.key.startsWith(vault_rows::kReservedPrefix))
        return Error::invalidInput(QStringLiteral("Keys starting with %1 are the vault's own").arg(vault_rows::kReservedPrefix));
    if (value.isEmpty())
        return Error::invalidInput(QStringLiteral("The value is empty; nothing was saved"));
    Result<vault_rows::OpenVault> vault = vault_rows::open(m_ws, m_config, QStringLiteral("Vault: set %1").arg(which.key));
    if (!vault)
        return vault.error();
    Connection &c = *vault->connection;
    const CryptoIdentity &me = vault->me;
    const QList<KnownUser> &registered = vault->registered;
    QList<KnownUser> eligible;
    for (const KnownUser &user : registered)
        if (!vault->revoked.contains(user.identityHash))
            eligible << user;

    QList<KnownUser> chosen;
    if (!recipients.isEmpty()) {
        QStringList unknown;
        for (const QString &wanted : recipients) {
            Result<QList<KnownUser>> named = vault_rows::usersNamed(registered, wanted);
            if (!named)
                return named.error();
            if (named->isEmpty())
                unknown << wanted;
            chosen << *named;
        }
        if (!unknown.isEmpty())
            return Error::notFound(QStringLiteral("Not registered in this database: %1 (each joins by using it once)")
                                       .arg(unknown.join(QStringLiteral(", "))));
        for (const KnownUser &user : std::as_const(chosen))
            if (vault->revoked.contains(user.identityHash))
                return Error::refused(QStringLiteral("%1 <%2> was revoked in this vault; a new identity of theirs can be a recipient")
                                          .arg(user.name, user.email));
    } else {
        // Who reads the key now keeps reading it (a rotated password), else everyone.
        Result<QList<Row>> current = vault_rows::secretRows(c, QStringLiteral("%1 = ? AND %2 = ?").arg(col::configName, col::secretKey),
                                                            {vault_rows::stored(which.config), which.key});
        if (!current)
            return current.error();
        for (const KnownUser &user : std::as_const(eligible))
            if (std::any_of(current->begin(), current->end(), [&](const Row &r) { return r.recipient == user.identityHash; }))
                chosen << user;
        // A new key goes to everyone; a key whose readers are all gone, to you alone.
        if (current->isEmpty())
            chosen = eligible;
    }
    if (std::none_of(chosen.begin(), chosen.end(), [&](const KnownUser &u) { return u.identityHash == me.identityHash; }))
        chosen.prepend(vault_rows::asKnownUser(me, m_config.name));
    Result<QList<vault_rows::Sealed>> sealed = vault_rows::seal(value, chosen, me);
    if (!sealed)
        return sealed.error();

    const QString hashBefore = vault_rows::hashOfRowsFor(c, me.identityHash);
    Result<Transaction> transaction = Transaction::begin(c);
    if (!transaction)
        return transaction.error();
    if (Status ok = vault_rows::replace(c, which.config, which.key, *sealed, me.identityHash); !ok)
        return ok.error();
    if (Status ok = transaction->commit(); !ok)
        return ok.error();
    vault_rows::keepInSync(m_ws, c, m_config, me.identityHash, hashBefore, [&](State &st) {
        if (which.config.isEmpty())
            st.globalSecrets.insert(which.key, value);
        else if (which.key.startsWith(kPasswordKeyPrefix))
            return; // your config has it: it is where the password came from
        else if (st.configs.contains(which.config))
            st.secrets[which.config].insert(which.key, value);
    });
    QStringList names;
    for (const vault_rows::Sealed &s : std::as_const(*sealed))
        names << (s.recipientHash == me.identityHash ? QStringLiteral("%1 <%2>").arg(me.name, me.email)
                                                     : vault_rows::displayName(registered, s.recipientHash));
    return names;
}

Result<QList<VaultEntry>> Vault::list()
{
    Result<vault_rows::OpenVault> vault = vault_rows::open(m_ws, m_config);
    if (!vault)
        return vault.error();
    Result<QList<Row>> rows = vault_rows::secretRows(*vault->connection);
    if (!rows)
        return rows.error();
    const QList<KnownUser> &registered = vault->registered;
    QList<VaultEntry> entries;
    for (const Row &row : std::as_const(*rows)) {
        if (entries.isEmpty() || entries.last().key != row.key || entries.last().config != row.config)
            entries << VaultEntry{row.config, row.key, {}, vault_rows::displayName(registered, row.sender), row.updatedAt, false};
        VaultEntry &entry = entries.last();
        entry.recipients << vault_rows::displayName(registered, row.recipient);
        entry.forYou = entry.forYou || row.recipient == vault->me.identityHash;
        if (row.updatedAt > entry.updatedAt)
            entry.updatedAt = row.updatedAt;
    }
    return entries;
}

Result<VaultSync> Vault::sync()
{
    Result<vault_rows::OpenVault> vault = vault_rows::open(m_ws, m_config);
    if (!vault)
        return vault.error();
    Result<QList<Row>> rows = vault_rows::secretRows(*vault->connection);
    if (!rows)
        return rows.error();
    Result<Secret> privateKey = m_ws.identity().privateKey();
    if (!privateKey)
        return privateKey.error();
    const QString myHash = vault->me.identityHash;
    QList<Row> mine;
    QList<QPair<Row, Secret>> opened;
    const QString home = vaultHome(m_config, m_ws.root());
    Result<const State *> state = m_ws.state();
    if (!state)
        return state.error();
    const auto trusted = [&](const Row &row) -> QString {
        // Anyone can seal a value for your public key: take a row only from a teammate
        // registered here and not revoked, and only for a config that lives in this very
        // database (a dev database's vault never writes your prod config's secrets).
        if (vault->revoked.contains(row.sender)
            || std::none_of(vault->registered.begin(), vault->registered.end(), [&](const KnownUser &u) { return u.identityHash == row.sender; }))
            return QStringLiteral("set by an identity that is not a registered teammate here");
        if (!row.config.isEmpty()) {
            const auto config = (*state)->configs.constFind(row.config);
            if (config != (*state)->configs.constEnd() && vaultHome(*config, m_ws.root()) != home)
                return QStringLiteral("your config \"%1\" is in another database").arg(row.config);
        }
        if (!row.key.startsWith(kPasswordKeyPrefix) && !checkSecretKey(row.key))
            return QStringLiteral("not a secret key noorm takes (a letter or _, then letters, digits, _, . and -)");
        return QString();
    };
    VaultSync result;
    for (const Row &row : std::as_const(*rows)) {
        if (row.recipient != myHash)
            continue;
        mine << row;
        if (const QString why = trusted(row); !why.isEmpty()) {
            result.skipped << QStringLiteral("%1: %2").arg(VaultKey{row.config, row.key}.display(), why);
            continue;
        }
        // One copy that does not open (changed, or sealed for an old key) is that secret's
        // problem only: it is listed, the others still arrive.
        Result<Secret> value = vault_rows::unseal(row, *privateKey);
        if (!value) {
            result.skipped << QStringLiteral("%1: it cannot be opened with your key (sealed for another key, or changed); "
                                             "ask whoever set it to set it again")
                                  .arg(VaultKey{row.config, row.key}.display());
            continue;
        }
        opened << qMakePair(row, *value);
    }
    for (const Row &row : std::as_const(*rows)) {
        const bool forMe = std::any_of(mine.begin(), mine.end(), [&](const Row &m) { return m.config == row.config && m.key == row.key; });
        const QString name = VaultKey{row.config, row.key}.display();
        if (!forMe && !result.notForYou.contains(name))
            result.notForYou << name;
    }
    const QString hash = vault_rows::hashOf(mine);
    const Status saved = m_ws.updateState([&](State &st) -> Status {
        for (const auto &[row, value] : std::as_const(opened)) {
            const QString name = VaultKey{row.config, row.key}.display();
            if (row.config.isEmpty()) {
                st.globalSecrets.insert(row.key, value);
                result.received << name;
                continue;
            }
            auto config = st.configs.find(row.config);
            if (config == st.configs.end()) {
                result.skipped << QStringLiteral("%1: there is no config \"%2\" here").arg(name, row.config);
                continue;
            }
            if (row.key.startsWith(kPasswordKeyPrefix)) {
                const QString user = row.key.mid(kPasswordKeyPrefix.size());
                if (config->connection.user != user) {
                    result.skipped << QStringLiteral("%1: your config \"%2\" connects as \"%3\"")
                                          .arg(name, row.config, config->connection.user);
                    continue;
                }
                config->connection.password = value;
                result.passwords << row.config;
                continue;
            }
            st.secrets[row.config].insert(row.key, value);
            result.received << name;
        }
        st.vaultSync.insert(home, hash);
        return {};
    });
    if (!saved)
        return saved.error();
    for (const auto &[row, value] : std::as_const(opened))
        m_ws.logger()->registerSecret(value.reveal());
    return result;
}

Result<bool> Vault::remove(const QString &key, bool global)
{
    if (key.startsWith(vault_rows::kReservedPrefix))
        return Error::invalidInput(QStringLiteral("Keys starting with %1 are the vault's own").arg(vault_rows::kReservedPrefix));
    Result<vault_rows::OpenVault> vault = vault_rows::open(m_ws, m_config, QStringLiteral("Vault: remove %1").arg(key));
    if (!vault)
        return vault.error();
    Connection &c = *vault->connection;
    const QString hashBefore = vault_rows::hashOfRowsFor(c, vault->me.identityHash);
    Result<int> removed = vault_rows::removeKey(c, global ? QString() : m_config.name, key);
    if (!removed)
        return removed.error();
    vault_rows::keepInSync(m_ws, c, m_config, vault->me.identityHash, hashBefore);
    return *removed > 0;
}

Result<QStringList> Vault::fill(const QStringList &keys)
{
    if (keys.isEmpty())
        return QStringList();
    Result<vault_rows::OpenVault> vault = vault_rows::open(m_ws, m_config);
    if (!vault)
        return vault.error();
    Result<QList<Row>> rows = vault_rows::secretRows(
        *vault->connection, QStringLiteral("%1 = ? AND (%2 = ? OR %2 = ?)").arg(col::recipientHash, col::configName),
        {vault->me.identityHash, m_config.name, vault_rows::stored(QString())});
    if (!rows)
        return rows.error();
    QList<QPair<Row, Secret>> found;
    Result<Secret> privateKey = Error::notFound(QString());
    for (const QString &key : keys) {
        // The config's own secret before a global one of the same key.
        const Row *best = nullptr;
        for (const Row &row : std::as_const(*rows)) {
            const bool fromTeammate = !vault->revoked.contains(row.sender)
                && std::any_of(vault->registered.begin(), vault->registered.end(), [&](const KnownUser &u) { return u.identityHash == row.sender; });
            if (fromTeammate && row.key == key && (!best || !row.config.isEmpty()))
                best = &row;
        }
        if (!best)
            continue;
        if (!privateKey)
            privateKey = m_ws.identity().privateKey();
        if (!privateKey)
            return privateKey.error();
        Result<Secret> value = vault_rows::unseal(*best, *privateKey);
        if (!value)
            continue; // not filled: the missing secret is reported as such
        found << qMakePair(*best, *value);
    }
    if (found.isEmpty())
        return QStringList();
    QStringList filled;
    const Status saved = m_ws.updateState([&](State &st) -> Status {
        filled.clear();
        for (const auto &[row, value] : std::as_const(found)) {
            if (row.config.isEmpty())
                st.globalSecrets.insert(row.key, value);
            else
                st.secrets[row.config].insert(row.key, value);
            filled << row.key;
        }
        return {};
    });
    if (!saved)
        return saved.error();
    return filled;
}

bool fillRequiredSecretsFromVault(Workspace &workspace, const Config &config)
{
    Result<const State *> state = workspace.state();
    if (!state)
        return false;
    const CompletenessCheck check = checkCompleteness(config, **state, workspace.settings());
    if (check.missingSecrets.isEmpty())
        return false;
    Result<std::optional<CryptoIdentity>> me = workspace.identity().current();
    if (!me || !*me)
        return false;
    Result<QStringList> filled = Vault(workspace, config).fill(check.missingSecrets);
    if (!filled) {
        workspace.logger()->debug(QStringLiteral("vault"), QStringLiteral("Required secrets not filled from the vault: %1").arg(filled.error().message));
        return false;
    }
    if (filled->isEmpty())
        return false;
    workspace.notices().add({QStringLiteral("Filled from the team vault: %1").arg(filled->join(QStringLiteral(", "))), {}});
    return true;
}

bool vaultOutOfSync(Connection &connection, const CryptoIdentity &me, const QString &lastSyncHash)
{
    Result<QList<Row>> mine = vault_rows::secretRows(connection, QStringLiteral("%1 = ?").arg(col::recipientHash), {me.identityHash});
    if (!mine || mine->isEmpty())
        return false;
    return vault_rows::hashOf(*mine) != lastSyncHash;
}

} // namespace noorm
