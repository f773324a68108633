#include "dialect/postgres_copy.h"

#include "dialect/client_libraries.h"
#include "dialect/native_handle.h"

#include <memory>

namespace noorm {

namespace {

using PgResult = std::unique_ptr<PGresult, void (*)(PGresult *)>;

QString serverError(const LibPq &pq, PGconn *conn, const PGresult *result)
{
    const char *text = result ? pq.PQresultErrorMessage(result) : pq.PQerrorMessage(conn);
    return QString::fromUtf8(text).trimmed();
}

// Reads the results left of a command until libpq has none, so QPSQL finds the connection idle.
void drain(const LibPq &pq, PGconn *conn)
{
    while (PGresult *rest = pq.PQgetResult(conn))
        pq.PQclear(rest);
}

} // namespace

Result<qint64> postgresCopyIn(const QSqlDatabase &db, const QString &statement, const QString &data)
{
    PGconn *conn = nativeHandle<PGconn>(db, "pg_conn*");
    if (!conn)
        return Error::failed(QStringLiteral("COPY … FROM stdin needs the PostgreSQL connection's libpq handle"));
    Result<const LibPq *> loaded = libPq();
    if (!loaded)
        return loaded.error();
    const LibPq &pq = **loaded;
    const QByteArray sql = statement.toUtf8();
    PgResult started(pq.PQexec(conn, sql.constData()), pq.PQclear);
    if (!started || pq.PQresultStatus(started.get()) != PGRES_COPY_IN) {
        const QString message = serverError(pq, conn, started.get());
        started.reset();
        drain(pq, conn);
        return Error::execution(QStringLiteral("PostgreSQL error: ") + message);
    }
    started.reset();
    const QByteArray bytes = data.toUtf8();
    if (pq.PQputCopyData(conn, bytes.constData(), int(bytes.size())) != 1 || pq.PQputCopyEnd(conn, nullptr) != 1) {
        const QString message = serverError(pq, conn, nullptr);
        drain(pq, conn);
        return Error::execution(QStringLiteral("PostgreSQL error while sending COPY data: ") + message);
    }
    PgResult done(pq.PQgetResult(conn), pq.PQclear);
    const bool ok = done && pq.PQresultStatus(done.get()) == PGRES_COMMAND_OK;
    const QString message = ok ? QString() : serverError(pq, conn, done.get());
    const qint64 rows = ok ? QByteArray(pq.PQcmdTuples(done.get())).toLongLong() : 0;
    done.reset();
    drain(pq, conn);
    if (!ok)
        return Error::execution(QStringLiteral("PostgreSQL error: ") + message);
    return rows;
}

} // namespace noorm
