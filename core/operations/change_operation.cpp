#include "operations/change_operation.h"
#include "operations/operation_events.h"

#include "common/source_text.h"

#include "db/connection.h"
#include "db/transaction_group.h"
#include "identity/audit_identity.h"
#include "lock/lock.h"
#include "runner/execution_tracker.h"
#include "runner/runner.h"
#include "workspace/vault.h"
#include "workspace/database_commands.h"
#include "workspace/template_rendering.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>

namespace noorm {

namespace {

const char kSqlScaffold[] = "-- %1: %2\n-- The SQL that %3. Files here run in filename order (001_, 002_, ...);\n"
                            "-- a .txt file lists files of the SQL folder to run instead, one per line.\n\n";

QString slugOf(const QString &description)
{
    QString slug = description.trimmed().toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    static const QRegularExpression edges(QStringLiteral("^-+|-+$"));
    return slug.remove(edges);
}

Status writeNew(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return Error::io(path, tr("cannot write: %1").arg(file.errorString()));
    return {};
}

bool isApplied(const ChangeStatus &s) { return s.state == ChangeState::Applied || s.state == ChangeState::Changed; }

} // namespace

struct ChangeOperation::Session {
    Config config;
    QString root;
    TrackedConnection tracked;
    std::optional<HeldLock> lock;
    QList<ChangeStatus> statuses;
    TemplateRenderer renderer;
    QString executedBy;
};

ChangeOperation::ChangeOperation(Workspace &workspace, ChangeRequest request, Confirm confirm, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_request(std::move(request)), m_confirm(std::move(confirm))
{
}

QString ChangeOperation::projectRoot() const
{
    return m_workspace.hasProject() ? m_workspace.root() : QDir::currentPath();
}

ChangeSetReader ChangeOperation::reader(const Config &config) const
{
    const QDir root(projectRoot());
    return ChangeSetReader(QDir::cleanPath(root.absoluteFilePath(config.changesPath)),
                           QDir::cleanPath(root.absoluteFilePath(config.sqlPath)), ProjectPathGuard(projectRoot()));
}

Result<Config> ChangeOperation::resolve()
{
    return m_workspace.resolveConfig(m_request.config); // its password is masked from here on
}

Result<ChangeDiscovery> ChangeOperation::discover()
{
    Result<Config> config = resolve();
    if (!config)
        return config.error();
    return reader(*config).discover();
}

QStringList ChangeOperation::changeNames()
{
    Result<ChangeDiscovery> found = discover();
    if (!found) { // the folders a config that names no paths of its own would use
        Config unnamed;
        unnamed.sqlPath = m_workspace.settings().sqlPath;
        unnamed.changesPath = m_workspace.settings().changesPath;
        found = reader(unnamed).discover();
    }
    QStringList names;
    for (const ChangeSet &change : found->changes)
        names << change.name;
    for (const ChangeDiagnostic &broken : found->diagnostics) // `change rm` takes those too
        names << broken.folder;
    names.sort();
    return names;
}

Result<ChangeListing> ChangeOperation::list()
{
    Result<Config> config = resolve();
    if (!config)
        return config.error();
    const ChangeDiscovery found = reader(*config).discover();
    // Listing must not make the database file: with none, nothing has run.
    if (Connection::missingDatabaseFile(*config, projectRoot())) {
        Result<QList<ChangeStatus>> statuses = changeStatuses(found, projectRoot());
        if (!statuses)
            return statuses.error();
        return ChangeListing{*config, *statuses, found.diagnostics};
    }
    Result<TrackedConnection> tracked = connectTracked(m_workspace, *config, projectRoot());
    if (!tracked)
        return tracked.error();
    ChangeHistory history(*tracked->connection, config->name);
    Result<QList<ChangeStatus>> statuses = changeStatuses(found, history, projectRoot());
    if (!statuses)
        return statuses.error();
    return ChangeListing{*config, *statuses, found.diagnostics};
}

Result<ChangeOperation::Reading> ChangeOperation::connectForReading()
{
    Result<Config> config = resolve();
    if (!config)
        return config.error();
    if (Connection::missingDatabaseFile(*config, projectRoot()))
        return Reading{*config, std::nullopt};
    Result<TrackedConnection> tracked = connectTracked(m_workspace, *config, projectRoot());
    if (!tracked)
        return tracked.error();
    return Reading{*config, std::move(tracked).value()};
}

Result<QList<ChangeRecord>> ChangeOperation::history(const QString &name)
{
    Result<Reading> reading = connectForReading();
    if (!reading)
        return reading.error();
    Result<QList<ChangeRecord>> rows = reading->tracked ? ChangeHistory(*reading->tracked->connection, reading->config.name).history(name)
                                                        : Result<QList<ChangeRecord>>(QList<ChangeRecord>());
    // A name that is no change folder and never ran is a mistake, not an empty history.
    if (rows && rows->isEmpty() && !name.isEmpty() && !reader(reading->config).discover().find(name))
        return Error::notFound(tr("No change named \"%1\"").arg(name));
    return rows;
}

Result<QList<ChangeFileRecord>> ChangeOperation::historyFiles(qint64 changeId)
{
    Result<Reading> reading = connectForReading();
    if (!reading)
        return reading.error();
    if (!reading->tracked)
        return QList<ChangeFileRecord>();
    return ChangeHistory(*reading->tracked->connection, reading->config.name).files(changeId);
}

Result<AppliedVersion> ChangeOperation::appliedVersion(const QString &name, const QString &path)
{
    Result<Reading> reading = connectForReading();
    if (!reading)
        return reading.error();
    if (!reading->tracked)
        return Error::notFound(tr("Change \"%1\" was never applied to %2").arg(name, reading->config.name));
    ChangeHistory history(*reading->tracked->connection, reading->config.name);
    Result<QHash<QString, ChangeRecord>> latest = history.latestForward();
    if (!latest)
        return latest.error();
    const auto row = latest->constFind(name);
    if (row == latest->cend())
        return Error::notFound(tr("Change \"%1\" was never applied to %2").arg(name, reading->config.name));
    Result<QList<ChangeFileRecord>> files = history.files(row->id);
    if (!files)
        return files.error();
    AppliedVersion version;
    version.path = path;
    for (const ChangeFileRecord &file : std::as_const(*files))
        if (QFileInfo(file.filepath) == QFileInfo(path))
            version.appliedChecksum = file.checksum;
    if (QFile current(path); current.open(QIODevice::ReadOnly)) {
        Result<QString> text = decodeSourceText(current.readAll(), path);
        if (text)
            version.current = *text;
    }
    if (!version.appliedChecksum.isEmpty())
        version.applied = AppliedTexts(projectRoot()).find(path, version.appliedChecksum);
    return version;
}

Result<ChangeSet> ChangeOperation::add(const QString &description, const QDate &date)
{
    const QString slug = slugOf(description);
    if (slug.isEmpty())
        return Error::invalidInput(tr("The change needs a description of letters or digits (got \"%1\")").arg(description));
    Result<Config> config = resolve();
    if (!config)
        return config.error();
    const QString changesDir = QDir::cleanPath(QDir(projectRoot()).absoluteFilePath(config->changesPath));
    const QString name = date.toString(Qt::ISODate) + QLatin1Char('-') + slug;
    const QDir folder(QDir(changesDir).filePath(name));
    if (folder.exists())
        return Error::refused(tr("Change \"%1\" already exists in %2").arg(name, changesDir));
    if (Status inside = ProjectPathGuard(projectRoot()).check(folder.path(), name); !inside)
        return inside.error();
    if (!QDir().mkpath(folder.filePath(QStringLiteral("change"))) || !QDir().mkpath(folder.filePath(QStringLiteral("revert"))))
        return Error::io(folder.path(), tr("cannot create the change's folders"));
    const QString file = QStringLiteral("001_%1.sql").arg(slug);
    const struct {
        const char *sub;
        QString what;
    } parts[] = {{"change", tr("applies this change")}, {"revert", tr("undoes it, last step first")}};
    for (const auto &part : parts) {
        const QString path = folder.filePath(QLatin1String(part.sub) + QLatin1Char('/') + file);
        if (Status ok = writeNew(path, QString::fromLatin1(kSqlScaffold).arg(QLatin1String(part.sub), name, part.what)); !ok)
            return ok.error();
    }
    const QString changelog = QStringLiteral("# %1\n\n## Description\n\nWhat this change does and why.\n\n"
                                             "## Impact\n\nData it touches, locks it takes, what depends on it.\n")
                                  .arg(description.trimmed());
    if (Status ok = writeNew(folder.filePath(QStringLiteral("changelog.md")), changelog); !ok)
        return ok.error();
    return reader(*config).read(folder.path());
}

Result<ChangeSet> ChangeOperation::find(const QString &name)
{
    Result<Config> config = resolve();
    if (!config)
        return config.error();
    const ChangeDiscovery found = reader(*config).discover();
    if (const ChangeSet *change = found.find(name))
        return *change;
    for (const ChangeDiagnostic &diagnostic : found.diagnostics)
        if (diagnostic.folder == name)
            return diagnostic.error;
    return Error::notFound(tr("No change named \"%1\"").arg(name));
}

Status ChangeOperation::remove(const QString &name)
{
    Result<Config> config = resolve();
    if (!config)
        return config.error();
    const ChangeDiscovery found = reader(*config).discover();
    const ChangeSet *change = found.find(name);
    if (!change)
        return Error::notFound(tr("No change named \"%1\"").arg(name));
    if (!m_confirm)
        return Error::refused(tr("Deleting a change needs a confirmation, and nobody can be asked"));
    if (Status ok = m_confirm({tr("Delete the folder of change \"%1\"? Its rows in the database stay.").arg(name),
                               QString(), config->name, ProtectedAction::ChangeRevert});
        !ok)
        return ok;
    if (!QDir(change->path).removeRecursively())
        return Error::io(change->path, tr("cannot delete the change's folder"));
    return {};
}

Result<ChangeBatch> ChangeOperation::execute(ProtectedAction action, const QString &lockReason, const Planner &plan,
                                             Cancellation &cancellation, const QString &blockedBy, const QString &named)
{
    Result<Config> config = resolve();
    if (!config)
        return config.error();
    fillRequiredSecretsFromVault(m_workspace, *config);
    Result<const State *> state = m_workspace.state();
    if (!state)
        return state.error();
    if (Status ok = requireComplete(*config, **state, m_workspace.settings()); !ok)
        return ok.error();
    const ChangeDiscovery found = reader(*config).discover();
    // A folder that is not a valid change set could be one that must run first: refuse
    // rather than skip it.
    for (const ChangeDiagnostic &diagnostic : found.diagnostics)
        if (blockedBy.isEmpty() || diagnostic.folder == blockedBy)
            return diagnostic.error;
    if (!named.isEmpty() && std::none_of(found.changes.begin(), found.changes.end(),
                                         [&](const ChangeSet &c) { return c.name == named; }))
        return Error::notFound(tr("No change named \"%1\"").arg(named));
    Session session{*config, projectRoot(), {}, std::nullopt, {}, {}, resolveAuditIdentity(config->identity, &m_workspace.identity()).display()};
    const ProtectionCheck protection = checkProtection(*config, action);
    if (!protection.allowed)
        return Error::refused(protection.blockedReason);
    if (!m_request.dryRun) { // a plan changes nothing: nothing to confirm
        if (Status ok = checkProtected(*config, action,
                                       tr("Run %1 on protected config \"%2\"?").arg(actionName(action), config->name), m_confirm);
            !ok)
            return ok.error();
        // Asked for every config (a protected one was asked just now).
        if (m_request.confirmFirst && !protection.requiresConfirmation) {
            if (!m_confirm)
                return Error::refused(tr("Config \"%1\" needs a confirmation, and nobody can be asked").arg(config->name));
            if (Status ok = m_confirm({tr("Run %1 on config \"%2\"?").arg(actionName(action), config->name), QString(),
                                       config->name, action});
                !ok)
                return ok.error();
        }
    }
    if (cancellation.isCancelled())
        return Error::cancelled(tr("Cancelled before connecting"));
    Result<TrackedConnection> tracked = connectTracked(m_workspace, *config, session.root);
    if (!tracked)
        return tracked.error();
    session.tracked = std::move(tracked).value();
    Connection &connection = *session.tracked.connection;

    LockOptions lockOptions;
    lockOptions.reason = lockReason;
    lockOptions.wait = m_request.lockWait;
    lockOptions.cancellation = &cancellation;
    lockOptions.pause = [this, &cancellation](const LockInfo &blocking, std::chrono::milliseconds pause) {
        emit waitingForLock(blocking);
        return Lock::sleepUnlessCancelled(pause, &cancellation);
    };
    if (m_request.dryRun)
        return plannedBatch(found, connection, *config, plan);
    Result<HeldLock> lock = Lock(connection, config->name, session.executedBy).acquire(lockOptions);
    if (!lock)
        return lock.error();
    lock->keepAlive(*config, session.root); // a statement may outlast the timeout
    session.lock.emplace(std::move(lock).value());
    ExecutionTracker tracker(connection, config->name, m_workspace.logger()->redactor());
    if (Result<int> closed = tracker.closeAbandoned(); !closed)
        return closed.error();
    // Read under the lock: nobody else changes these rows until it is released.
    ChangeHistory history(connection, config->name);
    Result<QList<ChangeStatus>> statuses = changeStatuses(found, history, session.root);
    if (!statuses)
        return statuses.error();
    session.statuses = *statuses;
    session.renderer = makeTemplateRenderer(*config, **state, session.root, m_workspace.templateEngineOptions());

    ChangeBatch batch{*config, {}, {}, std::nullopt};
    Result<QList<Step>> steps = plan(session.statuses, batch.warnings);
    if (!steps)
        return steps.error();
    // Several changes where commits are what they cost: one transaction, a savepoint each.
    // It commits whenever the lock is due for renewal, so the renewal is seen by others.
    std::optional<TransactionGroup> group;
    if (steps->size() > 1 && connection.dialect().scripts().groupsChangesInOneTransaction())
        group.emplace(connection);
    for (int i = 0; i < steps->size(); ++i) {
        const Step &step = steps->at(i);
        if (group) {
            if (session.lock->renewalDue()) {
                if (Status ok = group->commit(); !ok)
                    return ok.error();
                if (Status ok = session.lock->renew(); !ok)
                    return ok.error();
            }
            if (Status ok = group->begin(); !ok)
                return ok.error();
        }
        emit changeStarted(step.status->name, step.direction, i, int(steps->size()));
        Result<ChangeOutcome> outcome = runStep(session, step, cancellation);
        if (!outcome)
            return outcome.error();
        batch.changes << *outcome;
        if (outcome->succeeded() && !step.warning.isEmpty())
            batch.warnings << step.warning;
        if (!outcome->succeeded()) {
            batch.firstError = outcome->report.firstError.value_or(Error::execution(tr("Change %1 failed").arg(step.status->name)));
            batch.firstError->kind = batch.firstError->kind == ErrorKind::Cancelled ? ErrorKind::Cancelled : ErrorKind::Execution;
            break;
        }
    }
    if (group) {
        if (Status ok = group->commit(); !ok)
            return ok.error();
    }
    if (Status released = session.lock->release(); !released && batch.succeeded())
        return released.error();
    return batch;
}

Result<ChangeBatch> ChangeOperation::plannedBatch(const ChangeDiscovery &found, Connection &connection, const Config &config,
                                                 const Planner &plan)
{
    ChangeHistory history(connection, config.name);
    Result<QList<ChangeStatus>> statuses = changeStatuses(found, history, projectRoot());
    if (!statuses)
        return statuses.error();
    ChangeBatch batch{config, {}, {}, std::nullopt, true};
    Result<QList<Step>> steps = plan(*statuses, batch.warnings);
    if (!steps)
        return steps.error();
    for (const Step &step : std::as_const(*steps)) {
        ChangeOutcome planned{step.status->name, step.direction, step.reason, {}};
        for (const QString &path : step.status->change->runOrder(step.direction))
            planned.report.files << FileResult{path, QDir(projectRoot()).relativeFilePath(path), FileStatus::Pending, {}, 0, {}, {}, {}};
        if (!step.warning.isEmpty())
            batch.warnings << step.warning;
        batch.changes << planned;
    }
    return batch;
}

Result<ChangeOutcome> ChangeOperation::runStep(Session &session, const Step &step, Cancellation &cancellation)
{
    const ChangeSet &change = *step.status->change;
    ChangeRun run;
    run.name = change.name;
    run.direction = directionName(step.direction);
    Result<ChangeTexts> texts = change.read(step.direction);
    if (!texts)
        return texts.error();
    run.checksum = texts->checksum;
    run.files = change.runOrder(step.direction);
    AppliedTexts(session.root).keep(texts->sources, texts->checksums); // what ran, for the diff of a later edit
    run.fileChecksums = std::move(texts->checksums);
    run.sources = std::move(texts->sources);
    const QString configName = session.config.name;
    if (step.direction == ChangeDirection::Revert)
        run.onSuccess = [configName, name = change.name](Connection &connection) {
            return ChangeHistory(connection, configName).markReverted(name);
        };
    Runner runner({session.config, session.root, session.executedBy, m_workspace.logger()}, session.tracked.connection.get());
    runner.setTemplateRenderer(session.renderer);
    connect(&runner, &Runner::fileProgress, this, &ChangeOperation::fileProgress, Qt::DirectConnection);
    const QString direction = directionName(step.direction);
    connect(&runner, &Runner::fileProgress, this, [this, name = change.name](const FileProgress &p) {
        if (p.status == FileStatus::Pending)
            emit event(QStringLiteral("change:file"), {{QStringLiteral("change"), name}, {QStringLiteral("filepath"), p.displayPath},
                                                       {QStringLiteral("index"), p.index}, {QStringLiteral("total"), p.total}});
    }, Qt::DirectConnection);
    emit event(QStringLiteral("change:start"), {{QStringLiteral("name"), change.name}, {QStringLiteral("direction"), direction},
                                                {QStringLiteral("files"), run.files}});
    RunOptions options;
    options.cancellation = &cancellation;
    options.keepAlive = [&session] { return session.lock->renewIfDue(); };
    Result<RunReport> report = runner.runChange(run, options);
    if (!report)
        return report.error();
    const auto [completed, data] = changeComplete(change.name, direction, *report);
    emit event(completed, data);
    return ChangeOutcome{change.name, step.direction, step.reason, *report};
}

Result<ChangeBatch> ChangeOperation::run(const QString &name, Cancellation &cancellation)
{
    const bool force = m_request.force;
    return execute(ProtectedAction::ChangeRun, QStringLiteral("Change: %1").arg(name),
                   [name, force](const QList<ChangeStatus> &statuses, QStringList &) -> Result<QList<Step>> {
                       const auto it = std::find_if(statuses.begin(), statuses.end(),
                                                    [&](const ChangeStatus &s) { return s.name == name && s.change; });
                       if (it == statuses.end())
                           return Error::notFound(tr("No change named \"%1\"").arg(name));
                       if (it->change->changeFiles.isEmpty())
                           return Error::invalidData(tr("Change \"%1\" has no files in change/").arg(name));
                       if (it->state == ChangeState::Changed && !force)
                           return Error::refused(tr("Change \"%1\" was applied, and these files changed since: %2")
                                                     .arg(name, it->changedFiles.join(QStringLiteral(", "))))
                               .withHint(Hint::Action::Force);
                       if (!it->needsApply() && !force)
                           return QList<Step>(); // applied and unchanged: nothing to do
                       const QString reason = it->needsApply() ? it->reason()
                           : it->state == ChangeState::Changed ? QStringLiteral("changed") : QStringLiteral("force");
                       return QList<Step>{{&*it, ChangeDirection::Change, reason, QString()}};
                   },
                   cancellation, name, name);
}

namespace {

// Why `status` can or cannot be reverted (the original's canRevert, tables.md §3).
Status revertable(const ChangeStatus &status, bool force)
{
    if (!status.change)
        return Error::notFound(tr("No change named \"%1\"").arg(status.name));
    if (status.change->revertFiles.isEmpty())
        return Error::invalidData(tr("Change \"%1\" has no files in revert/").arg(status.name));
    if (!status.applied)
        return Error::refused(tr("Change \"%1\" was never applied").arg(status.name));
    if (force)
        return {};
    switch (status.state) {
    case ChangeState::Reverted: return Error::refused(tr("Change \"%1\" is already reverted").arg(status.name));
    case ChangeState::Stale: return Error::refused(tr("Change \"%1\" was applied before a teardown").arg(status.name));
    case ChangeState::Failed:
        if (status.leftNothing) {
            Error e = Error::refused(tr("Change \"%1\" failed and nothing of it was applied (its transaction was rolled back, "
                                        "or it failed in its first statement): there is nothing to revert; its revert files "
                                        "would undo what it never did")
                                         .arg(status.name));
            e.hint = Hint{Hint::Action::Force, status.name};
            return e;
        }
        return {};
    default: return {};
    }
}

} // namespace

Result<ChangeBatch> ChangeOperation::revert(const QString &name, Cancellation &cancellation)
{
    const bool force = m_request.force;
    return execute(ProtectedAction::ChangeRevert, QStringLiteral("Revert: %1").arg(name),
                   [name, force](const QList<ChangeStatus> &statuses, QStringList &) -> Result<QList<Step>> {
                       const auto it = std::find_if(statuses.begin(), statuses.end(),
                                                    [&](const ChangeStatus &s) { return s.name == name; });
                       if (it == statuses.end())
                           return Error::notFound(tr("No change named \"%1\"").arg(name));
                       if (Status ok = revertable(*it, force); !ok)
                           return ok.error();
                       return QList<Step>{{&*it, ChangeDirection::Revert, force ? QStringLiteral("force") : QString(), QString()}};
                   },
                   cancellation, name, name);
}

namespace {

// The changes apply would run, in name order, with warnings for those arriving out of
// order and those edited after they were applied; at most `limit` (< 0: all).
QList<const ChangeStatus *> pendingChanges(const QList<ChangeStatus> &statuses, int limit, QStringList &warnings)
{
    QList<const ChangeStatus *> steps;
    for (const ChangeStatus &s : statuses) {
        if (s.state == ChangeState::Changed)
            warnings << tr("%1 was changed after it was applied (%2): not re-applied; revert it and apply it again, "
                           "or run it with force")
                            .arg(s.name, s.changedFiles.join(QStringLiteral(", ")));
        if (!s.change || !s.needsApply() || s.change->changeFiles.isEmpty() || (limit >= 0 && steps.size() >= limit))
            continue;
        steps << &s;
    }
    return steps;
}

QString outOfOrderWarning(const ChangeStatus &s)
{
    return s.outOfOrder ? tr("%1 is older than changes already applied (merged later?): applied out of order").arg(s.name)
                        : QString();
}

} // namespace

Result<ChangeBatch> ChangeOperation::next(int count, Cancellation &cancellation)
{
    if (count < 1)
        return Error::invalidInput(tr("The number of changes must be 1 or more (got %1)").arg(count));
    return execute(ProtectedAction::ChangeNext, QStringLiteral("Change: next %1").arg(count),
                   [count](const QList<ChangeStatus> &statuses, QStringList &warnings) -> Result<QList<Step>> {
                       QList<Step> steps;
                       for (const ChangeStatus *s : pendingChanges(statuses, count, warnings))
                           steps << Step{s, ChangeDirection::Change, s->reason(), outOfOrderWarning(*s)};
                       return steps;
                   },
                   cancellation);
}

Result<ChangeBatch> ChangeOperation::fastForward(Cancellation &cancellation)
{
    return execute(ProtectedAction::ChangeFastForward, QStringLiteral("Change: fast-forward"),
                   [](const QList<ChangeStatus> &statuses, QStringList &warnings) -> Result<QList<Step>> {
                       QList<Step> steps;
                       for (const ChangeStatus *s : pendingChanges(statuses, -1, warnings))
                           steps << Step{s, ChangeDirection::Change, s->reason(), outOfOrderWarning(*s)};
                       return steps;
                   },
                   cancellation);
}

Result<ChangeBatch> ChangeOperation::rewind(const std::variant<int, QString> &target, Cancellation &cancellation)
{
    if (const int *count = std::get_if<int>(&target); count && *count < 1)
        return Error::invalidInput(tr("The number of changes must be 1 or more (got %1)").arg(*count));
    const bool force = m_request.force;
    return execute(ProtectedAction::ChangeRewind, QStringLiteral("Revert: rewind"),
                   [target, force](const QList<ChangeStatus> &statuses, QStringList &) -> Result<QList<Step>> {
                       QList<const ChangeStatus *> applied;
                       for (const ChangeStatus &s : statuses)
                           if (isApplied(s))
                               applied << &s;
                       // The most recently applied first (as the original rewinds), whatever the names say.
                       std::sort(applied.begin(), applied.end(),
                                 [](const ChangeStatus *a, const ChangeStatus *b) { return a->applied->id > b->applied->id; });
                       QList<Step> steps;
                       if (const int *count = std::get_if<int>(&target)) {
                           for (const ChangeStatus *s : applied.mid(0, *count))
                               steps << Step{s, ChangeDirection::Revert, QString(), QString()};
                       } else {
                           const QString &name = std::get<QString>(target);
                           const auto until = std::find_if(applied.begin(), applied.end(),
                                                           [&](const ChangeStatus *s) { return s->name == name; });
                           if (until == applied.end())
                               return Error::notFound(tr("No applied change named \"%1\"").arg(name));
                           for (auto it = applied.begin(); it != std::next(until); ++it)
                               steps << Step{*it, ChangeDirection::Revert, QString(), QString()};
                       }
                       for (const Step &step : std::as_const(steps))
                           if (Status ok = revertable(*step.status, force); !ok)
                               return ok.error();
                       return steps;
                   },
                   cancellation, QString(), std::holds_alternative<QString>(target) ? std::get<QString>(target) : QString());
}

} // namespace noorm
