#include "operations/sql_operation.h"

#include "db/connection.h"
#include "log/logger.h"
#include "sql/sql_executor.h"
#include "sql/statement_kind.h"
#include "workspace/workspace.h"

#include <QDir>

namespace noorm {

SqlOperation::SqlOperation(Workspace &workspace, SqlRequest request, Confirm confirm)
    : m_workspace(workspace), m_request(std::move(request)), m_confirm(std::move(confirm))
{
}

QString SqlOperation::projectRoot() const
{
    return m_workspace.hasProject() ? m_workspace.root() : QDir::currentPath();
}

Result<SqlRun> SqlOperation::run(ResultSink &sink, Cancellation &cancellation)
{
    Result<Config> config = m_workspace.resolveConfig(m_request.config);
    if (!config)
        return config.error();
    const Dialect *dialect = dialectFor(config->connection.dialect);
    if (!dialect)
        return Error::invalidInput(tr("Unknown dialect '%1' in config '%2'").arg(config->connection.dialect, config->name));
    Result<QList<SqlStatement>> statements = dialect->scripts().split(m_request.script, m_request.shownAs);
    if (!statements)
        return statements.error();
    if (statements->isEmpty())
        return Error::invalidInput(tr("%1 holds no SQL statement (only comments or blank lines)").arg(m_request.shownAs));

    SqlRun run;
    run.config = *config;
    if (config->isProtected) {
        const bool onlyReads = std::all_of(statements->begin(), statements->end(),
                                           [](const SqlStatement &s) { return statementOnlyReads(s.text); });
        if (!onlyReads) {
            const QString question = tr("Run SQL that may change data or schema on protected config \"%1\"?").arg(config->name);
            if (Status ok = checkProtected(*config, ProtectedAction::SqlWrite, question, m_confirm); !ok)
                return ok.error();
        } else {
            run.readOnlySession = !dialect->connection().readOnlySessionSql().isEmpty();
        }
    }
    if (cancellation.isCancelled())
        return Error::cancelled(tr("Cancelled before connecting"));

    Result<std::unique_ptr<Connection>> connection = Connection::open(*config, projectRoot());
    if (!connection)
        return connection.error();
    if (run.readOnlySession) {
        if (Status ok = (*connection)->execAll(dialect->connection().readOnlySessionSql()); !ok)
            return ok.error();
    }
    SqlExecutor executor(**connection, m_workspace.logger()->redactor());
    Result<SqlScriptOutcome> outcome = executor.run(m_request.script, m_request.shownAs, sink, &cancellation);
    if (!outcome)
        return outcome.error();
    run.outcome = std::move(outcome).value();
    return run;
}

} // namespace noorm
