#include "dialect/teardown_sql.h"

namespace noorm {

QString TeardownSql::qualified(const TableName &table) const
{
    const QString name = syntax().quoteIdentifier(table.name);
    return table.schema.isEmpty() ? name : syntax().quoteIdentifier(table.schema) + QLatin1Char('.') + name;
}

QString TeardownSql::quotedList(const QList<TableName> &tables) const
{
    QStringList names;
    for (const TableName &t : tables)
        names << qualified(t);
    return names.join(QStringLiteral(", "));
}

} // namespace noorm
