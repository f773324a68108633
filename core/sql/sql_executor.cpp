#include "sql/sql_executor.h"

#include "db/connection.h"
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

} // namespace

QString columnTypeName(int metaTypeId)
{
    switch (metaTypeId) {
    case QMetaType::Int: case QMetaType::UInt: case QMetaType::LongLong: case QMetaType::ULongLong:
    case QMetaType::Short: case QMetaType::UShort: case QMetaType::Long: case QMetaType::ULong:
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
    int total = 0;
    for (const SqlStatement &statement : std::as_const(*statements))
        total += statement.repeat;
    if (Status ok = sink.started(total); !ok)
        return ok.error();
    QElapsedTimer timer;
    timer.start();
    SqlScriptOutcome outcome;
    int index = 0;
    for (const SqlStatement &statement : std::as_const(*statements)) {
        for (int n = 0; n < statement.repeat; ++n) {
            Status sinkStatus;
            outcome.statements << runOne(statement, index++, shownAs, sink, cancellation, sinkStatus);
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
                                     ResultSink &sink, Cancellation *cancellation, Status &sinkStatus)
{
    StatementOutcome outcome;
    outcome.index = index;
    outcome.line = statement.line;
    outcome.column = statement.column;
    outcome.text = statement.text;
    QElapsedTimer timer;
    timer.start();
    const auto fail = [&](const QString &message, ErrorKind kind) {
        Error error = Error::at(shownAs, statement.line, statement.column, m_redactor.redact(message));
        error.kind = kind;
        outcome.error = error;
        outcome.durationMs = timer.elapsed();
        sinkStatus = sink.finished(outcome);
        return outcome;
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
        outcome.durationMs = timer.elapsed();
        sinkStatus = sink.finished(outcome);
        return outcome;
    }
    const bool ran = !cancelled(cancellation) && query.exec(statement.text);
    if (cancelled(cancellation))
        return fail(QStringLiteral("Interrupted while this statement ran"), ErrorKind::Cancelled);
    if (!ran)
        return fail(m_connection.sqlError(query.lastError()).message, ErrorKind::Execution);

    if (query.isSelect()) {
        outcome.hasResultSet = true;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            outcome.columns << ResultColumn{record.fieldName(i), columnTypeName(record.field(i).metaType().id())};
        if (sinkStatus = sink.resultSet(outcome); !sinkStatus)
            return outcome;
        const int width = int(outcome.columns.size());
        QVariantList values(width); // reused: each value assigned in place
        while (query.next()) {
            for (int i = 0; i < width; ++i)
                values[i] = query.value(i);
            ++outcome.rows;
            if (sinkStatus = sink.row(values); !sinkStatus)
                return outcome;
            if (outcome.rows % kRowsBetweenCancelChecks == 0 && cancelled(cancellation))
                return fail(QStringLiteral("Interrupted while its rows were read (%1 so far)").arg(outcome.rows),
                            ErrorKind::Cancelled);
        }
        if (cancelled(cancellation))
            return fail(QStringLiteral("Interrupted while its rows were read (%1 so far)").arg(outcome.rows),
                        ErrorKind::Cancelled);
        if (query.lastError().isValid()) // the server failed the statement part-way (e.g. division by zero in row n)
            return fail(m_connection.sqlError(query.lastError()).message, ErrorKind::Execution);
    } else {
        if (statementCountsRows(statement.text))
            outcome.affected = query.numRowsAffected();
    }
    query.finish();
    outcome.durationMs = timer.elapsed();
    sinkStatus = sink.finished(outcome);
    return outcome;
}

} // namespace noorm
