#pragma once
// Job<T>: a core operation running on a worker thread, as the front end holds it. The
// work gets its own Cancellation and opens its own database connection in that thread
// (a connection belongs to the thread that opened it). The front end watches future()
// (QFutureWatcher in the GUI; the CLI waits in an event loop so queued progress signals
// arrive) and may call cancel() from its own thread at any time.

#include "common/cancellation.h"
#include "common/result.h"

#include <QFuture>
#include <QPromise>
#include <QThread>

#include <functional>
#include <memory>

namespace noorm {

template <typename T>
class Job {
public:
    using Work = std::function<Result<T>(Cancellation &)>;

    // A thread of its own per job: a long statement never holds a thread of Qt's global
    // pool, and nothing is shared between jobs. The thread object is deleted by the event
    // loop of the thread that started the job.
    static Job start(Work work)
    {
        Job job;
        job.m_cancellation = std::make_shared<Cancellation>();
        auto promise = std::make_shared<QPromise<Result<T>>>();
        job.m_future = promise->future();
        promise->start();
        QThread *thread = QThread::create([promise, work = std::move(work), cancellation = job.m_cancellation] {
            promise->addResult(work(*cancellation));
            promise->finish();
        });
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->start();
        return job;
    }

    QFuture<Result<T>> future() const { return m_future; }
    bool isFinished() const { return m_future.isFinished(); }
    // Stops the work between steps and interrupts the statement in flight. Call it again
    // while the job has not finished: an interrupt that came a moment before the
    // statement reached the database is then repeated.
    void cancel() const { m_cancellation->cancel(); }
    const std::shared_ptr<Cancellation> &cancellation() const { return m_cancellation; }
    // Blocks until the work is done (the CLI; never on a GUI thread).
    Result<T> result() const { return m_future.result(); }

private:
    Job() = default;
    QFuture<Result<T>> m_future;
    std::shared_ptr<Cancellation> m_cancellation;
};

} // namespace noorm
