#include "dialect/catalog.h"

namespace noorm {

QString Catalog::andEquals(const QString &column, const QString &value) const
{
    if (value.isEmpty())
        return {};
    return QStringLiteral(" AND %1 = %2").arg(column, syntax().quoteString(value));
}

QString Catalog::andAlso(const QString &condition)
{
    return condition.isEmpty() ? QString() : QStringLiteral(" AND ") + condition;
}

} // namespace noorm
