#include "identity/keychain_runner.h"

#include "common/secret.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <functional>
#include <memory>

namespace noorm {

namespace {

// An unlocked desktop keyring answers in milliseconds; a locked one shows an unlock prompt.
constexpr int kJobTimeoutMs = 120'000;

struct JobOutcome {
    QSemaphore done;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
    ~JobOutcome() { wipe(data); }
};

// The one piece of process-wide state in core, on purpose: QtKeychain queues every job of
// the process in its own singleton (JobExecutor::instance(), keychain.cpp), a QObject with
// no lock that stays bound to the thread that first started a job. Jobs from two threads
// would race on its queue, and once that thread ended no later job would ever start. So
// all jobs run on this one thread for the life of the process, whoever asks (every
// IdentityService, every KeyStore). It holds no data: callers get their bytes back in
// their own JobOutcome, and nothing else here is shared.
QThread *keychainThread()
{
    static QThread *thread = [] {
        auto *t = new QThread;
        t->setObjectName(QStringLiteral("noorm-keychain"));
        t->start();
        // Stop it before QCoreApplication goes, so D-Bus is torn down in order.
        qAddPostRoutine([] {
            keychainThread()->quit();
            keychainThread()->wait();
        });
        return t;
    }();
    return thread;
}

QObject *keychainContext()
{
    static QObject *context = [] {
        auto *o = new QObject;
        o->moveToThread(keychainThread());
        return o;
    }();
    return context;
}

enum class Op { Read, Write, Delete };

Result<std::shared_ptr<JobOutcome>> run(Op op, const QString &service, const QString &account, const QByteArray &data)
{
    if (!QCoreApplication::instance())
        return Error::failed(tr("the OS keychain needs a QCoreApplication"));
    QObject *context = keychainContext(); // function-local statics: created once, thread-safely
    // A QCoreApplication that went away stopped the thread (see keychainThread); a new one
    // gets it back.
    if (!keychainThread()->isRunning())
        keychainThread()->start();
    auto outcome = std::make_shared<JobOutcome>();
    QMetaObject::invokeMethod(context, [=] {
        QKeychain::Job *job = nullptr;
        if (op == Op::Read) {
            job = new QKeychain::ReadPasswordJob(service);
        } else if (op == Op::Write) {
            auto *w = new QKeychain::WritePasswordJob(service);
            w->setBinaryData(data);
            job = w;
        } else {
            job = new QKeychain::DeletePasswordJob(service);
        }
        job->setKey(account);
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never a plaintext settings file
        QObject::connect(job, &QKeychain::Job::finished, [outcome, op](QKeychain::Job *j) {
            outcome->error = j->error();
            outcome->errorString = j->errorString();
            if (op == Op::Read && j->error() == QKeychain::NoError)
                outcome->data = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
            outcome->done.release();
        });
        job->start();
    }, Qt::QueuedConnection);
    if (!outcome->done.tryAcquire(1, kJobTimeoutMs))
        return Error::failed(tr("the OS keychain did not answer within %1 s (is it locked?)")
                                  .arg(kJobTimeoutMs / 1000));
    return outcome;
}

Error keychainError(const JobOutcome &o)
{
    QString why = o.errorString.isEmpty() ? QStringLiteral("error %1").arg(int(o.error)) : o.errorString;
    if (o.error == QKeychain::AccessDeniedByUser)
        return Error::refused(tr("access to the OS keychain was denied: %1").arg(why));
    return Error::failed(
        QStringLiteral("the OS keychain (secret service) is not available: %1. On a machine without one, "
                       "opt in to a passphrase-protected key file: set NOORM_KEY_STORE=file and give the "
                       "passphrase in NOORM_PASSPHRASE (or when asked).")
            .arg(why));
}

} // namespace

Result<std::optional<QByteArray>> KeychainRunner::read(const QString &service, const QString &account)
{
    auto r = run(Op::Read, service, account, {});
    if (!r)
        return r.error();
    const JobOutcome &o = **r;
    if (o.error == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    if (o.error != QKeychain::NoError)
        return keychainError(o);
    return std::optional<QByteArray>(o.data);
}

Status KeychainRunner::write(const QString &service, const QString &account, const QByteArray &data)
{
    auto r = run(Op::Write, service, account, data);
    if (!r)
        return r.error();
    if ((*r)->error != QKeychain::NoError)
        return keychainError(**r);
    return {};
}

Status KeychainRunner::remove(const QString &service, const QString &account)
{
    auto r = run(Op::Delete, service, account, {});
    if (!r)
        return r.error();
    if ((*r)->error != QKeychain::NoError && (*r)->error != QKeychain::EntryNotFound)
        return keychainError(**r);
    return {};
}

} // namespace noorm
