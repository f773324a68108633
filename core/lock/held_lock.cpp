#include "lock/held_lock.h"

#include "lock/lock_heartbeat.h"
#include "lock/lock_table.h"

#include <algorithm>
#include <utility>

namespace noorm {

HeldLock::HeldLock(Connection &connection, LockInfo info, std::chrono::milliseconds timeout, bool owner)
    : m_connection(&connection), m_info(std::move(info)), m_timeout(timeout),
      m_renewedAt(std::chrono::steady_clock::now()), m_owner(owner)
{
}

HeldLock::HeldLock(HeldLock &&other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr)), m_info(std::move(other.m_info)),
      m_timeout(other.m_timeout), m_renewedAt(other.m_renewedAt), m_owner(other.m_owner),
      m_heartbeat(std::move(other.m_heartbeat))
{
}

HeldLock &HeldLock::operator=(HeldLock &&other) noexcept
{
    if (this != &other) {
        (void)release();
        m_connection = std::exchange(other.m_connection, nullptr);
        m_info = std::move(other.m_info);
        m_timeout = other.m_timeout;
        m_renewedAt = other.m_renewedAt;
        m_owner = other.m_owner;
        m_heartbeat = std::move(other.m_heartbeat);
    }
    return *this;
}

HeldLock::~HeldLock() { (void)release(); }

Status HeldLock::renew()
{
    if (!m_connection)
        return Error::failed(tr("The lock of '%1' is no longer held here").arg(m_info.configName));
    const QDateTime expiry =
        std::max(m_info.expiresAt, QDateTime::currentDateTimeUtc().addMSecs(m_timeout.count()));
    Result<bool> kept = LockTable(*m_connection).setExpiry(m_info.configName, m_info.lockedBy, expiry);
    if (!kept)
        return kept.error();
    if (!*kept)
        return lostError();
    m_info.expiresAt = expiry;
    m_renewedAt = std::chrono::steady_clock::now();
    return {};
}

bool HeldLock::renewalDue(std::chrono::steady_clock::time_point now) const
{
    return !m_connection || now - m_renewedAt >= m_timeout / 3;
}

void HeldLock::keepAlive(const Config &config, const QString &projectRoot)
{
    if (!m_connection || !m_owner || m_heartbeat)
        return;
    m_heartbeat = std::make_unique<LockHeartbeat>(config, projectRoot, m_info.configName, m_info.lockedBy, m_timeout);
}

Status HeldLock::renewIfDue(std::chrono::steady_clock::time_point now)
{
    if (m_heartbeat) {
        // Renewing here too would write the row inside the caller's transaction, where the
        // heartbeat's write would wait for it: the heartbeat renews, this only looks.
        if (Status held = m_heartbeat->state(); !held) {
            m_heartbeat.reset();
            m_connection = nullptr; // lost: nothing of ours to release
            return held;
        }
        return {};
    }
    return renewalDue(now) ? renew() : Status();
}

Status HeldLock::release()
{
    m_heartbeat.reset(); // stopped first: it must not renew a row being deleted
    Connection *connection = std::exchange(m_connection, nullptr);
    if (!connection || !m_owner)
        return {};
    Result<bool> removed = LockTable(*connection).remove(m_info.configName, m_info.lockedBy);
    if (!removed)
        return removed.error();
    if (!*removed)
        return Error::failed(tr("The lock of '%1' was no longer held by %2 when it was released")
                                  .arg(m_info.configName, m_info.lockedBy));
    return {};
}

LockInfo HeldLock::detach()
{
    m_heartbeat.reset();
    m_connection = nullptr;
    return m_info;
}

Error HeldLock::lostError()
{
    Connection *connection = std::exchange(m_connection, nullptr);
    Result<std::optional<LockInfo>> now = LockTable(*connection).read(m_info.configName);
    if (!now)
        return now.error();
    if (now->has_value())
        return Error::lockHeld(
            QStringLiteral("Lock for '%1' was lost: now held by %2").arg(m_info.configName, (*now)->describe()));
    return Error::failed(tr("Lock for '%1' was lost: its row is gone (it expired and was removed, or was "
                                         "force-released)")
                              .arg(m_info.configName));
}

} // namespace noorm
