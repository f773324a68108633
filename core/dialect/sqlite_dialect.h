#pragma once
// SQLite through Qt's QSQLITE driver: the database is a file, resolved against the
// project root. Tracking tables are unchanged from the original (schema version 1).

#include "dialect/dialect.h"

namespace noorm {

const Dialect &sqliteDialect();

} // namespace noorm
