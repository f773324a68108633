#include "dialect/mysql_rows.h"

#include "common/double_text.h"
#include "dialect/libmariadb.h"
#include "dialect/native_handle.h"

#include <QMetaType>
#include <QSqlDatabase>

#include <charconv>
#include <cstring>
#include <vector>

namespace noorm {

namespace {

// How a column's values are written, and the type QMYSQL (with ServerValues) gives them.
enum class Kind { Signed, Unsigned, Float, Text, Bytes, Bit };
struct Column {
    Kind kind = Kind::Text;
    int valueType = QMetaType::QString; // a value's QVariant type (the column's may differ: Char holds an int)
};

// QMYSQL's type for a field (its qDecodeMYSQLType: the record's type, `recordType`) and
// how its values come (its data(), under HighPrecision: a DECIMAL is the server's text),
// with ServerValues' corrections: text in a binary collation is text, a BIT and a FLOAT or
// DOUBLE a number, a date or time the server's text.
Column columnOf(const MysqlFieldHead &f, int &recordType)
{
    const bool isUnsigned = f.flags & mysql::kUnsignedFlag;
    switch (f.type) {
    case mysql::Tiny:
        recordType = isUnsigned ? QMetaType::UChar : QMetaType::Char;
        return {isUnsigned ? Kind::Unsigned : Kind::Signed, isUnsigned ? QMetaType::UInt : QMetaType::Int};
    case mysql::Short:
        recordType = isUnsigned ? QMetaType::UShort : QMetaType::Short;
        return {isUnsigned ? Kind::Unsigned : Kind::Signed, isUnsigned ? QMetaType::UInt : QMetaType::Int};
    case mysql::Long: case mysql::Int24:
        recordType = isUnsigned ? QMetaType::UInt : QMetaType::Int;
        return {isUnsigned ? Kind::Unsigned : Kind::Signed, recordType};
    case mysql::Year:
        recordType = QMetaType::Int;
        return {Kind::Signed, QMetaType::Int};
    case mysql::LongLong:
        recordType = isUnsigned ? QMetaType::ULongLong : QMetaType::LongLong;
        return {isUnsigned ? Kind::Unsigned : Kind::Signed, recordType};
    case mysql::Bit:
        recordType = QMetaType::ULongLong;
        return {Kind::Bit, QMetaType::ULongLong};
    case mysql::Float: case mysql::Double:
        recordType = QMetaType::Double;
        return {Kind::Float, QMetaType::Double};
    case mysql::Decimal: case mysql::NewDecimal:
        recordType = QMetaType::Double;
        return {Kind::Text, QMetaType::QString};
    case mysql::Date:
        recordType = QMetaType::QDate;
        return {Kind::Text, QMetaType::QString}; // its text, as ServerValues gives it
    case mysql::DateTime: case mysql::Timestamp:
        recordType = QMetaType::QDateTime;
        return {Kind::Text, QMetaType::QString}; // its text, as ServerValues gives it
    case mysql::String: case mysql::VarString: case mysql::Blob: case mysql::TinyBlob: case mysql::MediumBlob:
    case mysql::LongBlob: case mysql::Geometry: case mysql::Json:
        if ((f.flags & mysql::kBinaryFlag) && f.charsetnr == mysql::kBinaryCharset) {
            recordType = QMetaType::QByteArray;
            return {Kind::Bytes, QMetaType::QByteArray};
        }
        break;
    default: // TIME (beyond a day), ENUM, SET and the rest: text
        break;
    }
    recordType = QMetaType::QString;
    return {Kind::Text, QMetaType::QString};
}

// An error as QMYSQL's qMakeError words it.
QSqlError driverError(const LibMariadb &lib, void *mysql, const char *what)
{
    return QSqlError(QStringLiteral("QMYSQL: ") + QLatin1String(what), QString::fromUtf8(lib.errorText(mysql)),
                     QSqlError::StatementError, QString::number(lib.errorNumber(mysql)));
}

// The results the connection still has (a statement that gave several), read and freed, as
// QMYSQL's cleanup does: until then the connection takes no other statement.
void drainResults(const LibMariadb &lib, void *mysql)
{
    while (lib.moreResults(mysql) && lib.nextResult(mysql) == 0) {
        if (void *rest = lib.storeResult(mysql))
            lib.freeResult(rest);
    }
}

class MysqlRows final : public BufferedRows {
public:
    MysqlRows(const LibMariadb &lib, void *mysql) : m_lib(lib), m_mysql(mysql) {}
    ~MysqlRows() override
    {
        if (m_result)
            m_lib.freeResult(m_result); // reads the rows not read yet, as the protocol needs
        drainResults(m_lib, m_mysql);
    }

    // Runs the statement; false when it gave no result set (it ran) or a column this reader
    // cannot read (then nothing is taken from it).
    bool start(const QByteArray &statement)
    {
        // The server gives up on a client that reads no row for net_write_timeout (60 s by
        // default) and drops the connection: a reader paused for longer (`| less`) must not
        // lose it. A statement of its own, a round trip, not one script with the statement:
        // that needs multi-statements, and would move the server's "at line N".
        // Should the server refuse it, the rows come all the same.
        static constexpr char kPatient[] = "SET SESSION net_write_timeout = 31536000";
        (void)m_lib.realQuery(m_mysql, kPatient, sizeof kPatient - 1);
        if (m_lib.realQuery(m_mysql, statement.constData(), static_cast<unsigned long>(statement.size())) != 0) {
            m_startError = driverError(m_lib, m_mysql, "Unable to execute query");
            return true;
        }
        m_result = m_lib.useResult(m_mysql);
        if (!m_result) {
            if (m_lib.fieldCount(m_mysql) == 0)
                return false;
            m_startError = driverError(m_lib, m_mysql, "Unable to store result");
            return true;
        }
        QList<NativeColumn> columns;
        const unsigned int width = m_lib.numFields(m_result);
        for (unsigned int i = 0; i < width; ++i) {
            const MysqlFieldHead *f = m_lib.fetchFieldDirect(m_result, i);
            if (!f || !f->name || std::strlen(f->name) != f->nameLength)
                return false; // not the layout libmariadb.h writes out
            int recordType = 0;
            m_kinds.push_back(columnOf(*f, recordType));
            columns << NativeColumn{QString::fromUtf8(f->name, qsizetype(f->nameLength)), recordType};
        }
        setColumns(std::move(columns));
        return true;
    }

private:
    bool advance() override
    {
        if (!m_result)
            return false;
        m_row = m_lib.fetchRow(m_result);
        if (m_row) {
            m_lengths = m_lib.fetchLengths(m_result);
            return true;
        }
        if (m_lib.errorNumber(m_mysql) != 0) // the server stopped part-way (killed, a function that failed)
            m_error = driverError(m_lib, m_mysql, "Unable to store result");
        return false;
    }

    void read(int column, NativeValue &v) override
    {
        const Column &c = m_kinds[size_t(column)];
        const char *text = m_row[column];
        if (!text) {
            v.isNull = true;
            v.typeId = m_columns.at(column).typeId;
            return;
        }
        const size_t length = m_lengths[column];
        v.typeId = c.valueType;
        switch (c.kind) {
        case Kind::Text:
            v.text = std::string_view(text, length); // valid until the next fetch
            return;
        case Kind::Signed: { // parsed and written again, as QMYSQL's toInt(): ZEROFILL's zeros go
            long long n = 0;
            std::from_chars(text, text + length, n);
            appendNumber(n);
            return;
        }
        case Kind::Unsigned: {
            unsigned long long n = 0;
            std::from_chars(text, text + length, n);
            appendNumber(n);
            return;
        }
        case Kind::Float: { // as ServerValues reads it (QString::toDouble), written as Qt writes a double
            double d = 0;
            std::from_chars(text, text + length, d);
            appendDoubleText(buffer(), d);
            return;
        }
        case Kind::Bit:
            appendNumber(mysql::bitValue(text, length));
            return;
        case Kind::Bytes:
            appendHex(reinterpret_cast<const unsigned char *>(text), length);
            return;
        }
    }

    const LibMariadb m_lib;
    void *const m_mysql;
    void *m_result = nullptr;
    std::vector<Column> m_kinds;
    char **m_row = nullptr;
    const unsigned long *m_lengths = nullptr;
};

} // namespace

std::unique_ptr<NativeRowReader> readMysqlRows(const QSqlDatabase &db, const QString &statement)
{
    void *mysql = nativeHandle<void>(db, "MYSQL*");
    if (!mysql)
        mysql = nativeHandle<void>(db, "st_mysql*");
    const std::optional<LibMariadb> lib = mysql ? loadedLibMariadb() : std::nullopt;
    if (!lib)
        return nullptr;
    auto reader = std::make_unique<MysqlRows>(*lib, mysql);
    if (!reader->start(statement.toUtf8()))
        return nullptr;
    return reader;
}

} // namespace noorm
