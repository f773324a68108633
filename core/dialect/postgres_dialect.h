#pragma once
// PostgreSQL through Qt's QPSQL driver (libpq). Tracking tables live in schema `noorm`;
// user objects land where psql would put them, also for a role named `noorm`.

#include "dialect/dialect.h"

namespace noorm {

const Dialect &postgresDialect();

} // namespace noorm
