#pragma once
// ResultSink: where the rows of running SQL go, as they come (on the thread that runs the
// SQL). The CLI writes them out (table, JSON, CSV); the desktop terminal batches them into
// its lazy grid; the history keeps a bounded copy. An error from the sink (the output went
// away, a cancel) stops the script after the statement in flight.

#include "common/result.h"
#include "dialect/native_rows.h"
#include "sql/sql_result.h"

#include <QVariantList>

namespace noorm {

// What a script about to run holds.
struct ScriptStart {
    int statements = 0;          // GO n counts n
    bool severalResults = false; // a statement may give more than one result set (a CALL)
};

class ResultSink {
public:
    virtual ~ResultSink() = default;
    // The script was split and is about to run.
    virtual Status started(const ScriptStart &script) { (void)script; return {}; }
    // A statement with a result set starts: `statement.columns` are known, no rows yet.
    virtual Status resultSet(const StatementOutcome &statement) = 0;
    // One row, in column order: a null QVariant is SQL NULL, a QByteArray binary.
    virtual Status row(const QVariantList &values) = 0;
    // A sink that only writes the values as text (CSV, JSON, the CLI's table) says so, and
    // then gets the rows of statements the dialect reads natively (SQLite, PostgreSQL,
    // MySQL: dialect/native_rows.h) through textRow(): each value the UTF-8
    // appendSqlValueText writes for the QVariant row() would have had, without making that
    // QVariant (several times faster for a million rows), and read as they arrive where the
    // driver would store them all first (QMYSQL). The default hands the same values on to
    // row(), as QVariants of the same types.
    virtual bool takesTextRows() const { return false; }
    virtual Status textRow(NativeRow values);
    // A statement ended: ran (with its counts and duration) or failed (its error).
    virtual Status finished(const StatementOutcome &statement) = 0;
};

} // namespace noorm
