#include "sql/paged_results.h"

#include "sql/statement_kind.h"

namespace noorm {

QList<QVariantList> ResultPages::take(qint64 max)
{
    QMutexLocker locker(&m_mutex);
    const qint64 n = std::min<qint64>(max, m_rows.size());
    QList<QVariantList> out(m_rows.begin(), m_rows.begin() + n);
    m_rows.erase(m_rows.begin(), m_rows.begin() + n);
    m_taken += n;
    m_room.wakeAll();
    return out;
}

void ResultPages::want(qint64 rows)
{
    QMutexLocker locker(&m_mutex);
    m_allowed += rows;
    m_room.wakeAll();
}

bool ResultPages::hasMore() const
{
    QMutexLocker locker(&m_mutex);
    return !m_rows.isEmpty() || (!m_finished && !m_cancelled);
}

bool ResultPages::isFinished() const
{
    QMutexLocker locker(&m_mutex);
    return m_finished;
}

qint64 ResultPages::taken() const
{
    QMutexLocker locker(&m_mutex);
    return m_taken;
}

qint64 ResultPages::dropped() const
{
    QMutexLocker locker(&m_mutex);
    return m_dropped;
}

ResultPages::Pushed ResultPages::push(const QVariantList &row)
{
    QMutexLocker locker(&m_mutex);
    if (m_keepAtMost) {
        if (m_cancelled)
            return Pushed::Cancelled;
        if (m_pushed >= *m_keepAtMost) {
            ++m_dropped;
            return Pushed::More;
        }
        const bool first = m_rows.isEmpty();
        m_rows << row;
        ++m_pushed;
        return first ? Pushed::First : Pushed::More;
    }
    // A window ahead of what was asked for, and of what is still waiting to be taken.
    while (!m_cancelled && (m_pushed >= m_allowed + m_window || qint64(m_rows.size()) >= m_window))
        m_room.wait(&m_mutex);
    if (m_cancelled)
        return Pushed::Cancelled;
    const bool first = m_rows.isEmpty();
    m_rows << row;
    ++m_pushed;
    return first ? Pushed::First : Pushed::More;
}

void ResultPages::finish()
{
    QMutexLocker locker(&m_mutex);
    m_finished = true;
}

void ResultPages::cancel()
{
    QMutexLocker locker(&m_mutex);
    m_cancelled = true;
    m_room.wakeAll();
}

void PagedResults::cancel()
{
    QMutexLocker locker(&m_mutex);
    m_cancelled = true;
    if (m_current)
        m_current->cancel();
}

Status PagedResults::started(const ScriptStart &script)
{
    m_statements = script.statements;
    return {};
}

Status PagedResults::resultSet(const StatementOutcome &statement)
{
    // A CALL's result sets come one after another on the connection: none of them can wait
    // for the reader, or the next would never come.
    const bool last = statement.index >= m_statements - 1 && !statementMayGiveSeveralResults(statement.text);
    auto pages = std::make_shared<ResultPages>(statement.columns, statement.text, m_window,
                                               last ? std::nullopt : std::optional<qint64>(m_keepOfEarlier));
    {
        QMutexLocker locker(&m_mutex);
        if (m_cancelled)
            return Error::cancelled(QStringLiteral("Cancelled"));
        m_current = pages;
    }
    if (m_callbacks.onResultSet)
        m_callbacks.onResultSet(pages);
    return {};
}

Status PagedResults::row(const QVariantList &values)
{
    std::shared_ptr<ResultPages> pages;
    {
        QMutexLocker locker(&m_mutex);
        pages = m_current;
    }
    if (!pages)
        return {};
    const ResultPages::Pushed pushed = pages->push(values);
    if (pushed == ResultPages::Pushed::Cancelled) {
        pages->finish(); // what arrived is all there will be
        if (m_callbacks.onRows)
            m_callbacks.onRows(pages);
        return Error::cancelled(QStringLiteral("Cancelled while its rows were read"));
    }
    if (pushed == ResultPages::Pushed::First && m_callbacks.onRows)
        m_callbacks.onRows(pages);
    return {};
}

Status PagedResults::finished(const StatementOutcome &statement)
{
    std::shared_ptr<ResultPages> pages;
    {
        QMutexLocker locker(&m_mutex);
        pages = std::exchange(m_current, nullptr);
    }
    if (pages)
        pages->finish();
    if (m_callbacks.onStatement)
        m_callbacks.onStatement(statement);
    if (pages && m_callbacks.onRows)
        m_callbacks.onRows(pages); // the reader learns it is complete
    return {};
}

} // namespace noorm
