#include "sql/sql_value.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QTime>

namespace noorm {

namespace {

QString hexText(const QByteArray &bytes) { return QStringLiteral("\\x") + QString::fromLatin1(bytes.toHex()); }

} // namespace

QString sqlValueText(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("[NULL]");
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return hexText(value.toByteArray());
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODateWithMs);
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return value.toTime().toString(Qt::ISODateWithMs);
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return value.toString();
    }
}

QJsonValue sqlValueJson(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::QByteArray)
        return hexText(v.toByteArray());
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::Int: case QMetaType::UInt: case QMetaType::Short: case QMetaType::UShort:
        return v.toInt();
    case QMetaType::LongLong: case QMetaType::ULongLong: {
        const qint64 n = v.toLongLong();
        // Beyond 2^53 a JSON number loses digits in most readers: give those as text.
        if (n > (qint64(1) << 53) || n < -(qint64(1) << 53))
            return v.toString();
        return n;
    }
    case QMetaType::Double: case QMetaType::Float:
        return v.toDouble();
    default:
        return sqlValueText(v);
    }
}

} // namespace noorm
