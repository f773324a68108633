#pragma once
// HeldLock: a config lock this code holds, released when the object goes away, on every
// path out of the scope that holds it (errors, cancellation). Long work keeps it alive by
// calling renewIfDue() between steps (the runner: between statements), and, for a step
// that may outlast the timeout (one long statement), by keepAlive(): a LockHeartbeat that
// renews from a connection of its own until the lock is released.
//
// It uses the Connection it was acquired on, from that connection's thread, and must go
// before the Connection does. Acquire and release outside transactions: a lock row written
// inside one is invisible to other sessions until commit, and rolled back with it.

#include "common/result.h"
#include "lock/lock_types.h"

#include <chrono>
#include <memory>

namespace noorm {

class Connection;
class Lock;
class LockHeartbeat;
struct Config;

class HeldLock {
public:
    HeldLock(HeldLock &&other) noexcept;
    HeldLock &operator=(HeldLock &&other) noexcept;
    HeldLock(const HeldLock &) = delete;
    HeldLock &operator=(const HeldLock &) = delete;
    ~HeldLock(); // release(), errors ignored

    // The row as this object last wrote or joined it.
    const LockInfo &info() const { return m_info; }
    // False when this object joined a lock that was already there (this process's own, or
    // the user's session lock): its holder releases it, not this object.
    bool ownsRow() const { return m_owner; }
    bool isHeld() const { return m_connection != nullptr; }

    // Pushes the expiry to now + timeout (never earlier than it was). A lock that was lost
    // meanwhile fails: LockHeld naming the new holder, or General when its row is gone.
    Status renew();
    // renew() when a third of the timeout has passed since the last renewal (so the
    // lock never expires while the caller checks in at least that often), else nothing.
    Status renewIfDue(std::chrono::steady_clock::time_point now = std::chrono::steady_clock::now());
    // From now on the row is renewed from a second connection to `config` (a file database's
    // path resolved against `projectRoot`), while this one is busy; renewIfDue() then only
    // reports a lock lost meanwhile. An owned row only (a joined lock is its holder's to keep).
    void keepAlive(const Config &config, const QString &projectRoot);
    // True when renewIfDue() would renew now.
    bool renewalDue(std::chrono::steady_clock::time_point now = std::chrono::steady_clock::now()) const;
    // Deletes the row this object owns (a joined lock is left to its holder). Afterwards
    // the object holds nothing. Fails when the row was no longer this holder's.
    Status release();
    // Keeps the row beyond this object (`noorm lock acquire`): nothing is released when it
    // goes away; the lock lasts until `lock release`, `lock force` or its expiry.
    LockInfo detach();

private:
    friend class Lock;
    HeldLock(Connection &connection, LockInfo info, std::chrono::milliseconds timeout, bool owner);
    Error lostError();

    Connection *m_connection = nullptr;
    LockInfo m_info;
    std::chrono::milliseconds m_timeout;
    std::chrono::steady_clock::time_point m_renewedAt;
    bool m_owner = false;
    std::unique_ptr<LockHeartbeat> m_heartbeat; // stopped before the row is released
};

} // namespace noorm
