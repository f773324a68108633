#pragma once
// How the CLI shows what ran: one line per file, the live progress line on a terminal,
// the JSON of files and reports (spec cli.md), exit codes of a report, and waiting for a
// core Job in an event loop so the progress it queues to this thread arrives.

#include "operations/job.h"
#include "runner/run_report.h"
#include "runtime.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonObject>

namespace noorm::cli {

QJsonObject fileJson(const FileResult &file);
QJsonObject reportJson(const RunReport &report); // {status,filesRun,filesSkipped,filesFailed,durationMs,files}

// The live "[3/10] path" line on stderr: only when enabled (a TTY, not --json).
class ProgressLine {
public:
    explicit ProgressLine(bool enabled) : m_enabled(enabled) {}
    ~ProgressLine() { clear(); }
    void show(const FileProgress &p);
    void clear();
    // False when nothing is shown (stderr is not a terminal, or --json): then nobody
    // listens to the progress signals, and a worker's queued events cost nothing.
    bool enabled() const { return m_enabled; }

private:
    bool m_enabled;
    bool m_shown = false;
};

// "✓ path (12 ms)", "- path skipped (reason)", "✗ path failed" with the error and its hint.
void printFile(Runtime &rt, ProgressLine &progress, const FileResult &file, bool dryRun);

// 0 without an error, 130 for a cancelled run, else 2 (a file or change failed).
int exitCodeFor(const std::optional<Error> &firstError);

template <typename T>
Result<T> waitFor(const Job<T> &job)
{
    QFutureWatcher<Result<T>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(job.future());
    if (!job.isFinished())
        loop.exec();
    return job.result();
}

} // namespace noorm::cli
