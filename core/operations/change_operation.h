#pragma once
// ChangeOperation: the change-set commands (spec changes-runner.md part 2) as core
// operations, the same for the CLI and the desktop change manager. Every command that
// changes the database resolves the config, checks it is complete and protected actions
// (asking through the front end's Confirm), connects, takes the config's lock (renewed
// while it works, released on every way out), closes rows a killed process left pending,
// and runs each change through Runner::runChange: one transaction per change where the
// database allows. Changes are applied in name order, reverted newest first; the first
// failing change stops the batch. Progress goes out as signals from the working thread.
//
// Deliberate choices (docs/changes.md): a change whose files were edited after it was
// applied is reported `changed` with the files that differ and is not re-applied by
// ff/next; `run --force` re-applies it. A pending change older than the newest applied one
// is applied by ff with a warning, never skipped.

#include "change/applied_texts.h"
#include "change/change_status.h"
#include "lock/lock_types.h"
#include "operations/confirmation.h"
#include "runner/run_report.h"
#include "workspace/config_resolver.h"
#include "workspace/database_commands.h"

#include <QObject>
#include <QVariantMap>
#include <chrono>
#include <variant>

namespace noorm {

class Connection;
class Workspace;

struct ChangeRequest {
    ResolveRequest config;
    std::chrono::milliseconds lockWait{0}; // how long to wait for another holder; 0 = fail at once
    bool force = false;                    // apply unchanged/changed ones, revert whatever its status
    bool dryRun = false;                   // plan only: say what would run; no lock, nothing written
    bool confirmFirst = false;             // ask before touching the config, protected or not (--confirm-each)
};

// What a batch did: one outcome per change it ran, in the order run.
struct ChangeOutcome {
    QString name;
    ChangeDirection direction = ChangeDirection::Change;
    QString reason;  // new | failed | reverted | stale | changed | force
    RunReport report;
    bool succeeded() const { return report.succeeded(); }
};

struct ChangeBatch {
    Config config;
    QList<ChangeOutcome> changes;
    QStringList warnings; // out-of-order changes applied, changed ones left alone
    std::optional<Error> firstError; // of the change that failed (the batch stopped there)
    bool dryRun = false;             // `changes` is the plan: nothing ran
    bool succeeded() const { return !firstError; }
};

struct AppliedVersion {
    QString path;
    QString current;              // empty when the file is gone
    std::optional<AppliedText> applied; // none: no copy on this machine nor in git history
    QString appliedChecksum;      // empty: the file did not run when the change was applied
};

struct ChangeListing {
    Config config;
    QList<ChangeStatus> changes;
    QList<ChangeDiagnostic> diagnostics;
};

class ChangeOperation : public QObject {
    Q_OBJECT

public:
    // `workspace` must outlive the operation and be used only from the thread that calls it.
    ChangeOperation(Workspace &workspace, ChangeRequest request, Confirm confirm, QObject *parent = nullptr);

    // --- read only
    Result<ChangeListing> list();
    Result<QList<ChangeRecord>> history(const QString &name = QString());
    Result<QList<ChangeFileRecord>> historyFiles(qint64 changeId);
    // A file of change `name`'s change/ folder as it was when the change was applied, beside
    // the file now (change/applied_texts.h says where the applied text is found).
    Result<AppliedVersion> appliedVersion(const QString &name, const QString &path);
    // The change folders, and the malformed ones, without a database.
    Result<ChangeDiscovery> discover();
    // The names a shell offers to complete: the config's change sets, or where no config
    // resolves (none yet, none active, the state unreadable), those in the settings'
    // changes folder. Never a database, never an error.
    QStringList changeNames();

    // --- on disk only
    // Scaffolds <changes>/<date>-<slug>/ with change/001_<slug>.sql, revert/001_<slug>.sql
    // and changelog.md; refused when it exists.
    Result<ChangeSet> add(const QString &description, const QDate &date);
    // The change folder named `name` (to open in an editor); NotFound, or the folder's own
    // diagnostic when it is not a valid change set.
    Result<ChangeSet> find(const QString &name);
    // Deletes the change's folder (asking first); the database keeps its rows (orphaned).
    Status remove(const QString &name);

    // --- on the database (lock held)
    Result<ChangeBatch> run(const QString &name, Cancellation &cancellation);
    Result<ChangeBatch> revert(const QString &name, Cancellation &cancellation);
    Result<ChangeBatch> next(int count, Cancellation &cancellation);
    Result<ChangeBatch> fastForward(Cancellation &cancellation);
    // Reverts the last `target` applied changes (a count), or down to and including the
    // named one, newest first.
    Result<ChangeBatch> rewind(const std::variant<int, QString> &target, Cancellation &cancellation);

signals:
    void fileProgress(const noorm::FileProgress &progress);
    // A change starts: its place in the batch (0-based) of `total`.
    void changeStarted(const QString &name, noorm::ChangeDirection direction, int index, int total);
    void waitingForLock(const noorm::LockInfo &holder);
    // The original noorm's events by name (operations/operation_events.h): change:start,
    // change:file, change:complete; on the calling thread.
    void event(const QString &name, const QVariantMap &data);

private:
    struct Session;
    struct Step {
        const ChangeStatus *status;
        ChangeDirection direction;
        QString reason;
        QString warning; // reported once the step ran (out of order)
    };
    using Planner = std::function<Result<QList<Step>>(const QList<ChangeStatus> &, QStringList &warnings)>;

    // `blockedBy`: which malformed folders stop the command — every one (empty, for ff and
    // next, since it could be a change that must run first) or the named change's only.
    // `named`: a change the command needs on disk, looked for before anyone is asked.
    Result<ChangeBatch> execute(ProtectedAction action, const QString &lockReason, const Planner &plan,
                                Cancellation &cancellation, const QString &blockedBy = QString(),
                                const QString &named = QString());
    Result<ChangeOutcome> runStep(Session &session, const Step &step, Cancellation &cancellation);
    Result<ChangeBatch> plannedBatch(const ChangeDiscovery &found, Connection &connection, const Config &config,
                                     const Planner &plan);
    Result<Config> resolve();
    struct Reading {
        Config config;
        std::optional<TrackedConnection> tracked; // none: a file database not made yet (nothing ran)
    };
    Result<Reading> connectForReading(); // the config and a connection, no lock: for reads; makes no file
    ChangeSetReader reader(const Config &config) const;
    QString projectRoot() const;

    Workspace &m_workspace;
    ChangeRequest m_request;
    Confirm m_confirm;
};

} // namespace noorm

Q_DECLARE_METATYPE(noorm::ChangeDirection)
