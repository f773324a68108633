#include "operations/teardown_operation.h"

#include "db/catalog_reader.h"
#include "db/connection.h"
#include "identity/audit_identity.h"
#include "lock/lock.h"
#include "workspace/database_commands.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QSet>

namespace noorm {

struct TeardownOperation::Session {
    Config config;
    TrackedConnection tracked;
};

namespace {

bool listed(const QStringList &names, const TableInfo &table)
{
    return names.contains(table.name) || names.contains(table.schema + QLatin1Char('.') + table.name);
}

} // namespace

TeardownOperation::TeardownOperation(Workspace &workspace, ResolveRequest config, Confirm confirm)
    : m_workspace(workspace), m_request(std::move(config)), m_confirm(std::move(confirm))
{
}

QString TeardownOperation::projectRoot() const
{
    return m_workspace.hasProject() ? m_workspace.root() : QDir::currentPath();
}

Result<TruncatePlan> TeardownOperation::plan(Session &session)
{
    Connection &connection = *session.tracked.connection;
    Result<QList<TableInfo>> tables = CatalogReader(connection).tables();
    if (!tables)
        return tables.error();
    const QStringList keep = m_workspace.settings().teardownPreserveTables;
    TruncatePlan plan;
    plan.config = session.config;
    QSet<QString> emptied;
    for (const TableInfo &t : std::as_const(*tables)) {
        if (t.kind != TableKind::Table)
            continue;
        if (listed(keep, t)) {
            plan.preserved << t.name;
            continue;
        }
        plan.tables << TableName{t.schema, t.name};
        emptied.insert(t.schema + QLatin1Char('.') + t.name);
    }
    for (const TableInfo &t : std::as_const(*tables)) {
        if (!listed(keep, t))
            continue;
        for (const ForeignKeyInfo &key : t.foreignKeys) {
            const QString target = (key.referencedSchema.isEmpty() ? t.schema : key.referencedSchema) + QLatin1Char('.') + key.referencedTable;
            if (emptied.contains(target))
                return Error::refused(tr("Kept table \"%1\" has a foreign key to \"%2\", which would be emptied and leave its rows "
                                         "pointing at nothing; add \"%2\" to teardown.preserveTables in settings.yml too")
                                          .arg(t.name, key.referencedTable));
        }
    }
    const TeardownSql &sql = connection.dialect().teardown();
    bool counters = false;
    if (const QString table = sql.counterTable(); !table.isEmpty()) {
        Result<QSqlQuery> exists = connection.query(connection.dialect().tracking().tableExistsSql(QString(), table));
        if (!exists)
            return exists.error();
        counters = exists->next();
    }
    plan.statements = sql.truncateSql(plan.tables, counters);
    return plan;
}

Result<TruncatePlan> TeardownOperation::planTruncate()
{
    Result<Config> config = m_workspace.resolveConfig(m_request);
    if (!config)
        return config.error();
    if (const ProtectionCheck check = checkProtection(*config, ProtectedAction::DbTruncate); !check.allowed)
        return Error::refused(check.blockedReason);
    Result<TrackedConnection> tracked = connectTracked(*config, projectRoot());
    if (!tracked)
        return tracked.error();
    Session session{*config, std::move(tracked).value()};
    return plan(session);
}

Result<TruncatePlan> TeardownOperation::truncate(Cancellation &cancellation)
{
    Result<Config> config = m_workspace.resolveConfig(m_request);
    if (!config)
        return config.error();
    if (const ProtectionCheck check = checkProtection(*config, ProtectedAction::DbTruncate); !check.allowed)
        return Error::refused(check.blockedReason);
    Result<TrackedConnection> tracked = connectTracked(*config, projectRoot());
    if (!tracked)
        return tracked.error();
    Session session{*config, std::move(tracked).value()};
    Result<TruncatePlan> planned = plan(session);
    if (!planned)
        return planned;
    if (planned->tables.isEmpty())
        return planned;
    const qsizetype n = planned->tables.size();
    const QString question = tr("Empty %1 %2 of config \"%3\"? Their rows are lost.")
                                 .arg(n)
                                 .arg(n == 1 ? tr("table") : tr("tables"), config->name);
    if (!m_confirm)
        return Error::refused(tr("%1 needs a confirmation, and nobody can be asked").arg(question));
    if (Status ok = m_confirm({question, QString(), config->name, ProtectedAction::DbTruncate}); !ok)
        return ok.error();
    if (cancellation.isCancelled())
        return Error::cancelled(tr("Cancelled before anything was emptied"));

    Connection &connection = *session.tracked.connection;
    const QString identity = resolveAuditIdentity(config->identity, &m_workspace.identity()).display();
    LockOptions lockOptions;
    lockOptions.reason = QStringLiteral("Truncate");
    lockOptions.cancellation = &cancellation;
    Result<HeldLock> lock = Lock(connection, config->name, identity).acquire(lockOptions);
    if (!lock)
        return lock.error();
    for (const QString &statement : std::as_const(planned->statements)) {
        if (Status ok = connection.exec(statement); !ok) {
            Error error = ok.error();
            error.message = tr("%1 (in: %2)").arg(m_workspace.logger()->mask(error.message), statement);
            return error;
        }
    }
    return planned;
}

} // namespace noorm
