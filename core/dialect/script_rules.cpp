#include "dialect/script_rules.h"

namespace noorm {

Result<QList<SqlStatement>> ScriptRules::split(const QString &script, const QString &fileName) const
{
    return StatementSplitter(splitRules()).split(script, fileName);
}

} // namespace noorm
