#include "runner/runner.h"
#include "dialect/tracking_tables.h"

#include "common/private_file.h"
#include "common/source_text.h"
#include "db/connection.h"
#include "db/transaction.h"
#include "identity/audit_identity.h"
#include "log/logger.h"
#include "runner/checksum.h"
#include "runner/execution_tracker.h"
#include "runner/file_transactions.h"
#include "runner/sql_file_discovery.h"
#include "runner/statement_batches.h"
#include "settings/rules.h"
#include "settings/settings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>

#include <span>

namespace noorm {

struct Runner::LoadedFile {
    QString path;      // absolute
    QString display;
    QString sql;       // rendered
    QString checksum;  // of the rendered text
    std::optional<Error> error;
    qint64 loadMs = 0; // reading and rendering: part of the file's duration, also when it failed
    mutable std::optional<Result<QList<SqlStatement>>> statements; // statementsOf()'s cache
};

namespace {

constexpr int kStatementShownLength = 200;
const QString kNoTransactionMarker = QStringLiteral("noorm:no-transaction");

bool cancelled(const RunOptions &options)
{
    return options.cancellation && options.cancellation->isCancelled();
}

qint64 elapsedMs(const QElapsedTimer &timer)
{
    return (timer.nsecsElapsed() + 500'000) / 1'000'000;
}

// The statement as shown in an error: secrets masked first (a cut must not leave the
// start of one), one line, at most ~200 characters.
QString shortened(const QString &statement, const Redactor &redactor)
{
    const QString flat = redactor.redact(statement).simplified();
    return flat.size() > kStatementShownLength ? flat.left(kStatementShownLength) + QStringLiteral("…") : flat;
}

// The error of `statement` in `file`, at its line and column. A template's are places in
// the SQL it rendered, which has lines of its own (a loop writes many for one line of the
// template): they are named as such in the message, and the error has no template line.
Error statementError(const QString &file, const SqlStatement &statement, const QString &message)
{
    if (!isTemplateFile(file))
        return Error::at(file, statement.line, statement.column, message);
    return Error::at(file, 0, 0, Runner::tr("line %1, column %2 of the rendered SQL: %3")
                                     .arg(statement.line).arg(statement.column).arg(message));
}

// The error of a file whose `statement` a cancel interrupted in the database.
Error interruptedWhileRunning(const QString &file, const SqlStatement &statement, const Redactor &redactor)
{
    Error error = statementError(file, statement,
                                 QStringLiteral("Interrupted while this statement ran (in: %1)").arg(shortened(statement.text, redactor)));
    error.kind = ErrorKind::Cancelled;
    return error;
}

// `-- noorm:no-transaction` on the file's first line opts the file out of its transaction
// (after a byte order mark, which editors on Windows write and the text keeps).
bool optsOutOfTransaction(const QString &sql)
{
    QStringView first = QStringView(sql).left(sql.indexOf(QLatin1Char('\n')));
    if (first.startsWith(QChar(0xFEFF)))
        first = first.mid(1);
    first = first.trimmed();
    if (!first.startsWith(QLatin1String("--")))
        return false;
    return first.mid(2).trimmed().compare(kNoTransactionMarker, Qt::CaseInsensitive) == 0;
}

// One exec of `lead` (e.g. BEGIN) and then `statements` (each `repeat` times) as one script,
// the way a driver that runsMultiStatementScripts() takes it. `ran`: every entry succeeded;
// else `failed` is the statement that failed (null: an entry of `lead`) and `run` tells its
// error. `cancelled`: a cancel came meanwhile, and `stopped` is the statement it stopped
// (null when it stopped an entry of `lead`).
struct ScriptOutcome {
    bool ran = false;
    bool cancelled = false;
    const SqlStatement *stopped = nullptr;
    const SqlStatement *failed = nullptr;
    Connection::ScriptRun run;
};

ScriptOutcome execAsOneScript(Connection &connection, const QStringList &lead, std::span<const SqlStatement> statements,
                              const RunOptions &options)
{
    QStringList script = lead;
    QList<const SqlStatement *> sources(lead.size(), nullptr); // the statement behind each entry
    for (const SqlStatement &statement : statements) {
        for (int n = 0; n < statement.repeat; ++n) {
            script << statement.text;
            sources << &statement;
        }
    }
    ScriptOutcome outcome;
    {
        const Cancellation::Scope inFlight = connection.inFlight(options.cancellation);
        if (!cancelled(options)) {
            outcome.run = connection.runScript(script.join(connection.dialect().scripts().scriptSeparator()));
            outcome.ran = !outcome.run.error;
        }
    }
    if (!outcome.ran && outcome.run.error)
        outcome.failed = sources.value(outcome.run.completed, nullptr);
    outcome.cancelled = cancelled(options);
    if (outcome.cancelled && !sources.isEmpty())
        outcome.stopped = outcome.ran ? sources.last() : sources.value(outcome.run.completed, sources.last());
    return outcome;
}

// The end of a failed change's row when nothing of it stayed (tracking_tables.h).
QString leftNothingNote(const ChangeRun &change)
{
    return change.direction == QLatin1String("revert") ? QString(tracking::change::nothingRevertedNote)
                                                       : QString(tracking::change::nothingAppliedNote);
}

std::span<const SqlStatement> allOf(const QList<SqlStatement> &statements)
{
    return {statements.constData(), size_t(statements.size())};
}

// A statement that starts, ends or rolls back a transaction: such a file manages its own
// transactions and must not be wrapped in ours (SQLite refuses a nested BEGIN).
// The latest finished run of every file for this config; none when --force runs everything.
Result<QHash<QString, PreviousRun>> previousRunsUnlessForced(ExecutionTracker &tracker, const RunOptions &options)
{
    if (options.force)
        return QHash<QString, PreviousRun>();
    return tracker.previousRuns();
}

Result<QString> readSource(const QString &filepath, const QString &display)
{
    QFile f(filepath);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(display, Runner::tr("Cannot read the file: %1").arg(f.errorString()));
    return decodeSourceText(f.readAll(), display);
}

QStringList unique(const QStringList &files)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &f : files)
        if (!seen.contains(f)) {
            seen.insert(f);
            out << f;
        }
    return out;
}

int countStatus(const QList<FileResult> &files, FileStatus status)
{
    return int(std::count_if(files.begin(), files.end(), [status](const FileResult &f) { return f.status == status; }));
}

} // namespace

Runner::Runner(RunContext context, Connection *connection, QObject *parent)
    : QObject(parent), m_context(std::move(context)), m_connection(connection), m_guard(m_context.projectRoot)
{
}

Runner::~Runner() = default;

QString Runner::sqlPath() const
{
    return QDir::cleanPath(QDir(m_context.projectRoot).absoluteFilePath(m_context.config.sqlPath));
}

QString Runner::displayPath(const QString &filepath) const
{
    return m_guard.shown(filepath);
}

QString Runner::executedBy() const
{
    if (!m_context.executedBy.isEmpty())
        return m_context.executedBy;
    return resolveAuditIdentity(m_context.config.identity, nullptr).display();
}

const Redactor &Runner::redactor() const
{
    return m_context.logger->redactor();
}

Result<QStringList> Runner::insideProject(Result<QStringList> files, bool namedByUser) const
{
    if (!files)
        return files;
    for (const QString &file : *files) {
        const Status ok = namedByUser ? m_guard.checkNamedByUser(file, displayPath(file)) : m_guard.check(file, displayPath(file));
        if (!ok)
            return ok.error();
    }
    return files;
}

Result<QStringList> Runner::buildFiles(const Settings &settings) const
{
    Result<QStringList> files = discoverSqlFiles(sqlPath());
    if (!files)
        return files.error();
    const Config &c = m_context.config;
    const BuildPaths paths = effectiveBuildPaths(settings, RuleSubject{c.name, c.type, c.isTest, c.isProtected});
    return insideProject(filterByBuildPaths(*files, sqlPath(), paths));
}

Result<QStringList> Runner::dirFiles(const QString &dir) const
{
    return insideProject(discoverSqlFiles(QFileInfo(dir).absoluteFilePath()), true);
}

Result<QStringList> Runner::checkFiles(const QStringList &paths) const
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return Error::notFound(tr("SQL file not found: %1").arg(path));
        if (!info.isFile() || !isSqlFile(info.fileName()))
            return Error::invalidInput(tr("Not a .sql or .sql.tmpl file: %1").arg(path));
        files << QDir::cleanPath(info.absoluteFilePath());
    }
    return insideProject(files, true);
}

Runner::LoadedFile Runner::load(const QString &filepath, const QString *source) const
{
    QElapsedTimer timer;
    timer.start();
    LoadedFile file = readAndRender(filepath, source);
    file.loadMs = elapsedMs(timer);
    return file;
}

const Result<QList<SqlStatement>> &Runner::statementsOf(const LoadedFile &file) const
{
    if (!file.statements) {
        file.statements = m_connection->dialect().scripts().split(file.sql, file.display);
        if (!*file.statements && isTemplateFile(file.display) && file.statements->error().line > 0) {
            Error error = file.statements->error(); // a place in the rendered SQL, as statementError() names it
            error.message = tr("line %1, column %2 of the rendered SQL: %3").arg(error.line).arg(error.column).arg(error.message);
            error.line = error.column = 0;
            file.statements = error;
        }
    }
    return *file.statements;
}

Runner::LoadedFile Runner::readAndRender(const QString &filepath, const QString *given) const
{
    // Until its text is known, a file stands in its row as the empty text does.
    LoadedFile file{filepath, displayPath(filepath), {}, textChecksum(QString()), {}};
    if (Status inside = m_guard.checkNamedByUser(filepath, file.display); !inside) { // build files: checked when found
        file.error = inside.error();
        return file;
    }
    Result<QString> decoded = given ? Result<QString>(*given) : readSource(filepath, file.display);
    if (!decoded) {
        file.error = decoded.error();
        return file;
    }
    const QString &source = *decoded;
    if (!isTemplateFile(filepath)) {
        file.sql = source;
        file.checksum = textChecksum(source);
        return file;
    }
    // Until a template renders, its raw text stands for it in the pending row.
    file.checksum = textChecksum(source);
    if (!m_renderer) {
        file.error = Error::at(file.display, 0, 0, tr("templates are not supported yet (%1)").arg(file.display));
        return file;
    }
    Result<QString> rendered = m_renderer(filepath, source);
    if (!rendered) {
        Error error = rendered.error();
        // The file it names (the template, an include, a data file or helper) as the project
        // shows it, as SQL errors name theirs.
        error.file = error.file.isEmpty() ? file.display : displayPath(error.file);
        file.error = error;
        return file;
    }
    file.sql = *rendered;
    file.checksum = textChecksum(file.sql);
    return file;
}

// The fast path where the driver runs a whole script in one round trip: BEGIN and every
// statement in one exec, then the file's row and COMMIT in another. nullopt when anything
// failed (or Ctrl-C came meanwhile): the transaction is rolled back, the database is as
// before, and the caller replays the file statement by statement, which reports the failing
// statement's position and the database's message exactly as a slow-path run does.
std::optional<FileResult> Runner::executeAsScript(const LoadedFile &file, const QList<SqlStatement> &statements,
                                                  const RunOptions &options, const FileRecorder &recorder,
                                                  const QElapsedTimer &timer, const SqlStatement **interrupted)
{
    const ScriptRules &rules = m_connection->dialect().scripts();
    Transaction transaction = Transaction::adopt(*m_connection);
    const ScriptOutcome outcome = execAsOneScript(*m_connection, {m_connection->beginTransactionSql()}, allOf(statements), options);
    if (outcome.cancelled) // no replay: say which statement the interrupt stopped
        *interrupted = outcome.stopped;
    if (!outcome.ran && !outcome.cancelled && outcome.run.error && m_connection->lost()) {
        // No replay either: nothing runs on a connection that is gone. The statement it was
        // lost in (the server rolled the transaction back).
        FileResult lost{file.path, file.display, FileStatus::Failed, file.checksum, file.loadMs + elapsedMs(timer), {}, {}, {}};
        Error error = outcome.failed ? statementFailed(file.display, *outcome.failed, *outcome.run.error) : *outcome.run.error;
        error.kind = ErrorKind::Connection;
        error.message = redactor().redact(error.message);
        lost.error = std::move(error);
        return lost;
    }
    if (!outcome.ran || outcome.cancelled)
        return std::nullopt;

    FileResult result{file.path, file.display, FileStatus::Success, file.checksum, file.loadMs + elapsedMs(timer),
                      {}, {}, {}};
    // The session as it was before the file (ConnectionRules::sessionRestoreSql), then the
    // file's row, which commits with the file's effects.
    const QStringList restore = m_connection->dialect().connection().sessionRestoreSql(statements, m_connection->config().connection);
    if (const QString row = recorder.sql ? recorder.sql(result) : QString(); !row.isEmpty()) {
        const QStringList script = restore + QStringList{row, m_connection->commitTransactionSql()};
        if (!m_connection->execScript(script.join(rules.scriptSeparator())))
            return std::nullopt;
        transaction.release();
    } else if (!m_connection->execAll(restore) || !recorder.record(result) || !transaction.commit()) {
        return std::nullopt;
    }
    return result;
}

Status Runner::recordRow(const FileRecorder &recorder, const FileResult &result)
{
    const QString row = recorder.sql ? recorder.sql(result) : QString();
    return row.isEmpty() ? recorder.record(result) : m_connection->exec(row);
}

// The statements of a file in order, one by one or, outside a transaction where the dialect
// allows it, in batches (StatementBatches); the first failure (or interrupt) stops them.
std::optional<Error> Runner::runStatements(const LoadedFile &file, const QList<SqlStatement> &statements,
                                           const RunOptions &options, bool inTransaction, int &stoppedAt, int &repeatsDone)
{
    const ScriptRules &rules = m_connection->dialect().scripts();
    StatementBatches batches(rules, allOf(statements));
    if (inTransaction || !rules.runsMultiStatementScripts())
        batches.stop(); // a transaction is rolled back and replayed instead (executeAsScript)
    const QStringList guard = rules.batchGuardSql().isEmpty() ? QStringList() : QStringList{rules.batchGuardSql()};
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    for (int i = 0; i < int(statements.size());) {
        stoppedAt = i;
        repeatsDone = 0;
        const int size = batches.sizeFrom(i);
        if (size == 1) {
            if (std::optional<Error> failed = runAlone(file, statements.at(i), options, query, repeatsDone))
                return failed;
            ++i;
            continue;
        }
        if (std::optional<Error> stop = checkIn(file, statements.at(i), options))
            return stop;
        const std::span<const SqlStatement> batch = allOf(statements).subspan(size_t(i), size_t(size));
        QElapsedTimer took;
        took.start();
        const ScriptOutcome outcome = execAsOneScript(*m_connection, guard, batch, options);
        if (outcome.cancelled) {
            stoppedAt = outcome.ran ? i + size : outcome.stopped ? i + int(outcome.stopped - batch.data()) : i;
            return interruptedWhileRunning(file.display, outcome.stopped ? *outcome.stopped : batch.front(), redactor());
        }
        if (outcome.ran) {
            batches.ran(elapsedMs(took));
            i += size;
            continue;
        }
        if (!outcome.failed) { // the guard: the server would read this text otherwise than the splitter
            batches.stop();
            continue;
        }
        const int failed = i + int(outcome.failed - batch.data());
        stoppedAt = failed;
        if (outcome.run.errorNeedsItAlone) {
            // It failed to parse, so it changed nothing: alone it fails with its exact error
            // (or runs, as it would have one by one), and the rest follows one by one.
            batches.stop();
            i = failed;
            continue;
        }
        return statementFailed(file.display, *outcome.failed, *outcome.run.error);
    }
    return std::nullopt;
}

// Before a statement or a batch: stop on a cancel, keep the lock.
std::optional<Error> Runner::checkIn(const LoadedFile &file, const SqlStatement &next, const RunOptions &options) const
{
    if (cancelled(options)) {
        Error error = statementError(file.display, next, QStringLiteral("Interrupted before this statement"));
        error.kind = ErrorKind::Cancelled;
        return error;
    }
    if (options.keepAlive) {
        if (Status alive = options.keepAlive(); !alive)
            return alive.error();
    }
    return std::nullopt;
}

Error Runner::statementFailed(const QString &display, const SqlStatement &statement, const Error &database) const
{
    Error error = statementError(display, statement,
                                 QStringLiteral("%1 (in: %2)").arg(redactor().redact(database.message), shortened(statement.text, redactor())));
    if (database.kind == ErrorKind::Connection)
        error.kind = ErrorKind::Connection; // the server is gone, not the statement wrong
    return error;
}

Error Runner::trackingFailed(const Error &tracking, const std::optional<Error> &fileError) const
{
    // The file's own error says where the connection went; what the tracking tables could
    // not take afterwards ("Lost the connection", again) says nothing more.
    if (!fileError || !m_connection->lost())
        return tracking;
    Error error = *fileError;
    if (fileError->kind == ErrorKind::Connection)
        error.message += tr("; nothing more could be recorded in the tracking tables (the next build runs the file again)");
    else // the file failed on its own, then the connection went
        error.message += tr("; then %1, and nothing more could be recorded in the tracking tables (the next build runs "
                            "the file again)").arg(tracking.message);
    error.kind = ErrorKind::Connection;
    return error;
}

std::optional<Error> Runner::runAlone(const LoadedFile &file, const SqlStatement &statement, const RunOptions &options,
                                      QSqlQuery &query, int &repeatsDone)
{
    for (repeatsDone = 0; repeatsDone < statement.repeat; ++repeatsDone) {
        if (std::optional<Error> stop = checkIn(file, statement, options))
            return stop;
        bool ran = false;
        std::optional<Error> copyFailed;
        {
            const Cancellation::Scope inFlight = m_connection->inFlight(options.cancellation);
            if (statement.copyData && !cancelled(options)) {
                Result<qint64> copied = m_connection->dialect().connection().copyIn(m_connection->database(), statement.text,
                                                                                    *statement.copyData);
                ran = copied.ok();
                if (!copied)
                    copyFailed = copied.error();
            } else {
                ran = !cancelled(options) && query.exec(statement.text);
            }
        }
        if (cancelled(options))
            return interruptedWhileRunning(file.display, statement, redactor());
        if (copyFailed)
            return statementFailed(file.display, statement, *copyFailed);
        if (!ran)
            return statementFailed(file.display, statement, m_connection->sqlError(query.lastError()));
        query.finish(); // an open SELECT would keep SQLite from committing
    }
    return std::nullopt;
}

FileResult Runner::execute(const LoadedFile &file, const RunOptions &options, const FileRecorder &recorder)
{
    QElapsedTimer timer;
    timer.start();
    FileResult result{file.path, file.display, FileStatus::Failed, file.checksum, 0, {}, {}, {}};
    const auto fail = [&](Error error) {
        if (error.kind != ErrorKind::Cancelled && error.kind != ErrorKind::LockHeld && error.kind != ErrorKind::Connection)
            error.kind = ErrorKind::Execution;
        error.message = redactor().redact(error.message); // a driver may quote the failing text
        result.status = FileStatus::Failed;
        result.durationMs = file.loadMs + elapsedMs(timer);
        result.error = std::move(error);
        return result;
    };
    if (file.error)
        return fail(*file.error);
    if (options.keepAlive) {
        if (Status alive = options.keepAlive(); !alive)
            return fail(alive.error());
    }

    const ScriptRules &rules = m_connection->dialect().scripts();
    const Result<QList<SqlStatement>> &statements = statementsOf(file);
    if (!statements)
        return fail(statements.error());

    const bool ownTransactions = std::any_of(statements->begin(), statements->end(),
                                             [](const SqlStatement &s) { return isTransactionControl(s.text); });
    const bool wrap = options.transactions == FileTransactions::PerFile && rules.transactionalDdl()
        && !ownTransactions && !optsOutOfTransaction(file.sql);
    // COPY's inline data goes by libpq's copy protocol, statement by statement.
    const bool copies = std::any_of(statements->begin(), statements->end(), [](const SqlStatement &s) { return s.copyData.has_value(); });
    if (wrap && rules.runsMultiStatementScripts() && !copies && !cancelled(options)) {
        const SqlStatement *interrupted = nullptr;
        if (std::optional<FileResult> done = executeAsScript(file, *statements, options, recorder, timer, &interrupted))
            return *done;
        if (interrupted) {
            return fail(interruptedWhileRunning(file.display, *interrupted, redactor()));
        }
    }
    std::optional<Transaction> transaction;
    if (wrap) {
        Result<Transaction> begun = Transaction::begin(*m_connection);
        if (!begun)
            return fail(begun.error());
        transaction.emplace(std::move(begun).value());
    }

    // The session as it was before the file (ConnectionRules::sessionRestoreSql), before
    // noorm writes the file's row: its settings and its USE of another database stay its own.
    const QStringList restore = m_connection->dialect().connection().sessionRestoreSql(*statements, m_connection->config().connection);
    int stoppedAt = 0, repeatsDone = 0;
    if (std::optional<Error> failed = runStatements(file, *statements, options, transaction.has_value(), stoppedAt, repeatsDone)) {
        if (!transaction) { // nothing of noorm's rolls back what ran before it
            const StoppedFile stopped = whereItStopped(*statements, stoppedAt, repeatsDone);
            result.statementsKept = stopped.kept;
            // A transaction of the file's own that it did not finish is rolled back, as the
            // server would on the client's exit; open (on PostgreSQL: aborted) it would
            // take the file's tracking row with it.
            if (stopped.inOwnTransaction)
                (void)m_connection->database().rollback();
            // Without noorm's transaction, whose rollback undoes them, the file's settings stay.
            (void)m_connection->execAll(restore);
        }
        return fail(*failed);
    }

    result.status = FileStatus::Success;
    result.durationMs = file.loadMs + elapsedMs(timer);
    if (Status restored = m_connection->execAll(restore); !restored)
        return fail(restored.error());
    // The file's row commits with the file's effects.
    if (Status ok = recordRow(recorder, result); !ok) {
        if (!transaction) // every statement ran, and stays
            result.statementsKept = whereItStopped(*statements, int(statements->size())).kept;
        return fail(ok.error());
    }
    if (transaction) {
        if (Status ok = transaction->commit(); !ok)
            return fail(ok.error());
    }
    return result;
}

Result<RunReport> Runner::build(const Settings &settings, const RunOptions &options)
{
    Result<QStringList> files = buildFiles(settings);
    if (!files)
        return files.error();
    return runBatch(*files, QStringLiteral("build"), options);
}

Result<RunReport> Runner::runDir(const QString &dir, const RunOptions &options)
{
    Result<QStringList> files = dirFiles(dir);
    if (!files)
        return files.error();
    return runBatch(*files, QStringLiteral("run"), options);
}

Result<RunReport> Runner::runFiles(const QStringList &paths, const RunOptions &options)
{
    Result<QStringList> files = checkFiles(paths);
    if (!files)
        return files.error();
    return runBatch(*files, QStringLiteral("run"), options);
}

Result<RunReport> Runner::runBatch(const QStringList &paths, const QString &changeType, const RunOptions &options)
{
    if (!m_connection)
        return Error::failed(tr("No database connection to run the files on"));
    QElapsedTimer timer;
    timer.start();
    const QStringList filepaths = unique(paths);
    QList<LoadedFile> files;
    files.reserve(filepaths.size());
    QStringList checksums;
    for (const QString &path : filepaths) {
        files << load(path);
        checksums << files.last().checksum;
    }

    ExecutionTracker tracker(*m_connection, m_context.config.name, redactor());
    Result<QHash<QString, PreviousRun>> previousRuns = previousRunsUnlessForced(tracker, options);
    if (!previousRuns)
        return previousRuns.error();
    QHash<QString, PreviousRun> previous = std::move(previousRuns).value();
    Result<qint64> changeId = tracker.startOperation(changeType, executedBy());
    if (!changeId)
        return changeId.error();
    {
        // Pending rows that take more than one INSERT go in one transaction: one commit, not
        // one per chunk. One INSERT commits alone (no BEGIN and COMMIT round trips).
        std::optional<Transaction> rows;
        if (filepaths.size() > ExecutionTracker::kRowsPerInsert) {
            Result<Transaction> begun = Transaction::begin(*m_connection);
            if (!begun)
                return begun.error();
            rows.emplace(std::move(begun).value());
        }
        if (Status ok = tracker.addPendingFiles(*changeId, filepaths, checksums); !ok)
            return ok.error();
        if (rows)
            if (Status ok = rows->commit(); !ok)
                return ok.error();
    }

    RunReport report;
    report.changeId = *changeId;
    QStringList unchanged; // skipped files not yet written, flushed in batches
    const auto flushUnchanged = [&]() -> Status {
        Status ok = tracker.markSkipped(*changeId, unchanged, QStringLiteral("unchanged"));
        unchanged.clear();
        return ok;
    };
    const int total = int(files.size());
    for (int i = 0; i < total; ++i) {
        const LoadedFile &file = files.at(i);
        emit fileProgress({i, total, file.path, file.display, FileStatus::Pending});
        FileResult result;
        const QString reason = file.error ? QString() : skipReasonFor(previous.contains(file.path) ? &previous[file.path] : nullptr,
                                                                      file.checksum, options.force);
        if (!reason.isEmpty()) {
            result = {file.path, file.display, FileStatus::Skipped, file.checksum, 0, reason, {}, {}};
            unchanged << file.path;
        } else {
            if (Status ok = flushUnchanged(); !ok)
                return ok.error();
            result = execute(file, options,
                             {[&](const FileResult &done) { return tracker.markFile(*changeId, done); },
                              [&](const FileResult &done) { return tracker.markFileSql(*changeId, done); }});
            if (result.status == FileStatus::Failed) {
                if (Status ok = tracker.markFile(*changeId, result); !ok)
                    return trackingFailed(ok.error(), result.error);
            }
        }
        emit fileProgress(finishedProgress(i, total, result));
        report.files << result;
        if (result.status != FileStatus::Failed)
            continue;

        // Abort on error: the rest is skipped, naming the file that failed.
        report.firstError = result.error;
        const QString skipped = result.error && result.error->kind == ErrorKind::Cancelled
            ? QStringLiteral("Skipped: the run was interrupted")
            : QStringLiteral("Skipped due to failure in %1").arg(file.display);
        if (Status ok = flushUnchanged(); !ok)
            return trackingFailed(ok.error(), result.error);
        if (Status ok = tracker.skipRemaining(*changeId, skipped); !ok)
            return trackingFailed(ok.error(), result.error);
        for (int j = i + 1; j < total; ++j)
            report.files << FileResult{files.at(j).path, files.at(j).display, FileStatus::Skipped,
                                       files.at(j).checksum, 0, skipped, {}, {}};
        break;
    }
    if (Status ok = flushUnchanged(); !ok)
        return trackingFailed(ok.error(), report.firstError);

    report.filesRun = countStatus(report.files, FileStatus::Success);
    report.filesSkipped = countStatus(report.files, FileStatus::Skipped);
    report.filesFailed = countStatus(report.files, FileStatus::Failed);
    if (report.filesFailed > 0)
        report.status = report.filesRun > 0 ? RunStatus::Partial : RunStatus::Failed;
    report.durationMs = elapsedMs(timer);
    if (Status ok = tracker.finishOperation(*changeId, report.succeeded(), report.durationMs, combinedChecksum(checksums),
                                            report.firstError ? report.firstError->toString() : QString());
        !ok)
        return trackingFailed(ok.error(), report.firstError);
    m_context.logger->info(QStringLiteral("runner"),
                           QStringLiteral("%1 %2: %3 run, %4 skipped, %5 failed")
                               .arg(changeType, runStatusName(report.status))
                               .arg(report.filesRun)
                               .arg(report.filesSkipped)
                               .arg(report.filesFailed),
                           QJsonObject{{QStringLiteral("changeId"), report.changeId},
                                       {QStringLiteral("durationMs"), report.durationMs}});
    return report;
}

Result<FileResult> Runner::runFile(const QString &path, const RunOptions &options)
{
    if (!m_connection)
        return Error::failed(tr("No database connection to run the file on"));
    Result<QStringList> checked = checkFiles({path});
    if (!checked)
        return checked.error();
    QElapsedTimer timer;
    timer.start();
    const LoadedFile file = load(checked->first());
    ExecutionTracker tracker(*m_connection, m_context.config.name, redactor());
    Result<QHash<QString, PreviousRun>> previousRuns = previousRunsUnlessForced(tracker, options);
    if (!previousRuns)
        return previousRuns.error();
    QHash<QString, PreviousRun> previous = std::move(previousRuns).value();
    Result<qint64> changeId = tracker.startOperation(QStringLiteral("run"), executedBy());
    if (!changeId)
        return changeId.error();

    emit fileProgress({0, 1, file.path, file.display, FileStatus::Pending});
    FileResult result;
    const QString reason = file.error ? QString() : skipReasonFor(previous.contains(file.path) ? &previous[file.path] : nullptr,
                                                                  file.checksum, options.force);
    if (!reason.isEmpty()) {
        result = {file.path, file.display, FileStatus::Skipped, file.checksum, 0, reason, {}, {}};
        if (Status ok = tracker.recordFile(*changeId, result); !ok)
            return ok.error();
    } else {
        result = execute(file, options, {[&](const FileResult &done) { return tracker.recordFile(*changeId, done); }, {}});
        if (result.status == FileStatus::Failed) {
            if (Status ok = tracker.recordFile(*changeId, result); !ok)
                return trackingFailed(ok.error(), result.error);
        }
    }
    emit fileProgress(finishedProgress(0, 1, result));
    if (Status ok = tracker.finishOperation(*changeId, result.status != FileStatus::Failed, elapsedMs(timer),
                                            result.checksum, result.error ? result.error->toString() : QString());
        !ok)
        return trackingFailed(ok.error(), result.error);
    return result;
}

RunReport Runner::dryRun(const QStringList &filepaths)
{
    QElapsedTimer timer;
    timer.start();
    RunReport report;
    const QDir root(m_context.projectRoot);
    const int total = int(filepaths.size());
    for (int i = 0; i < total; ++i) {
        const LoadedFile file = load(filepaths.at(i));
        emit fileProgress({i, total, file.path, file.display, FileStatus::Pending});
        FileResult result{file.path, file.display, FileStatus::Success, file.checksum, file.loadMs, {}, file.error, {}};
        if (!file.error) {
            QString relative = root.relativeFilePath(file.path);
            if (relative.startsWith(QLatin1String("../")))
                relative = QFileInfo(file.path).fileName();
            if (relative.endsWith(QLatin1String(".tmpl")))
                relative.chop(5);
            result.outputPath = root.absoluteFilePath(QStringLiteral("tmp/") + relative);
            // Rendered secrets never reach the disk: the dry-run copy shows them masked, and
            // is private like every file noorm writes for its user.
            const QByteArray masked = redactor().redact(file.sql).toUtf8();
            if (Status written = m_guard.writeFile(result.outputPath, masked, displayPath(result.outputPath)); !written)
                result.error = written.error();
        }
        if (result.error)
            result.status = FileStatus::Failed;
        emit fileProgress(finishedProgress(i, total, result));
        report.files << result;
        if (result.error && !report.firstError)
            report.firstError = result.error;
    }
    report.filesRun = countStatus(report.files, FileStatus::Success);
    report.filesFailed = countStatus(report.files, FileStatus::Failed);
    report.status = report.filesFailed ? RunStatus::Failed : RunStatus::Success;
    report.durationMs = elapsedMs(timer);
    return report;
}

Result<QString> Runner::preview(const QStringList &filepaths)
{
    QStringList parts;
    for (const QString &path : filepaths) {
        const LoadedFile file = load(path);
        if (file.error)
            return *file.error;
        parts << QStringLiteral("-- ============================================================\n"
                                "-- File: %1\n"
                                "-- ============================================================\n\n")
                         .arg(file.display)
                + file.sql;
    }
    return parts.join(QStringLiteral("\n\n"));
}

// --- change sets

void Runner::summarise(RunReport &report)
{
    report.filesRun = countStatus(report.files, FileStatus::Success);
    report.filesSkipped = countStatus(report.files, FileStatus::Skipped);
    report.filesFailed = countStatus(report.files, FileStatus::Failed);
    report.status = report.filesFailed == 0 ? RunStatus::Success
                                            : (report.filesRun > 0 ? RunStatus::Partial : RunStatus::Failed);
}

bool Runner::canRunAsOneTransaction(const QList<LoadedFile> &files) const
{
    const ScriptRules &rules = m_connection->dialect().scripts();
    if (!rules.transactionalDdl())
        return false;
    for (const LoadedFile &file : files) {
        if (file.error)
            continue; // it fails before running anything
        if (optsOutOfTransaction(file.sql))
            return false;
        const Result<QList<SqlStatement>> &statements = statementsOf(file);
        if (statements && std::any_of(statements->begin(), statements->end(),
                                      [](const SqlStatement &s) { return isTransactionControl(s.text); }))
            return false;
    }
    return true;
}

Result<RunReport> Runner::runChange(const ChangeRun &change, const RunOptions &options)
{
    if (!m_connection)
        return Error::failed(tr("No database connection to run the change on"));
    QList<LoadedFile> files;
    for (const QString &path : change.files) {
        const auto source = change.sources.constFind(path);
        LoadedFile file = load(path, source == change.sources.cend() ? nullptr : &*source);
        // The row keeps the raw file's checksum, as the original records change files.
        file.checksum = change.fileChecksums.value(path, file.checksum);
        files << file;
    }
    // A scaffold applied before its SQL was written would count as applied: a change whose
    // files hold no statement at all fails. A comment-only file beside others (a stub left
    // next to the file the SQL went into) runs as nothing, as the original runs it.
    const auto holdsNoStatement = [this](const LoadedFile &file) {
        if (file.error)
            return false;
        const Result<QList<SqlStatement>> &statements = statementsOf(file);
        return statements && statements->isEmpty();
    };
    if (!files.isEmpty() && std::all_of(files.begin(), files.end(), holdsNoStatement))
        files.first().error = Error::at(files.first().display, 0, 0, tr("has no SQL statement to run (only comments or blank lines)"));
    if (canRunAsOneTransaction(files))
        return runChangeAtomically(change, files, options);
    // Its files run outside a transaction: what a group of changes holds commits first.
    if (Status ok = m_connection->commitTransactionGroup(); !ok)
        return ok.error();
    return runChangeFileByFile(change, files, options);
}

namespace {

// As the original words a change's error: the failed file's name, then what went wrong;
// here also where in the file, when known.
QString changeError(const FileResult &failed)
{
    QString text = QFileInfo(failed.filepath).fileName() + QStringLiteral(": ");
    if (!failed.error)
        return text;
    if (failed.error->line > 0)
        text += failed.error->column > 0 ? Runner::tr("line %1, column %2: ").arg(failed.error->line).arg(failed.error->column)
                                         : Runner::tr("line %1: ").arg(failed.error->line);
    return text + failed.error->message;
}

} // namespace

Result<qint64> Runner::startChangeRows(ExecutionTracker &tracker, const ChangeRun &change, const QList<LoadedFile> &files) const
{
    QStringList paths, checksums;
    for (const LoadedFile &file : files) {
        paths << file.path;
        checksums << file.checksum;
    }
    Result<qint64> changeId = tracker.startChange(change.name, change.direction, change.checksum, executedBy());
    if (!changeId)
        return changeId;
    if (Status ok = tracker.addPendingFiles(*changeId, paths, checksums); !ok)
        return ok.error();
    return changeId;
}

// All of the change in one transaction. No pending rows: inside the transaction nobody would
// see them, and a killed process leaves nothing. The change's row and its file rows are
// INSERTed, finished, just before the commit (finishAtomicChange).
Result<RunReport> Runner::runChangeAtomically(const ChangeRun &change, const QList<LoadedFile> &files,
                                              const RunOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    if (m_connection->dialect().scripts().runsMultiStatementScripts()) {
        std::optional<FileResult> interrupted;
        QList<FileResult> ran;
        if (std::optional<Result<RunReport>> done = runChangeAsScripts(change, files, options, timer, &interrupted, &ran))
            return *done;
        // A script failed and nothing of the change is left: an interrupt is recorded as it
        // is; anything else is replayed statement by statement below, so the error names the
        // statement and gives the database's message exactly as a one-by-one run does.
        if (interrupted)
            return recordRolledBackChange(change, files, ran, *interrupted, timer);
    }
    RunOptions inside = options;
    inside.transactions = FileTransactions::None; // the change's one transaction holds them all
    const FileRecorder recordedAtTheEnd{[](const FileResult &) { return Status(); }, {}};
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    QList<FileResult> ran;
    std::optional<FileResult> failure;
    {
        Result<Transaction> transaction = Transaction::begin(*m_connection);
        if (!transaction)
            return transaction.error();
        const int total = int(files.size());
        for (int i = 0; i < total && !failure; ++i) {
            const LoadedFile &file = files.at(i);
            emit fileProgress({i, total, file.path, file.display, FileStatus::Pending});
            FileResult result = execute(file, inside, recordedAtTheEnd);
            if (result.status == FileStatus::Failed)
                result.statementsKept = 0; // the change's transaction rolls them back below
            emit fileProgress(finishedProgress(i, total, result));
            if (result.status == FileStatus::Failed)
                failure = result;
            else
                ran << result;
        }
        if (!failure)
            return finishAtomicChange(change, ran, startedAt, timer, *transaction);
        if (Status undone = transaction->rollback(); !undone)
            return undone.error();
    }
    return recordRolledBackChange(change, files, ran, *failure, timer);
}

// The fast path where the driver runs a whole script in one round trip (PostgreSQL): one
// script per file, the first opening the transaction; then the change's row and its file
// rows with the COMMIT (finishAtomicChange). Three round trips for a one-file change, where
// a client applying it in a transaction of its own sends BEGIN, each statement and COMMIT.
// nullopt when a script failed or was interrupted: everything is rolled back; `interrupted`
// is then set when a cancel stopped it (the statement it stopped, `ranBefore` the files done
// before), else the caller replays the change.
std::optional<Result<RunReport>> Runner::runChangeAsScripts(const ChangeRun &change, const QList<LoadedFile> &files,
                                                            const RunOptions &options, const QElapsedTimer &timer,
                                                            std::optional<FileResult> *interrupted, QList<FileResult> *ranBefore)
{
    QList<QList<SqlStatement>> statements;
    for (const LoadedFile &file : files) {
        Result<QList<SqlStatement>> split = file.error ? Result<QList<SqlStatement>>(*file.error) : statementsOf(file);
        if (!split)
            return std::nullopt; // fails before running anything: the slow path reports it
        statements << *split;
    }
    const bool copies = std::any_of(statements.begin(), statements.end(), [](const QList<SqlStatement> &file) {
        return std::any_of(file.begin(), file.end(), [](const SqlStatement &s) { return s.copyData.has_value(); });
    });
    if (files.isEmpty() || copies || cancelled(options)) // COPY data: the statement-by-statement path sends it
        return std::nullopt;
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    Transaction transaction = Transaction::adopt(*m_connection); // BEGIN rides with the first file
    QList<FileResult> ran;
    const int total = int(files.size());
    for (int i = 0; i < total; ++i) {
        const LoadedFile &file = files.at(i);
        emit fileProgress({i, total, file.path, file.display, FileStatus::Pending});
        QElapsedTimer fileTimer;
        fileTimer.start();
        if (options.keepAlive) {
            if (Status alive = options.keepAlive(); !alive)
                return std::nullopt;
        }
        const QStringList lead = i == 0 ? QStringList{m_connection->beginTransactionSql()} : QStringList();
        const ScriptOutcome outcome = execAsOneScript(*m_connection, lead, allOf(statements.at(i)), options);
        if (outcome.cancelled) {
            // Stopped in the BEGIN: before the file's first statement.
            const SqlStatement &stopped = outcome.stopped ? *outcome.stopped : statements.at(i).first();
            *interrupted = FileResult{file.path, file.display, FileStatus::Failed, file.checksum, file.loadMs + elapsedMs(fileTimer),
                                      {}, interruptedWhileRunning(file.display, stopped, redactor()), {}};
            *ranBefore = ran;
            return std::nullopt;
        }
        if (!outcome.ran)
            return std::nullopt;
        ran << FileResult{file.path, file.display, FileStatus::Success, file.checksum, file.loadMs + elapsedMs(fileTimer),
                          {}, {}, {}};
        emit fileProgress(finishedProgress(i, total, ran.constLast()));
    }
    return finishAtomicChange(change, ran, startedAt, timer, transaction);
}

// The change ran: its row (succeeded, executed_at = `startedAt`) and its file rows, then
// `onSuccess` and the commit. Where the driver runs scripts, the file rows and the COMMIT
// go as one.
Result<RunReport> Runner::finishAtomicChange(const ChangeRun &change, const QList<FileResult> &ran, const QDateTime &startedAt,
                                             const QElapsedTimer &timer, Transaction &transaction)
{
    const ScriptRules &rules = m_connection->dialect().scripts();
    RunReport report;
    report.files = ran;
    report.durationMs = elapsedMs(timer);
    ExecutionTracker tracker(*m_connection, m_context.config.name, redactor());
    Result<qint64> changeId = tracker.recordChange(change.name, change.direction, change.checksum, executedBy(), startedAt,
                                                   report.durationMs);
    if (!changeId)
        return changeId.error();
    QStringList rows = tracker.recordFilesSql(*changeId, ran);
    if (rows.isEmpty()) {
        for (const FileResult &file : ran)
            if (Status ok = tracker.recordFile(*changeId, file); !ok)
                return ok.error();
    }
    if (rules.runsMultiStatementScripts() && !rows.isEmpty()) {
        if (!change.onSuccess)
            rows << m_connection->commitTransactionSql();
        if (Status ok = m_connection->execScript(rows.join(rules.scriptSeparator())); !ok)
            return ok.error();
        if (!change.onSuccess)
            transaction.release();
    } else if (Status ok = m_connection->execAll(rows); !ok) {
        return ok.error();
    }
    if (transaction.isActive()) {
        if (change.onSuccess) {
            if (Status ok = change.onSuccess(*m_connection); !ok)
                return ok.error();
        }
        if (Status ok = transaction.commit(); !ok)
            return ok.error();
    }
    report.changeId = *changeId;
    summarise(report);
    return report;
}

// Nothing of the change is left: the attempt is recorded in rows of its own, the files that
// had run marked skipped ("rolled back"), the failing one failed, the rest skipped.
Result<RunReport> Runner::recordRolledBackChange(const ChangeRun &change, const QList<LoadedFile> &files,
                                                 const QList<FileResult> &ran, const FileResult &failure,
                                                 const QElapsedTimer &timer)
{
    const QString rolledBack = tr("Rolled back: %1 failed").arg(failure.displayPath);
    const QString notRun = failure.error && failure.error->kind == ErrorKind::Cancelled
        ? tr("Skipped: the change was interrupted")
        : tr("Skipped due to failure in %1").arg(failure.displayPath);
    QList<FileResult> rows;
    for (FileResult row : ran) {
        row.status = FileStatus::Skipped;
        row.skipReason = rolledBack;
        rows << row;
    }
    const auto failed = std::find_if(files.begin(), files.end(), [&](const LoadedFile &f) { return f.path == failure.filepath; });
    rows << failure;
    for (auto it = failed == files.end() ? files.end() : std::next(failed); it != files.end(); ++it)
        rows << FileResult{it->path, it->display, FileStatus::Skipped, it->checksum, 0, notRun, {}, {}};
    RunReport report;
    report.files = rows;
    report.firstError = failure.error;
    summarise(report);
    report.status = RunStatus::Failed; // rolled back: nothing of it applied
    report.durationMs = elapsedMs(timer);
    ExecutionTracker tracker(*m_connection, m_context.config.name, redactor());
    Result<Transaction> record = Transaction::begin(*m_connection);
    if (!record)
        return record.error();
    Result<qint64> changeId = tracker.startChange(change.name, change.direction, change.checksum, executedBy());
    if (!changeId)
        return changeId.error();
    for (const FileResult &row : std::as_const(rows)) {
        if (Status ok = tracker.recordFile(*changeId, row); !ok)
            return ok.error();
    }
    if (Status ok = tracker.finishOperation(*changeId, false, report.durationMs, change.checksum,
                                            changeError(failure).left(tracking::change::kNoteRoom)
                                                + leftNothingNote(change));
        !ok)
        return ok.error();
    if (Status ok = record->commit(); !ok)
        return ok.error();
    report.changeId = *changeId;
    return report;
}

Result<RunReport> Runner::runChangeFileByFile(const ChangeRun &change, const QList<LoadedFile> &files,
                                              const RunOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    ExecutionTracker tracker(*m_connection, m_context.config.name, redactor());
    Result<qint64> changeId = startChangeRows(tracker, change, files);
    if (!changeId)
        return changeId.error();
    RunReport report;
    report.changeId = *changeId;
    const int total = int(files.size());
    for (int i = 0; i < total; ++i) {
        const LoadedFile &file = files.at(i);
        emit fileProgress({i, total, file.path, file.display, FileStatus::Pending});
        FileResult result = execute(file, options, {[&](const FileResult &done) { return tracker.markFile(*changeId, done); },
                                                    [&](const FileResult &done) { return tracker.markFileSql(*changeId, done); }});
        emit fileProgress(finishedProgress(i, total, result));
        report.files << result;
        if (result.status != FileStatus::Failed)
            continue;
        if (Status ok = tracker.markFile(*changeId, result); !ok)
            return ok.error();
        report.firstError = result.error;
        const QString skipped = tr("Skipped due to failure in %1").arg(file.display);
        if (Status ok = tracker.skipRemaining(*changeId, skipped); !ok)
            return ok.error();
        for (int j = i + 1; j < total; ++j)
            report.files << FileResult{files.at(j).path, files.at(j).display, FileStatus::Skipped, files.at(j).checksum, 0,
                                       skipped, {}, {}};
        break;
    }
    summarise(report);
    report.durationMs = elapsedMs(timer);
    QString error;
    if (report.firstError) {
        QStringList applied;
        for (const FileResult &f : std::as_const(report.files))
            if (f.status == FileStatus::Success)
                applied << f.displayPath;
        const FileResult &failed = *std::find_if(report.files.begin(), report.files.end(),
                                                 [](const FileResult &f) { return f.status == FileStatus::Failed; });
        // Without one transaction, what ran before the failure stays, also the statements of
        // the failing file before the one that failed: say so, in the row too.
        if (failed.statementsKept > 0)
            applied << (failed.statementsKept == 1 ? tr("the first statement of %1").arg(failed.displayPath)
                                                   : tr("the first %1 statements of %2").arg(failed.statementsKept).arg(failed.displayPath));
        const QString detail = applied.isEmpty()
            ? leftNothingNote(change)
            : tr(" (applied before the failure, not rolled back: %1)").arg(applied.join(QStringLiteral(", ")));
        error = changeError(failed).left(tracking::change::kNoteRoom) + detail;
        report.firstError->message += detail;
    }
    Status done = tracker.finishOperation(*changeId, !report.firstError, report.durationMs, change.checksum, error);
    if (done && !report.firstError && change.onSuccess)
        done = change.onSuccess(*m_connection);
    if (!done)
        return done.error();
    return report;
}

} // namespace noorm
