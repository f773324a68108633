#pragma once
// ProjectSession: one open project in the desktop app. Every piece of work that reads the
// state, the keychain or a database runs as a core Job on a thread of its own, with a
// Workspace opened there (a Workspace and its connections belong to the thread that uses
// them); the GUI thread only starts jobs and shows their results. The identity service is
// shared, so the private key is read from the keychain once.

#include "latest_only.h"
#include "operations/job.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFutureWatcher>
#include <QMutex>
#include <QThread>

#include <algorithm>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace noorm {

class IdentityService;

// The jobs a session started, so that closing the window (or opening another project) can
// cancel the ones still running and wait for their threads before the app goes on.
class JobTracker {
public:
    void add(QFuture<void> future, std::shared_ptr<Cancellation> cancellation)
    {
        QMutexLocker locker(&m_mutex);
        m_jobs.erase(std::remove_if(m_jobs.begin(), m_jobs.end(), [](const auto &j) { return j.first.isFinished(); }), m_jobs.end());
        m_jobs.append({std::move(future), std::move(cancellation)});
    }
    // True when every job started so far has ended.
    bool idle()
    {
        QMutexLocker locker(&m_mutex);
        return std::all_of(m_jobs.begin(), m_jobs.end(), [](const auto &j) { return j.first.isFinished(); });
    }
    // Cancels every unfinished job and waits up to `ms` for them all; true when all ended.
    bool cancelAndWait(int ms)
    {
        QList<std::pair<QFuture<void>, std::shared_ptr<Cancellation>>> jobs;
        {
            QMutexLocker locker(&m_mutex);
            jobs = m_jobs;
        }
        for (auto &[future, cancellation] : jobs)
            if (!future.isFinished())
                cancellation->cancel();
        QDeadlineTimer deadline(ms);
        for (auto &[future, cancellation] : jobs)
            while (!future.isFinished() && !deadline.hasExpired()) {
                cancellation->cancel(); // again: a statement may have started since
                QThread::msleep(5);
            }
        return std::all_of(jobs.begin(), jobs.end(), [](const auto &j) { return j.first.isFinished(); });
    }

private:
    QMutex m_mutex;
    QList<std::pair<QFuture<void>, std::shared_ptr<Cancellation>>> m_jobs;
};

class ProjectSession {
public:
    ProjectSession(QString root, std::shared_ptr<IdentityService> identity)
        : m_root(std::move(root)), m_identity(std::move(identity)), m_jobs(std::make_shared<JobTracker>()),
          m_noticeSink(std::make_shared<NoticeSink>()), m_jobCount(std::make_shared<std::atomic<quint64>>(0)) {}
    // Where the notices a job's operations leave (Workspace::notices: the vault is out of
    // sync, secrets were filled in) go, on the GUI thread; shared by every copy.
    // `startedAt`: the job's number in the order jobs were started (jobsStarted()), so a sink
    // can tell a notice from a job that began before something it already knows of.
    using NoticeSink = std::function<void(const QList<Notice> &, quint64 startedAt)>;
    // How many jobs this session (and its copies) started so far.
    quint64 jobsStarted() const { return m_jobCount->load(); }
    void setNoticeSink(NoticeSink sink) const { *m_noticeSink = std::move(sink); }
    JobTracker &jobs() const { return *m_jobs; }
    QString root() const { return m_root; }
    const std::shared_ptr<IdentityService> &identity() const { return m_identity; }

    // `work` on its own thread, given a Workspace of this project opened there.
    template <typename T>
    Job<T> start(std::function<Result<T>(Workspace &, Cancellation &)> work) const
    {
        const quint64 number = ++*m_jobCount;
        Job<T> job = Job<T>::start([root = m_root, identity = m_identity, work = std::move(work), sink = m_noticeSink, number](Cancellation &cancellation) -> Result<T> {
            Result<Workspace> ws = Workspace::open(identity, root);
            if (!ws)
                return ws.error();
            Result<T> result = work(*ws, cancellation);
            if (QList<Notice> notices = ws->notices().take(); !notices.isEmpty())
                QMetaObject::invokeMethod(qApp, [sink, notices, number] {
                    if (*sink)
                        (*sink)(notices, number);
                }, Qt::QueuedConnection);
            return result;
        });
        m_jobs->add(QFuture<void>(job.future()), job.cancellation());
        return job;
    }

private:
    QString m_root;
    std::shared_ptr<IdentityService> m_identity;
    std::shared_ptr<JobTracker> m_jobs;
    std::shared_ptr<NoticeSink> m_noticeSink;
    std::shared_ptr<std::atomic<quint64>> m_jobCount;
};

// Calls `done` with the job's result on `context`'s thread when the job ends (not at all
// when `context` is gone by then).
template <typename T, typename Done>
void whenDone(const Job<T> &job, QObject *context, Done done)
{
    auto *watcher = new QFutureWatcher<Result<T>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(job.future());
}

} // namespace noorm
