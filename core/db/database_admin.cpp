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
        Error error = Error::invalidInput(tr("Unknown dialect '%1' in config '%2'")
                                       .arg(config.connection.dialect, config.name));
        error.key = QStringLiteral("connection.dialect");
        return error;
    }
    if (config.connection.database.isEmpty()) {
        Error error = Error::invalidInput(tr("Config '%1' names no database").arg(config.name));
        error.key = QStringLiteral("connection.database");
        return error;
    }
    return dialect;
}

Result<std::unique_ptr<Connection>> openMaintenance(const Config &config, const Dialect &dialect,
                                                    const QString &projectRoot)
{
    Config maintenance = config;
    maintenance.connection.database = dialect.databases().maintenanceDatabase();
    return Connection::open(maintenance, projectRoot);
}

Result<bool> serverDatabaseExists(Connection &maintenance, const QString &database)
{
    Result<QVariant> row = maintenance.scalar(maintenance.dialect().databases().existsSql(database));
    if (!row)
        return row.error();
    return row->isValid();
}

// Creates or drops a server database: runs `statements` on the maintenance connection
// when the database's existence is `runWhenExists`. True when they ran.
Result<bool> changeOnServer(const Config &config, const Dialect &dialect, const QString &projectRoot,
                            bool runWhenExists, const QStringList &statements, const QString &verb)
{
    Result<std::unique_ptr<Connection>> maintenance = openMaintenance(config, dialect, projectRoot);
    if (!maintenance)
        return maintenance.error();
    Result<bool> exists = serverDatabaseExists(**maintenance, config.connection.database);
    if (!exists)
        return exists.error();
    if (*exists != runWhenExists)
        return false;
    if (Status ok = (*maintenance)->execAll(statements); !ok)
        return Error::failed(tr("Could not %1 database '%2': %3")
                                  .arg(verb, config.connection.database, ok.error().message));
    return true;
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
    if ((*dialect)->connection().isFileBased())
        return fileDatabaseExists((*dialect)->connection().databaseFile(config.connection, projectRoot));
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

    if ((*dialect)->connection().isFileBased()) {
        const QString file = (*dialect)->connection().databaseFile(config.connection, projectRoot);
        if (fileDatabaseExists(file))
            return false;
        if (Status ok = Connection::checkDatabaseFolder(config, projectRoot); !ok)
            return ok.error();
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error::failed(tr("Cannot create %1 database %2: %3").arg((*dialect)->displayName(), file, f.errorString()));
        return true;
    }

    return changeOnServer(config, **dialect, projectRoot, false, (*dialect)->databases().createSql(database),
                          QStringLiteral("create"));
}

Result<bool> DatabaseAdmin::dropDatabase(const Config &config, const QString &projectRoot)
{
    if (config.isProtected) {
        return Error::refused(tr("Config '%1' is protected: db drop refuses protected configs")
                                  .arg(config.name));
    }
    Result<const Dialect *> dialect = dialectOf(config);
    if (!dialect)
        return dialect.error();
    const QString database = config.connection.database;

    if ((*dialect)->connection().isFileBased()) {
        const QString file = (*dialect)->connection().databaseFile(config.connection, projectRoot);
        if (file == QLatin1String(":memory:") || !QFileInfo::exists(file))
            return false;
        if (!QFile::remove(file))
            return Error::failed(tr("Cannot delete %1 database %2").arg((*dialect)->displayName(), file));
        // SQLite's side files would otherwise resurrect state in a new file of that name.
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            QFile::remove(file + QLatin1String(suffix));
        return true;
    }

    return changeOnServer(config, **dialect, projectRoot, true, (*dialect)->databases().dropSql(database),
                          QStringLiteral("drop"));
}

} // namespace noorm
