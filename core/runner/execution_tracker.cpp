#include "runner/execution_tracker.h"

#include "db/connection.h"
#include "dialect/tracking_tables.h"
#include "common/redactor.h"

#include <QDateTime>

namespace noorm {

namespace {

namespace ch = tracking::change;
namespace ex = tracking::executions;

const QString kFileTypeSql = QStringLiteral("sql");
const QString kDirectionChange = QStringLiteral("change"); // forward ("commit" in the original's code)
constexpr int kPathsPerUpdate = 500;

QString placeholderList(int count)
{
    QString out;
    out.reserve(count * 3);
    for (int i = 0; i < count; ++i)
        out += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return out;
}

} // namespace

QString skipReasonFor(const PreviousRun *previous, const QString &checksum, bool force)
{
    if (force || !previous)
        return {};
    if (previous->status != QLatin1String("success") || previous->changeStatus == QLatin1String("stale"))
        return {};
    if (previous->checksum != checksum)
        return {};
    return QStringLiteral("unchanged");
}

ExecutionTracker::ExecutionTracker(Connection &connection, QString configName, const Redactor &redactor)
    : m_connection(connection), m_redactor(redactor), m_configName(std::move(configName))
{
}

QString ExecutionTracker::cut(const QString &text, int length) const
{
    if (text.isNull())
        return QStringLiteral("");
    const QString clean = m_redactor.redact(text);
    return clean.size() > length ? clean.left(length) : clean;
}

QString ExecutionTracker::errorText(const FileResult &file) const
{
    return file.error ? cut(file.error->toString(), kErrorMessageMaxLength) : QStringLiteral("");
}

QString ExecutionTracker::changeTable() const
{
    return m_connection.dialect().tracking().table(ch::table);
}

QString ExecutionTracker::executionsTable() const
{
    return m_connection.dialect().tracking().table(ex::table);
}

Result<int> ExecutionTracker::closeAbandoned()
{
    const QString reason = QStringLiteral("Abandoned: the process running it stopped before it finished");
    Result<QSqlQuery> ids = m_connection.query(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND %4 = 'pending'").arg(ch::id, changeTable(), ch::configName, ch::status),
        {m_configName});
    if (!ids)
        return ids.error();
    QVariantList abandoned;
    while (ids->next())
        abandoned << ids->value(0);
    // Files run in the order of their rows, each finished row updated before the next file
    // starts (the unchanged ones before it too): the first one still pending is the one that
    // was running or about to, unless it is unchanged (killed while the skipped ones were
    // still to be written: then none was running).
    const QString interrupted = m_connection.dialect().scripts().transactionalDdl()
        ? QStringLiteral("Interrupted: the process running it stopped while it ran or was about to (what ran in a "
                         "transaction was rolled back)")
        : QStringLiteral("Interrupted: the process running it stopped while it ran or was about to; this database commits each DDL "
                         "at once, so some of it may have taken effect");
    Result<QHash<QString, PreviousRun>> previous = abandoned.isEmpty() ? QHash<QString, PreviousRun>() : previousRuns();
    if (!previous)
        return previous.error();
    for (const QVariant &id : std::as_const(abandoned)) {
        Result<QSqlQuery> running = m_connection.query(
            QStringLiteral("SELECT %1, %2, %3 FROM %4 WHERE %1 = (SELECT MIN(%1) FROM %4 WHERE %5 = ? AND %6 = 'pending')")
                .arg(ex::id, ex::filepath, ex::checksum, executionsTable(), ex::changeId, ex::status),
            {id});
        if (!running)
            return running.error();
        if (running->next()) {
            const QVariant rowId = running->value(0);
            const QString path = running->value(1).toString(), checksum = running->value(2).toString();
            running->finish();
            const auto before = previous->constFind(path);
            const bool unchanged = skipReasonFor(before == previous->cend() ? nullptr : &*before, checksum, false)
                == QLatin1String("unchanged");
            if (!unchanged) {
                if (Result<QSqlQuery> q = m_connection.query(
                        QStringLiteral("UPDATE %1 SET %2 = 'failed', %3 = ? WHERE %4 = ? AND %2 = 'pending'")
                            .arg(executionsTable(), ex::status, ex::errorMessage, ex::id),
                        {interrupted, rowId});
                    !q)
                    return q.error();
            }
        }
        if (Result<QSqlQuery> q = m_connection.query(
                QStringLiteral("UPDATE %1 SET %2 = 'skipped', %3 = ? WHERE %4 = ? AND %2 = 'pending'")
                    .arg(executionsTable(), ex::status, ex::skipReason, ex::changeId),
                {cut(reason, ex::skipReasonMaxLength), id});
            !q)
            return q.error();
        if (Result<QSqlQuery> q = m_connection.query(
                QStringLiteral("UPDATE %1 SET %2 = 'failed', %3 = ? WHERE %4 = ? AND %2 = 'pending'")
                    .arg(changeTable(), ch::status, ch::errorMessage, ch::id),
                {reason, id});
            !q)
            return q.error();
    }
    return int(abandoned.size());
}

Result<QHash<QString, PreviousRun>> ExecutionTracker::previousRuns()
{
    // One query for all files: the newest finished row per filepath of this config.
    const QString sql = QStringLiteral(
        "SELECT e.%1, e.%2, e.%3, c.%4 FROM %5 e JOIN %6 c ON c.%7 = e.%8 "
        "JOIN (SELECT e2.%1 AS fp, MAX(e2.%9) AS latest FROM %5 e2 JOIN %6 c2 ON c2.%7 = e2.%8 "
        "WHERE c2.%10 = ? AND e2.%3 IN ('success', 'failed') GROUP BY e2.%1) l ON l.latest = e.%9")
        .arg(ex::filepath, ex::checksum, ex::status, ch::status, executionsTable(), changeTable(), ch::id,
             ex::changeId, ex::id)
        .arg(ch::configName);
    Result<QSqlQuery> q = m_connection.query(sql, {m_configName});
    if (!q)
        return q.error();
    QHash<QString, PreviousRun> runs;
    while (q->next())
        runs.insert(q->value(0).toString(), {q->value(1).toString(), q->value(2).toString(), q->value(3).toString()});
    return runs;
}

Result<qint64> ExecutionTracker::startOperation(const QString &changeType, const QString &executedBy)
{
    const QString name = changeType + QLatin1Char(':') + QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return insertOperation(name, changeType, kDirectionChange, QString(), executedBy, OperationRow());
}

Result<qint64> ExecutionTracker::startChange(const QString &name, const QString &direction, const QString &checksum,
                                             const QString &executedBy)
{
    return insertOperation(name, QStringLiteral("change"), direction, checksum, executedBy, OperationRow());
}

Result<qint64> ExecutionTracker::recordChange(const QString &name, const QString &direction, const QString &checksum,
                                              const QString &executedBy, const QDateTime &startedAt, qint64 durationMs)
{
    return insertOperation(name, QStringLiteral("change"), direction, checksum, executedBy,
                           {startedAt, QStringLiteral("success"), durationMs});
}

Result<qint64> ExecutionTracker::insertOperation(const QString &name, const QString &changeType, const QString &direction,
                                                 const QString &checksum, const QString &executedBy, const OperationRow &row)
{
    const QDateTime at = row.startedAt.isValid() ? row.startedAt : QDateTime::currentDateTimeUtc();
    const QString executedAt = m_connection.dialect().tracking().formatTimestamp(at);
    return m_connection.insertReturningId(
        changeTable(),
        {ch::name, ch::changeType, ch::direction, ch::checksum, ch::executedAt, ch::executedBy, ch::configName,
         ch::cliVersion, ch::status, ch::errorMessage, ch::durationMs},
        {cut(name, 255), changeType, direction, checksum.isNull() ? QStringLiteral("") : checksum, executedAt,
         cut(executedBy, 255), m_configName, QStringLiteral(NOORM_VERSION), row.status, QStringLiteral(""),
         row.durationMs});
}

QList<ExecutionTracker::BoundSql> ExecutionTracker::fileRowInserts(qint64 changeId, const QList<FileResult> &files) const
{
    const QString head = QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6, %7, %8, %9, ")
                             .arg(executionsTable(), ex::changeId, ex::filepath, ex::fileType, ex::checksum,
                                  ex::cliVersion, ex::status, ex::errorMessage, ex::skipReason)
        + QStringLiteral("%1) VALUES ").arg(ex::durationMs);
    const QString row = QLatin1Char('(') + placeholderList(9) + QLatin1Char(')');
    QList<BoundSql> inserts;
    for (qsizetype start = 0; start < files.size(); start += kRowsPerInsert) {
        const qsizetype end = std::min<qsizetype>(files.size(), start + kRowsPerInsert);
        BoundSql insert{head, {}};
        insert.binds.reserve((end - start) * 9);
        for (qsizetype i = start; i < end; ++i) {
            const FileResult &file = files.at(i);
            insert.sql += i > start ? QStringLiteral(", ") + row : row;
            insert.binds << changeId << file.filepath << kFileTypeSql << file.checksum << QStringLiteral(NOORM_VERSION)
                         << fileStatusName(file.status) << errorText(file) << cut(file.skipReason, ex::skipReasonMaxLength)
                         << file.durationMs;
        }
        inserts << insert;
    }
    return inserts;
}

Status ExecutionTracker::run(const BoundSql &statement)
{
    if (Result<QSqlQuery> q = m_connection.query(statement.sql, statement.binds); !q)
        return q.error();
    return {};
}

QString ExecutionTracker::literalSql(const BoundSql &statement) const
{
    return m_connection.dialect().syntax().withLiterals(statement.sql, statement.binds).value_or(QString());
}

Status ExecutionTracker::addPendingFiles(qint64 changeId, const QStringList &filepaths, const QStringList &checksums)
{
    QList<FileResult> pending;
    pending.reserve(filepaths.size());
    for (qsizetype i = 0; i < filepaths.size(); ++i)
        pending << FileResult{filepaths.at(i), {}, FileStatus::Pending, checksums.at(i), 0, {}, {}, {}};
    for (const BoundSql &insert : fileRowInserts(changeId, pending))
        if (Status ok = run(insert); !ok)
            return ok;
    Result<QSqlQuery> ids = m_connection.query(
        QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 = ?").arg(ex::id, ex::filepath, executionsTable(), ex::changeId),
        {changeId});
    if (!ids)
        return ids.error();
    m_rowIds.clear();
    while (ids->next())
        m_rowIds.insert(ids->value(1).toString(), ids->value(0).toLongLong());
    return {};
}

Status ExecutionTracker::recordFile(qint64 changeId, const FileResult &file)
{
    return run(fileRowInserts(changeId, {file}).constFirst());
}

QStringList ExecutionTracker::recordFilesSql(qint64 changeId, const QList<FileResult> &files) const
{
    QStringList statements;
    for (const BoundSql &insert : fileRowInserts(changeId, files)) {
        const QString sql = literalSql(insert);
        if (sql.isEmpty())
            return {};
        statements << sql;
    }
    return statements;
}

ExecutionTracker::BoundSql ExecutionTracker::markFileStatement(qint64 changeId, const FileResult &file) const
{
    BoundSql update{QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ?, %4 = ?, %5 = ?, %6 = ? ")
                        .arg(executionsTable(), ex::status, ex::durationMs, ex::errorMessage, ex::skipReason, ex::checksum),
                    {fileStatusName(file.status), file.durationMs, errorText(file),
                     cut(file.skipReason, ex::skipReasonMaxLength), file.checksum}};
    if (const auto id = m_rowIds.constFind(file.filepath); id != m_rowIds.cend()) {
        update.sql += QStringLiteral("WHERE %1 = ?").arg(ex::id);
        update.binds << *id;
    } else {
        update.sql += QStringLiteral("WHERE %1 = ? AND %2 = ?").arg(ex::changeId, ex::filepath);
        update.binds << changeId << file.filepath;
    }
    return update;
}

Status ExecutionTracker::markFile(qint64 changeId, const FileResult &file) { return run(markFileStatement(changeId, file)); }

QString ExecutionTracker::markFileSql(qint64 changeId, const FileResult &file) const
{
    return literalSql(markFileStatement(changeId, file));
}

Status ExecutionTracker::markSkipped(qint64 changeId, const QStringList &filepaths, const QString &reason)
{
    for (qsizetype start = 0; start < filepaths.size(); start += kPathsPerUpdate) {
        const qsizetype end = std::min<qsizetype>(filepaths.size(), start + kPathsPerUpdate);
        const QString sql = QStringLiteral("UPDATE %1 SET %2 = 'skipped', %3 = ? WHERE %4 = ? AND %5 IN (%6)")
                                .arg(executionsTable(), ex::status, ex::skipReason, ex::changeId, ex::filepath,
                                     placeholderList(int(end - start)));
        QVariantList binds{cut(reason, ex::skipReasonMaxLength), changeId};
        for (qsizetype i = start; i < end; ++i)
            binds << filepaths.at(i);
        if (Result<QSqlQuery> q = m_connection.query(sql, binds); !q)
            return q.error();
    }
    return {};
}

Status ExecutionTracker::skipRemaining(qint64 changeId, const QString &reason)
{
    const QString sql = QStringLiteral("UPDATE %1 SET %2 = 'skipped', %3 = ? WHERE %4 = ? AND %2 = 'pending'")
                            .arg(executionsTable(), ex::status, ex::skipReason, ex::changeId);
    if (Result<QSqlQuery> q = m_connection.query(sql, {cut(reason, ex::skipReasonMaxLength), changeId}); !q)
        return q.error();
    return {};
}

ExecutionTracker::BoundSql ExecutionTracker::finishStatement(qint64 changeId, bool success, qint64 durationMs,
                                                           const QString &checksum, const QString &errorMessage) const
{
    return {QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ?, %4 = ?, %5 = ? WHERE %6 = ?")
                .arg(changeTable(), ch::status, ch::durationMs, ch::checksum, ch::errorMessage, ch::id),
            {success ? QStringLiteral("success") : QStringLiteral("failed"), durationMs, checksum,
             cut(errorMessage, kErrorMessageMaxLength), changeId}};
}

Status ExecutionTracker::finishOperation(qint64 changeId, bool success, qint64 durationMs, const QString &checksum,
                                         const QString &errorMessage)
{
    return run(finishStatement(changeId, success, durationMs, checksum, errorMessage));
}

Result<ExecutionTracker::StaleRows> ExecutionTracker::markStaleAndRecordReset(const QString &executedBy, const QString &message)
{
    // The original's one UPDATE, split by what the rows are, to count change sets and builds
    // apart (earlier teardowns' `__reset__` rows go stale too, uncounted).
    const auto markStale = [this](const QString &which) -> Result<qint64> {
        Result<QSqlQuery> marked = m_connection.query(
            QStringLiteral("UPDATE %1 SET %2 = 'stale' WHERE %3 = ? AND %4 = 'change' AND %2 IN ('success', 'failed', 'pending') AND %5")
                .arg(changeTable(), ch::status, ch::configName, ch::direction, which),
            {m_configName});
        if (!marked)
            return marked.error();
        return marked->numRowsAffected();
    };
    Result<qint64> changeSets = markStale(QStringLiteral("%1 = 'change' AND %2 <> '%3'").arg(ch::changeType, ch::name, ch::resetName));
    if (!changeSets)
        return changeSets.error();
    Result<qint64> builds = markStale(QStringLiteral("%1 <> 'change'").arg(ch::changeType));
    if (!builds)
        return builds.error();
    if (Result<qint64> resets = markStale(QStringLiteral("%1 = 'change' AND %2 = '%3'").arg(ch::changeType, ch::name, ch::resetName)); !resets)
        return resets.error();
    Result<qint64> reset = insertOperation(QString(ch::resetName), QStringLiteral("change"), QStringLiteral("change"),
                                           QString(), executedBy, {QDateTime::currentDateTimeUtc(), QStringLiteral("success"), 0});
    if (!reset)
        return reset.error();
    if (Status ok = run({QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?").arg(changeTable(), ch::errorMessage, ch::id),
                         {cut(message, kErrorMessageMaxLength), *reset}});
        !ok)
        return ok.error();
    return StaleRows{*changeSets, *builds};
}

} // namespace noorm
