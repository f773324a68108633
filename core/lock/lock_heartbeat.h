#pragma once
// LockHeartbeat: keeps a held lock's row alive from a connection of its own while the
// holder's connection is busy with one long statement (a CREATE INDEX, a data migration, a
// dump's COPY), which renewals between statements cannot: a statement longer than the
// timeout let the lock expire, and a second build ran the same file beside the first.
//
// A thread of its own wakes every third of the timeout and pushes the row's expiry to now +
// timeout, by config name and holder, as HeldLock::renew() does. It connects on its first
// wake, so a run shorter than that opens nothing. A failed connect or write is tried again
// at the next wake; a row that is no longer this holder's is a lost lock, which state()
// reports and the heartbeat stops. It stops (and joins) when it goes away. Started by
// HeldLock::keepAlive().

#include "common/result.h"
#include "config/config.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace noorm {

class LockHeartbeat {
public:
    LockHeartbeat(Config config, QString projectRoot, QString configName, QString lockedBy, std::chrono::milliseconds timeout);
    ~LockHeartbeat();
    LockHeartbeat(const LockHeartbeat &) = delete;
    LockHeartbeat &operator=(const LockHeartbeat &) = delete;

    // Ok while the lock is held (as far as the last wake knew); the error of a lost lock.
    Status state() const;
    // Expiry writes that went through (for tests and logs).
    int renewals() const;

private:
    void run();

    const Config m_config;
    const QString m_projectRoot, m_configName, m_lockedBy;
    const std::chrono::milliseconds m_timeout;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::optional<Error> m_lost;
    int m_renewals = 0;
    std::thread m_thread; // last: started when everything above is set
};

} // namespace noorm
