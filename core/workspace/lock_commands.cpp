#include "workspace/lock_commands.h"

#include "db/connection.h"
#include "db/tracking_schema.h"
#include "identity/audit_identity.h"
#include "lock/held_lock.h"
#include "lock/lock.h"
#include "workspace/database_commands.h"
#include "workspace/workspace.h"


namespace noorm {

namespace {

template <typename F>
Result<std::optional<LockInfo>> withLock(Workspace &workspace, const Config &config, F f)
{
    if (Status allowed = workspace.checkConfigAllowed(config); !allowed)
        return allowed.error();
    Result<TrackedConnection> tracked = connectTracked(config, workspace.root());
    if (!tracked)
        return tracked.error();
    Lock lock(*tracked->connection, config.name, resolveAuditIdentity(config.identity, &workspace.identity()).display(), LockScope::Session);
    return f(lock);
}

} // namespace

Result<std::optional<LockInfo>> lockStatus(Workspace &workspace, const Config &config)
{
    // Looking changes nothing: a database file that is not there is not made, and a database
    // without noorm's tables has no lock (none are created).
    if (Status allowed = workspace.checkConfigAllowed(config); !allowed)
        return allowed.error();
    if (Connection::missingDatabaseFile(config, workspace.root()))
        return std::optional<LockInfo>();
    Result<std::unique_ptr<Connection>> connection = Connection::open(config, workspace.root());
    if (!connection)
        return connection.error();
    if (!TrackingSchema::tablesExist(**connection))
        return std::optional<LockInfo>();
    Lock lock(**connection, config.name, resolveAuditIdentity(config.identity, &workspace.identity()).display(), LockScope::Session);
    return lock.status();
}

Result<LockInfo> acquireLock(Workspace &workspace, const Config &config, const LockOptions &options)
{
    Result<std::optional<LockInfo>> held = withLock(workspace, config, [&options](Lock &lock) -> Result<std::optional<LockInfo>> {
        Result<HeldLock> taken = lock.acquire(options);
        if (!taken)
            return taken.error();
        return std::optional<LockInfo>(taken->detach()); // it stays after this call, until released
    });
    if (!held)
        return held.error();
    return **held;
}

Status releaseLock(Workspace &workspace, const Config &config)
{
    Result<std::optional<LockInfo>> done = withLock(workspace, config, [](Lock &lock) -> Result<std::optional<LockInfo>> {
        if (Status released = lock.release(); !released)
            return released.error();
        return std::optional<LockInfo>();
    });
    return done ? Status() : Status(done.error());
}

Result<std::optional<LockInfo>> forceReleaseLock(Workspace &workspace, const Config &config)
{
    return withLock(workspace, config, [](Lock &lock) { return lock.forceRelease(); });
}

} // namespace noorm
