#include "sql/sql_executor.h"

#include "db/connection.h"
#include "dialect/dialect.h"
#include "sql/statement_kind.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace noorm {

namespace {

constexpr int kRowsBetweenCancelChecks = 256;

bool cancelled(const Cancellation *cancellation) { return cancellation && cancellation->isCancelled(); }

// A result set into the sink: its columns, then each row `next` reads and `deliver` hands
// on. The outcome when the statement ended early (the sink's error, a cancel, the server's
// `error` part-way); nullopt when every row went through.
template <typename Next, typename Deliver, typename ErrorOf, typename Fail>
std::optional<StatementOutcome> streamRows(StatementOutcome &outcome, QList<ResultColumn> columns, Next next, Deliver deliver,
                            ErrorOf errorOf, const Connection &connection, ResultSink &sink,
                            Cancellation *cancellation, Status &sinkStatus, Fail fail)
{
    outcome.hasResultSet = true;
    outcome.columns = std::move(columns);
    if (sinkStatus = sink.resultSet(outcome); !sinkStatus)
        return outcome;
    const auto interrupted = [&] {
        return fail(QStringLiteral("Interrupted while its rows were read (%1 so far)").arg(outcome.rows), ErrorKind::Cancelled);
    };
    while (next()) {
        ++outcome.rows;
        if (sinkStatus = deliver(); !sinkStatus)
            return outcome;
        if (outcome.rows % kRowsBetweenCancelChecks == 0 && cancelled(cancellation))
            return interrupted();
    }
    if (cancelled(cancellation))
        return interrupted();
    if (const std::optional<QSqlError> error = errorOf()) // the server failed the statement part-way (division by zero in row n)
        return fail(connection.sqlError(*error).message, ErrorKind::Execution);
    return std::nullopt;
}

} // namespace

QString columnTypeName(int metaTypeId)
{
    switch (metaTypeId) {
    case QMetaType::Int: case QMetaType::UInt: case QMetaType::LongLong: case QMetaType::ULongLong:
    case QMetaType::Short: case QMetaType::UShort: case QMetaType::Long: case QMetaType::ULong:
    case QMetaType::Char: case QMetaType::UChar: case QMetaType::SChar: // QMYSQL's TINYINT
        return QStringLiteral("integer");
    case QMetaType::Double: case QMetaType::Float:
        return QStringLiteral("decimal");
    case QMetaType::QString: case QMetaType::QChar:
        return QStringLiteral("text");
    case QMetaType::QByteArray:
        return QStringLiteral("binary");
    case QMetaType::Bool:
        return QStringLiteral("boolean");
    case QMetaType::QDate:
        return QStringLiteral("date");
    case QMetaType::QTime:
        return QStringLiteral("time");
    case QMetaType::QDateTime:
        return QStringLiteral("timestamp");
    default:
        return QStringLiteral("other");
    }
}

SqlExecutor::SqlExecutor(Connection &connection, const Redactor &redactor)
    : m_connection(connection), m_redactor(redactor)
{
}

Result<SqlScriptOutcome> SqlExecutor::run(const QString &script, const QString &shownAs, ResultSink &sink,
                                          Cancellation *cancellation)
{
    if (Status ok = m_connection.checkThread(); !ok)
        return ok.error();
    Result<QList<SqlStatement>> statements = m_connection.dialect().scripts().split(script, shownAs);
    if (!statements)
        return statements.error();
    ScriptStart start;
    for (const SqlStatement &statement : std::as_const(*statements)) {
        start.statements += statement.repeat;
        start.severalResults = start.severalResults || statementMayGiveSeveralResults(statement.text);
    }
    if (Status ok = sink.started(start); !ok)
        return ok.error();
    QElapsedTimer timer;
    timer.start();
    SqlScriptOutcome outcome;
    int index = 0;
    for (const SqlStatement &statement : std::as_const(*statements)) {
        for (int n = 0; n < statement.repeat; ++n) {
            Status sinkStatus;
            QList<StatementOutcome> earlier; // the result sets of this statement before its last
            StatementOutcome last = runOne(statement, index++, shownAs, sink, cancellation, sinkStatus, earlier);
            outcome.statements << earlier << last;
            if (!sinkStatus) {
                outcome.durationMs = timer.elapsed();
                return sinkStatus.error();
            }
            if (outcome.statements.constLast().error) {
                outcome.durationMs = timer.elapsed();
                return outcome;
            }
        }
    }
    outcome.durationMs = timer.elapsed();
    return outcome;
}

StatementOutcome SqlExecutor::runOne(const SqlStatement &statement, int index, const QString &shownAs,
                                     ResultSink &sink, Cancellation *cancellation, Status &sinkStatus,
                                     QList<StatementOutcome> &earlier)
{
    StatementOutcome outcome;
    outcome.index = index;
    outcome.line = statement.line;
    outcome.column = statement.column;
    outcome.text = statement.text;
    QElapsedTimer timer;
    timer.start();
    const auto finished = [&] {
        outcome.durationMs = timer.elapsed();
        sinkStatus = sink.finished(outcome);
        return outcome;
    };
    const auto fail = [&](const QString &message, ErrorKind kind) {
        Error error = Error::at(shownAs, statement.line, statement.column, m_redactor.redact(message));
        error.kind = kind;
        outcome.error = error;
        return finished();
    };
    if (cancelled(cancellation))
        return fail(QStringLiteral("Interrupted before this statement"), ErrorKind::Cancelled);

    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    // A DECIMAL as the server writes it (text), not rounded to a double's 17 digits.
    query.setNumericalPrecisionPolicy(QSql::HighPrecision);
    // The interrupt stays armed while the rows are read: a cancel stops the fetch too.
    const Cancellation::Scope inFlight = m_connection.inFlight(cancellation);
    if (statement.copyData) {
        Result<qint64> copied = !cancelled(cancellation)
            ? m_connection.dialect().connection().copyIn(m_connection.database(), statement.text, *statement.copyData)
            : Result<qint64>(Error::cancelled(QString()));
        if (cancelled(cancellation))
            return fail(QStringLiteral("Interrupted while this statement ran"), ErrorKind::Cancelled);
        if (!copied)
            return fail(copied.error().message, ErrorKind::Execution);
        outcome.affected = *copied;
        return finished();
    }
    // Rows that only become text are read natively where the dialect can (bench/README.md).
    if (sink.takesTextRows() && statementOnlyReads(statement.text) && !cancelled(cancellation)) {
        if (std::unique_ptr<NativeRowReader> reader
            = m_connection.dialect().connection().readRows(m_connection.database(), statement.text)) {
            if (cancelled(cancellation))
                return fail(QStringLiteral("Interrupted while this statement ran"), ErrorKind::Cancelled);
            if (const std::optional<QSqlError> error = reader->startError())
                return fail(m_connection.sqlError(*error).message, ErrorKind::Execution);
            QList<ResultColumn> columns;
            for (const NativeColumn &c : reader->columns())
                columns << ResultColumn{c.name, columnTypeName(c.typeId)};
            if (std::optional<StatementOutcome> ended = streamRows(
                    outcome, std::move(columns), [&] { return reader->next(); }, [&] { return sink.textRow(reader->row()); },
                    [&] { return reader->error(); }, m_connection, sink, cancellation, sinkStatus, fail))
                return *ended;
            reader.reset(); // done with the connection before the sink hears of it
            return finished();
        }
    }
    const bool ran = !cancelled(cancellation) && query.exec(statement.text);
    if (cancelled(cancellation))
        return fail(QStringLiteral("Interrupted while this statement ran"), ErrorKind::Cancelled);
    if (!ran)
        return fail(m_connection.sqlError(query.lastError()).message, ErrorKind::Execution);

    if (query.isSelect()) {
        QVariantList values; // reused: each value assigned in place
        std::unique_ptr<ServerValues> serverValues; // where Qt reads values otherwise than the server wrote them
        const auto next = [&] {
            if (!query.next())
                return false;
            for (int i = 0; i < values.size(); ++i)
                values[i] = query.value(i);
            if (serverValues)
                serverValues->put(values);
            return true;
        };
        const auto errorOf = [&] {
            return query.lastError().isValid() ? std::optional<QSqlError>(query.lastError()) : std::nullopt;
        };
        const auto streamResultSet = [&] {
            const QSqlRecord record = query.record();
            serverValues = m_connection.dialect().connection().serverValues(query);
            QList<ResultColumn> columns;
            for (int i = 0; i < record.count(); ++i) {
                const std::optional<int> type = serverValues ? serverValues->metaType(i) : std::nullopt;
                columns << ResultColumn{record.fieldName(i), columnTypeName(type.value_or(record.field(i).metaType().id()))};
            }
            values = QVariantList(record.count());
            return streamRows(outcome, std::move(columns), next, [&] { return sink.row(values); }, errorOf, m_connection, sink,
                              cancellation, sinkStatus, fail);
        };
        if (std::optional<StatementOutcome> ended = streamResultSet())
            return *ended;
        // A CALL's further result sets (a MySQL procedure may SELECT several times): each a
        // result of the same statement, handed on once the one before it has finished.
        while (query.nextResult()) {
            if (!query.isSelect())
                continue; // the procedure's own status at the end
            StatementOutcome done = finished();
            if (!sinkStatus)
                return done;
            earlier << done;
            outcome.hasResultSet = false;
            outcome.columns.clear();
            outcome.rows = 0;
            timer.restart();
            if (std::optional<StatementOutcome> ended = streamResultSet())
                return *ended;
        }
        if (const std::optional<QSqlError> error = errorOf()) // a later SELECT of the procedure failed
            return fail(m_connection.sqlError(*error).message, ErrorKind::Execution);
    } else if (statementCountsRows(statement.text)) {
        outcome.affected = query.numRowsAffected();
    }
    query.finish();
    return finished();
}

} // namespace noorm
