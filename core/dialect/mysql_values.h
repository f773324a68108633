#pragma once

#include "dialect/connection_rules.h"

#include <memory>

class QSqlQuery;

namespace noorm {

// The values of `query`'s current result set (run with QSqlQuery::exec on QMYSQL, whose
// result it stores) as MySQL wrote them, where QMYSQL reads them otherwise: text in a binary
// collation as that text (Qt reads it as bytes), a BIT as its number (Qt reads its raw bytes
// as UTF-8 text, losing them), a date or time as its text (Qt keeps milliseconds only, and
// no zero date). Null when no column needs it.
std::unique_ptr<ServerValues> mysqlServerValues(const QSqlQuery &query);

} // namespace noorm
