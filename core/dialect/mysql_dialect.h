#pragma once
// MySQL and MariaDB through Qt's QMYSQL driver (QMARIADB is the same plugin). Tracking
// tables sit in the connected database, unchanged from the original (schema version 1).

#include "dialect/dialect.h"

namespace noorm {

const Dialect &mysqlDialect();

} // namespace noorm
