#pragma once
// A SQL file's own transactions, for a run without one of noorm's around the file: which
// statements are BEGIN, COMMIT or ROLLBACK, and what stays of a file that stopped part-way.

#include <QList>
#include <QString>

namespace noorm {

struct SqlStatement;

// BEGIN [TRANSACTION | WORK | …], START TRANSACTION, COMMIT, END, ROLLBACK.
bool isTransactionControl(const QString &statement);

struct StoppedFile {
    int kept = 0;
    bool inOwnTransaction = false;
};

// Where the first `stoppedAt` statements of a file run without a transaction around it, and
// `repeatsDone` runs of statement `stoppedAt` (a batch `GO n` repeats), left things: `kept`,
// the runs of statements that stay (those outside the file's own transactions and those its
// own COMMITs committed; BEGIN, COMMIT and ROLLBACK themselves not counted), and whether
// one of its own transactions is still open.
StoppedFile whereItStopped(const QList<SqlStatement> &statements, int stoppedAt, int repeatsDone = 0);

} // namespace noorm
