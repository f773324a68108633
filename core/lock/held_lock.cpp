#include "lock/held_lock.h"

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
      m_timeout(other.m_timeout), m_renewedAt(other.m_renewedAt), m_owner(other.m_owner)
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

Status HeldLock::renewIfDue(std::chrono::steady_clock::time_point now)
{
    return renewalDue(now) ? renew() : Status();
}

Status HeldLock::release()
{
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
