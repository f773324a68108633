#pragma once
// What running SQL gives back, statement by statement: the shape of each result set and
// what happened. The rows themselves are not kept here: they stream through a ResultSink
// (sql/result_sink.h), so a million-row SELECT never sits in memory.

#include "common/error.h"

#include <QList>
#include <QString>

#include <optional>

namespace noorm {

struct ResultColumn {
    QString name;
    QString type; // integer, decimal, text, binary, boolean, date, time, timestamp, other
};

struct StatementOutcome {
    int index = 0;               // 0-based among the script's statements
    int line = 1;                // where the statement starts in the script (1-based)
    int column = 1;
    QString text;                // the statement as it ran
    bool hasResultSet = false;
    QList<ResultColumn> columns; // of the result set
    qint64 rows = 0;             // rows of the result set handed to the sink
    qint64 affected = -1;        // rows changed; -1 when the database does not say
    qint64 durationMs = 0;
    std::optional<Error> error;  // with the file, line and column of the statement
};

struct SqlScriptOutcome {
    QList<StatementOutcome> statements; // in order, up to and including a failed one
    qint64 durationMs = 0;

    const StatementOutcome *failed() const
    {
        return !statements.isEmpty() && statements.constLast().error ? &statements.constLast() : nullptr;
    }
};

} // namespace noorm
