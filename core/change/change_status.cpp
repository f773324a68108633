#include "change/change_status.h"

#include "dialect/tracking_tables.h"

#include <QDir>

namespace noorm {

QString changeStateName(ChangeState state)
{
    switch (state) {
    case ChangeState::Pending: return QStringLiteral("pending");
    case ChangeState::Applied: return QStringLiteral("success");
    case ChangeState::Changed: return QStringLiteral("changed");
    case ChangeState::Failed: return QStringLiteral("failed");
    case ChangeState::Reverted: return QStringLiteral("reverted");
    case ChangeState::Stale: return QStringLiteral("stale");
    case ChangeState::Orphaned: return QStringLiteral("orphaned");
    }
    return {};
}

QString ChangeStatus::reason() const
{
    switch (state) {
    case ChangeState::Pending: return QStringLiteral("new");
    case ChangeState::Failed: return QStringLiteral("failed");
    case ChangeState::Reverted: return QStringLiteral("reverted");
    case ChangeState::Stale: return QStringLiteral("stale");
    case ChangeState::Applied:
    case ChangeState::Changed:
    case ChangeState::Orphaned: return {};
    }
    return {};
}

namespace {

ChangeState stateOf(const ChangeRecord &row, const QString &checksum)
{
    if (row.status == QLatin1String("success"))
        return row.checksum == checksum ? ChangeState::Applied : ChangeState::Changed;
    if (row.status == QLatin1String("reverted"))
        return ChangeState::Reverted;
    if (row.status == QLatin1String("stale"))
        return ChangeState::Stale;
    return ChangeState::Failed; // failed, or pending left by a killed process
}

// The files of change/ whose text differs from the applied run's rows, with added and
// removed ones, as paths relative to the project.
Result<QStringList> differingFiles(const ChangeSet &change, const ChangeRecord &applied, ChangeHistory &history,
                                   const QDir &root)
{
    Result<QList<ChangeFileRecord>> rows = history.files(applied.id);
    if (!rows)
        return rows.error();
    Result<QHash<QString, QString>> now = change.fileChecksums(ChangeDirection::Change);
    if (!now)
        return now.error();
    QHash<QString, QString> then;
    for (const ChangeFileRecord &row : std::as_const(*rows))
        then.insert(row.filepath, row.checksum);
    QStringList differing;
    for (const QString &path : change.runOrder(ChangeDirection::Change)) {
        if (then.value(path) != now->value(path))
            differing << root.relativeFilePath(path);
    }
    for (auto it = then.cbegin(); it != then.cend(); ++it) {
        if (!now->contains(it.key()))
            differing << root.relativeFilePath(it.key()) + QStringLiteral(" (removed)");
    }
    if (differing.isEmpty()) // the files are the same: a manifest's own text changed
        for (const ChangeFile &file : change.changeFiles)
            if (file.kind == ChangeFile::Kind::Manifest)
                differing << root.relativeFilePath(file.path);
    return differing;
}

} // namespace

namespace {

// `history` null: there is no database yet, so nothing has run.
Result<QList<ChangeStatus>> statusesOf(const ChangeDiscovery &discovered, ChangeHistory *history, const QString &projectRoot)
{
    Result<ChangeHistory::LatestRows> rows = history ? history->latest() : Result<ChangeHistory::LatestRows>(ChangeHistory::LatestRows{});
    if (!rows)
        return rows.error();
    const QHash<QString, ChangeRecord> *latest = &rows->forward;
    const QDir root(projectRoot);
    QList<ChangeStatus> statuses;
    QString newestApplied;
    for (const ChangeSet &change : discovered.changes) {
        ChangeStatus status;
        status.name = change.name;
        status.change = change;
        Result<QString> checksum = change.checksum(ChangeDirection::Change);
        if (!checksum)
            return checksum.error();
        status.checksum = *checksum;
        if (const auto row = latest->constFind(change.name); row != latest->cend()) {
            status.applied = *row;
            status.state = stateOf(*row, status.checksum);
            if (status.state == ChangeState::Changed) {
                Result<QStringList> differing = differingFiles(change, *row, *history, root);
                if (!differing)
                    return differing.error();
                status.changedFiles = *differing;
            }
            if (status.state == ChangeState::Failed && row->errorMessage.endsWith(tracking::change::nothingAppliedNote)) {
                // An earlier attempt still applied (a forced re-run failed) leaves something to revert.
                Result<QList<ChangeRecord>> rowsOfIt = history->history(change.name);
                if (!rowsOfIt)
                    return rowsOfIt.error();
                status.leftNothing = std::none_of(rowsOfIt->begin(), rowsOfIt->end(), [&](const ChangeRecord &r) {
                    return r.id != row->id && r.direction == QLatin1String("change") && r.status == QLatin1String("success");
                });
            }
            if (status.state == ChangeState::Applied || status.state == ChangeState::Changed) {
                newestApplied = std::max(newestApplied, change.name);
                if (const auto revert = rows->revert.constFind(change.name);
                    revert != rows->revert.cend() && revert->id > row->id && revert->status != QLatin1String("success"))
                    status.failedRevert = *revert;
            }
        }
        statuses << status;
    }
    for (ChangeStatus &status : statuses)
        status.outOfOrder = status.state == ChangeState::Pending && status.name < newestApplied;
    QStringList orphaned;
    for (auto it = latest->cbegin(); it != latest->cend(); ++it)
        if (!discovered.find(it.key()) && it.key() != tracking::change::resetName) // a teardown's record, not a change
            orphaned << it.key();
    orphaned.sort();
    for (const QString &name : std::as_const(orphaned))
        statuses << ChangeStatus{name, std::nullopt, latest->value(name), ChangeState::Orphaned, QString(), {}, false, std::nullopt};
    return statuses;
}

} // namespace

Result<QList<ChangeStatus>> changeStatuses(const ChangeDiscovery &discovered, ChangeHistory &history, const QString &projectRoot)
{
    return statusesOf(discovered, &history, projectRoot);
}

Result<QList<ChangeStatus>> changeStatuses(const ChangeDiscovery &discovered, const QString &projectRoot)
{
    return statusesOf(discovered, nullptr, projectRoot);
}

} // namespace noorm
