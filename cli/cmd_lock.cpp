// noorm lock status|acquire|release|force

#include "runtime.h"

#include "common/duration.h"
#include "db/connection.h"
#include "identity/audit_identity.h"
#include "lock/lock.h"
#include "prompt.h"
#include "stop_on_signals.h"
#include "workspace/database_commands.h"
#include "workspace/lock_commands.h"

#include <QDir>
#include <functional>
#include <memory>

namespace noorm::cli {

namespace {

// The config, its database (tracking tables ensured) and the lock as this user sees it.
// `lock acquire` takes a session lock: it outlives the command, for `lock release`.
struct LockTarget {
    Config config;
    std::unique_ptr<Connection> connection;
    std::unique_ptr<Lock> lock;
};

QString identityOf(Runtime &rt, const Config &config)
{
    return resolveAuditIdentity(config.identity, &rt.identity()).display();
}

Result<LockTarget> connectLock(Runtime &rt)
{
    Result<Config> config = rt.resolveConfig();
    if (!config)
        return config.error();
    Result<Workspace *> ws = rt.workspaceOrDetached();
    if (!ws)
        return ws.error();
    const QString root = (*ws)->hasProject() ? (*ws)->root() : QDir::currentPath();
    Result<TrackedConnection> tracked = connectTracked(*config, root);
    if (!tracked)
        return tracked.error();
    LockTarget target{*config, std::move(tracked->connection), nullptr};
    target.lock = std::make_unique<Lock>(*target.connection, config->name, identityOf(rt, *config), LockScope::Session);
    return target;
}

// --dry-run: say what would happen, touch no database. `verb` is "acquire", "release" or
// "force-release"; `detail` ends the sentence.
int dryRun(Runtime &rt, const QString &verb, const QString &detail)
{
    Result<Config> config = rt.resolveConfig();
    if (!config)
        return rt.out.fail(config.error());
    const QString holder = identityOf(rt, *config);
    rt.out.text(QStringLiteral("Would %1 the lock of config '%2' as %3%4").arg(verb, config->name, holder, detail));
    rt.out.document(QJsonObject{{QStringLiteral("dryRun"), true},
                                {QStringLiteral("action"), verb},
                                {QStringLiteral("configName"), config->name},
                                {QStringLiteral("lockedBy"), holder}});
    return 0;
}

// Every lock command: connect, then `work` on the lock. A command that changes the lock
// names its `verb`, and --dry-run then only says what it would do (ending in `detail`).
int onLock(Runtime &rt, const QString &verb, const QString &detail, const std::function<int(LockTarget &)> &work)
{
    if (rt.globals.dryRun && !verb.isEmpty())
        return dryRun(rt, verb, detail);
    Result<LockTarget> target = connectLock(rt);
    if (!target)
        return rt.out.fail(target.error());
    return work(*target);
}

// Looking changes nothing: no database file is made, no tracking table created (a database
// without them has no lock).
int showStatus(Runtime &rt)
{
    Result<Config> config = rt.resolveConfig();
    if (!config)
        return rt.out.fail(config.error());
    Result<Workspace *> ws = rt.workspaceOrDetached();
    if (!ws)
        return rt.out.fail(ws.error());
    Result<std::optional<LockInfo>> active = lockStatus(**ws, *config);
    if (!active)
        return rt.out.fail(active.error());
    if (!active->has_value()) {
        rt.out.text(QStringLiteral("No active lock"));
        rt.out.document(QJsonObject{{QStringLiteral("isLocked"), false}, {QStringLiteral("lock"), QJsonValue::Null}});
        return 0;
    }
    const LockInfo &lock = **active;
    rt.out.text(QStringLiteral("Locked by %1%2").arg(lock.lockedBy, lock.holderEnded ? QStringLiteral(" (its process has ended)") : QString()));
    rt.out.text(QStringLiteral("  since: %1").arg(isoUtc(lock.lockedAt)));
    rt.out.text(QStringLiteral("  expires: %1").arg(isoUtc(lock.expiresAt)));
    if (!lock.reason.isEmpty())
        rt.out.text(QStringLiteral("  reason: %1").arg(lock.reason));
    if (lock.holderEnded)
        rt.out.text(QStringLiteral("  The next run on this machine takes it over; `noorm lock release` removes it now."));
    QJsonObject row{{QStringLiteral("lockedBy"), lock.lockedBy},
                    {QStringLiteral("lockedAt"), isoUtc(lock.lockedAt)},
                    {QStringLiteral("expiresAt"), isoUtc(lock.expiresAt)}};
    if (lock.holderEnded)
        row.insert(QStringLiteral("holderEnded"), true);
    rt.out.document(QJsonObject{{QStringLiteral("isLocked"), true}, {QStringLiteral("lock"), row}});
    return 0;
}

struct AcquireFlags {
    std::string reason;
    std::string timeout = "5m";
    std::string wait;
    CLI::Option *waitOption = nullptr;
};

Result<LockOptions> lockOptions(const AcquireFlags &flags)
{
    LockOptions options;
    options.reason = QString::fromStdString(flags.reason);
    Result<std::chrono::milliseconds> timeout = parseDuration(QString::fromStdString(flags.timeout));
    if (!timeout)
        return timeout.error();
    options.timeout = *timeout;
    if (flags.waitOption->count() > 0) {
        Result<std::chrono::milliseconds> wait = flags.wait.empty()
                                                     ? Result<std::chrono::milliseconds>(kDefaultLockWait)
                                                     : parseDuration(QString::fromStdString(flags.wait));
        if (!wait)
            return wait.error();
        options.wait = *wait;
    }
    if (Status valid = Lock::checkOptions(options); !valid)
        return valid.error();
    return options;
}

int takeLock(Runtime &rt, LockTarget &target, LockOptions options)
{
    // Ctrl-C while waiting stops the wait and says whom it waited for (exit 130).
    Cancellation cancellation;
    StopOnSignals stop(cancellation);
    options.cancellation = &cancellation;
    // Progress on a terminal only: say once whom we wait for.
    if (Output::stderrIsTty() && !rt.out.json) {
        options.pause = [&rt, &cancellation, told = false, wait = options.wait](const LockInfo &blocking,
                                                                                 std::chrono::milliseconds pause) mutable {
            if (!std::exchange(told, true))
                rt.out.note(QStringLiteral("Waiting up to %1 for the lock held by %2")
                                .arg(formatDuration(wait), blocking.describe()));
            return Lock::sleepUnlessCancelled(pause, &cancellation);
        };
    }
    Result<HeldLock> held = target.lock->acquire(options);
    if (!held)
        return rt.out.fail(held.error());
    const LockInfo lock = held->detach(); // the lock stays after this command, until `lock release`
    rt.out.text(QStringLiteral("Lock acquired"));
    rt.out.text(QStringLiteral("  lockedBy: %1").arg(lock.lockedBy));
    rt.out.text(QStringLiteral("  expiresAt: %1").arg(isoUtc(lock.expiresAt)));
    rt.out.document(QJsonObject{{QStringLiteral("acquired"), true},
                                {QStringLiteral("lockedBy"), lock.lockedBy},
                                {QStringLiteral("expiresAt"), isoUtc(lock.expiresAt)}});
    return 0;
}

int releaseLock(Runtime &rt, LockTarget &target)
{
    if (Status released = target.lock->release(); !released)
        return rt.out.fail(released.error());
    rt.out.text(QStringLiteral("Lock released"));
    rt.out.document(QJsonObject{{QStringLiteral("released"), true}});
    return 0;
}

int forceReleaseLock(Runtime &rt, LockTarget &target)
{
    Result<std::optional<LockInfo>> active = target.lock->status();
    if (!active)
        return rt.out.fail(active.error());
    if (active->has_value()) {
        if (Status ok = confirm(QStringLiteral("Force-release the lock of config '%1', held by %2? Its holder may still be "
                                               "working.")
                                    .arg(target.config.name, (*active)->describe()),
                                QString(), rt.globals.yes);
            !ok)
            return rt.out.fail(ok.error());
    }
    Result<std::optional<LockInfo>> removed = target.lock->forceRelease();
    if (!removed)
        return rt.out.fail(removed.error());
    if (!removed->has_value()) {
        rt.out.text(QStringLiteral("No active lock"));
        rt.out.document(QJsonObject{{QStringLiteral("released"), false}, {QStringLiteral("lockedBy"), QJsonValue::Null}});
        return 0;
    }
    rt.out.text(QStringLiteral("Lock force-released (was held by %1)").arg((*removed)->lockedBy));
    rt.out.document(QJsonObject{{QStringLiteral("released"), true}, {QStringLiteral("lockedBy"), (*removed)->lockedBy}});
    return 0;
}

} // namespace

void addLockCommands(CLI::App &root, Runtime &rt)
{
    CLI::App *lock = addGroup(root, "lock", "The config's lock in its database: one holder at a time (docs/locks.md)");
    lock->footer("Exit: 0 ok, 1 config/connection error, 3 lock held by another, 4 refused, 5 no such lock, 64 usage.");

    auto *status = lock->add_subcommand("status", "Show who holds the config's lock, since when and until when");
    status->footer("JSON: {isLocked:true,lock:{lockedBy,lockedAt,expiresAt}} or {isLocked:false,lock:null}");
    status->callback([&rt] {
        rt.setAction([&rt] { return showStatus(rt); });
    });

    auto flags = std::make_shared<AcquireFlags>();
    auto *acquire = lock->add_subcommand("acquire", "Take the config's lock for yourself until `lock release` or expiry");
    acquire->add_option("--reason", flags->reason, "Why: shown to whoever the lock blocks");
    acquire->add_option("--timeout", flags->timeout, "Expire after this long (e.g. 300s, 5m, 1h; default 5m)");
    flags->waitOption = acquire->add_option("--wait", flags->wait,
                                            "While someone else holds it, retry every second for this long (default 30s)")
                            ->expected(0, 1);
    acquire->footer("JSON: {acquired:true,lockedBy,expiresAt}\n"
                    "Exit: 0 acquired, 3 held by another (message: who, since, until, why), 1 error, 64 usage.\n"
                    "The lock is yours (\"Name <email>\"): any of your processes can release it; a second\n"
                    "`lock acquire` fails while it lasts, even your own.");
    acquire->callback([&rt, flags] {
        rt.setAction([&rt, flags] {
            Result<LockOptions> options = lockOptions(*flags);
            if (!options)
                return rt.out.fail(options.error());
            return onLock(rt, QStringLiteral("acquire"),
                          QStringLiteral(" (expires after %1)").arg(formatDuration(options->timeout)),
                          [&rt, &options](LockTarget &t) { return takeLock(rt, t, *options); });
        });
    });

    auto *release = lock->add_subcommand("release", "Release the lock you hold");
    release->footer("JSON: {released:true}\nExit: 0 released, 5 no lock, 3 someone else's lock (see `lock force`), 1 error.");
    release->callback([&rt] {
        rt.setAction([&rt] {
            return onLock(rt, QStringLiteral("release"), {}, [&rt](LockTarget &t) { return releaseLock(rt, t); });
        });
    });

    auto *force = lock->add_subcommand("force", "Release the config's lock whoever holds it (asks; --yes without a TTY)");
    force->footer("JSON: {released:true,lockedBy} or {released:false,lockedBy:null}\n"
                  "Exit: 0 released or no lock, 4 not confirmed, 1 error.");
    force->callback([&rt] {
        rt.setAction([&rt] {
            return onLock(rt, QStringLiteral("force-release"), {},
                          [&rt](LockTarget &t) { return forceReleaseLock(rt, t); });
        });
    });
}

} // namespace noorm::cli
