#include "runner/statement_batches.h"

#include <algorithm>

namespace noorm {

StatementBatches::StatementBatches(const ScriptRules &rules, std::span<const SqlStatement> statements)
    : m_statements(statements)
{
    m_parts.reserve(statements.size());
    for (const SqlStatement &statement : statements) {
        // GO n batches and COPY data go their own ways (sqlcmd, psql); never in a batch.
        const bool plain = statement.repeat == 1 && !statement.copyData;
        m_parts.push_back(plain ? rules.batchPart(statement) : ScriptRules::BatchPart::Alone);
    }
}

int StatementBatches::sizeFrom(int first) const
{
    using Part = ScriptRules::BatchPart;
    const int total = int(m_parts.size());
    if (m_stopped || first >= total || m_parts[size_t(first)] == Part::Alone)
        return 1;
    int end = first;
    qsizetype chars = 0;
    while (end < total && end - first < m_limit) {
        const Part part = m_parts[size_t(end)];
        chars += m_statements[size_t(end)].text.size();
        if (part == Part::Alone || (end > first && chars > kMaxBatchChars))
            break;
        ++end;
        if (part == Part::Last)
            break;
    }
    return std::max(1, end - first);
}

void StatementBatches::ran(qint64 elapsedMs)
{
    if (elapsedMs >= kSlowBatchMs)
        m_stopped = true;
    else
        m_limit = std::min(m_limit * 4, kMaxBatchSize);
}

} // namespace noorm
