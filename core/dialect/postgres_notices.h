#pragma once
// A PostgreSQL connection's notices (NOTICE, WARNING: what the server says beside a
// result), which libpq prints on stderr unless told otherwise.

#include "dialect/connection_rules.h"

class QSqlDatabase;

namespace noorm {

// Sends the notices of `db` (an open QPSQL connection) to `*to`, which must outlive it.
void receivePostgresNotices(const QSqlDatabase &db, const NoticeHandler *to);

} // namespace noorm
