#pragma once
// COPY … FROM stdin as psql runs it: the statement, then its data through libpq's copy
// protocol (PQputCopyData), on the PGconn under Qt's QPSQL connection.

#include "common/result.h"

#include <QString>

class QSqlDatabase;

namespace noorm {

// The number of rows copied, or the server's error.
Result<qint64> postgresCopyIn(const QSqlDatabase &db, const QString &statement, const QString &data);

} // namespace noorm
