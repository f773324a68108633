#include "lock/lock.h"

#include "lock/lock_table.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSysInfo>
#include <algorithm>
#include <cerrno>
#include <thread>

#include <signal.h>

namespace noorm {

namespace {

constexpr int kColumnLength = 255; // locked_by and reason are varchar(255)
// Rows can change hands between the statements of one try (released, renewed, taken);
// each statement is atomic, so trying again settles it within a few rounds.
constexpr int kSettleRounds = 5;
constexpr std::chrono::milliseconds kCancelCheckInterval{50};

bool isCancelled(const Cancellation *cancellation) { return cancellation && cancellation->isCancelled(); }

// Whether a process of this machine took the row (its processTag, " (pid N on HOST)" at the
// end) and has ended: a holder killed with SIGKILL, which could not release it. Not a row of
// another machine, of a session (`lock acquire`), of the original (which tags no process),
// or of a process that still runs (or whose pid another took).
bool deadLocalHolder(const LockInfo &row)
{
    static const QRegularExpression tag(QStringLiteral(" \\(pid (\\d+) on (.+)\\)$"));
    const QRegularExpressionMatch m = tag.match(row.lockedBy);
    if (!m.hasMatch() || m.captured(2) != QSysInfo::machineHostName())
        return false;
    bool ok = false;
    const qint64 pid = m.captured(1).toLongLong(&ok);
    if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH; // EPERM: another user's process, alive
}

Error heldError(const QString &configName, const LockInfo &holder)
{
    return Error::lockHeld(tr("Lock for '%1' held by %2").arg(configName, holder.describe()));
}

Error interruptedError(const QString &configName, const LockInfo &holder)
{
    return Error::cancelled(
        QStringLiteral("Stopped waiting for the lock of '%1', held by %2").arg(configName, holder.describe()));
}

} // namespace

Status Lock::checkOptions(const LockOptions &options)
{
    if (options.timeout.count() <= 0)
        return Error::invalidInput(
            QStringLiteral("The lock timeout must be more than 0 ms (got %1 ms)").arg(options.timeout.count()));
    // Its expiry must be a time every database's timestamp holds (MySQL's DATETIME failed on
    // year 275817 as an execution error).
    constexpr std::chrono::milliseconds kLongest = std::chrono::hours(24 * 3660);
    if (options.timeout > kLongest)
        return Error::invalidInput(QStringLiteral("The lock timeout must be at most 10 years (got %1 days)")
                                       .arg(options.timeout.count() / (24 * 3600 * 1000)));
    if (options.wait.count() < 0)
        return Error::invalidInput(tr("The lock wait must not be negative (got %1 ms)").arg(options.wait.count()));
    if (options.pollInterval.count() <= 0)
        return Error::invalidInput(tr("The lock poll interval must be more than 0 ms (got %1 ms)")
                                .arg(options.pollInterval.count()));
    return {};
}

QString LockInfo::describe() const
{
    QString text = QStringLiteral("%1 since %2, expires %3").arg(lockedBy, isoUtc(lockedAt), isoUtc(expiresAt));
    if (!reason.isEmpty())
        text += QStringLiteral(" (%1)").arg(reason);
    return text;
}

QString isoUtc(const QDateTime &time) { return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")); }

Lock::Lock(Connection &connection, QString configName, QString identity, LockScope scope)
    : m_connection(connection), m_configName(std::move(configName)), m_identity(std::move(identity)), m_scope(scope)
{
}

QString Lock::processTag()
{
    return QStringLiteral(" (pid %1 on %2)").arg(QCoreApplication::applicationPid()).arg(QSysInfo::machineHostName());
}

QString Lock::holderName() const
{
    if (m_scope == LockScope::Session)
        return m_identity.left(kColumnLength);
    const QString tag = processTag();
    return (m_identity.left(std::max<qsizetype>(0, kColumnLength - tag.size())) + tag).left(kColumnLength);
}

bool Lock::admits(const LockInfo &row) const
{
    // This process's own row, or the same identity's session row (as holderName() would
    // write it for LockScope::Session).
    return m_scope == LockScope::Process
           && (row.lockedBy == holderName() || row.lockedBy == m_identity.left(kColumnLength));
}

Result<std::variant<HeldLock, Lock::Blocked>> Lock::tryOnce(const LockOptions &options)
{
    using Outcome = std::variant<HeldLock, Blocked>;
    LockTable table(m_connection);
    for (int round = 0; round < kSettleRounds; ++round) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime expiry = now.addMSecs(options.timeout.count());
        if (Status removed = table.removeExpired(m_configName, now); !removed)
            return removed.error();
        LockInfo mine{m_configName, holderName(), now, expiry, options.reason.left(kColumnLength)};
        Result<bool> inserted = table.insert(mine);
        if (!inserted)
            return inserted.error();
        if (*inserted)
            return Outcome(HeldLock(m_connection, std::move(mine), options.timeout, true));

        Result<std::optional<LockInfo>> row = table.read(m_configName);
        if (!row)
            return row.error();
        if (!row->has_value())
            continue; // released since the INSERT
        LockInfo current = **row;
        if (!admits(current)) {
            // Its process was killed on this machine: the row goes (only that row, should
            // another have taken its place meanwhile), and the next round takes the lock.
            if (deadLocalHolder(current)) {
                if (Result<bool> freed = table.remove(m_configName, current.lockedBy); !freed)
                    return freed.error();
                continue;
            }
            return Outcome(Blocked{current});
        }
        // Re-entrant: extend the row, never shortening it, and leave it to its holder.
        current.expiresAt = std::max(current.expiresAt, expiry);
        Result<bool> kept = table.setExpiry(m_configName, current.lockedBy, current.expiresAt);
        if (!kept)
            return kept.error();
        if (*kept)
            return Outcome(HeldLock(m_connection, std::move(current), options.timeout, false));
    }
    return Error::failed(
        QStringLiteral("The lock of '%1' kept changing hands while acquiring it; try again").arg(m_configName));
}

bool Lock::sleepUnlessCancelled(std::chrono::milliseconds pause, const Cancellation *cancellation)
{
    // Short steps, so a cancel is noticed at once rather than a poll later.
    const auto until = std::chrono::steady_clock::now() + pause;
    for (auto now = std::chrono::steady_clock::now(); now < until; now = std::chrono::steady_clock::now()) {
        if (isCancelled(cancellation))
            return false;
        std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(kCancelCheckInterval, until - now));
    }
    return !isCancelled(cancellation);
}

bool Lock::pauseBeforeRetry(const LockOptions &options, const LockInfo &blocking)
{
    if (options.pause)
        return options.pause(blocking, options.pollInterval) && !isCancelled(options.cancellation);
    return sleepUnlessCancelled(options.pollInterval, options.cancellation);
}

Result<HeldLock> Lock::acquire(const LockOptions &options)
{
    if (Status valid = checkOptions(options); !valid)
        return valid.error();
    if (isCancelled(options.cancellation))
        return Error::cancelled(tr("Acquiring the lock of '%1' was cancelled").arg(m_configName));
    // Count the retries rather than watch the clock: `wait` is a number of polls, so a
    // caller that drives the pauses itself (a GUI, a test) gets the same number of tries.
    const qint64 retries = options.wait.count() / options.pollInterval.count()
                           + (options.wait.count() % options.pollInterval.count() ? 1 : 0);
    for (qint64 retry = 0;; ++retry) {
        Result<std::variant<HeldLock, Blocked>> outcome = tryOnce(options);
        if (!outcome)
            return outcome.error();
        if (HeldLock *held = std::get_if<HeldLock>(&*outcome))
            return std::move(*held);
        const LockInfo &blocking = std::get<Blocked>(*outcome).by;
        if (retry >= retries)
            return heldError(m_configName, blocking);
        if (!pauseBeforeRetry(options, blocking))
            return interruptedError(m_configName, blocking);
    }
}

Result<std::optional<LockInfo>> Lock::status()
{
    Result<std::optional<LockInfo>> row = LockTable(m_connection).read(m_configName);
    if (!row)
        return row.error();
    if (row->has_value() && (*row)->expiresAt <= QDateTime::currentDateTimeUtc())
        return std::optional<LockInfo>();
    if (row->has_value())
        (*row)->holderEnded = deadLocalHolder(**row);
    return row;
}

Status Lock::release()
{
    LockTable table(m_connection);
    const QString me = holderName();
    const Error missing = Error::notFound(tr("No lock found for '%1' held by %2").arg(m_configName, me));
    Result<std::optional<LockInfo>> row = table.read(m_configName);
    if (!row)
        return row.error();
    if (!row->has_value())
        return missing;
    // The user's own process-scoped row whose process has ended (killed): theirs to release.
    const bool mineLeftBehind = deadLocalHolder(**row) && (*row)->lockedBy.startsWith(m_identity + QStringLiteral(" (pid "));
    if (mineLeftBehind) {
        Result<bool> removed = table.remove(m_configName, (*row)->lockedBy);
        if (!removed)
            return removed.error();
        return {};
    }
    if ((*row)->lockedBy != me)
        return Error::lockHeld(tr("Cannot release lock for '%1': held by %2, not %3")
                                   .arg(m_configName, (*row)->lockedBy, me));
    Result<bool> removed = table.remove(m_configName, me);
    if (!removed)
        return removed.error();
    if (!*removed)
        return missing;
    return {};
}

Result<std::optional<LockInfo>> Lock::forceRelease()
{
    LockTable table(m_connection);
    Result<std::optional<LockInfo>> row = table.read(m_configName);
    if (!row)
        return row.error();
    Result<bool> removed = table.removeAny(m_configName);
    if (!removed)
        return removed.error();
    if (!*removed)
        return std::optional<LockInfo>(); // released meanwhile
    return row;
}

} // namespace noorm
