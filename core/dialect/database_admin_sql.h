#pragma once
// DatabaseAdminSql: the SQL for creating, dropping and finding a server's database
// (`noorm db create` / `db drop`), run on a connection to the maintenance database. A
// file-based dialect has none of it: its database is created and removed as a file.

#include "dialect/sql_syntax.h"

#include <QString>
#include <QStringList>

namespace noorm {

class DatabaseAdminSql : protected SqlWriter {
public:
    explicit DatabaseAdminSql(const SqlSyntax &syntax) : SqlWriter(syntax) {}
    virtual ~DatabaseAdminSql() = default;

    // The database to connect to for CREATE/DROP DATABASE; empty = connect without one.
    virtual QString maintenanceDatabase() const = 0;
    // A query with one row when `database` exists.
    virtual QString existsSql(const QString &database) const = 0;
    virtual QStringList createSql(const QString &database) const = 0;
    virtual QStringList dropSql(const QString &database) const = 0;
};

} // namespace noorm
