#include "dialect/postgres_rows.h"

#include "common/double_text.h"
#include "dialect/client_libraries.h"
#include "dialect/native_handle.h"

#include <QMetaType>

#include <charconv>
#include <limits>
#include <cstring>
#include <strings.h>

namespace noorm {

namespace {

// Type OIDs (pg_type.dat) that QPSQL reads as other than text.
enum : Oid {
    kBool = 16, kBytea = 17, kInt8 = 20, kInt2 = 21, kRegproc = 24, kInt4 = 23, kOid = 26, kXid = 28, kCid = 29,
    kAbstime = 702, kReltime = 703, kFloat4 = 700, kFloat8 = 701, kDate = 1082, kTime = 1083, kTimestamp = 1114,
    kTimestamptz = 1184, kTimetz = 1266, kNumeric = 1700,
};

// QPSQL's QVariant type for a column of type `oid` (its qDecodePSQLType); 0 for the system
// identifiers, which this reader leaves to QPSQL.
int qtType(Oid oid)
{
    switch (oid) {
    case kDate: return QMetaType::QDate;
    case kTime: case kTimetz: return QMetaType::QTime;
    case kTimestamp: case kTimestamptz: return QMetaType::QDateTime;
    case kBool: return QMetaType::Bool;
    case kInt8: return QMetaType::LongLong;
    case kInt2: case kInt4: return QMetaType::Int;
    case kNumeric: case kFloat4: case kFloat8: return QMetaType::Double;
    case kBytea: return QMetaType::QByteArray;
    case kOid: case kRegproc: case kXid: case kCid: // which QPSQL reads with atoi(), or not, by version
    case kAbstime: case kReltime: return 0;
    default: return QMetaType::QString;
    }
}

using PgResult = std::unique_ptr<PGresult, void (*)(PGresult *)>;

// An error as QPSQL's qMakeError words it.
QSqlError driverError(const LibPq &pq, PGconn *conn, const char *what, const PGresult *result)
{
    QString message = QString::fromUtf8(pq.PQerrorMessage(conn));
    QString code;
    if (result) {
        code = QString::fromLatin1(pq.PQresultErrorField(result, PG_DIAG_SQLSTATE));
        message += QStringLiteral("(%1)").arg(code);
    }
    return QSqlError(QStringLiteral("QPSQL: ") + QLatin1String(what), message, QSqlError::StatementError, code);
}

void drain(const LibPq &pq, PGconn *conn)
{
    while (PGresult *rest = pq.PQgetResult(conn))
        pq.PQclear(rest);
}

class PostgresRows final : public BufferedRows {
public:
    // `description` is the statement's, prepared unnamed and described already.
    PostgresRows(const LibPq &pq, PGconn *conn, const PGresult *description) : m_pq(pq), m_conn(conn)
    {
        QList<NativeColumn> columns;
        for (int i = 0; i < m_pq.PQnfields(description); ++i) {
            const Oid oid = m_pq.PQftype(description, i);
            m_oids.push_back(oid);
            columns << NativeColumn{QString::fromUtf8(m_pq.PQfname(description, i)), qtType(oid)};
        }
        setColumns(std::move(columns));
        if (!m_pq.PQsendQueryPrepared(conn, "", 0, nullptr, nullptr, nullptr, 0)) {
            m_startError = driverError(m_pq, conn, "Unable to send query", nullptr);
            m_done = true;
            return;
        }
        m_pq.PQsetSingleRowMode(conn);
        m_pending = advance();
        if (m_error)
            m_startError = m_error;
    }
    ~PostgresRows() override
    {
        m_result.reset();
        if (!m_done)
            drain(m_pq, m_conn); // the rows not read, as QPSQL discards them
    }

    static std::unique_ptr<NativeRowReader> failed(const LibPq &pq, QSqlError error)
    {
        auto reader = std::unique_ptr<PostgresRows>(new PostgresRows(pq));
        reader->m_startError = error;
        reader->m_error = error;
        return reader;
    }

private:
    explicit PostgresRows(const LibPq &pq) : m_pq(pq), m_conn(nullptr), m_done(true) {}

    // The next result of the statement: true for a row; false at its end or on an error
    // (worded as QPSQL's exec() for the first, as its fetch for a later one).
    bool advance() override
    {
        const char *what = m_first ? "Unable to create query" : "Unable to get result";
        m_first = false;
        if (m_done)
            return false;
        m_result.reset(m_pq.PQgetResult(m_conn));
        const ExecStatusType status = m_result ? m_pq.PQresultStatus(m_result.get()) : PGRES_FATAL_ERROR;
        if (status == PGRES_SINGLE_TUPLE)
            return true;
        if (status != PGRES_TUPLES_OK)
            m_error = driverError(m_pq, m_conn, what, m_result.get());
        m_result.reset();
        drain(m_pq, m_conn);
        m_done = true;
        return false;
    }

    // Column `column` of the current row, as QPSQL's data() gives it.
    void read(int column, NativeValue &v) override
    {
        v.typeId = m_columns.at(column).typeId;
        v.isNull = m_pq.PQgetisnull(m_result.get(), 0, column);
        if (v.isNull)
            return;
        const char *text = m_pq.PQgetvalue(m_result.get(), 0, column);
        const size_t length = size_t(m_pq.PQgetlength(m_result.get(), 0, column));
        switch (m_oids[size_t(column)]) {
        case kBool:
            buffer() += text[0] == 't' ? "true" : "false";
            return;
        case kInt8: // canonical digits; QPSQL reads them signed or unsigned by the sign
            v.typeId = text[0] == '-' ? QMetaType::LongLong : QMetaType::ULongLong;
            break;
        case kNumeric: // HighPrecision: the server's text
        case kDate: case kTime: case kTimetz: case kTimestamp: case kTimestamptz: // as ServerValues gives them
            v.typeId = QMetaType::QString;
            break;
        case kFloat4: case kFloat8: {
            double d = 0;
            const std::from_chars_result parsed = std::from_chars(text, text + length, d);
            if (parsed.ec != std::errc() || parsed.ptr != text + length) {
                if (strcasecmp(text, "NaN") == 0)
                    d = std::numeric_limits<double>::quiet_NaN();
                else if (strcasecmp(text, "Infinity") == 0)
                    d = std::numeric_limits<double>::infinity();
                else if (strcasecmp(text, "-Infinity") == 0)
                    d = -std::numeric_limits<double>::infinity();
                else { // QPSQL gives an invalid QVariant
                    v.typeId = QMetaType::UnknownType;
                    v.isNull = true;
                    return;
                }
            }
            appendDoubleText(buffer(), d);
            return;
        }
        case kBytea: { // QPSQL asks for bytea_output = escape; either form unescapes
            size_t size = 0;
            unsigned char *bytes = m_pq.PQunescapeBytea(reinterpret_cast<const unsigned char *>(text), &size);
            appendHex(bytes, bytes ? size : 0);
            m_pq.PQfreemem(bytes);
            return;
        }
        default:
            break;
        }
        v.text = std::string_view(text, length); // valid until the next row's result
    }

    const LibPq &m_pq;
    PGconn *m_conn;
    PgResult m_result{nullptr, m_pq.PQclear}; // the current row
    std::vector<Oid> m_oids;
    bool m_first = true;
    bool m_done = false;
};

} // namespace

std::unique_ptr<NativeRowReader> readPostgresRows(const QSqlDatabase &db, const QString &statement)
{
    PGconn *conn = nativeHandle<PGconn>(db, "pg_conn*"); // QPSQL names the struct, not the typedef
    if (!conn)
        return nullptr;
    Result<const LibPq *> loaded = libPq();
    if (!loaded)
        return nullptr; // QPSQL reads it
    const LibPq &pq = **loaded;
    drain(pq, conn); // as QPSQL does before sending: nothing of an earlier query is left
    const QByteArray sql = statement.toUtf8();
    PgResult prepared(pq.PQprepare(conn, "", sql.constData(), 0, nullptr), pq.PQclear);
    if (!prepared || pq.PQresultStatus(prepared.get()) != PGRES_COMMAND_OK)
        return PostgresRows::failed(pq, driverError(pq, conn, "Unable to create query", prepared.get()));
    PgResult description(pq.PQdescribePrepared(conn, ""), pq.PQclear);
    if (!description || pq.PQresultStatus(description.get()) != PGRES_COMMAND_OK)
        return PostgresRows::failed(pq, driverError(pq, conn, "Unable to create query", description.get()));
    const int width = pq.PQnfields(description.get());
    if (width == 0)
        return nullptr;
    for (int i = 0; i < width; ++i) {
        if (qtType(pq.PQftype(description.get(), i)) == 0)
            return nullptr;
    }
    return std::make_unique<PostgresRows>(pq, conn, description.get());
}

} // namespace noorm
