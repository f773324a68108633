#include "dialect/dialect.h"

#include "dialect/mssql_dialect.h"
#include "dialect/mysql_dialect.h"
#include "dialect/postgres_dialect.h"
#include "dialect/sqlite_dialect.h"

namespace noorm {

const Dialect &dialectFor(DialectId id)
{
    switch (id) {
    case DialectId::Postgres:
        return postgresDialect();
    case DialectId::MySql:
        return mysqlDialect();
    case DialectId::Sqlite:
        return sqliteDialect();
    case DialectId::MsSql:
        return mssqlDialect();
    }
    Q_UNREACHABLE();
}

const Dialect *dialectFor(const QString &name)
{
    const DialectInfo *info = findDialect(name);
    return info ? &dialectFor(info->id) : nullptr;
}

} // namespace noorm
