#include "sql/sql_value.h"

#include "common/double_text.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QTime>

#include <charconv>
#include <cmath>

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
    case QMetaType::Double: {
        std::string text; // the native rows' text: "Infinity" and "NaN" as psql writes them
        appendDoubleText(text, value.toDouble());
        return QString::fromLatin1(text.data(), qsizetype(text.size()));
    }
    default:
        return value.toString();
    }
}

void appendSqlValueText(std::string &out, const QVariant &value, QStringEncoder &utf8)
{
    const auto appendNumber = [&out](auto n) {
        char digits[24];
        const std::to_chars_result end = std::to_chars(digits, digits + sizeof digits, n);
        out.append(digits, end.ptr - digits);
    };
    const auto appendText = [&out, &utf8](const QString &text) {
        const size_t at = out.size();
        out.resize(at + size_t(utf8.requiredSpace(text.size())));
        out.resize(size_t(utf8.appendToBuffer(out.data() + at, text) - out.data()));
    };
    if (!value.isNull()) {
        switch (value.typeId()) {
        case QMetaType::Int: case QMetaType::Short: return appendNumber(value.toInt());
        case QMetaType::UInt: case QMetaType::UShort: return appendNumber(value.toUInt());
        case QMetaType::LongLong: return appendNumber(value.toLongLong());
        case QMetaType::ULongLong: return appendNumber(value.toULongLong());
        case QMetaType::Double: return appendDoubleText(out, value.toDouble());
        case QMetaType::QString: return appendText(*static_cast<const QString *>(value.constData()));
        default: break;
        }
    }
    appendText(sqlValueText(value));
}

QVariant nativeValueVariant(const NativeValue &value)
{
    if (value.isNull)
        return value.typeId ? QVariant(QMetaType(value.typeId)) : QVariant();
    const std::string_view text = value.text;
    const auto number = [text](auto n) {
        std::from_chars(text.data(), text.data() + text.size(), n);
        return QVariant::fromValue(n);
    };
    switch (value.typeId) {
    case QMetaType::Bool: return text == "true";
    case QMetaType::Int: return number(int(0));
    case QMetaType::UInt: return number(uint(0));
    case QMetaType::LongLong: return number(qlonglong(0));
    case QMetaType::ULongLong: return number(qulonglong(0));
    case QMetaType::Double: return number(double(0));
    case QMetaType::QByteArray: // \x hex
        return QByteArray::fromHex(QByteArray::fromRawData(text.data(), qsizetype(text.size())).mid(2));
    default: return QString::fromUtf8(text.data(), qsizetype(text.size()));
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
    // Beyond 2^53 a JSON number loses digits in most readers: give those as text.
    case QMetaType::LongLong: {
        const qint64 n = v.toLongLong();
        if (n > (qint64(1) << 53) || n < -(qint64(1) << 53))
            return v.toString();
        return n;
    }
    case QMetaType::ULongLong: {
        const quint64 n = v.toULongLong(); // BIGINT UNSIGNED: read as signed, its top half was negative
        if (n > (quint64(1) << 53))
            return v.toString();
        return qint64(n);
    }
    case QMetaType::Double: case QMetaType::Float: {
        // JSON has no infinity or NaN (QJsonValue writes null, which reads as SQL NULL): they
        // are given as text, as PostgreSQL writes them.
        const double d = v.toDouble();
        if (std::isnan(d))
            return QStringLiteral("NaN");
        if (std::isinf(d))
            return d < 0 ? QStringLiteral("-Infinity") : QStringLiteral("Infinity");
        return d;
    }
    default:
        return sqlValueText(v);
    }
}

QStringList jsonKeys(const QStringList &names)
{
    const QSet<QString> named(names.begin(), names.end());
    QSet<QString> used;
    QStringList keys;
    keys.reserve(names.size());
    for (const QString &name : names) {
        QString key = name;
        for (int n = 2; used.contains(key); ++n) {
            key = name + QLatin1Char('_') + QString::number(n);
            if (named.contains(key))
                key = name; // another column's own name: try the next number
        }
        used.insert(key);
        keys << key;
    }
    return keys;
}

} // namespace noorm
