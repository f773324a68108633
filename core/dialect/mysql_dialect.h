#pragma once
// MySQL and MariaDB through Qt's QMYSQL driver (QMARIADB is the same plugin). Tracking
// tables sit in the connected database, unchanged from the original (schema version 1).

#include "dialect/dialect.h"

namespace noorm {

class MysqlDialect final : public Dialect {
public:
    QString name() const override { return QStringLiteral("mysql"); }
    QString displayName() const override { return QStringLiteral("MySQL"); }
    QStringList qtDrivers() const override { return {QStringLiteral("QMYSQL"), QStringLiteral("QMARIADB")}; }
    QString driverPackage() const override { return QStringLiteral("libqt6sql6-mysql"); }
    int defaultPort() const override { return 3306; }

    QString connectOptions(const ConnectionConfig &c) const override;
    ConnectFailure classifyConnectError(const QSqlError &error) const override;
    bool isUniqueViolation(const QSqlError &error) const override;
    QString serverVersionSql() const override { return QStringLiteral("SELECT VERSION()"); }
    std::unique_ptr<StatementInterrupter> interrupterFor(const QSqlDatabase &db, const Config &config) const override;

    QString quoteIdentifier(const QString &identifier) const override;
    QString quoteString(const QString &value) const override;

    int trackingSchemaVersion() const override { return 1; }
    QString tableExistsSql(const QString &schema, const QString &table) const override;
    SplitRules splitRules() const override;
    bool transactionalDdl() const override { return false; }

    InsertStatement insertReturningId(const QString &qualifiedTable, const QStringList &columns) const override;

    QString maintenanceDatabase() const override { return {}; }
    QString databaseExistsSql(const QString &database) const override;
    QStringList createDatabaseSql(const QString &database) const override;
    QStringList dropDatabaseSql(const QString &database) const override;

protected:
    QString idColumnSql() const override { return QStringLiteral("id integer primary key auto_increment"); }
    QString defaultSql(const TrackingColumn &column) const override;
};

} // namespace noorm
