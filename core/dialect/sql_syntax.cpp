#include "dialect/sql_syntax.h"

#include <QStringList>

namespace noorm {

namespace {

QString quoted(const QString &text, QChar quote)
{
    QString escaped = text;
    escaped.replace(quote, QString(2, quote));
    return quote + escaped + quote;
}

} // namespace

QString SqlSyntax::quoteIdentifier(const QString &identifier) const { return quoted(identifier, QLatin1Char('"')); }

QString SqlSyntax::quoteString(const QString &value) const { return quoted(value, QLatin1Char('\'')); }

QString SqlSyntax::selectLimitSql(const QString &body, int limit) const
{
    return QStringLiteral("SELECT %1 LIMIT %2").arg(body).arg(limit);
}

QString SqlSyntax::placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace noorm
