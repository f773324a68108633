#include "dialect/postgres_copy.h"

#include "dialect/native_handle.h"

#include <libpq-fe.h>

#include <memory>

namespace noorm {

namespace {

using PgResult = std::unique_ptr<PGresult, decltype(&PQclear)>;

QString serverError(PGconn *conn, const PGresult *result)
{
    const char *text = result ? PQresultErrorMessage(result) : PQerrorMessage(conn);
    return QString::fromUtf8(text).trimmed();
}

// Reads the results left of a command until libpq has none, so QPSQL finds the connection idle.
void drain(PGconn *conn)
{
    while (PGresult *rest = PQgetResult(conn))
        PQclear(rest);
}

} // namespace

Result<qint64> postgresCopyIn(const QSqlDatabase &db, const QString &statement, const QString &data)
{
    PGconn *conn = nativeHandle<PGconn>(db, "pg_conn*");
    if (!conn)
        return Error::failed(QStringLiteral("COPY … FROM stdin needs the PostgreSQL connection's libpq handle"));
    const QByteArray sql = statement.toUtf8();
    PgResult started(PQexec(conn, sql.constData()), &PQclear);
    if (!started || PQresultStatus(started.get()) != PGRES_COPY_IN) {
        const QString message = serverError(conn, started.get());
        started.reset();
        drain(conn);
        return Error::execution(QStringLiteral("PostgreSQL error: ") + message);
    }
    started.reset();
    const QByteArray bytes = data.toUtf8();
    if (PQputCopyData(conn, bytes.constData(), int(bytes.size())) != 1 || PQputCopyEnd(conn, nullptr) != 1) {
        const QString message = serverError(conn, nullptr);
        drain(conn);
        return Error::execution(QStringLiteral("PostgreSQL error while sending COPY data: ") + message);
    }
    PgResult done(PQgetResult(conn), &PQclear);
    const bool ok = done && PQresultStatus(done.get()) == PGRES_COMMAND_OK;
    const QString message = ok ? QString() : serverError(conn, done.get());
    const qint64 rows = ok ? QByteArray(PQcmdTuples(done.get())).toLongLong() : 0;
    done.reset();
    drain(conn);
    if (!ok)
        return Error::execution(QStringLiteral("PostgreSQL error: ") + message);
    return rows;
}

} // namespace noorm
