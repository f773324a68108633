#include "operations/sql_operation.h"

#include "db/connection.h"
#include "log/logger.h"
#include "sql/sql_executor.h"
#include "sql/sql_value.h"
#include "sql/statement_kind.h"
#include "workspace/database_commands.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QJsonObject>

namespace noorm {

namespace {

// Passes everything on to the front end's sink and keeps the first rows of the last result
// set for the history.
class HistoryTee final : public ResultSink {
public:
    explicit HistoryTee(ResultSink &next) : m_next(next) {}
    std::optional<SqlKeptResult> kept;

    Status started(const ScriptStart &script) override { return m_next.started(script); }
    Status resultSet(const StatementOutcome &statement) override
    {
        kept = SqlKeptResult{};
        QStringList names;
        for (const ResultColumn &c : statement.columns)
            names << c.name;
        kept->columns = jsonKeys(names); // the rows are objects: a repeated name would lose a value
        return m_next.resultSet(statement);
    }
    Status row(const QVariantList &values) override
    {
        keep(values.size(), [&](qsizetype i) { return values.at(i); });
        return m_next.row(values);
    }
    bool takesTextRows() const override { return m_next.takesTextRows(); }
    Status textRow(NativeRow values) override
    {
        keep(qsizetype(values.size()), [&](qsizetype i) { return nativeValueVariant(values[size_t(i)]); });
        return m_next.textRow(values);
    }
    Status finished(const StatementOutcome &statement) override { return m_next.finished(statement); }

private:
    template <typename ValueAt>
    void keep(qsizetype width, ValueAt valueAt)
    {
        if (kept->rows.size() >= SqlHistory::kMaxKeptRows) {
            kept->truncated = true;
            return;
        }
        QJsonObject object;
        for (qsizetype i = 0; i < width && i < kept->columns.size(); ++i)
            object.insert(kept->columns.at(i), sqlValueJson(valueAt(i)));
        kept->rows.append(object);
    }

    ResultSink &m_next;
};

} // namespace

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
    logNotices(**connection, m_workspace.logger(), m_request.onNotice);
    if (run.readOnlySession) {
        if (Status ok = (*connection)->execAll(dialect->connection().readOnlySessionSql()); !ok)
            return ok.error();
    }
    SqlExecutor executor(**connection, m_workspace.logger()->redactor());
    HistoryTee tee(sink);
    Result<SqlScriptOutcome> outcome = executor.run(m_request.script, m_request.shownAs, tee, &cancellation);
    if (!outcome)
        return outcome.error();
    run.outcome = std::move(outcome).value();

    if (m_workspace.hasProject()) {
        SqlHistoryEntry entry;
        entry.query = m_request.script;
        entry.durationMs = run.outcome.durationMs;
        if (const StatementOutcome *failed = run.outcome.failed()) {
            entry.success = false;
            entry.errorMessage = failed->error->message;
        } else if (!run.outcome.statements.isEmpty()) {
            const StatementOutcome &last = run.outcome.statements.constLast();
            if (last.hasResultSet)
                entry.rowCount = last.rows;
            else if (last.affected >= 0)
                entry.rowCount = last.affected;
        }
        Result<SqlHistory> history = historyOf(*config);
        Result<SqlHistoryEntry> added = history ? history->add(entry, entry.success ? tee.kept : std::nullopt)
                                                : Result<SqlHistoryEntry>(history.error());
        if (added)
            run.history = *added;
        else
            run.warnings << tr("The query was not added to the history: %1").arg(added.error().toString());
    }
    return run;
}

Result<SqlHistory> SqlOperation::historyOf(const Config &config) const
{
    if (!m_workspace.hasProject())
        return Error::notFound(tr("The SQL history lives in a project's .noorm/ folder, and there is no project here"))
            .withHint(Hint::Action::InitProject);
    return SqlHistory(m_workspace.root(), config.name, m_workspace.logger()->redactor());
}

Result<SqlHistory> SqlOperation::requestedHistory()
{
    Result<Config> config = m_workspace.resolveConfig(m_request.config);
    if (!config)
        return config.error();
    return historyOf(*config);
}

Result<QList<SqlHistoryEntry>> SqlOperation::history(int limit)
{
    Result<SqlHistory> history = requestedHistory();
    if (!history)
        return history.error();
    return history->entries(limit);
}

Result<SqlHistoryCleared> SqlOperation::clearHistory(std::optional<int> olderThanMonths)
{
    Result<SqlHistory> history = requestedHistory();
    if (!history)
        return history.error();
    return olderThanMonths ? history->clearOlderThan(*olderThanMonths) : history->clearAll();
}

} // namespace noorm
