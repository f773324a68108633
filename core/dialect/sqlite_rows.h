#pragma once
// SQLite's native rows (dialect/native_rows.h): the statement prepared on QSQLITE's own
// sqlite3 handle and stepped here, each value as QSQLITE would have made it (an INTEGER a
// qlonglong, a REAL a double, TEXT a QString, a BLOB a QByteArray; the columns named and
// typed as its record() does).

#include "dialect/native_rows.h"

#include <memory>

class QSqlDatabase;

namespace noorm {

// Null when the handle is not SQLite's, the statement does not prepare as one statement
// (QSQLITE then reports why) or returns no rows.
std::unique_ptr<NativeRowReader> readSqliteRows(const QSqlDatabase &db, const QString &statement);

} // namespace noorm
