#include "db/tracking_schema.h"

#include "db/connection.h"
#include "db/transaction.h"
#include "dialect/tracking_tables.h"

#include <QDateTime>
#include <QThread>

namespace noorm {

namespace {

// Runs statements, inside one transaction where the dialect's DDL is transactional; else
// in one script where the driver takes one (one round trip instead of one per table).
Status runDdl(Connection &connection, const QStringList &statements)
{
    const ScriptRules &rules = connection.dialect().scripts();
    if (!rules.transactionalDdl() && rules.runsMultiStatementScripts())
        return connection.execScript(statements.join(rules.scriptSeparator()));
    if (!rules.transactionalDdl())
        return connection.execAll(statements);
    Result<Transaction> tx = Transaction::begin(connection);
    if (!tx)
        return tx.error();
    if (Status ok = connection.execAll(statements); !ok)
        return ok;
    return tx->commit();
}

// Creates the tracking schema when missing (checked first: PostgreSQL would print a
// "already exists, skipping" notice on every run).
Status createTrackingSchema(Connection &connection)
{
    const Dialect &dialect = connection.dialect();
    const QString probe = dialect.tracking().schemaExistsSql();
    if (probe.isEmpty())
        return {};
    Result<QVariant> exists = connection.scalar(probe);
    if (!exists)
        return exists.error();
    if (exists->isValid())
        return {};
    Status created = connection.execAll(dialect.tracking().createSchemaSql());
    if (created)
        return {};
    // Two first runs at once: CREATE SCHEMA IF NOT EXISTS can still lose the race.
    Result<QVariant> existsNow = connection.scalar(probe);
    return existsNow && existsNow->isValid() ? Status() : created;
}

Result<QStringList> legacyTables(Connection &connection)
{
    const Dialect &dialect = connection.dialect();
    QStringList found;
    if (dialect.tracking().moveLegacyTableSql(QString()).isEmpty())
        return found;
    for (const TrackingTable &table : tracking::allTables()) {
        Result<bool> inDefault =
            TrackingSchema::tableExists(connection, dialect.tracking().defaultSchema(), table.name);
        if (!inDefault)
            return inDefault.error();
        if (!*inDefault)
            continue;
        Result<bool> inTracking = TrackingSchema::tableExists(connection, dialect.tracking().schema(), table.name);
        if (!inTracking)
            return inTracking.error();
        if (!*inTracking)
            found << QString(table.name);
    }
    return found;
}

// Moves the original's tables into the tracking schema, all or none.
Result<QStringList> moveLegacyTables(Connection &connection)
{
    Result<QStringList> tables = legacyTables(connection);
    if (!tables || tables->isEmpty())
        return tables;
    QStringList statements;
    for (const QString &table : *tables)
        statements << connection.dialect().tracking().moveLegacyTableSql(table);
    Result<Transaction> tx = Transaction::begin(connection);
    if (!tx)
        return tx.error();
    if (Status ok = connection.execAll(statements); !ok)
        return Error::failed(tr("Could not move the tracking tables into schema %1: %2")
                                  .arg(connection.dialect().tracking().schema(), ok.error().message));
    if (Status ok = tx->commit(); !ok)
        return ok.error();
    return tables;
}

// Schema migration `version`. v1 creates the tables; v2 (the `noorm` schema on PostgreSQL
// and SQL Server) needs no DDL beyond the schema creation and move ensure() always does.
// A first run (`fresh`) creates the vault's table in the same script: one round trip, and
// no look for it afterwards.
Status migrate(Connection &connection, int version, bool fresh)
{
    const TrackingSql &tracking = connection.dialect().tracking();
    if (version == 1)
        return runDdl(connection, tracking.coreTablesDdl() + (fresh ? tracking.createTableSql(tracking::secretsTable()) : QStringList()));
    return {};
}

struct CarriedVersions {
    int state = tracking::stateVersion;
    int settings = tracking::settingsVersion;
};

Result<CarriedVersions> latestFormatVersions(Connection &connection)
{
    using namespace tracking::version;
    const Dialect &dialect = connection.dialect();
    Result<QSqlQuery> q = connection.query(dialect.syntax().selectLimitSql(
        QStringLiteral("%1, %2 FROM %3 ORDER BY %4 DESC")
            .arg(stateVersion, settingsVersion, dialect.tracking().table(table), id),
        1));
    if (!q)
        return q.error();
    CarriedVersions versions;
    if (q->next()) {
        versions.state = q->value(0).toInt();
        versions.settings = q->value(1).toInt();
    }
    return versions;
}

Status recordVersion(Connection &connection, int schemaVersion, const CarriedVersions &carried)
{
    using namespace tracking::version;
    const Dialect &dialect = connection.dialect();
    const QString now = dialect.tracking().formatTimestamp(QDateTime::currentDateTimeUtc());
    Result<qint64> id = connection.insertReturningId(
        dialect.tracking().table(table),
        {cliVersion, noormVersion, stateVersion, settingsVersion, installedAt, upgradedAt},
        {QStringLiteral(NOORM_VERSION), schemaVersion, carried.state, carried.settings, now, now});
    if (!id)
        return id.error();
    return {};
}

// Whether another process brought the tables to `version` while this one tried to: its
// migration and version row take milliseconds, so a few short looks settle it.
bool upgradedMeanwhile(Connection &connection, int version)
{
    constexpr int kLooks = 50;
    for (int look = 0; look < kLooks; ++look) {
        Result<int> now = TrackingSchema::currentVersion(connection);
        if (now && *now >= version)
            return true;
        QThread::msleep(100);
    }
    return false;
}

struct VersionRead {
    int version = 0;         // 0: no tables, or no version row yet
    bool vaultFound = false; // with `withVault`: the vault's table is there
};

// The latest version row; with `withVault`, also whether the vault's table is there, as an
// EXISTS in the same statement (one round trip on every run instead of two; EXISTS, as a
// case-insensitive catalog may hold two spellings of the name).
Result<VersionRead> readVersion(Connection &connection, bool withVault)
{
    using namespace tracking::version;
    const Dialect &dialect = connection.dialect();
    const TrackingSql &tracking = dialect.tracking();
    const QString vaultLook =
        withVault ? QStringLiteral(", CASE WHEN EXISTS (%1) THEN 1 ELSE 0 END")
                        .arg(tracking.tableExistsSql(tracking.schema(), tracking::secretsTable().name))
                  : QString();
    const QString read = dialect.syntax().selectLimitSql(
        QStringLiteral("%1%2 FROM %3 ORDER BY %4 DESC").arg(noormVersion, vaultLook, tracking.table(table), id), 1);
    Result<QSqlQuery> q = connection.query(read);
    // The version read succeeds wherever the presence probe would (one round trip on every
    // run); only when it fails does the probe tell "no tables" from a real error. Tables the
    // probe finds may have been made by another first run between the two (it saw "no such
    // table" once): the version is read again, and only that read's failure is an error.
    if (!q) {
        if (!TrackingSchema::tablesExist(connection))
            return VersionRead{};
        q = connection.query(read);
        if (!q)
            return q.error();
    }
    VersionRead found;
    if (q->next()) {
        found.version = q->value(0).isNull() ? 0 : q->value(0).toInt();
        found.vaultFound = withVault && q->value(1).toInt() == 1;
    }
    return found;
}

} // namespace

QString TrackingInspection::stateName() const
{
    switch (state) {
    case State::Missing: return QStringLiteral("missing");
    case State::Outdated: return QStringLiteral("outdated");
    case State::Current: return QStringLiteral("current");
    case State::Newer: return QStringLiteral("newer");
    }
    return {};
}

Result<TrackingInspection> TrackingSchema::inspect(Connection &connection)
{
    const Dialect &dialect = connection.dialect();
    TrackingInspection found;
    found.expectedVersion = dialect.tracking().schemaVersion();
    Result<QStringList> legacy = legacyTables(connection);
    if (!legacy)
        return legacy.error();
    found.legacyTables = *legacy;
    Result<VersionRead> read = readVersion(connection, true);
    if (!read)
        return read.error();
    const int current = read->version;
    found.version = current;
    if (current == 0 && found.legacyTables.isEmpty())
        found.state = TrackingInspection::State::Missing;
    else if (current == 0 || current < found.expectedVersion)
        found.state = TrackingInspection::State::Outdated;
    else if (current > found.expectedVersion)
        found.state = TrackingInspection::State::Newer;
    else
        found.state = TrackingInspection::State::Current;
    found.vaultMissing = current > 0 && !read->vaultFound;
    return found;
}

Result<bool> TrackingSchema::tableExists(Connection &connection, const QString &schema, const QString &table)
{
    Result<QVariant> row = connection.scalar(connection.dialect().tracking().tableExistsSql(schema, table));
    if (!row)
        return row.error();
    return row->isValid();
}

bool TrackingSchema::tablesExist(Connection &connection)
{
    return connection.query(connection.dialect().tracking().presenceProbeSql(tracking::version::table)).ok();
}

Result<int> TrackingSchema::currentVersion(Connection &connection)
{
    Result<VersionRead> read = readVersion(connection, false);
    if (!read)
        return read.error();
    return read->version;
}

Result<TrackingStatus> TrackingSchema::ensure(Connection &connection)
{
    const Dialect &dialect = connection.dialect();
    TrackingStatus status;
    status.version = dialect.tracking().schemaVersion();

    if (Status ok = createTrackingSchema(connection); !ok)
        return Error::failed(tr("Could not create schema %1 for the tracking tables: %2")
                                  .arg(dialect.tracking().schema(), ok.error().message));

    Result<QStringList> moved = moveLegacyTables(connection);
    if (!moved)
        return moved.error();
    status.movedTables = *moved;

    Result<VersionRead> read = readVersion(connection, true);
    if (!read)
        return read.error();
    const int current = read->version;
    status.previousVersion = current;
    if (current > status.version) {
        return Error::failed(tr("The tracking tables in %1 are at schema version %2, newer than the "
                                             "version %3 this noorm %4 supports. Upgrade noorm.")
                                  .arg(connection.describe())
                                  .arg(current)
                                  .arg(status.version)
                                  .arg(QStringLiteral(NOORM_VERSION)));
    }

    if (current < status.version) {
        CarriedVersions carried;
        if (current > 0) {
            Result<CarriedVersions> latest = latestFormatVersions(connection);
            if (!latest)
                return latest.error();
            carried = *latest;
        }
        for (int version = current + 1; version <= status.version; ++version) {
            if (Status ok = migrate(connection, version, current == 0); !ok) {
                // Two first runs at once: the other process may be creating the same tables.
                if (upgradedMeanwhile(connection, status.version))
                    return status;
                return Error::failed(tr("Tracking-schema migration v%1 failed: %2")
                                          .arg(version)
                                          .arg(ok.error().message));
            }
        }
        if (Status ok = recordVersion(connection, status.version, carried); !ok)
            return ok.error();
        status.outcome = current == 0 ? TrackingStatus::Outcome::Created : TrackingStatus::Outcome::Upgraded;
    }

    const TrackingTable &vault = tracking::secretsTable();
    if (status.previousVersion == 0) {
        status.createdTables << QString(vault.name);
        return status;
    }
    // Found with the version (a version row now: the tables were there before this run).
    if (!read->vaultFound) {
        if (Status ok = runDdl(connection, dialect.tracking().createTableSql(vault)); !ok) {
            // Another first run may have created it a moment ago.
            Result<bool> createdMeanwhile = tableExists(connection, dialect.tracking().schema(), vault.name);
            if (!createdMeanwhile || !*createdMeanwhile)
                return Error::failed(tr("Could not create %1: %2").arg(vault.name, ok.error().message));
        } else {
            status.createdTables << QString(vault.name);
        }
    }
    return status;
}

} // namespace noorm
