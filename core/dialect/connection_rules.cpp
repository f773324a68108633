#include "dialect/connection_rules.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace noorm {

namespace {

QString hostOf(const ConnectionConfig &c) { return c.host.isEmpty() ? QStringLiteral("localhost") : c.host; }

} // namespace

QString ConnectionRules::availableDriver() const
{
    for (const QString &driver : qtDrivers()) {
        if (QSqlDatabase::isDriverAvailable(driver))
            return driver;
    }
    return {};
}

void ConnectionRules::configure(QSqlDatabase &db, const ConnectionConfig &c, const QString &projectRoot) const
{
    Q_UNUSED(projectRoot);
    db.setHostName(hostOf(c));
    db.setPort(c.port.value_or(defaultPort()));
    db.setDatabaseName(c.database);
    db.setUserName(c.user);
    db.setPassword(c.password.reveal());
    db.setConnectOptions(connectOptions(c));
}

QString ConnectionRules::databaseFile(const ConnectionConfig &, const QString &) const { return {}; }

std::unique_ptr<StatementInterrupter> ConnectionRules::interrupterFor(const QSqlDatabase &, const Config &,
                                                                     const QVariantList &) const
{
    return nullptr;
}

QString ConnectionRules::serverAddress(const ConnectionConfig &c) const
{
    if (isFileBased())
        return c.database;
    return QStringLiteral("%1:%2").arg(hostOf(c)).arg(c.port.value_or(defaultPort()));
}

std::optional<QSqlError> ConnectionRules::scriptErrorAsAlone(const QSqlError &error) const
{
    return error;
}

Result<QString> ConnectionRules::changeOwnPasswordSql(const QSqlDatabase &, const ConnectionConfig &, const Secret &) const
{
    return Error::refused(QStringLiteral("A file database has no password to change"));
}

Result<qint64> ConnectionRules::copyIn(const QSqlDatabase &, const QString &, const QString &) const
{
    return Error::invalidData(QStringLiteral("COPY … FROM stdin with inline data is psql's; only PostgreSQL runs it"));
}

std::unique_ptr<NativeRowReader> ConnectionRules::readRows(const QSqlDatabase &, const QString &) const
{
    return nullptr;
}

} // namespace noorm
