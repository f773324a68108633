#pragma once
// Dialect: everything that differs between PostgreSQL, MySQL/MariaDB, SQLite and SQL
// Server, behind one interface: the Qt driver and connection options, quoting, where the
// tracking tables live and their DDL, how an INSERT hands back its id, how timestamps are
// bound, and the SQL for creating and dropping databases. Code outside core/dialect asks
// a Dialect instead of branching on the dialect's name. Implementations are stateless
// singletons obtained from dialectFor().

#include "common/result.h"
#include "config/config.h"
#include "dialect/statement_interrupter.h"
#include "dialect/statement_splitter.h"
#include "dialect/tracking_tables.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSqlDatabase;
class QSqlError;

namespace noorm {

// Why opening a connection failed, as far as the driver's error tells.
enum class ConnectFailure { Unreachable, BadCredentials, MissingDatabase, Other };

// An INSERT that hands back the new row's id: either `sql` itself returns one row with
// the id (RETURNING / OUTPUT INSERTED.id), or `idQuery` must run right after it on the
// same connection (LAST_INSERT_ID()).
struct InsertStatement {
    QString sql;
    QString idQuery;
};

class Dialect {
public:
    virtual ~Dialect() = default;

    // --- what it is
    virtual QString name() const = 0;               // postgres | mysql | sqlite | mssql
    virtual QString displayName() const = 0;        // PostgreSQL, MySQL, SQLite, SQL Server
    virtual QStringList qtDrivers() const = 0;      // Qt SQL driver names, preferred first
    virtual QString driverPackage() const = 0;      // Debian package that ships the driver
    virtual int defaultPort() const = 0;            // 0 when file based
    virtual bool isFileBased() const { return false; }

    // --- connecting
    // The first of qtDrivers() this Qt installation can load, or empty.
    QString availableDriver() const;
    // Driver connect options (QSqlDatabase::setConnectOptions) for `c`: connect timeout,
    // TLS settings.
    virtual QString connectOptions(const ConnectionConfig &c) const = 0;
    // Points `db` (made with availableDriver()) at the server or file `c` names. SQLite
    // resolves a relative path against projectRoot.
    virtual void configure(QSqlDatabase &db, const ConnectionConfig &c, const QString &projectRoot) const;
    // The database file for file-based dialects (absolute, or ":memory:"); empty otherwise.
    virtual QString databaseFile(const ConnectionConfig &c, const QString &projectRoot) const;
    // Statements run once on every new connection.
    virtual QStringList sessionSetupSql() const { return {}; }
    virtual ConnectFailure classifyConnectError(const QSqlError &error) const = 0;
    virtual QString serverVersionSql() const = 0;
    // What stops a statement running on `db` (open, with `config`) from another thread;
    // null where the driver offers no way (then only the gaps between statements stop).
    virtual std::unique_ptr<StatementInterrupter> interrupterFor(const QSqlDatabase &db, const Config &config) const;
    // "host:port" as shown in messages ("file" for SQLite).
    QString serverAddress(const ConnectionConfig &c) const;

    // --- quoting and selecting
    virtual QString quoteIdentifier(const QString &identifier) const = 0;
    virtual QString quoteString(const QString &value) const;
    // "SELECT <body>" limited to `limit` rows; `body` is "columns FROM ... [ORDER BY ...]".
    virtual QString selectLimitSql(const QString &body, int limit) const;

    // --- tracking tables
    virtual QString trackingSchema() const { return {}; } // "noorm" where the dialect has schemas
    virtual QString defaultSchema() const { return {}; }  // public / dbo: where the original put them
    // Tracking-schema version this build writes: 2 where the noorm schema exists, else 1.
    virtual int trackingSchemaVersion() const = 0;
    // "noorm.__noorm_change__" (or just the name where there is no tracking schema).
    QString trackingTable(const QString &table) const;
    virtual QStringList createTrackingSchemaSql() const { return {}; }
    // A query with one row when the tracking schema exists (empty where there is none).
    virtual QString trackingSchemaExistsSql() const { return {}; }
    // Moves a table of the original's from the default schema into the tracking schema.
    virtual QString moveLegacyTableSql(const QString &table) const;
    // A query with one row when `table` exists in `schema` (empty schema = current database).
    virtual QString tableExistsSql(const QString &schema, const QString &table) const = 0;
    // The presence probe: succeeds when the table can be read.
    QString presenceProbeSql(const QString &table) const;
    // CREATE TABLE plus its CREATE INDEX statements, schema-qualified.
    QStringList createTableSql(const TrackingTable &table) const;
    // DDL of schema migration v1: the five core tables and their indexes.
    QStringList coreTablesDdl() const;
    virtual bool transactionalDdl() const = 0;

    // --- scripts
    // How this database's own client (psql, mysql, sqlite3, sqlcmd) cuts a script into statements.
    virtual SplitRules splitRules() const = 0;
    // `script` cut into the statements (sqlcmd: batches) that client would send one by one.
    Result<QList<SqlStatement>> splitScript(const QString &script, const QString &fileName = QString()) const;
    // True when the Qt driver sends several ';'-separated statements in one exec (one round
    // trip) and hands back every statement's result in order through QSqlQuery::nextResult,
    // stopping at the first that fails: QPSQL's simple-query protocol, QMYSQL with
    // CLIENT_MULTI_STATEMENTS (Qt's default). QSQLITE runs only the first statement.
    virtual bool runsMultiStatementScripts() const { return false; }
    // What joins statements into such a script, and the statements that begin and commit a
    // transaction inside one.
    virtual QString scriptSeparator() const { return QStringLiteral(";\n"); }
    virtual QString beginTransactionSql() const { return QStringLiteral("BEGIN"); }
    virtual QString commitTransactionSql() const { return QStringLiteral("COMMIT"); }

    // --- rows
    virtual InsertStatement insertReturningId(const QString &qualifiedTable, const QStringList &columns) const = 0;
    // The text bound for a timestamp column (always UTC): "2024-01-15 10:30:00.000", or on
    // SQLite the original's ISO form "2024-01-15T10:30:00.000Z".
    virtual QString formatTimestamp(const QDateTime &time) const;
    // Reads a timestamp in any form the tools write (ISO with Z, "YYYY-MM-DD HH:MM:SS",
    // driver date-times); values without a zone are taken as UTC.
    static QDateTime parseTimestamp(const QVariant &value);
    // `expression` (a timestamp column or a bound formatTimestamp() text) in a form that
    // compares by time with `<`: itself where the column has a time type; on SQLite, where
    // timestamps are text in two formats (the original's ISO ...Z and the column default's
    // "YYYY-MM-DD HH:MM:SS"), its julianday().
    virtual QString comparableTimestampSql(const QString &expression) const { return expression; }
    // True when `error` says an INSERT or UPDATE broke a UNIQUE constraint or index.
    virtual bool isUniqueViolation(const QSqlError &error) const = 0;

    // --- databases
    // The database to connect to for CREATE/DROP DATABASE; empty = connect without one.
    virtual QString maintenanceDatabase() const = 0;
    virtual QString databaseExistsSql(const QString &database) const = 0;
    virtual QStringList createDatabaseSql(const QString &database) const = 0;
    virtual QStringList dropDatabaseSql(const QString &database) const = 0;

protected:
    // The original's types: varchar(n), text, integer, timestamp.
    virtual QString columnType(const TrackingColumn &column) const;
    virtual QString idColumnSql() const = 0;               // "id serial primary key"
    virtual QString defaultSql(const TrackingColumn &column) const; // " DEFAULT ..." or empty
    QString columnSql(const TrackingColumn &column) const;
    QString placeholders(int count) const;
};

// The dialect for a config's `dialect` value, or nullptr for an unknown name.
const Dialect *dialectFor(const QString &name);

} // namespace noorm
