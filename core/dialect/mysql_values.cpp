#include "dialect/mysql_values.h"

#include "dialect/libmariadb.h"

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
    QList<int> dates; // DATE, DATETIME, TIMESTAMP: their own text, as the mysql client shows them
    QList<int> bits;  // BIT(n)
    QList<int> floats; // FLOAT, DOUBLE: numbers (Qt's HighPrecision gives their text, as for a DECIMAL)

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
        for (const int i : std::as_const(floats))
            values[i] = values.at(i).isNull() ? QVariant(QMetaType(QMetaType::Double)) : QVariant(values.at(i).toString().toDouble());
        if (!bits.isEmpty() || !dates.isEmpty())
            putFromTheRow(values);
    }

private:
    // What Qt read from the row otherwise than the server wrote it, read again from the row
    // QMYSQL fetched: a BIT's value is its bytes, most significant first (Qt read them as
    // UTF-8); a date its text (Qt's QDate and QDateTime keep milliseconds only and no zero
    // date). The stored result's cursor is left where Qt's fetch left it (the next row), and
    // each row's offset is the one after the row before, so reading a result row by row
    // costs one step per row.
    void putFromTheRow(QVariantList &values)
    {
        const int at = m_query.at();
        if (at < 0 || !m_result || qulonglong(at) >= m_lib.numRows(m_result))
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
            values[i] = QVariant(qulonglong(mysql::bitValue(row[i], lengths[i])));
        }
        for (const int i : std::as_const(dates)) {
            if (row[i]) // a NULL stays as Qt gave it, typed as its column
                values[i] = QString::fromLatin1(row[i], qsizetype(lengths[i]));
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
            if (lib)
                values->dates << i;
            continue;
        }
        const MysqlFieldHead *field = fieldsRead ? lib->fetchFieldDirect(stored, unsigned(i)) : nullptr;
        if (!field || !field->name || QString::fromUtf8(field->name, qsizetype(field->nameLength)) != record.fieldName(i)) {
            fieldsRead = false; // not the layout written out above: take nothing from it
            values->text.clear();
            values->bits.clear();
            values->floats.clear();
            continue;
        }
        if (qtType == QMetaType::QByteArray && field->charsetnr != mysql::kBinaryCharset)
            values->text << i;
        else if (field->type == mysql::Bit)
            values->bits << i;
        else if (field->type == mysql::Float || field->type == mysql::Double)
            values->floats << i;
    }
    if (values->text.isEmpty() && values->dates.isEmpty() && values->bits.isEmpty() && values->floats.isEmpty())
        return nullptr;
    return values;
}

} // namespace noorm
