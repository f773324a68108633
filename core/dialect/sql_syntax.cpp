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

std::optional<QString> SqlSyntax::literal(const QVariant &value) const
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return value.toString();
    case QMetaType::QString:
        return stringLiteral(value.toString());
    default:
        return std::nullopt;
    }
}

std::optional<QString> SqlSyntax::withLiterals(const QString &sql, const QVariantList &binds) const
{
    QString out;
    out.reserve(sql.size() + binds.size() * 16);
    qsizetype next = 0;
    QChar quote; // the quote of the literal or identifier being copied, if any
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            out += c;
            if (c == quote) // a doubled quote closes and reopens: same result
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            quote = c;
            out += c;
        } else if (c == QLatin1Char('?')) {
            if (next >= binds.size())
                return std::nullopt;
            const std::optional<QString> value = literal(binds.at(next++));
            if (!value)
                return std::nullopt;
            out += *value;
        } else {
            out += c;
        }
    }
    if (next != binds.size() || !quote.isNull())
        return std::nullopt;
    return out;
}

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
