#pragma once
// The values of the config lock (core/lock): the row of __noorm_lock__ that says who holds
// a config's lock and until when, how the holder is named, and the options of an acquire.

#include "common/cancellation.h"

#include <QDateTime>
#include <QString>
#include <chrono>
#include <functional>

namespace noorm {

// Whose lock a row is, which decides who else may use it (docs/locks.md).
enum class LockScope {
    // This process's: locked_by is "Name <email> (pid N on host)", so another process of
    // the same user is another holder. Operations that take the lock use this scope.
    Process,
    // The user's, until released: locked_by is "Name <email>", as the original writes it,
    // and the row outlives the process (`noorm lock acquire`, then `noorm lock release`).
    // Process-scoped acquires of the same user join it instead of waiting for it.
    Session,
};

// One row of __noorm_lock__.
struct LockInfo {
    QString configName;
    QString lockedBy;
    QDateTime lockedAt;  // UTC
    QDateTime expiresAt; // UTC
    QString reason;      // empty when none
    // Read by Lock::status(): the row's process, on this machine, has ended (killed before
    // it could release it): the next acquire takes it over at once, its user may release it.
    bool holderEnded = false;

    // "<lockedBy> since <ISO>, expires <ISO>" plus " (<reason>)": the original's wording.
    QString describe() const;
};

// A UTC instant as JavaScript's toISOString() writes it: "2024-01-15T10:30:00.000Z".
QString isoUtc(const QDateTime &time);

inline constexpr std::chrono::minutes kDefaultLockTimeout{5};
inline constexpr std::chrono::seconds kDefaultLockWait{30};
inline constexpr std::chrono::seconds kDefaultLockPollInterval{1};

struct LockOptions {
    // The lock expires this long after it was acquired or last renewed.
    std::chrono::milliseconds timeout = kDefaultLockTimeout;
    QString reason; // shown to whoever the lock blocks, e.g. "Change: add-users"
    // How long to keep trying while someone else holds the lock; 0 fails at once.
    // Tries are pollInterval apart: wait / pollInterval more tries after the first.
    std::chrono::milliseconds wait{0};
    std::chrono::milliseconds pollInterval = kDefaultLockPollInterval;
    // The operation's cancellation (RunOptions::cancellation): cancelled from any thread,
    // acquire stops waiting and fails with ErrorKind::Cancelled.
    const Cancellation *cancellation = nullptr;
    // Called between tries instead of sleeping, with the lock in the way and the pause it
    // replaces; false stops waiting (Interrupted). A GUI shows who it waits for here. By
    // default the pause sleeps, waking early when `cancellation` is cancelled.
    std::function<bool(const LockInfo &blocking, std::chrono::milliseconds pause)> pause;
};

} // namespace noorm
