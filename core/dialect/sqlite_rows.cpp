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

class SqliteRows final : public BufferedRows {
public:
    SqliteRows(const LibSqlite &lite, sqlite3 *db, sqlite3_stmt *statement) : m_lite(lite), m_db(db), m_statement(statement)
    {
        // As QSQLITE's exec(): the first step, which also types the undeclared columns.
        m_pending = advance();
        if (m_error) {
            m_startError = m_error;
            return;
        }
        QList<NativeColumn> columns;
        for (int i = 0; i < m_lite.sqlite3_column_count(statement); ++i) {
            const char *declared = m_lite.sqlite3_column_decltype(statement, i);
            const int type = declared && *declared ? declaredType(declared)
                                                   : m_pending ? storedType(m_lite.sqlite3_column_type(statement, i))
                                                               : int(QMetaType::UnknownType);
            columns << NativeColumn{QString::fromUtf8(m_lite.sqlite3_column_name(statement, i)).remove(QLatin1Char('"')), type};
        }
        setColumns(std::move(columns));
    }
    ~SqliteRows() override { m_lite.sqlite3_finalize(m_statement); }

private:
    // One step: a row, or false at the end or on an error (worded as QSQLITE's fetch).
    bool advance() override
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

    void read(int column, NativeValue &v) override
    {
        switch (m_lite.sqlite3_column_type(m_statement, column)) {
        case SQLITE_NULL:
            v.typeId = QMetaType::QString;
            v.isNull = true;
            return;
        case SQLITE_INTEGER: {
            v.typeId = QMetaType::LongLong;
            appendNumber(static_cast<long long>(m_lite.sqlite3_column_int64(m_statement, column)));
            return;
        }
        case SQLITE_FLOAT:
            v.typeId = QMetaType::Double;
            appendDoubleText(buffer(), m_lite.sqlite3_column_double(m_statement, column));
            return;
        case SQLITE_BLOB:
            v.typeId = QMetaType::QByteArray;
            appendHex(static_cast<const unsigned char *>(m_lite.sqlite3_column_blob(m_statement, column)),
                      size_t(m_lite.sqlite3_column_bytes(m_statement, column)));
            return;
        default: { // TEXT: SQLite's own UTF-8, valid until the next step
            v.typeId = QMetaType::QString;
            const auto *text = reinterpret_cast<const char *>(m_lite.sqlite3_column_text(m_statement, column));
            v.text = std::string_view(text ? text : "", size_t(m_lite.sqlite3_column_bytes(m_statement, column)));
            return;
        }
        }
    }

    const LibSqlite &m_lite;
    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
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
    if (!handle)
        return nullptr;
    Result<const LibSqlite *> loaded = libSqlite();
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
