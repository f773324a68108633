#pragma once
// What a run asks for and what it reports: options (force, transactions, cancellation),
// one FileResult per file and the RunReport of a batch, with the original's status names
// (BatchResult / FileResult in src/core/runner/types.ts).

#include "common/cancellation.h"
#include "common/error.h"
#include "common/result.h"

#include <QList>
#include <functional>
#include <QString>
#include <optional>

namespace noorm {

enum class FileStatus { Pending, Success, Failed, Skipped };
QString fileStatusName(FileStatus status); // pending | success | failed | skipped

// How files are wrapped in transactions on dialects with transactional DDL (PostgreSQL,
// SQLite, SQL Server). A file whose first line is `-- noorm:no-transaction`, or which
// manages transactions itself (BEGIN/COMMIT statements), always runs without one.
enum class FileTransactions {
    PerFile, // default: a failing file leaves nothing behind; also much faster on SQLite
    None,    // every statement commits on its own, as the database's client would run it
};

struct RunOptions {
    bool force = false;                          // run files even when unchanged
    FileTransactions transactions = FileTransactions::PerFile;
    // Checked between statements; its cancel() also interrupts the statement in flight.
    Cancellation *cancellation = nullptr;
    // Called before each file and between statements (e.g. renewing the config's lock);
    // an error stops the file with it.
    std::function<Status()> keepAlive;
};

struct FileResult {
    QString filepath;      // absolute, as recorded in __noorm_executions__
    QString displayPath;   // relative to the project root when inside it
    FileStatus status = FileStatus::Pending;
    QString checksum;      // of the rendered text
    qint64 durationMs = 0;
    QString skipReason;    // `unchanged`, or `Skipped due to failure in <path>`
    std::optional<Error> error;
    QString outputPath;    // dry run: where the rendered SQL was written
    // A file that failed outside a transaction (MySQL's DDL, a file of its own BEGIN/COMMIT or
    // `-- noorm:no-transaction`): how many statements ran before the failing one, and stay.
    int statementsKept = 0;
};

// The original's BatchStatus: `partial` when some files ran before one failed.
enum class RunStatus { Success, Failed, Partial };
QString runStatusName(RunStatus status); // success | failed | partial

struct RunReport {
    RunStatus status = RunStatus::Success;
    QList<FileResult> files;
    int filesRun = 0;
    int filesSkipped = 0;
    int filesFailed = 0;
    qint64 durationMs = 0;
    qint64 changeId = 0;               // the __noorm_change__ row (0 when nothing was recorded)
    std::optional<Error> firstError;   // of the failed file
    bool succeeded() const { return status == RunStatus::Success; }
};

// Per-file progress: `status` is Pending when the file starts, then its outcome.
struct FileProgress {
    int index = 0;     // 0-based
    int total = 0;
    QString filepath;
    QString displayPath;
    FileStatus status = FileStatus::Pending;
    // Once it ended: how long it took, why it was skipped, what failed.
    qint64 durationMs = 0;
    QString skipReason;
    std::optional<Error> error;
};

// The progress of a file that ended, from its result.
FileProgress finishedProgress(int index, int total, const FileResult &result);

} // namespace noorm
