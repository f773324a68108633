#pragma once
// SqlExecutor: runs a script on an open Connection the way psql -v ON_ERROR_STOP=1 and the
// mysql client run it: split by the dialect's splitter, one statement after the other,
// stopping at the first that fails. Each result set streams forward-only into the sink
// (QPSQL fetches a forward-only query in single-row mode, SQLite steps), so memory stays
// bounded whatever the row count. A cancel interrupts the statement in flight, including
// while its rows are being read. Shared by `sql`, the desktop terminal and the SDK.

#include "common/cancellation.h"
#include "common/redactor.h"
#include "dialect/statement_splitter.h"
#include "sql/result_sink.h"

namespace noorm {

class Connection;

class SqlExecutor {
public:
    // `redactor` masks secrets in the errors (a driver may quote the failing text).
    SqlExecutor(Connection &connection, const Redactor &redactor);

    // Runs `script` (named `shownAs` in errors: a file, or "<command line>"). An error for a
    // script that cannot be split; otherwise the outcome of each statement that ran (one
    // per result set where a statement gives several: a CALL), the last one carrying its
    // error when one failed or was interrupted.
    Result<SqlScriptOutcome> run(const QString &script, const QString &shownAs, ResultSink &sink,
                                 Cancellation *cancellation = nullptr);

private:
    // The statement's outcome; where it gave several result sets, the last one's, those
    // before it (finished already) in `earlier`.
    StatementOutcome runOne(const SqlStatement &statement, int index, const QString &shownAs,
                            ResultSink &sink, Cancellation *cancellation, Status &sinkStatus,
                            QList<StatementOutcome> &earlier);

    Connection &m_connection;
    const Redactor &m_redactor;
};

// How a column's Qt type reads for a person: integer, decimal, text, binary, boolean,
// date, time, timestamp, or other.
QString columnTypeName(int metaTypeId);

} // namespace noorm
