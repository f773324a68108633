#include "dialect/postgres_password.h"

#include "dialect/client_libraries.h"
#include "dialect/native_handle.h"

namespace noorm {

Result<QString> postgresPasswordVerifier(const QSqlDatabase &db, const QString &user, const Secret &password)
{
    PGconn *conn = nativeHandle<PGconn>(db, "pg_conn*");
    if (!conn)
        return Error::connection(QStringLiteral("No PostgreSQL connection to compute the password's verifier on"));
    Result<const LibPq *> pq = libPq();
    if (!pq)
        return pq.error();
    // NULL algorithm: the server's password_encryption setting (one round trip).
    char *verifier = (*pq)->PQencryptPasswordConn(conn, password.revealBytes().constData(), user.toUtf8().constData(), nullptr);
    if (!verifier)
        return Error::execution(QStringLiteral("Could not compute the new password's verifier: %1")
                                    .arg(QString::fromUtf8((*pq)->PQerrorMessage(conn)).trimmed()));
    const QString text = QString::fromLatin1(verifier);
    (*pq)->PQfreemem(verifier);
    return text;
}

} // namespace noorm
