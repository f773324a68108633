#pragma once
// ProjectSession: one open project in the desktop app. Every piece of work that reads the
// state, the keychain or a database runs as a core Job on a thread of its own, with a
// Workspace opened there (a Workspace and its connections belong to the thread that uses
// them); the GUI thread only starts jobs and shows their results. The identity service is
// shared, so the private key is read from the keychain once.

#include "operations/job.h"
#include "workspace/workspace.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <memory>

namespace noorm {

class IdentityService;

class ProjectSession {
public:
    ProjectSession(QString root, std::shared_ptr<IdentityService> identity) : m_root(std::move(root)), m_identity(std::move(identity)) {}
    QString root() const { return m_root; }
    const std::shared_ptr<IdentityService> &identity() const { return m_identity; }

    // `work` on its own thread, given a Workspace of this project opened there.
    template <typename T>
    Job<T> start(std::function<Result<T>(Workspace &, Cancellation &)> work) const
    {
        return Job<T>::start([root = m_root, identity = m_identity, work = std::move(work)](Cancellation &cancellation) -> Result<T> {
            Result<Workspace> ws = Workspace::open(identity, root);
            if (!ws)
                return ws.error();
            return work(*ws, cancellation);
        });
    }

private:
    QString m_root;
    std::shared_ptr<IdentityService> m_identity;
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
