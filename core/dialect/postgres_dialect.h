#pragma once
// PostgreSQL through Qt's QPSQL driver (libpq). Tracking tables live in schema `noorm`;
// user objects land where psql would put them, also for a role named `noorm`.

#include "dialect/dialect.h"

namespace noorm {

class PostgresDialect final : public Dialect {
public:
    QString name() const override { return QStringLiteral("postgres"); }
    QString displayName() const override { return QStringLiteral("PostgreSQL"); }
    QStringList qtDrivers() const override { return {QStringLiteral("QPSQL")}; }
    QString driverPackage() const override { return QStringLiteral("libqt6sql6-psql"); }
    int defaultPort() const override { return 5432; }

    QString connectOptions(const ConnectionConfig &c) const override;
    QStringList sessionSetupSql() const override;
    ConnectFailure classifyConnectError(const QSqlError &error) const override;
    bool isUniqueViolation(const QSqlError &error) const override;
    QString serverVersionSql() const override { return QStringLiteral("SELECT current_setting('server_version')"); }
    std::unique_ptr<StatementInterrupter> interrupterFor(const QSqlDatabase &db, const Config &config) const override;

    QString quoteIdentifier(const QString &identifier) const override;

    QString trackingSchema() const override { return QStringLiteral("noorm"); }
    QString defaultSchema() const override { return QStringLiteral("public"); }
    int trackingSchemaVersion() const override { return 2; }
    QStringList createTrackingSchemaSql() const override;
    QString trackingSchemaExistsSql() const override;
    QString moveLegacyTableSql(const QString &table) const override;
    QString tableExistsSql(const QString &schema, const QString &table) const override;
    SplitRules splitRules() const override;
    bool transactionalDdl() const override { return true; }
    bool runsMultiStatementScripts() const override { return true; }

    InsertStatement insertReturningId(const QString &qualifiedTable, const QStringList &columns) const override;

    QString maintenanceDatabase() const override { return QStringLiteral("postgres"); }
    QString databaseExistsSql(const QString &database) const override;
    QStringList createDatabaseSql(const QString &database) const override;
    QStringList dropDatabaseSql(const QString &database) const override;

protected:
    QString idColumnSql() const override { return QStringLiteral("id serial primary key"); }
};

} // namespace noorm
