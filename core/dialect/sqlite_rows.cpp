#include "dialect/sqlite_rows.h"

#include "common/double_text.h"
#include "dialect/client_libraries.h"
#include "dialect/native_handle.h"

#include <QMetaType>

#include <charconv>
#include <cstring>

namespace noorm {

namespace {

// QSQLITE's type for a declared column type (its qGetColumnType).
int declaredType(const char *declared)
{
    const QString type = QString::fromUtf8(declared).toLower();
    if (type == QLatin1String("integer") || type == QLatin1String("int"))
        return QMetaType::Int;
    if (type == QLatin1String("double") || type == QLatin1String("float") || type == QLatin1String("real")
        || type.startsWith(QLatin1String("numeric")))
        return QMetaType::Double;
    if (type == QLatin1String("blob"))
        return QMetaType::QByteArray;
    if (type == QLatin1String("boolean") || type == QLatin1String("bool"))
        return QMetaType::Bool;
    return QMetaType::QString;
}

// QSQLITE's type for an undeclared column (an expression), from its first value.
int storedType(int sqliteType)
{
    switch (sqliteType) {
    case SQLITE_INTEGER: return QMetaType::Int;
    case SQLITE_FLOAT: return QMetaType::Double;
    case SQLITE_BLOB: return QMetaType::QByteArray;
    case SQLITE_TEXT: return QMetaType::QString;
    default: return QMetaType::UnknownType;
    }
}

void appendHex(std::string &out, const unsigned char *bytes, int size)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    out += "\\x";
    for (int i = 0; i < size; ++i) {
        out.push_back(kDigits[bytes[i] >> 4]);
        out.push_back(kDigits[bytes[i] & 15]);
    }
}

class SqliteRows final : public NativeRowReader {
public:
    SqliteRows(const LibSqlite &lite, sqlite3 *db, sqlite3_stmt *statement) : m_lite(lite), m_db(db), m_statement(statement)
    {
        const int width = m_lite.sqlite3_column_count(statement);
        m_values.resize(size_t(width));
        m_spans.resize(size_t(width));
        // As QSQLITE's exec(): the first step, which also types the undeclared columns.
        m_pending = step();
        if (m_error) {
            m_startError = m_error;
            return;
        }
        for (int i = 0; i < width; ++i) {
            const char *declared = m_lite.sqlite3_column_decltype(statement, i);
            const int type = declared && *declared ? declaredType(declared)
                                                   : m_pending ? storedType(m_lite.sqlite3_column_type(statement, i))
                                                               : int(QMetaType::UnknownType);
            m_columns << NativeColumn{QString::fromUtf8(m_lite.sqlite3_column_name(statement, i)).remove(QLatin1Char('"')), type};
        }
    }
    ~SqliteRows() override { m_lite.sqlite3_finalize(m_statement); }

    std::optional<QSqlError> startError() const override { return m_startError; }
    const QList<NativeColumn> &columns() const override { return m_columns; }
    std::optional<QSqlError> error() const override { return m_error; }
    NativeRow row() const override { return m_values; }

    bool next() override
    {
        if (m_startError)
            return false;
        const bool has = m_pending ? std::exchange(m_pending, false) : step();
        if (!has)
            return false;
        m_buffer.clear();
        for (size_t i = 0; i < m_values.size(); ++i) {
            NativeValue &v = m_values[i];
            const int column = int(i);
            v.isNull = false;
            m_spans[i] = {std::string::npos, 0};
            switch (m_lite.sqlite3_column_type(m_statement, column)) {
            case SQLITE_NULL:
                v.typeId = QMetaType::QString;
                v.isNull = true;
                v.text = {};
                continue;
            case SQLITE_INTEGER: {
                v.typeId = QMetaType::LongLong;
                char digits[24];
                const char *end = std::to_chars(digits, digits + sizeof digits, sqlite3_int64(m_lite.sqlite3_column_int64(m_statement, column))).ptr;
                m_spans[i] = {m_buffer.size(), size_t(end - digits)};
                m_buffer.append(digits, size_t(end - digits));
                continue;
            }
            case SQLITE_FLOAT: {
                v.typeId = QMetaType::Double;
                const size_t at = m_buffer.size();
                appendDoubleText(m_buffer, m_lite.sqlite3_column_double(m_statement, column));
                m_spans[i] = {at, m_buffer.size() - at};
                continue;
            }
            case SQLITE_BLOB: {
                v.typeId = QMetaType::QByteArray;
                const auto *bytes = static_cast<const unsigned char *>(m_lite.sqlite3_column_blob(m_statement, column));
                const size_t at = m_buffer.size();
                appendHex(m_buffer, bytes, m_lite.sqlite3_column_bytes(m_statement, column));
                m_spans[i] = {at, m_buffer.size() - at};
                continue;
            }
            default: { // TEXT: SQLite's own UTF-8, valid until the next step
                v.typeId = QMetaType::QString;
                const auto *text = reinterpret_cast<const char *>(m_lite.sqlite3_column_text(m_statement, column));
                v.text = std::string_view(text ? text : "", size_t(m_lite.sqlite3_column_bytes(m_statement, column)));
                continue;
            }
            }
        }
        for (size_t i = 0; i < m_values.size(); ++i) { // the buffer has stopped moving
            if (m_spans[i].first != std::string::npos)
                m_values[i].text = std::string_view(m_buffer.data() + m_spans[i].first, m_spans[i].second);
        }
        return true;
    }

private:
    // One step: a row, or false at the end or on an error (worded as QSQLITE's fetch).
    bool step()
    {
        int result = m_lite.sqlite3_step(m_statement);
        if (result == SQLITE_ROW)
            return true;
        if (result == SQLITE_DONE)
            return false;
        if (result == SQLITE_ERROR || result == SQLITE_CONSTRAINT)
            result = m_lite.sqlite3_reset(m_statement);
        m_error = QSqlError(QStringLiteral("Unable to fetch row"), QString::fromUtf8(m_lite.sqlite3_errmsg(m_db)),
                            QSqlError::ConnectionError, QString::number(result));
        return false;
    }

    const LibSqlite &m_lite;
    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    QList<NativeColumn> m_columns;
    std::vector<NativeValue> m_values;
    std::vector<std::pair<size_t, size_t>> m_spans; // a value's place in m_buffer
    std::string m_buffer;                            // the row's numbers and hex
    bool m_pending = false;                          // the first row was stepped already
    std::optional<QSqlError> m_startError;
    std::optional<QSqlError> m_error;
};

// Only white space (QSQLITE refuses any other text after the statement).
bool onlyWhiteSpace(const char *text)
{
    for (; *text; ++text) {
        if (!QChar::isSpace(uchar(*text)))
            return false;
    }
    return true;
}

} // namespace

std::unique_ptr<NativeRowReader> readSqliteRows(const QSqlDatabase &db, const QString &statement)
{
    sqlite3 *handle = nativeHandle<sqlite3>(db, "sqlite3*");
    Result<const LibSqlite *> loaded = handle ? libSqlite() : Result<const LibSqlite *>(Error::failed(QString()));
    if (!loaded)
        return nullptr; // QSQLITE reads it
    const LibSqlite &lite = **loaded;
    const QByteArray sql = statement.toUtf8();
    sqlite3_stmt *prepared = nullptr;
    const char *tail = nullptr;
    if (lite.sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()) + 1, &prepared, &tail) != SQLITE_OK || !prepared) {
        lite.sqlite3_finalize(prepared);
        return nullptr;
    }
    if ((tail && !onlyWhiteSpace(tail)) || lite.sqlite3_column_count(prepared) == 0) {
        lite.sqlite3_finalize(prepared);
        return nullptr;
    }
    return std::make_unique<SqliteRows>(lite, handle, prepared);
}

} // namespace noorm
