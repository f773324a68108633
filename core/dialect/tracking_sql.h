#pragma once
// TrackingSql: the SQL noorm needs for its own tables (tracking_tables.h) on one dialect:
// where they live (a `noorm` schema or the connected database), their DDL and schema
// version, moving the original's tables into the tracking schema, and the row-level
// details the writers depend on: how an INSERT hands back its id, how timestamps are
// written, read and compared, and what a unique violation looks like.

#include "dialect/sql_syntax.h"
#include "dialect/tracking_tables.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlError;

namespace noorm {

// An INSERT that hands back the new row's id: either `sql` itself returns one row with
// the id (RETURNING / OUTPUT INSERTED.id), or the server's reply to it carries the id
// (`idInReply`: MySQL's OK packet, read as QSqlQuery::lastInsertId, no second round trip).
struct InsertStatement {
    QString sql;
    bool idInReply = false;
};

class TrackingSql : protected SqlWriter {
public:
    explicit TrackingSql(const SqlSyntax &syntax) : SqlWriter(syntax) {}
    virtual ~TrackingSql() = default;

    // --- where the tables live
    virtual QString schema() const { return {}; }        // "noorm" where the dialect has schemas
    virtual QString defaultSchema() const { return {}; } // public / dbo: where the original put them
    // Tracking-schema version this build writes: 2 where the noorm schema exists, else 1.
    virtual int schemaVersion() const = 0;
    // "noorm.__noorm_change__" (or just the name where there is no tracking schema).
    QString table(const QString &name) const;
    virtual QStringList createSchemaSql() const { return {}; }
    // A query with one row when the tracking schema exists (empty where there is none).
    virtual QString schemaExistsSql() const { return {}; }
    // Moves a table of the original's from the default schema into the tracking schema.
    virtual QString moveLegacyTableSql(const QString &table) const;
    // A query with one row when `table` exists in `schema` (empty schema = current database).
    virtual QString tableExistsSql(const QString &schema, const QString &table) const = 0;
    // The presence probe: succeeds when the table can be read.
    QString presenceProbeSql(const QString &table) const;

    // --- DDL
    // CREATE TABLE plus its CREATE INDEX statements, schema-qualified (only the CREATE TABLE
    // where declaresIndexesInTable()).
    QStringList createTableSql(const TrackingTable &table) const;
    // DDL of schema migration v1: the five core tables and their indexes.
    QStringList coreTablesDdl() const;

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

protected:
    // True where CREATE TABLE declares the indexes itself (MySQL's INDEX name (columns)):
    // the same indexes, without the table rebuild each CREATE INDEX costs InnoDB (~3.5 ms
    // apiece, a fifth of a first run's tracking DDL).
    virtual bool declaresIndexesInTable() const { return false; }
    // True where DDL commits statement by statement (MySQL): CREATE TABLE IF NOT EXISTS, so
    // the tables a killed first run left are kept and the rest created by the next run.
    // Elsewhere the tables are made in one transaction, all or none.
    virtual bool createsTablesIfMissing() const { return false; }
    // The original's types: varchar(n), text, integer, timestamp.
    virtual QString columnType(const TrackingColumn &column) const;
    virtual QString idColumnSql() const = 0;               // "id serial primary key"
    virtual QString defaultSql(const TrackingColumn &column) const; // " DEFAULT ..." or empty
    // "INSERT INTO t (a, b) VALUES (?, ?)" with `between` (e.g. " OUTPUT INSERTED.id")
    // before VALUES and `after` (e.g. " RETURNING id") at the end.
    static QString insertSql(const QString &qualifiedTable, const QStringList &columns, const QString &between,
                             const QString &after);

private:
    QString columnSql(const TrackingColumn &column) const;
};

} // namespace noorm
