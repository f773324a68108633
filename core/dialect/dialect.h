#pragma once
// Dialect: everything that differs between PostgreSQL, MySQL/MariaDB, SQLite and SQL
// Server, in one object per dialect made of small parts, one per concern:
//   syntax()      quoting identifiers and strings, limiting a SELECT      (sql_syntax.h)
//   connection()  Qt driver, options, connect errors, session setup       (connection_rules.h)
//   scripts()     statement splitting, multi-statement scripts, DDL in transactions (script_rules.h)
//   tracking()    where noorm's tables live, their DDL, ids, timestamps   (tracking_sql.h)
//   databases()   CREATE/DROP DATABASE and the maintenance database       (database_admin_sql.h)
//   catalog()     the catalog queries the schema explorer reads           (catalog.h)
//   teardown()    emptying tables (db truncate)                           (teardown_sql.h)
// Code outside core/dialect asks these parts instead of branching on the dialect's name
// or id. Dialects are stateless singletons obtained from dialectFor().

#include "dialect/catalog.h"
#include "dialect/connection_rules.h"
#include "dialect/database_admin_sql.h"
#include "dialect/dialect_list.h"
#include "dialect/script_rules.h"
#include "dialect/sql_syntax.h"
#include "dialect/teardown_sql.h"
#include "dialect/tracking_sql.h"

#include <QString>

namespace noorm {

class Dialect final {
public:
    struct Parts {
        const SqlSyntax &syntax;
        const ConnectionRules &connection;
        const ScriptRules &scripts;
        const TrackingSql &tracking;
        const DatabaseAdminSql &databases;
        const Catalog &catalog;
        const TeardownSql &teardown;
    };
    Dialect(DialectId id, const Parts &parts) : m_info(dialectInfo(id)), m_parts(parts) {}
    Dialect(const Dialect &) = delete;
    Dialect &operator=(const Dialect &) = delete;

    DialectId id() const { return m_info.id; }
    QString name() const { return m_info.name; }               // postgres | mysql | sqlite | mssql
    QString displayName() const { return m_info.displayName; } // PostgreSQL, MySQL, SQLite, SQL Server

    const SqlSyntax &syntax() const { return m_parts.syntax; }
    const ConnectionRules &connection() const { return m_parts.connection; }
    const ScriptRules &scripts() const { return m_parts.scripts; }
    const TrackingSql &tracking() const { return m_parts.tracking; }
    const DatabaseAdminSql &databases() const { return m_parts.databases; }
    const Catalog &catalog() const { return m_parts.catalog; }
    const TeardownSql &teardown() const { return m_parts.teardown; }

private:
    const DialectInfo &m_info;
    Parts m_parts;
};

const Dialect &dialectFor(DialectId id);
// The dialect for a config's `dialect` value, or nullptr for a name not in kDialects.
const Dialect *dialectFor(const QString &name);

} // namespace noorm
