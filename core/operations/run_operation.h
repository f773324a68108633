#pragma once
// RunOperation: `run build`, `run file`, `run dir` and `run files` as one core operation,
// the same for the CLI and the desktop app. run() does every step in order on the thread
// it is called on (a Job's worker): resolve the config, pick the files, check the config
// is complete, check protection (asking through the front end's Confirm), connect, ensure
// the tracking tables, execute with progress and cancellation, report. preview() and
// dryRun() need no database.

#include "lock/lock_types.h"
#include "operations/confirmation.h"
#include "runner/run_report.h"
#include "template/template_inspection.h"
#include "workspace/config_resolver.h"

#include <QObject>
#include <QVariantMap>
#include <QStringList>
#include <chrono>
#include <optional>

namespace noorm {

class Workspace;
class Runner;

enum class RunMode { Build, File, Dir, Files };

struct RunRequest {
    RunMode mode = RunMode::Build;
    QStringList paths;      // the file (File), the folder (Dir), the files (Files)
    bool force = false;     // run even what checksums say is unchanged
    ResolveRequest config;  // which config, and flag overrides
    // How long to wait while another run holds the config's lock; 0 fails at once (exit 3).
    std::chrono::milliseconds lockWait{0};
};

struct RunOutcome {
    Config config;
    RunReport report;                // Build, Dir, Files
    std::optional<FileResult> file;  // File: the one file, recorded after it ran
};

struct RunPreview {
    int files = 0;
    QString sql; // rendered, every secret masked
    qint64 renderMs = 0; // reading and rendering them
};

class RunOperation : public QObject {
    Q_OBJECT

public:
    // `workspace` is used only from the thread run()/preview()/dryRun() are called on,
    // and must outlive the call.
    RunOperation(Workspace &workspace, RunRequest request, Confirm confirm, QObject *parent = nullptr);

    Result<RunOutcome> run(Cancellation &cancellation);
    Result<RunPreview> preview();
    // Writes the preview to `output` (preview --output): private, atomic, and only inside
    // the project (ProjectPathGuard), so a link planted there cannot redirect it.
    Status writePreview(const RunPreview &preview, const QString &output) const;
    Result<RunReport> dryRun();
    // `run inspect`: what the template (RunMode::File) can use from `$`, without rendering
    // it. Needs no database.
    Result<TemplateInspection> inspect();
    // The templates (`.sql.tmpl`) under the config's SQL folder, sorted: what to inspect.
    Result<QStringList> templates();

signals:
    // From the thread run() works on: connect with a receiver in the front end's thread.
    void fileProgress(const noorm::FileProgress &progress);
    // Another holder has the config's lock and run() waits for it.
    void waitingForLock(const noorm::LockInfo &holder);
    // The original noorm's events by name (operations/operation_events.h): build:start,
    // run:file, run:dir, lock:blocked, lock:acquired, file:before, file:skip, file:after,
    // build:complete; on run()'s thread.
    void event(const QString &name, const QVariantMap &data);

private:
    struct Prepared;
    // `withFiles`: also select the files the request runs (not needed to list templates).
    Result<Prepared> prepare(bool withFiles = true);
    Result<QStringList> selectFiles(const Runner &runner) const;
    QString projectRoot() const; // the working directory outside a project
    void emitEvent(const std::pair<QString, QVariantMap> &event);

    Workspace &m_workspace;
    RunRequest m_request;
    Confirm m_confirm;
};

QString runModeTitle(RunMode mode); // Build, Run file, Run directory, Run files

} // namespace noorm
