// noorm run build|file|dir|files: parse, pick the files, guard, connect, hand to core's
// Runner, print one line per file and a summary (or one JSON document).

#include "runtime.h"
#include "stop_on_signals.h"

#include "common/private_file.h"
#include "db/connection.h"
#include "db/tracking_schema.h"
#include "identity/audit_identity.h"
#include "log/logger.h"
#include "prompt.h"
#include "runner/runner.h"
#include "workspace/database_commands.h"
#include "workspace/template_rendering.h"

#include <QDir>
#include <QJsonArray>
#include <cstdio>

namespace noorm::cli {

namespace {

enum class RunMode { Build, File, Dir, Files };

struct RunRequest {
    RunMode mode = RunMode::Build;
    std::vector<std::string> paths;
    bool force = false;
    bool preview = false;
    std::string output;
};

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

QString modeTitle(RunMode mode)
{
    switch (mode) {
    case RunMode::Build: return QStringLiteral("Build");
    case RunMode::File: return QStringLiteral("Run file");
    case RunMode::Dir: return QStringLiteral("Run directory");
    case RunMode::Files: return QStringLiteral("Run files");
    }
    return {};
}

QJsonObject fileJson(const FileResult &file)
{
    QJsonObject json{{QStringLiteral("filepath"), file.filepath},
                     {QStringLiteral("status"), fileStatusName(file.status)},
                     {QStringLiteral("durationMs"), file.durationMs}};
    if (!file.skipReason.isEmpty())
        json.insert(QStringLiteral("skipReason"), file.skipReason);
    if (file.error)
        json.insert(QStringLiteral("error"), file.error->toString());
    if (!file.outputPath.isEmpty())
        json.insert(QStringLiteral("outputPath"), file.outputPath);
    return json;
}

QJsonObject reportJson(const RunReport &report)
{
    QJsonArray files;
    for (const FileResult &file : report.files)
        files.append(fileJson(file));
    return {{QStringLiteral("status"), runStatusName(report.status)},
            {QStringLiteral("filesRun"), report.filesRun},
            {QStringLiteral("filesSkipped"), report.filesSkipped},
            {QStringLiteral("filesFailed"), report.filesFailed},
            {QStringLiteral("durationMs"), report.durationMs},
            {QStringLiteral("files"), files}};
}

// The live line on stderr: only on a TTY and not with --json.
class ProgressLine {
public:
    explicit ProgressLine(bool enabled) : m_enabled(enabled) {}
    ~ProgressLine() { clear(); }
    void show(const FileProgress &p)
    {
        if (!m_enabled || p.status != FileStatus::Pending)
            return;
        std::fprintf(stderr, "\r\033[K[%d/%d] %s", p.index + 1, p.total, qPrintable(p.displayPath));
        std::fflush(stderr);
        m_shown = true;
    }
    void clear()
    {
        if (m_shown) {
            std::fputs("\r\033[K", stderr);
            std::fflush(stderr);
            m_shown = false;
        }
    }

private:
    bool m_enabled;
    bool m_shown = false;
};

void printFile(Runtime &rt, ProgressLine &progress, const FileResult &file, bool dryRun)
{
    progress.clear();
    switch (file.status) {
    case FileStatus::Success:
        rt.out.text(dryRun ? QStringLiteral("✓ %1 → %2").arg(file.displayPath, QDir::current().relativeFilePath(file.outputPath))
                           : QStringLiteral("✓ %1 (%2 ms)").arg(file.displayPath).arg(file.durationMs));
        break;
    case FileStatus::Skipped:
        rt.out.text(QStringLiteral("- %1 skipped (%2)").arg(file.displayPath, file.skipReason));
        break;
    case FileStatus::Failed:
        rt.out.text(QStringLiteral("✗ %1 failed (%2 ms)").arg(file.displayPath).arg(file.durationMs));
        if (file.error)
            rt.out.text(QStringLiteral("  ") + file.error->toString());
        break;
    case FileStatus::Pending:
        break;
    }
}

int exitCodeFor(const std::optional<Error> &firstError)
{
    if (!firstError)
        return 0;
    return firstError->code == ErrorCode::Interrupted ? int(ErrorCode::Interrupted) : int(ErrorCode::ExecutionFailed);
}

// Preview: the rendered SQL on stdout, or in --output FILE.
int preview(Runtime &rt, Runner &runner, const QStringList &files, const QString &output)
{
    Result<QString> rendered = runner.preview(files);
    if (!rendered)
        return rt.out.fail(rendered.error());
    // Secrets rendered by templates are shown masked: a preview is for reading, not running.
    const QString masked = Logger::instance().mask(*rendered);
    const QString *sql = &masked;
    if (!output.isEmpty()) {
        if (Status written = writeFileAtomically(output, sql->toUtf8()); !written)
            return rt.out.fail(written.error());
        rt.out.text(QStringLiteral("Wrote the SQL of %1 file(s) to %2").arg(files.size()).arg(output));
        rt.out.document(QJsonObject{{QStringLiteral("files"), int(files.size())}, {QStringLiteral("output"), output}});
        return 0;
    }
    if (rt.out.json) {
        rt.out.document(QJsonObject{{QStringLiteral("files"), int(files.size())}, {QStringLiteral("sql"), *sql}});
    } else {
        const QByteArray bytes = sql->toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        if (!bytes.endsWith('\n'))
            std::fputc('\n', stdout);
    }
    return 0;
}

int runCommand(Runtime &rt, const RunRequest &request)
{
    Result<Config> config = rt.resolveConfig();
    if (!config)
        return rt.out.fail(config.error());
    Result<Workspace *> ws = rt.workspaceOrDetached();
    if (!ws)
        return rt.out.fail(ws.error());
    Workspace &workspace = **ws;
    const QString root = workspace.hasProject() ? workspace.root() : QDir::currentPath();

    Result<const State *> state = workspace.state();
    if (!state)
        return rt.out.fail(state.error());
    RunContext context{*config, root, resolveAuditIdentity(config->identity).display()};
    const TemplateRenderer renderer = makeTemplateRenderer(*config, **state, root);
    Runner runner(context, nullptr);
    runner.setTemplateRenderer(renderer);

    QStringList paths;
    for (const std::string &p : request.paths)
        paths << QString::fromStdString(p);
    Result<QStringList> files = QStringList();
    switch (request.mode) {
    case RunMode::Build: files = runner.buildFiles(workspace.settings()); break;
    case RunMode::Dir: files = runner.dirFiles(paths.value(0)); break;
    case RunMode::File:
    case RunMode::Files: files = runner.checkFiles(paths); break;
    }
    if (!files)
        return rt.out.fail(files.error());

    if (request.preview)
        return preview(rt, runner, *files, QString::fromStdString(request.output));

    ProgressLine progress(Output::stderrIsTty() && !rt.out.json);
    QObject::connect(&runner, &Runner::fileProgress, [&progress](const FileProgress &p) { progress.show(p); });

    if (rt.globals.dryRun) {
        const RunReport report = runner.dryRun(*files);
        for (const FileResult &file : report.files)
            printFile(rt, progress, file, true);
        rt.out.text(QStringLiteral("Dry run: rendered %1 file(s) into tmp/, executed and recorded nothing").arg(report.filesRun));
        rt.out.document(reportJson(report));
        return report.firstError ? int(ErrorCode::ExecutionFailed) : 0;
    }

    // Before touching the database: a complete config, and the protected-config confirmation.
    if (Status ok = requireComplete(*config, **state, workspace.settings()); !ok)
        return rt.out.fail(ok.error());
    if (Status ok = rt.guard(*config, protectedAction(request.mode),
                             QStringLiteral("Run SQL files on protected config \"%1\"?").arg(config->name));
        !ok)
        return rt.out.fail(ok.error());

    Result<TrackedConnection> tracked = connectTracked(*config, root);
    if (!tracked)
        return rt.out.fail(tracked.error());
    Runner live(context, tracked->connection.get());
    live.setTemplateRenderer(renderer);
    QObject::connect(&live, &Runner::fileProgress, [&progress](const FileProgress &p) { progress.show(p); });

    Cancellation cancellation;
    const StopOnSignals stopOnSignals(cancellation); // Ctrl-C and SIGTERM cancel, mid-statement too
    RunOptions options;
    options.force = request.force || rt.globals.force;
    options.cancellation = &cancellation;

    if (request.mode == RunMode::File) {
        Result<FileResult> result = live.runFile(files->first(), options);
        if (!result)
            return rt.out.fail(result.error());
        printFile(rt, progress, *result, false);
        rt.out.document(fileJson(*result));
        return exitCodeFor(result->error);
    }
    Result<RunReport> report = request.mode == RunMode::Build ? live.build(workspace.settings(), options)
                                                              : live.runFiles(*files, options);
    if (!report)
        return rt.out.fail(report.error());
    for (const FileResult &file : report->files)
        printFile(rt, progress, file, false);
    rt.out.text(QStringLiteral("%1 %2: %3 run, %4 skipped, %5 failed (%6 ms)")
                    .arg(modeTitle(request.mode), runStatusName(report->status))
                    .arg(report->filesRun)
                    .arg(report->filesSkipped)
                    .arg(report->filesFailed)
                    .arg(report->durationMs));
    rt.out.document(reportJson(*report));
    return exitCodeFor(report->firstError);
}

void addRunCommand(CLI::App *run, Runtime &rt, RunMode mode, const std::string &name, const std::string &description)
{
    auto request = std::make_shared<RunRequest>();
    request->mode = mode;
    CLI::App *cmd = run->add_subcommand(name, description);
    if (mode == RunMode::File)
        cmd->add_option("path", request->paths, "The .sql or .sql.tmpl file")->required()->expected(1);
    else if (mode == RunMode::Dir)
        cmd->add_option("path", request->paths, "The folder; every .sql/.sql.tmpl under it runs, in path order")
            ->required()
            ->expected(1);
    else if (mode == RunMode::Files)
        cmd->add_option("paths", request->paths, "The files, run in the order given")->required();
    cmd->add_flag("--force", request->force, "Run even the files whose checksum says unchanged (same as -f)");
    cmd->add_flag("--preview", request->preview, "Print the rendered SQL instead of running it; record nothing");
    cmd->add_option("--output", request->output, "With --preview: write the SQL to this file");
    cmd->footer("JSON: " + std::string(mode == RunMode::File
                                           ? "{filepath,status,durationMs,skipReason?,error?}"
                                           : "{status,filesRun,filesSkipped,filesFailed,durationMs,files:[{filepath,status,"
                                             "durationMs,skipReason?,error?}]}")
                + "\nExit: 0 ok, 1 config/connection error, 2 a file failed, 4 refused, 5 path not found, 64 usage.\n"
                  "--dry-run renders the files into tmp/ and executes nothing.");
    cmd->callback([&rt, request] {
        if (!request->output.empty() && !request->preview)
            throw CLI::ValidationError("--output", "only with --preview");
        rt.setAction([&rt, request] { return runCommand(rt, *request); });
    });
}

} // namespace

void addRunCommands(CLI::App &root, Runtime &rt)
{
    CLI::App *run = addGroup(root, "run", "Run SQL files: build the schema, one file, a folder or a list");
    addRunCommand(run, rt, RunMode::Build, "build",
                  "Run every SQL file under the config's SQL path that settings and rules select; skip the unchanged");
    addRunCommand(run, rt, RunMode::File, "file", "Run one SQL file");
    addRunCommand(run, rt, RunMode::Dir, "dir", "Run every SQL file under a folder");
    addRunCommand(run, rt, RunMode::Files, "files", "Run the given SQL files");
}

} // namespace noorm::cli
