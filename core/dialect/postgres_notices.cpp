#include "dialect/postgres_notices.h"

#include "dialect/client_libraries.h"
#include "dialect/native_handle.h"

namespace noorm {

void receivePostgresNotices(const QSqlDatabase &db, const NoticeHandler *to)
{
    PGconn *conn = nativeHandle<PGconn>(db, "pg_conn*");
    Result<const LibPq *> loaded = libPq();
    if (!conn || !loaded)
        return;
    (*loaded)->PQsetNoticeReceiver(
        conn,
        [](void *handler, const PGresult *notice) {
            const NoticeHandler &send = *static_cast<const NoticeHandler *>(handler);
            if (send)
                send(QString::fromUtf8(libPq().value()->PQresultErrorMessage(notice)).trimmed());
        },
        const_cast<NoticeHandler *>(to)); // libpq's void *; only read through
}

} // namespace noorm
