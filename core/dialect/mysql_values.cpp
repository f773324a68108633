#include "dialect/mysql_values.h"

#include "dialect/libmariadb.h"

#include <QDate>
#include <QDateTime>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>

namespace noorm {

namespace {

class MysqlServerValues final : public ServerValues {
public:
    MysqlServerValues(const QSqlQuery &query, void *result, const LibMariadb &lib) : m_query(query), m_result(result), m_lib(lib) {}

    QList<int> text;  // bytes to Qt, text in UTF-8 (the connection's character set) on the server
    QList<int> dates; // dates and times, which Qt reads as no date when they are zero
    QList<int> bits;  // BIT(n)

    std::optional<int> metaType(int column) const override
    {
        if (text.contains(column))
            return QMetaType::QString;
        if (bits.contains(column))
            return QMetaType::ULongLong;
        return std::nullopt;
    }

    void put(QVariantList &values) override
    {
        for (const int i : std::as_const(text))
            values[i] = values.at(i).isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString::fromUtf8(values.at(i).toByteArray()));
        // A date QMYSQL could not read is MySQL's zero date (or one with zero parts, which
        // the driver leaves no text of): written as the server writes the zero date.
        for (const int i : std::as_const(dates)) {
            const QVariant &v = values.at(i);
            if (v.isNull())
                continue;
            if (v.typeId() == QMetaType::QDate && !v.toDate().isValid())
                values[i] = QStringLiteral("0000-00-00");
            else if (v.typeId() == QMetaType::QDateTime && !v.toDateTime().isValid())
                values[i] = QStringLiteral("0000-00-00 00:00:00");
        }
        if (!bits.isEmpty())
            putBits(values);
    }

private:
    // A BIT's value is its bytes, most significant first; Qt read them as UTF-8, so they are
    // read again from the row QMYSQL fetched. The stored result's cursor is left where Qt's
    // fetch left it (the next row), and each row's offset is the one after the row before,
    // so reading a result row by row costs one step per row.
    void putBits(QVariantList &values)
    {
        const int at = m_query.at();
        if (at < 0 || qulonglong(at) >= m_lib.numRows(m_result))
            return; // not a stored result's row: leave the values as Qt read them
        if (at == m_nextAt && m_next)
            m_lib.rowSeek(m_result, m_next);
        else
            m_lib.dataSeek(m_result, qulonglong(at));
        char **row = m_lib.fetchRow(m_result);
        const unsigned long *lengths = row ? m_lib.fetchLengths(m_result) : nullptr;
        m_next = m_lib.rowTell(m_result);
        m_nextAt = at + 1;
        if (!row || !lengths)
            return;
        for (const int i : std::as_const(bits)) {
            if (!row[i]) {
                values[i] = QVariant(QMetaType(QMetaType::ULongLong));
                continue;
            }
            qulonglong number = 0;
            for (unsigned long b = 0; b < lengths[i] && b < 8; ++b)
                number = (number << 8) | static_cast<unsigned char>(row[i][b]);
            values[i] = QVariant(number);
        }
    }

    const QSqlQuery &m_query;
    void *const m_result;
    const LibMariadb m_lib;
    void *m_next = nullptr; // the offset of row m_nextAt
    int m_nextAt = -1;
};

} // namespace

std::unique_ptr<ServerValues> mysqlServerValues(const QSqlQuery &query)
{
    const QSqlResult *result = query.result();
    const QVariant handle = result ? result->handle() : QVariant();
    // QMYSQL's handle: the result (MYSQL_RES, whose struct is st_mysql_res).
    const bool isResult = qstrcmp(handle.typeName(), "MYSQL_RES*") == 0 || qstrcmp(handle.typeName(), "st_mysql_res*") == 0;
    void *stored = isResult ? *static_cast<void *const *>(handle.constData()) : nullptr;
    const std::optional<LibMariadb> lib = stored ? loadedLibMariadb() : std::nullopt;
    auto values = std::make_unique<MysqlServerValues>(query, stored, lib.value_or(LibMariadb{}));
    const QSqlRecord record = query.record();
    bool fieldsRead = lib.has_value(); // the columns' descriptions, as laid out above
    for (int i = 0; i < record.count(); ++i) {
        const int qtType = record.field(i).metaType().id();
        if (qtType == QMetaType::QDate || qtType == QMetaType::QDateTime) {
            values->dates << i;
            continue;
        }
        const MysqlFieldHead *field = fieldsRead ? lib->fetchFieldDirect(stored, unsigned(i)) : nullptr;
        if (!field || !field->name || QString::fromUtf8(field->name, qsizetype(field->nameLength)) != record.fieldName(i)) {
            fieldsRead = false; // not the layout written out above: take nothing from it
            values->text.clear();
            values->bits.clear();
            continue;
        }
        if (qtType == QMetaType::QByteArray && field->charsetnr != mysql::kBinaryCharset)
            values->text << i;
        else if (field->type == mysql::Bit)
            values->bits << i;
    }
    if (values->text.isEmpty() && values->dates.isEmpty() && values->bits.isEmpty())
        return nullptr;
    return values;
}

} // namespace noorm
