#pragma once
// SQL Server through Qt's QODBC driver and FreeTDS. Tracking tables live in schema
// `noorm` with working T-SQL types (IDENTITY, datetime2, nvarchar).

#include "dialect/dialect.h"

namespace noorm {

const Dialect &mssqlDialect();

// The ODBC connection string for FreeTDS: DRIVER={FreeTDS};SERVER=..;PORT=..;DATABASE=..;
// UID=..;PWD=..;TDS_Version=7.4. Values holding ; { } = or edge spaces are wrapped in {}
// with } doubled. Contains the password: never show it.
QString odbcConnectionString(const ConnectionConfig &c);

} // namespace noorm
