#include "operations/database_operation.h"

#include "workspace/workspace.h"

#include <QDir>

namespace noorm {

DatabaseOperation::DatabaseOperation(Workspace &workspace, ResolveRequest config, Confirm confirm)
    : m_workspace(workspace), m_request(std::move(config)), m_confirm(std::move(confirm))
{
}

QString DatabaseOperation::projectRoot() const
{
    return m_workspace.hasProject() ? m_workspace.root() : QDir::currentPath();
}

Result<Config> DatabaseOperation::plan(ProtectedAction action)
{
    Result<Config> config = m_workspace.resolveConfig(m_request); // its password is masked from here on
    if (!config)
        return config;
    if (const ProtectionCheck check = checkProtection(*config, action); !check.allowed)
        return Error::refused(check.blockedReason);
    return config;
}

Result<Config> DatabaseOperation::confirmed(ProtectedAction action, const QString &question)
{
    Result<Config> config = plan(action);
    if (!config)
        return config;
    if (Status ok = checkProtected(*config, action, question.arg(config->name), m_confirm); !ok)
        return ok.error();
    return config;
}

Result<DatabaseCreation> DatabaseOperation::create()
{
    Result<Config> config = confirmed(ProtectedAction::DbCreate, tr("Create the database of protected config \"%1\"?"));
    if (!config)
        return config.error();
    return createDatabase(*config, projectRoot());
}

Result<DatabaseDrop> DatabaseOperation::drop()
{
    Result<Config> config = confirmed(ProtectedAction::DbDrop, tr("Drop the database of protected config \"%1\"?"));
    if (!config)
        return config.error();
    const QString question = tr("Drop database \"%1\" of config \"%2\"? Everything in it is lost.")
                                 .arg(config->connection.database, config->name);
    if (!m_confirm)
        return Error::refused(tr("%1 needs a confirmation, and nobody can be asked").arg(question));
    if (Status ok = m_confirm({question, QString(), config->name, ProtectedAction::DbDrop}); !ok)
        return ok.error();
    Result<bool> dropped = dropDatabase(*config, projectRoot());
    if (!dropped)
        return dropped.error();
    return DatabaseDrop{config->connection.database, *dropped};
}

} // namespace noorm
