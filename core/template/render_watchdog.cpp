#include "template/render_watchdog.h"

namespace noorm {

RenderWatchdog::RenderWatchdog(QJSEngine *engine, std::chrono::milliseconds limit)
    : m_engine(engine), m_deadline(std::chrono::steady_clock::now() + limit)
{
    m_thread = std::thread([this] {
        std::unique_lock lock(m_mutex);
        if (!m_wake.wait_until(lock, m_deadline, [this] { return m_done; })) {
            m_fired = true;
            m_engine->setInterrupted(true); // documented as callable from any thread
        }
    });
}

RenderWatchdog::~RenderWatchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_wake.notify_all();
    m_thread.join();
    if (m_fired)
        m_engine->setInterrupted(false);
}

} // namespace noorm
