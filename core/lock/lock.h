#pragma once
// Lock: the config lock of the tracking tables (__noorm_lock__, spec tables.md §1 and §3),
// which keeps two runs from changing one config's database at once. One row per config
// name says who holds it, since when, until when and why. Acquiring is atomic in the
// database: expired rows are deleted, then an INSERT either wins or breaks the UNIQUE
// constraint on config_name, so of N processes racing exactly one gets the lock. Time is
// the client's clock in UTC, compared in SQL. The lock is advisory: code that changes the
// database takes it, nothing else is stopped by it. See docs/locks.md.
//
//     Lock lock(connection, config.name, identity.display());
//     Result<HeldLock> held = lock.acquire({.reason = QStringLiteral("Build")});
//     if (!held) return held.error();              // ErrorKind::LockHeld names the holder
//     for (...) { work(); if (Status s = held->renewIfDue(); !s) return s.error(); }
//     // released when `held` goes away

#include "common/result.h"
#include "lock/held_lock.h"
#include "lock/lock_types.h"

#include <optional>
#include <variant>

namespace noorm {

class Connection;

class Lock {
public:
    // `identity` is the audit identity, "Name <email>" (AuditIdentity::display()).
    Lock(Connection &connection, QString configName, QString identity, LockScope scope = LockScope::Process);

    const QString &configName() const { return m_configName; }
    // The locked_by value this holder writes: the identity, plus processTag() for
    // LockScope::Process; at most 255 characters (the column).
    QString holderName() const;
    // " (pid <pid> on <host>)": what tells this process's rows from the same user's others.
    static QString processTag();
    // The default pause between tries: sleeps `pause`, waking early (false) when
    // `cancellation` is cancelled. A LockOptions::pause that reports progress can end by
    // calling this.
    static bool sleepUnlessCancelled(std::chrono::milliseconds pause, const Cancellation *cancellation);

    // Usage errors in `options` (a timeout that is not positive, a negative wait), so a
    // front end can refuse them before connecting; acquire() checks them too.
    static Status checkOptions(const LockOptions &options);

    // Takes the lock for options.timeout. When the config's row is unexpired and someone
    // else's, waits up to options.wait, then fails with ErrorKind::LockHeld ("Lock for
    // 'dev' held by X since ..., expires ... (reason)"); cancelled waiting fails with
    // ErrorKind::Cancelled. A Process-scoped acquire joins (and extends) a lock already
    // held by this process or by the same identity's session lock: the HeldLock then does
    // not own the row. A Session-scoped acquire joins nothing, not even the same user's
    // session lock, since that may be another process racing for it.
    Result<HeldLock> acquire(const LockOptions &options = {});

    // The config's unexpired lock, or nullopt. Reading deletes nothing.
    Result<std::optional<LockInfo>> status();
    // Deletes this holder's row (DELETE by config_name + locked_by). NotFound without a
    // row; LockHeld when the row is someone else's (including this user's other processes).
    Status release();
    // Deletes the config's row whoever holds it; the row that was there, or nullopt.
    Result<std::optional<LockInfo>> forceRelease();

private:
    struct Blocked {
        LockInfo by;
    };
    // One try: the lock (owned or joined), or the row in the way.
    Result<std::variant<HeldLock, Blocked>> tryOnce(const LockOptions &options);
    bool admits(const LockInfo &row) const;
    // Between tries; false when waiting was cancelled.
    static bool pauseBeforeRetry(const LockOptions &options, const LockInfo &blocking);

    Connection &m_connection;
    QString m_configName;
    QString m_identity;
    LockScope m_scope;
};

} // namespace noorm
