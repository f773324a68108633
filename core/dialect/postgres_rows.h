#pragma once
// PostgreSQL's native rows (dialect/native_rows.h): the statement parsed, described and
// run through libpq on QPSQL's own connection, in single-row mode as QPSQL reads a
// forward-only query, each value as QPSQL's data() would have made it (a bool true/false,
// integers and NUMERIC as the server writes them, a float parsed and written back as Qt
// writes a double, bytea as \x hex, every other type the server's text). Dates and times,
// which QPSQL turns into QDate/QDateTime, are left to QPSQL.

#include "dialect/native_rows.h"

#include <memory>

class QSqlDatabase;

namespace noorm {

// Null when the handle is not libpq's, or the statement parses but returns no rows or a
// system identifier column (oid, xid: nothing ran; QPSQL runs it). A statement that does not parse gives a
// reader with its startError (the transaction, if any, is failed as QPSQL's would be).
std::unique_ptr<NativeRowReader> readPostgresRows(const QSqlDatabase &db, const QString &statement);

} // namespace noorm
