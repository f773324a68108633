#include "operations/run_operation.h"

#include "common/private_file.h"
#include "db/connection.h"
#include "identity/audit_identity.h"
#include "log/logger.h"
#include "project/project_path_guard.h"
#include "lock/lock.h"
#include "runner/execution_tracker.h"
#include "operations/operation_events.h"
#include "runner/runner.h"
#include "workspace/vault.h"
#include "workspace/database_commands.h"
#include "template/template_engine.h"
#include "workspace/template_rendering.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QElapsedTimer>

namespace noorm {

namespace {

ProtectedAction protectedAction(RunMode mode)
{
    switch (mode) {
    case RunMode::Build: return ProtectedAction::RunBuild;
    case RunMode::File: return ProtectedAction::RunFile;
    case RunMode::Dir:
    case RunMode::Files: return ProtectedAction::RunDir;
    }
    return ProtectedAction::RunBuild;
}

} // namespace

QString runModeTitle(RunMode mode)
{
    switch (mode) {
    case RunMode::Build: return QStringLiteral("Build");
    case RunMode::File: return QStringLiteral("Run file");
    case RunMode::Dir: return QStringLiteral("Run directory");
    case RunMode::Files: return QStringLiteral("Run files");
    }
    return {};
}

struct RunOperation::Prepared {
    Config config;
    const State *state = nullptr;
    RunContext context;
    TemplateRenderer renderer;
    QStringList files;
};

RunOperation::RunOperation(Workspace &workspace, RunRequest request, Confirm confirm, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_request(std::move(request)), m_confirm(std::move(confirm))
{
}

Result<QStringList> RunOperation::selectFiles(const Runner &runner) const
{
    switch (m_request.mode) {
    case RunMode::Build: return runner.buildFiles(m_workspace.settings());
    case RunMode::Dir: return runner.dirFiles(m_request.paths.value(0));
    case RunMode::File:
    case RunMode::Files: return runner.checkFiles(m_request.paths);
    }
    return QStringList();
}

QString RunOperation::projectRoot() const
{
    return m_workspace.hasProject() ? m_workspace.root() : QDir::currentPath();
}

Result<RunOperation::Prepared> RunOperation::prepare(bool withFiles)
{
    Result<Config> config = m_workspace.resolveConfig(m_request.config); // its password is masked from here on
    if (!config)
        return config.error();
    Result<const State *> state = m_workspace.state();
    if (!state)
        return state.error();
    const QString root = projectRoot();
    Prepared prepared{*config, *state,
                      {*config, root, resolveAuditIdentity(config->identity, &m_workspace.identity()).display(),
                       m_workspace.logger()},
                      makeTemplateRenderer(*config, **state, root, m_workspace.templateEngineOptions()), {}};
    if (!withFiles)
        return prepared;
    Runner runner(prepared.context, nullptr);
    Result<QStringList> files = selectFiles(runner);
    if (!files)
        return files.error();
    prepared.files = *files;
    return prepared;
}

Result<RunPreview> RunOperation::preview()
{
    Result<Prepared> prepared = prepare();
    if (!prepared)
        return prepared.error();
    Runner runner(prepared->context, nullptr);
    runner.setTemplateRenderer(prepared->renderer);
    QElapsedTimer timer;
    timer.start();
    Result<QString> rendered = runner.preview(prepared->files);
    if (!rendered)
        return rendered.error();
    // A preview is for reading, not running: rendered secrets are shown masked.
    return RunPreview{int(prepared->files.size()), m_workspace.logger()->mask(*rendered), timer.elapsed()};
}

Status RunOperation::writePreview(const RunPreview &preview, const QString &output) const
{
    // The user named the file: anywhere they may write, but not through a link in the project.
    const ProjectPathGuard guard(projectRoot());
    if (Status ok = guard.checkNamedByUser(output); !ok)
        return ok;
    return writeFileAtomically(output, preview.sql.toUtf8());
}

Result<TemplateInspection> RunOperation::inspect()
{
    Result<Prepared> prepared = prepare();
    if (!prepared)
        return prepared.error();
    TemplateEngine engine(m_workspace.templateEngineOptions());
    Result<TemplateInspection> inspection =
        engine.inspect(prepared->files.value(0), templateContextInputs(prepared->config, *prepared->state, projectRoot()));
    if (!inspection) {
        // Named as the project shows it, as a run's errors name their files.
        Error error = inspection.error();
        error.file = ProjectPathGuard(projectRoot()).shown(error.file);
        return error;
    }
    return inspection;
}

Result<QStringList> RunOperation::templates()
{
    Result<Prepared> prepared = prepare(false);
    if (!prepared)
        return prepared.error();
    Runner runner(prepared->context, nullptr);
    Result<QStringList> files = runner.dirFiles(QDir(projectRoot()).filePath(prepared->config.sqlPath));
    if (!files)
        return files.error();
    QStringList found;
    for (const QString &file : *files)
        if (TemplateEngine::isTemplate(file))
            found << file;
    found.sort();
    return found;
}

Result<RunReport> RunOperation::dryRun()
{
    Result<Prepared> prepared = prepare();
    if (!prepared)
        return prepared.error();
    Runner runner(prepared->context, nullptr);
    runner.setTemplateRenderer(prepared->renderer);
    connect(&runner, &Runner::fileProgress, this, &RunOperation::fileProgress, Qt::DirectConnection);
    return runner.dryRun(prepared->files);
}

void RunOperation::emitEvent(const OperationEvent &e) { emit event(e.first, e.second); }

Result<RunOutcome> RunOperation::run(Cancellation &cancellation)
{
    Result<Prepared> prepared = prepare();
    if (!prepared)
        return prepared.error();
    if (fillRequiredSecretsFromVault(m_workspace, prepared->config)) {
        prepared = prepare(); // with the secrets it filled in
        if (!prepared)
            return prepared.error();
    }
    const Config &config = prepared->config;
    // Before touching the database: a complete config, and the protected-config confirmation.
    if (Status ok = requireComplete(config, *prepared->state, m_workspace.settings()); !ok)
        return ok.error();
    if (Status ok = checkProtected(config, protectedAction(m_request.mode),
                                   QStringLiteral("Run SQL files on protected config \"%1\"?").arg(config.name), m_confirm);
        !ok)
        return ok.error();
    if (cancellation.isCancelled())
        return Error{ErrorKind::Cancelled, tr("Cancelled before connecting"), {}, 0, 0, {}};

    Result<TrackedConnection> tracked = connectTracked(m_workspace, config, prepared->context.projectRoot);
    if (!tracked)
        return tracked.error();
    // One run of a config at a time: the lock, renewed while files run, released on every
    // way out. Holding it, pending rows of earlier runs can only be a killed process's.
    LockOptions lockOptions;
    lockOptions.reason = runModeTitle(m_request.mode);
    lockOptions.wait = m_request.lockWait;
    lockOptions.cancellation = &cancellation;
    lockOptions.pause = [this, &cancellation](const LockInfo &blocking, std::chrono::milliseconds pause) {
        emit waitingForLock(blocking);
        emitEvent(lockBlocked(blocking));
        return Lock::sleepUnlessCancelled(pause, &cancellation);
    };
    Result<HeldLock> lock = Lock(*tracked->connection, config.name, prepared->context.executedBy).acquire(lockOptions);
    if (!lock)
        return lock.error();
    lock->keepAlive(config, prepared->context.projectRoot); // a statement may outlast the timeout
    emitEvent(lockAcquired(lock->info()));
    ExecutionTracker tracker(*tracked->connection, config.name, m_workspace.logger()->redactor());
    if (Result<int> closed = tracker.closeAbandoned(); !closed)
        return closed.error();
    Runner runner(prepared->context, tracked->connection.get());
    runner.setTemplateRenderer(prepared->renderer);
    connect(&runner, &Runner::fileProgress, this, &RunOperation::fileProgress, Qt::DirectConnection);
    connect(&runner, &Runner::fileProgress, this, [this, name = config.name](const FileProgress &p) { emitEvent(fileEvent(p, name)); },
            Qt::DirectConnection);
    const QString shown = QDir(projectRoot()).relativeFilePath(m_request.paths.value(0));
    if (m_request.mode == RunMode::Build)
        emit event(QStringLiteral("build:start"), {{QStringLiteral("sqlPath"), config.sqlPath}, {QStringLiteral("fileCount"), int(prepared->files.size())}});
    else if (m_request.mode == RunMode::File)
        emit event(QStringLiteral("run:file"), {{QStringLiteral("filepath"), shown}, {QStringLiteral("configName"), config.name}});
    else if (m_request.mode == RunMode::Dir)
        emit event(QStringLiteral("run:dir"), {{QStringLiteral("dirpath"), shown}, {QStringLiteral("fileCount"), int(prepared->files.size())},
                                               {QStringLiteral("configName"), config.name}});

    RunOptions options;
    options.force = m_request.force;
    options.cancellation = &cancellation;
    options.keepAlive = [&lock] { return lock->renewIfDue(); };
    RunOutcome outcome{config, {}, std::nullopt};
    if (m_request.mode == RunMode::File) {
        Result<FileResult> result = runner.runFile(prepared->files.value(0), options);
        if (!result)
            return result.error();
        outcome.file = *result;
        return outcome;
    }
    Result<RunReport> report = m_request.mode == RunMode::Build ? runner.build(m_workspace.settings(), options)
                                                                : runner.runFiles(prepared->files, options);
    if (!report)
        return report.error();
    outcome.report = *report;
    if (m_request.mode == RunMode::Build)
        emitEvent(buildComplete(*report));
    return outcome;
}

} // namespace noorm
