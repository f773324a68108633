#include "dialect/statement_splitter.h"

namespace noorm {

StatementSplitter::StatementSplitter(SplitRules rules) : m_rules(rules) {}

Result<QList<SqlStatement>> StatementSplitter::split(const QString &script, const QString &fileName) const
{
    Q_UNUSED(fileName);
    // Placeholder until the scanner lands: the whole script as one statement.
    QList<SqlStatement> out;
    const QString text = script.trimmed();
    if (!text.isEmpty())
        out.append(SqlStatement{text, 1, 1, 0, 1});
    return out;
}

} // namespace noorm
