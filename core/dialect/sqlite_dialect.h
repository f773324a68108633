#pragma once
// SQLite through Qt's QSQLITE driver: the database is a file, resolved against the
// project root. Tracking tables are unchanged from the original (schema version 1).

#include "dialect/dialect.h"

namespace noorm {

class SqliteDialect final : public Dialect {
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    QString displayName() const override { return QStringLiteral("SQLite"); }
    QStringList qtDrivers() const override { return {QStringLiteral("QSQLITE")}; }
    QString driverPackage() const override { return QStringLiteral("libqt6sql6-sqlite"); }
    int defaultPort() const override { return 0; }
    bool isFileBased() const override { return true; }

    QString connectOptions(const ConnectionConfig &c) const override;
    void configure(QSqlDatabase &db, const ConnectionConfig &c, const QString &projectRoot) const override;
    QString databaseFile(const ConnectionConfig &c, const QString &projectRoot) const override;
    // The original's driver (better-sqlite3) enforces foreign keys; so do we.
    QStringList sessionSetupSql() const override { return {QStringLiteral("PRAGMA foreign_keys = ON")}; }
    ConnectFailure classifyConnectError(const QSqlError &error) const override;
    QString comparableTimestampSql(const QString &expression) const override;
    bool isUniqueViolation(const QSqlError &error) const override;
    QString serverVersionSql() const override { return QStringLiteral("SELECT sqlite_version()"); }
    std::unique_ptr<StatementInterrupter> interrupterFor(const QSqlDatabase &db, const Config &config) const override;

    QString quoteIdentifier(const QString &identifier) const override;

    int trackingSchemaVersion() const override { return 1; }
    QString tableExistsSql(const QString &schema, const QString &table) const override;
    SplitRules splitRules() const override;
    bool transactionalDdl() const override { return true; }

    InsertStatement insertReturningId(const QString &qualifiedTable, const QStringList &columns) const override;
    QString formatTimestamp(const QDateTime &time) const override;

    // A SQLite database is created and removed as a file; there is no SQL for it.
    QString maintenanceDatabase() const override { return {}; }
    QString databaseExistsSql(const QString &) const override { return {}; }
    QStringList createDatabaseSql(const QString &) const override { return {}; }
    QStringList dropDatabaseSql(const QString &) const override { return {}; }

protected:
    QString idColumnSql() const override { return QStringLiteral("id integer primary key autoincrement"); }
};

} // namespace noorm
