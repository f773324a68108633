#include "lock/lock_heartbeat.h"

#include "db/connection.h"
#include "lock/lock_table.h"

#include <QDateTime>

#include <memory>
#include <utility>

namespace noorm {

LockHeartbeat::LockHeartbeat(Config config, QString projectRoot, QString configName, QString lockedBy, std::chrono::milliseconds timeout)
    : m_config(std::move(config)), m_projectRoot(std::move(projectRoot)), m_configName(std::move(configName)),
      m_lockedBy(std::move(lockedBy)), m_timeout(timeout), m_thread([this] { run(); })
{
}

LockHeartbeat::~LockHeartbeat()
{
    {
        std::lock_guard<std::mutex> hold(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

Status LockHeartbeat::state() const
{
    std::lock_guard<std::mutex> hold(m_mutex);
    if (m_lost)
        return *m_lost;
    return {};
}

int LockHeartbeat::renewals() const
{
    std::lock_guard<std::mutex> hold(m_mutex);
    return m_renewals;
}

void LockHeartbeat::run()
{
    std::unique_ptr<Connection> connection; // opened, used and closed on this thread
    const auto every = std::max(m_timeout / 3, std::chrono::milliseconds(1));
    for (;;) {
        {
            std::unique_lock<std::mutex> hold(m_mutex);
            if (m_wake.wait_for(hold, every, [this] { return m_stop; }))
                break;
        }
        if (!connection) {
            Result<std::unique_ptr<Connection>> opened = Connection::open(m_config, m_projectRoot);
            if (!opened)
                continue; // the server may be back at the next wake; the holder's own connection decides the run
            connection = std::move(opened).value();
        }
        LockTable table(*connection);
        const Result<bool> kept = table.setExpiry(m_configName, m_lockedBy, QDateTime::currentDateTimeUtc().addMSecs(m_timeout.count()));
        if (!kept)
            continue;
        std::lock_guard<std::mutex> hold(m_mutex);
        if (*kept) {
            ++m_renewals;
            continue;
        }
        const Result<std::optional<LockInfo>> now = table.read(m_configName);
        m_lost = now && now->has_value()
                     ? Error::lockHeld(QStringLiteral("Lock for '%1' was lost: now held by %2").arg(m_configName, (*now)->describe()))
                     : Error::failed(QStringLiteral("Lock for '%1' was lost: its row is gone (it expired and was removed, or was "
                                                    "force-released)")
                                         .arg(m_configName));
        break;
    }
}

} // namespace noorm
