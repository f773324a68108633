#pragma once
// SQL Server through Qt's QODBC driver and FreeTDS. Tracking tables live in schema
// `noorm` with working T-SQL types (IDENTITY, datetime2, nvarchar).

#include "dialect/dialect.h"

namespace noorm {

class MssqlDialect final : public Dialect {
public:
    QString name() const override { return QStringLiteral("mssql"); }
    QString displayName() const override { return QStringLiteral("SQL Server"); }
    QStringList qtDrivers() const override { return {QStringLiteral("QODBC")}; }
    QString driverPackage() const override { return QStringLiteral("libqt6sql6-odbc and tdsodbc"); }
    int defaultPort() const override { return 1433; }

    QString connectOptions(const ConnectionConfig &c) const override;
    void configure(QSqlDatabase &db, const ConnectionConfig &c, const QString &projectRoot) const override;
    ConnectFailure classifyConnectError(const QSqlError &error) const override;
    bool isUniqueViolation(const QSqlError &error) const override;
    QString serverVersionSql() const override
    {
        return QStringLiteral("SELECT CAST(SERVERPROPERTY('ProductVersion') AS nvarchar(128))");
    }

    QString quoteIdentifier(const QString &identifier) const override;
    QString quoteString(const QString &value) const override;
    QString selectLimitSql(const QString &body, int limit) const override;

    QString trackingSchema() const override { return QStringLiteral("noorm"); }
    QString defaultSchema() const override { return QStringLiteral("dbo"); }
    int trackingSchemaVersion() const override { return 2; }
    QStringList createTrackingSchemaSql() const override;
    QString trackingSchemaExistsSql() const override;
    QString moveLegacyTableSql(const QString &table) const override;
    QString tableExistsSql(const QString &schema, const QString &table) const override;
    SplitRules splitRules() const override;
    bool transactionalDdl() const override { return true; }

    InsertStatement insertReturningId(const QString &qualifiedTable, const QStringList &columns) const override;

    QString maintenanceDatabase() const override { return QStringLiteral("master"); }
    QString databaseExistsSql(const QString &database) const override;
    QStringList createDatabaseSql(const QString &database) const override;
    QStringList dropDatabaseSql(const QString &database) const override;

protected:
    QString columnType(const TrackingColumn &column) const override;
    QString idColumnSql() const override { return QStringLiteral("id int IDENTITY(1,1) PRIMARY KEY"); }
};

// The ODBC connection string for FreeTDS: DRIVER={FreeTDS};SERVER=..;PORT=..;DATABASE=..;
// UID=..;PWD=..;TDS_Version=7.4. Values holding ; { } = or edge spaces are wrapped in {}
// with } doubled. Contains the password: never show it.
QString odbcConnectionString(const ConnectionConfig &c);

} // namespace noorm
