#pragma once
// Where each change set stands against a config's database: the folders on disk beside
// the latest forward row of each (spec changes-runner.md "Status per change"), with why
// it would run (new, failed, reverted, stale), what changed since it was applied (the
// files that differ), changes that arrived out of order (a folder older than the newest
// applied one, e.g. merged later from another branch), and rows whose folder is gone.

#include "change/change_history.h"
#include "change/change_set.h"

#include <optional>

namespace noorm {

enum class ChangeState {
    Pending,  // never applied
    Applied,  // applied, and its files are as they were
    Changed,  // applied, and its files were edited since
    Failed,   // the last attempt failed
    Reverted,
    Stale,    // applied before a teardown
    Orphaned, // recorded in the database, folder gone
};
QString changeStateName(ChangeState state); // pending | success | changed | failed | reverted | stale | orphaned

struct ChangeStatus {
    QString name;
    std::optional<ChangeSet> change;     // none when orphaned
    std::optional<ChangeRecord> applied; // the latest forward row
    ChangeState state = ChangeState::Pending;
    QString checksum;                    // of change/ now
    QStringList changedFiles;            // Changed: the files that differ (edited, added or removed)
    bool outOfOrder = false;             // Pending, older than the newest applied change
    // Applied or Changed: the latest revert, when it came after the forward row and did not
    // succeed. Without DDL transactions (MySQL) part of the change may be reverted: the
    // row's error says which files were.
    std::optional<ChangeRecord> failedRevert;
    // Failed: the latest attempt left nothing in the database (its row ends with
    // tracking::change::nothingAppliedNote) and no earlier one is applied: nothing to revert.
    bool leftNothing = false;

    // Why apply would run it (new | failed | reverted | stale), empty when it is applied.
    QString reason() const;
    bool needsApply() const { return !reason().isEmpty(); }
};

// One status per change folder (in name order), then the orphaned rows.
Result<QList<ChangeStatus>> changeStatuses(const ChangeDiscovery &discovered, ChangeHistory &history,
                                           const QString &projectRoot);
// The same for a database that is not there yet (a file database not made): all pending.
Result<QList<ChangeStatus>> changeStatuses(const ChangeDiscovery &discovered, const QString &projectRoot);

} // namespace noorm
