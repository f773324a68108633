// noorm run build|file|dir|files: parse the flags, hand them to core's RunOperation on a
// worker thread, print one line per file as progress arrives and a summary (or one JSON
// document). Ctrl-C and SIGTERM cancel it, mid-statement too.

#include "exit_codes.h"
#include "run_output.h"
#include "runtime.h"
#include "stop_on_signals.h"

#include "common/duration.h"
#include "lock/lock_types.h"
#include "operations/job.h"
#include "operations/run_operation.h"
#include "prompt.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <cstdio>

namespace noorm::cli {

namespace {

struct RunFlags {
    RunMode mode = RunMode::Build;
    std::vector<std::string> paths;
    bool force = false;
    bool preview = false;
    std::string output;
    std::string wait;
    CLI::Option *waitOption = nullptr;
};

// Preview: the rendered SQL on stdout, or in --output FILE inside the project.
int printPreview(Runtime &rt, const RunOperation &operation, const RunPreview &preview, const QString &output)
{
    if (!output.isEmpty()) {
        if (Status written = operation.writePreview(preview, output); !written)
            return rt.out.fail(written.error());
        rt.out.text(QStringLiteral("Wrote the SQL of %1 to %2").arg(plural(preview.files, "file", "files"), Output::printable(output)));
        rt.out.document(QJsonObject{{QStringLiteral("files"), preview.files}, {QStringLiteral("output"), output}});
        return 0;
    }
    if (rt.out.json) {
        rt.out.document(QJsonObject{{QStringLiteral("files"), preview.files}, {QStringLiteral("sql"), preview.sql}});
    } else {
        const QByteArray bytes = preview.sql.toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        if (!bytes.endsWith('\n'))
            std::fputc('\n', stdout);
    }
    return 0;
}

int runCommand(Runtime &rt, const RunFlags &flags)
{
    Result<Workspace *> ws = rt.workspaceOrDetached();
    if (!ws)
        return rt.out.fail(ws.error());
    RunRequest request;
    request.mode = flags.mode;
    for (const std::string &p : flags.paths)
        request.paths << QString::fromStdString(p);
    request.force = flags.force || rt.globals.force;
    request.config.name = QString::fromStdString(rt.globals.config);
    if (flags.waitOption && flags.waitOption->count() > 0) {
        Result<std::chrono::milliseconds> wait =
            flags.wait.empty() ? Result<std::chrono::milliseconds>(kDefaultLockWait) : parseDuration(QString::fromStdString(flags.wait));
        if (!wait)
            return rt.out.fail(wait.error());
        request.lockWait = *wait;
    }
    RunOperation operation(**ws, request, rt.confirmer());

    if (flags.preview) {
        Result<RunPreview> preview = operation.preview();
        return preview ? printPreview(rt, operation, *preview, QString::fromStdString(flags.output))
                       : rt.out.fail(preview.error());
    }

    ProgressLine progress(Output::stderrIsTty() && !rt.out.json);
    QObject receiver; // progress is shown in this thread, as it is queued from the worker
    if (progress.enabled())
        QObject::connect(&operation, &RunOperation::fileProgress, &receiver,
                         [&progress](const FileProgress &p) { progress.show(p); });
    bool toldWaiting = false;
    QObject::connect(&operation, &RunOperation::waitingForLock, &receiver, [&](const LockInfo &holder) {
        if (!std::exchange(toldWaiting, true))
            rt.out.note(QStringLiteral("Waiting for the lock held by %1").arg(holder.describe()));
    });

    if (rt.globals.dryRun) {
        Result<RunReport> report = operation.dryRun();
        if (!report)
            return rt.out.fail(report.error());
        for (const FileResult &file : report->files)
            printFile(rt, progress, file, true);
        rt.out.text(QStringLiteral("Dry run: rendered %1 into tmp/, executed and recorded nothing").arg(plural(report->filesRun, "file", "files")));
        rt.out.document(reportJson(*report));
        return report->firstError ? ExecutionFailed : Ok;
    }

    const Job<RunOutcome> job = Job<RunOutcome>::start([&operation](Cancellation &c) { return operation.run(c); });
    const StopOnSignals stopOnSignals(*job.cancellation()); // Ctrl-C and SIGTERM cancel, mid-statement too
    Result<RunOutcome> outcome = waitFor<RunOutcome>(job);
    QCoreApplication::processEvents(); // progress queued just before the end
    if (!outcome)
        return rt.out.fail(outcome.error());
    if (outcome->file) {
        printFile(rt, progress, *outcome->file, false);
        rt.out.document(fileJson(*outcome->file));
        return exitCodeFor(outcome->file->error);
    }
    const RunReport &report = outcome->report;
    for (const FileResult &file : report.files)
        printFile(rt, progress, file, false);
    rt.out.text(QStringLiteral("%1 %2: %3 run, %4 skipped, %5 failed (%6 ms)")
                    .arg(runModeTitle(flags.mode), runStatusName(report.status))
                    .arg(report.filesRun)
                    .arg(report.filesSkipped)
                    .arg(report.filesFailed)
                    .arg(report.durationMs));
    rt.out.document(reportJson(report));
    return exitCodeFor(report.firstError);
}

void addRunCommand(CLI::App *run, Runtime &rt, RunMode mode, const std::string &name, const std::string &description)
{
    auto request = std::make_shared<RunFlags>();
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
    request->waitOption = cmd->add_option("--wait", request->wait,
                                          "Wait for another run's lock to free, up to DURATION (default 30s; e.g. 2m)")
                              ->expected(0, 1);
    cmd->footer("JSON: " + std::string(mode == RunMode::File
                                           ? "{filepath,status,durationMs,skipReason?,error?}"
                                           : "{status,filesRun,filesSkipped,filesFailed,durationMs,files:[{filepath,status,"
                                             "durationMs,skipReason?,error?}]}")
                + "\nExit: 0 ok, 1 config/connection error, 2 a file failed, 3 another run holds the config's lock,\n"
                  "4 refused, 5 path not found, 64 usage, 130 interrupted.\n"
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
    addRunInspectCommand(run, rt);
}

} // namespace noorm::cli
