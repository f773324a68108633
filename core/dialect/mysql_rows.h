#pragma once

#include "dialect/native_rows.h"

#include <memory>

class QSqlDatabase;
class QString;

namespace noorm {

// `statement` (one that only reads) run on QMYSQL's connection and its rows read as they
// arrive (mysql_use_result), where QMYSQL would store every row before the first is read:
// a million rows stream in bounded memory. Each value is what QMYSQL, with noorm's
// ServerValues (dialect/mysql_values.h), would give. Null when the handle is not
// libmariadb's, or the statement gave no result set (then it ran; QMYSQL runs it again,
// which for a statement that only reads changes nothing). A statement the server refuses
// gives a reader with its startError.
std::unique_ptr<NativeRowReader> readMysqlRows(const QSqlDatabase &db, const QString &statement);

} // namespace noorm
