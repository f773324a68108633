#pragma once
// Runs QtKeychain jobs synchronously from any thread. QtKeychain's jobs are asynchronous and
// its job queue is a QObject bound to the thread that first used it, so every job runs on one
// private long-lived thread with its own event loop; the caller blocks until the job is done.
// This works from a QCoreApplication CLI whose main loop is not running and from workers.
// That thread is one per process, not one per IdentityService: QtKeychain's job queue is a
// process-wide singleton that must stay on one thread (see keychain_runner.cpp).

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace noorm {

class KeychainRunner {
public:
    // The entry's bytes; nullopt when there is no such entry.
    static Result<std::optional<QByteArray>> read(const QString &service, const QString &account);
    static Status write(const QString &service, const QString &account, const QByteArray &data);
    // Deleting a missing entry is not an error.
    static Status remove(const QString &service, const QString &account);
};

} // namespace noorm
