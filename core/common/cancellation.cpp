#include "common/cancellation.h"

namespace noorm {

void Cancellation::cancel()
{
    m_cancelled.store(true, std::memory_order_release);
    QMutexLocker lock(&m_mutex);
    if (m_interrupt)
        m_interrupt();
}

bool Cancellation::hasStatementInFlight() const
{
    QMutexLocker lock(&m_mutex);
    return bool(m_interrupt);
}

Cancellation::Scope Cancellation::statementInFlight(std::function<void()> interrupt)
{
    QMutexLocker lock(&m_mutex);
    m_interrupt = std::move(interrupt);
    return Scope(this);
}

Cancellation::Scope::~Scope()
{
    if (!m_owner)
        return;
    QMutexLocker lock(&m_owner->m_mutex); // waits for an interrupt under way
    m_owner->m_interrupt = {};
}

} // namespace noorm
