#include "db/database_admin.h"

#include "db/connection.h"
#include "dialect/dialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace noorm {

namespace {

Result<const Dialect *> dialectOf(const Config &config)
{
    const Dialect *dialect = dialectFor(config.connection.dialect);
    if (!dialect) {
        Error error = Error::usage(QStringLiteral("Unknown dialect '%1' in config '%2'")
                                       .arg(config.connection.dialect, config.name));
        error.key = QStringLiteral("connection.dialect");
        return error;
    }
    if (config.connection.database.isEmpty()) {
        Error error = Error::usage(QStringLiteral("Config '%1' names no database").arg(config.name));
        error.key = QStringLiteral("connection.database");
        return error;
    }
    return dialect;
}

Result<std::unique_ptr<Connection>> openMaintenance(const Config &config, const Dialect &dialect,
                                                    const QString &projectRoot)
{
    Config maintenance = config;
    maintenance.connection.database = dialect.maintenanceDatabase();
    return Connection::open(maintenance, projectRoot);
}

Result<bool> serverDatabaseExists(Connection &maintenance, const QString &database)
{
    Result<QVariant> row = maintenance.scalar(maintenance.dialect().databaseExistsSql(database));
    if (!row)
        return row.error();
    return row->isValid();
}

bool fileDatabaseExists(const QString &file)
{
    return file == QLatin1String(":memory:") || QFileInfo::exists(file);
}

} // namespace

Result<bool> DatabaseAdmin::databaseExists(const Config &config, const QString &projectRoot)
{
    Result<const Dialect *> dialect = dialectOf(config);
    if (!dialect)
        return dialect.error();
    if ((*dialect)->isFileBased())
        return fileDatabaseExists((*dialect)->databaseFile(config.connection, projectRoot));
    Result<std::unique_ptr<Connection>> maintenance = openMaintenance(config, **dialect, projectRoot);
    if (!maintenance)
        return maintenance.error();
    return serverDatabaseExists(**maintenance, config.connection.database);
}

Result<bool> DatabaseAdmin::createDatabase(const Config &config, const QString &projectRoot)
{
    Result<const Dialect *> dialect = dialectOf(config);
    if (!dialect)
        return dialect.error();
    const QString database = config.connection.database;

    if ((*dialect)->isFileBased()) {
        const QString file = (*dialect)->databaseFile(config.connection, projectRoot);
        if (fileDatabaseExists(file))
            return false;
        const QFileInfo info(file);
        if (!info.absoluteDir().exists()) {
            Error error = Error::general(QStringLiteral("The folder for SQLite database %1 does not exist: %2")
                                             .arg(file, info.absolutePath()));
            error.key = QStringLiteral("connection.database");
            return error;
        }
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error::general(QStringLiteral("Cannot create SQLite database %1: %2").arg(file, f.errorString()));
        return true;
    }

    Result<std::unique_ptr<Connection>> maintenance = openMaintenance(config, **dialect, projectRoot);
    if (!maintenance)
        return maintenance.error();
    Result<bool> exists = serverDatabaseExists(**maintenance, database);
    if (!exists)
        return exists.error();
    if (*exists)
        return false;
    if (Status ok = (*maintenance)->execAll((*dialect)->createDatabaseSql(database)); !ok)
        return Error::general(QStringLiteral("Could not create database '%1': %2").arg(database, ok.error().message));
    return true;
}

Result<bool> DatabaseAdmin::dropDatabase(const Config &config, const QString &projectRoot)
{
    if (config.isProtected) {
        return Error::refused(QStringLiteral("Config '%1' is protected: db drop refuses protected configs")
                                  .arg(config.name));
    }
    Result<const Dialect *> dialect = dialectOf(config);
    if (!dialect)
        return dialect.error();
    const QString database = config.connection.database;

    if ((*dialect)->isFileBased()) {
        const QString file = (*dialect)->databaseFile(config.connection, projectRoot);
        if (file == QLatin1String(":memory:") || !QFileInfo::exists(file))
            return false;
        if (!QFile::remove(file))
            return Error::general(QStringLiteral("Cannot delete SQLite database %1").arg(file));
        // SQLite's side files would otherwise resurrect state in a new file of that name.
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            QFile::remove(file + QLatin1String(suffix));
        return true;
    }

    Result<std::unique_ptr<Connection>> maintenance = openMaintenance(config, **dialect, projectRoot);
    if (!maintenance)
        return maintenance.error();
    Result<bool> exists = serverDatabaseExists(**maintenance, database);
    if (!exists)
        return exists.error();
    if (!*exists)
        return false;
    if (Status ok = (*maintenance)->execAll((*dialect)->dropDatabaseSql(database)); !ok)
        return Error::general(QStringLiteral("Could not drop database '%1': %2").arg(database, ok.error().message));
    return true;
}

} // namespace noorm
