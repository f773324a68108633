#pragma once
// ExecutionTracker: the runner's rows in __noorm_change__ and __noorm_executions__
// (docs/runner.md, "What is recorded", with this version's deltas): one operation row per
// batch, one row per file, cli_version on every INSERT, UTC timestamps, messages cut to the
// column sizes.
// Whether a file runs is decided from the latest *finished* (success or failed) row of that
// file for this config, loaded for all files in one query.

#include "common/result.h"
#include "runner/run_report.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace noorm {

class Connection;
class Redactor;

// The latest finished execution of one file for one config.
struct PreviousRun {
    QString checksum;
    QString status;        // success | failed
    QString changeStatus;  // status of its operation row (stale after a teardown)
};

// Why a file would be skipped, or empty when it runs: no previous run, a failed one, a
// stale operation, a different checksum, or force all make it run.
QString skipReasonFor(const PreviousRun *previous, const QString &checksum, bool force);

class ExecutionTracker {
public:
    // `redactor` masks every text before it is stored (the run's; it must outlive the tracker).
    ExecutionTracker(Connection &connection, QString configName, const Redactor &redactor);

    // Rows a killed process left `pending`: its operation rows become failed and their
    // pending file rows skipped, both saying why. Only safe while holding the config's lock
    // (then no other run of this config is under way). Returns how many operations.
    Result<int> closeAbandoned();

    // filepath -> latest finished run, for every file this config ever ran.
    Result<QHash<QString, PreviousRun>> previousRuns();

    // INSERTs the pending operation row `<changeType>:<ISO now>`; returns its id.
    Result<qint64> startOperation(const QString &changeType, const QString &executedBy);
    // INSERTs the pending row of a change set: its folder name, change_type `change`,
    // `direction` (change | revert) and the direction's combined checksum.
    Result<qint64> startChange(const QString &name, const QString &direction, const QString &checksum,
                               const QString &executedBy);
    // Rows one multi-row INSERT takes (9 binds a row, far below every driver's limit).
    static constexpr int kRowsPerInsert = 200;
    // INSERTs one pending row per file, in a few multi-row statements, and notes their ids.
    Status addPendingFiles(qint64 changeId, const QStringList &filepaths, const QStringList &checksums);
    // For a change set that ran inside one transaction, where a pending row would be seen by
    // nobody: its row INSERTed once it succeeded (executed_at = `startedAt`), and the INSERTs
    // of its finished file rows, values written in (see markFileSql()) to ride in the script
    // that commits (empty when a value has no literal: recordFile() each).
    Result<qint64> recordChange(const QString &name, const QString &direction, const QString &checksum,
                                const QString &executedBy, const QDateTime &startedAt, qint64 durationMs);
    QStringList recordFilesSql(qint64 changeId, const QList<FileResult> &files) const;
    // INSERTs one finished row (run file records its row after executing).
    Status recordFile(qint64 changeId, const FileResult &file);
    // UPDATEs the row of one file to its outcome.
    Status markFile(qint64 changeId, const FileResult &file);
    // The UPDATE markFile() runs, with its values written in as the dialect's literals: one
    // round trip where a prepared statement takes two or three, and it can ride in one script
    // with the file's COMMIT. Empty when a value has no literal (use markFile()).
    QString markFileSql(qint64 changeId, const FileResult &file) const;
    // UPDATEs many rows to skipped with one reason, in batches.
    Status markSkipped(qint64 changeId, const QStringList &filepaths, const QString &reason);
    // UPDATEs every still-pending row of the operation to skipped.
    Status skipRemaining(qint64 changeId, const QString &reason);
    // UPDATEs the operation row: success or failed, duration, combined checksum, first error.
    Status finishOperation(qint64 changeId, bool success, qint64 durationMs, const QString &checksum,
                           const QString &errorMessage);

    // Rows a teardown marked stale: change sets (`change ff` applies them again), and
    // builds and runs (the next build runs their files again).
    struct StaleRows {
        qint64 changes = 0;
        qint64 builds = 0;
    };
    // After a teardown (spec tables.md §3): every forward row of this config that is success,
    // failed or pending becomes `stale`, then a `__reset__` row (change/change, success)
    // records `message`.
    Result<StaleRows> markStaleAndRecordReset(const QString &executedBy, const QString &message);

    static constexpr int kErrorMessageMaxLength = 2000;

private:
    struct BoundSql {
        QString sql;         // with positional ? markers
        QVariantList binds;
    };
    QList<BoundSql> fileRowInserts(qint64 changeId, const QList<FileResult> &files) const;
    BoundSql markFileStatement(qint64 changeId, const FileResult &file) const;
    BoundSql finishStatement(qint64 changeId, bool success, qint64 durationMs, const QString &checksum,
                             const QString &errorMessage) const;
    Status run(const BoundSql &statement);
    QString literalSql(const BoundSql &statement) const; // empty when a value has no literal
    struct OperationRow {
        QDateTime startedAt; // invalid: now
        QString status = QStringLiteral("pending");
        qint64 durationMs = 0;
    };
    Result<qint64> insertOperation(const QString &name, const QString &changeType, const QString &direction,
                                   const QString &checksum, const QString &executedBy, const OperationRow &row);
    QString changeTable() const;
    QString executionsTable() const;
    // Text as it may be stored: secrets masked before the cut (so no prefix of one survives),
    // at most `length` characters, never a null QString (a null binds as SQL NULL).
    QString cut(const QString &text, int length) const;
    QString errorText(const FileResult &file) const;

    Connection &m_connection;
    const Redactor &m_redactor;
    QString m_configName;
    QHash<QString, qint64> m_rowIds; // filepath -> id of its pending row (UPDATE by primary key)
};

} // namespace noorm
