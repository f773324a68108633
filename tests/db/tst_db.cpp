// Live tests of core/db on a SQLite file, PostgreSQL and MariaDB (started by
// scripts/test.sh): connecting, tracking-table bootstrap and upgrade, database admin.

#include "db/connection.h"
#include "db/database_admin.h"
#include "db/tracking_schema.h"
#include "db/transaction.h"
#include "dialect/tracking_tables.h"
#include "support/live.h"
#include "support/live_config.h"
#include "support/tempproject.h"

#include <QFile>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>
#include <QtTest>

using namespace noorm;
using noorm::test::LiveServer;
using noorm::test::TempProject;

namespace {

Config serverConfig(const LiveServer &server)
{
    Config config = noorm::test::liveConfig(server);
    config.name = QStringLiteral("test-") + server.dialect;
    return config;
}

Config sqliteConfig()
{
    Config config;
    config.name = QStringLiteral("test-sqlite");
    config.connection.dialect = QStringLiteral("sqlite");
    config.connection.database = QStringLiteral("db/app.db");
    return config;
}

std::unique_ptr<Connection> openOrFail(const Config &config, const QString &root)
{
    Result<std::unique_ptr<Connection>> connection = Connection::open(config, root);
    if (!connection) {
        qWarning("open failed: %s", qPrintable(connection.error().message));
        return nullptr;
    }
    return std::move(connection).value();
}

// Drops whatever tracking tables a test (or an earlier, crashed run) left behind.
void dropTracking(const Config &config, const QString &root)
{
    std::unique_ptr<Connection> c = openOrFail(config, root);
    if (!c)
        return;
    const QString dialect = config.connection.dialect;
    if (dialect == QLatin1String("postgres")) {
        (void)c->exec(QStringLiteral("SET client_min_messages = warning")); // no "does not exist, skipping"
        (void)c->exec(QStringLiteral("DROP SCHEMA IF EXISTS noorm CASCADE"));
        for (const TrackingTable &table : tracking::allTables())
            (void)c->exec(QStringLiteral("DROP TABLE IF EXISTS public.%1 CASCADE").arg(table.name));
        return;
    }
    std::vector<TrackingTable> tables = tracking::allTables();
    std::reverse(tables.begin(), tables.end()); // children before parents
    for (const TrackingTable &table : tables)
        (void)c->exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(table.name));
}

struct TrackingCleanup {
    Config config;
    QString root;
    TrackingCleanup(Config c, QString r) : config(std::move(c)), root(std::move(r)) { dropTracking(config, root); }
    ~TrackingCleanup() { dropTracking(config, root); }
};

qint64 count(Connection &c, const QString &table)
{
    Result<QVariant> n = c.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(c.dialect().tracking().table(table)));
    return n ? n->toLongLong() : -1;
}

// column name -> nullable, from the database's own catalog.
QMap<QString, bool> catalogColumns(Connection &c, const QString &table)
{
    QMap<QString, bool> columns;
    const QString dialect = c.config().connection.dialect;
    Result<QSqlQuery> q = dialect == QLatin1String("sqlite")
        ? c.query(QStringLiteral("SELECT name, \"notnull\" = 0 OR pk = 1 FROM pragma_table_info(?)"), {table})
        : c.query(QStringLiteral("SELECT column_name, is_nullable = 'YES' FROM information_schema.columns "
                                 "WHERE table_schema = %1 AND table_name = ?")
                      .arg(dialect == QLatin1String("postgres") ? QStringLiteral("'noorm'") : QStringLiteral("DATABASE()")),
                  {table});
    if (!q)
        return columns;
    while (q->next()) {
        const QString name = q->value(0).toString();
        // SQLite reports an INTEGER PRIMARY KEY as nullable; it is the rowid, never null.
        columns.insert(name, name == QLatin1String("id") ? false : q->value(1).toBool());
    }
    return columns;
}

QStringList catalogIndexes(Connection &c)
{
    const QString dialect = c.config().connection.dialect;
    QString sql;
    if (dialect == QLatin1String("postgres"))
        sql = QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = 'noorm'");
    else if (dialect == QLatin1String("mysql"))
        sql = QStringLiteral("SELECT DISTINCT index_name FROM information_schema.statistics WHERE table_schema = DATABASE()");
    else
        sql = QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'");
    QStringList names;
    Result<QSqlQuery> q = c.query(sql);
    while (q && q->next())
        names << q->value(0).toString();
    return names;
}

QString uniqueDatabaseName()
{
    static int counter = 0;
    return QStringLiteral("noorm_tst_%1_%2_%3")
        .arg(QCoreApplication::applicationPid())
        .arg(QDateTime::currentMSecsSinceEpoch() % 100000)
        .arg(++counter);
}

int unusedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed again when `server` goes away
}

} // namespace

// In a data-driven test with a `name` column: the config of that dialect's database
// (a SQLite file in a temporary project, or the live server), skipping without a server.
#define LIVE_CONFIG(config)                                                                        \
    QFETCH(QString, name);                                                                         \
    TempProject project;                                                                           \
    const QString root = project.root();                                                           \
    Config config;                                                                                 \
    if (name == QLatin1String("postgres")) {                                                       \
        NOORM_REQUIRE_LIVE(pgServer, "postgres");                                                  \
        config = serverConfig(pgServer);                                                           \
    } else if (name == QLatin1String("mysql")) {                                                   \
        NOORM_REQUIRE_LIVE(myServer, "mysql");                                                     \
        config = serverConfig(myServer);                                                           \
    } else {                                                                                       \
        QDir(root).mkpath(QStringLiteral("db"));                                                   \
        config = sqliteConfig();                                                                   \
    }

// The connection `c` to that database, with no tracking tables before or after the test.
#define TRACKED_CONNECTION(c)                                                                      \
    TrackingCleanup cleanup(config, root);                                                         \
    std::unique_ptr<Connection> c = openOrFail(config, root);                                      \
    QVERIFY(c)

class TestDb : public QObject {
    Q_OBJECT

    static void allDialects()
    {
        noorm::test::addDialectRows("name", {QStringLiteral("sqlite"), QStringLiteral("postgres"), QStringLiteral("mysql")});
    }
    static void serverDialects()
    {
        noorm::test::addDialectRows("name", {QStringLiteral("postgres"), QStringLiteral("mysql")});
    }

private slots:
    void opensAndReportsTheServerVersion_data() { allDialects(); }
    void opensAndReportsTheServerVersion()
    {
        LIVE_CONFIG(config);
        Result<std::unique_ptr<Connection>> c = Connection::open(config, root);
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        QCOMPARE((*c)->dialect().name(), name);
        QVERIFY(!(*c)->serverVersion().isEmpty());
        QVERIFY((*c)->database().isOpen());
        QVERIFY(!(*c)->describe().isEmpty());
        if (name == QLatin1String("sqlite"))
            QVERIFY(QFile::exists(project.path(QStringLiteral("db/app.db"))));
    }

    void givesEachConnectionItsOwnName()
    {
        TempProject project;
        QDir(project.root()).mkpath(QStringLiteral("db"));
        std::unique_ptr<Connection> a = openOrFail(sqliteConfig(), project.root());
        std::unique_ptr<Connection> b = openOrFail(sqliteConfig(), project.root());
        QVERIFY(a && b);
        QVERIFY(a->connectionName() != b->connectionName());
        const QString name = a->connectionName();
        a.reset();
        QVERIFY(!QSqlDatabase::contains(name));
        QVERIFY(QSqlDatabase::contains(b->connectionName()));
    }

    // A file that is no SQLite database fails at connect, naming the file and the config's
    // key. It failed at the first statement that read it, as "Tracking-schema migration v1
    // failed: SQLite error: … file is not a database"; the file is left as it was.
    void saysWhenTheFileIsNoSqliteDatabase()
    {
        TempProject project;
        QDir(project.root()).mkpath(QStringLiteral("db"));
        const QByteArray text = "name,price\nwidget,3\n";
        project.write(QStringLiteral("db/app.db"), text);
        Result<std::unique_ptr<Connection>> c = Connection::open(sqliteConfig(), project.root());
        QVERIFY(!c);
        QCOMPARE(c.error().kind, ErrorKind::Connection);
        QCOMPARE(c.error().key, QStringLiteral("connection.database"));
        QVERIFY2(c.error().message.startsWith(QLatin1String("db/app.db is not a SQLite database file")), qPrintable(c.error().message));
        QCOMPARE(project.read(QStringLiteral("db/app.db")), text);
        // An empty file is an empty database, as sqlite3 takes it.
        project.write(QStringLiteral("db/app.db"), QByteArray());
        QVERIFY(openOrFail(sqliteConfig(), project.root()));
    }

    // While noorm is connected a SQLite file in the default journal mode commits by
    // truncating its journal (no file created and deleted per commit); closing puts the
    // mode back and leaves no journal file. A mode the user chose (WAL) is left alone.
    void borrowsTheJournalModeOnlyWhileConnected()
    {
        TempProject project;
        QDir(project.root()).mkpath(QStringLiteral("db"));
        const QString file = project.path(QStringLiteral("db/app.db"));
        const auto modeOf = [](Connection &c) {
            Result<QVariant> mode = c.scalar(QStringLiteral("PRAGMA journal_mode"));
            return mode ? mode->toString().toLower() : QStringLiteral("error");
        };
        {
            std::unique_ptr<Connection> conn = openOrFail(sqliteConfig(), project.root());
            QVERIFY(conn);
            QCOMPARE(modeOf(*conn), QStringLiteral("truncate"));
            QVERIFY(conn->exec(QStringLiteral("CREATE TABLE t (id INTEGER)")));
            QVERIFY(conn->exec(QStringLiteral("INSERT INTO t VALUES (1)")));
            QVERIFY(QFile::exists(file + QStringLiteral("-journal"))); // emptied, not deleted
        }
        QVERIFY(!QFile::exists(file + QStringLiteral("-journal")));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString().toLower(), QStringLiteral("delete"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next());
            QCOMPARE(q.value(0).toString().toLower(), QStringLiteral("wal"));
            q = QSqlQuery();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        {
            std::unique_ptr<Connection> conn = openOrFail(sqliteConfig(), project.root());
            QVERIFY(conn);
            QCOMPARE(modeOf(*conn), QStringLiteral("wal"));
            Result<QVariant> rows = conn->scalar(QStringLiteral("SELECT COUNT(*) FROM t"));
            QVERIFY(rows);
            QCOMPARE(rows->toInt(), 1);
        }
        std::unique_ptr<Connection> again = openOrFail(sqliteConfig(), project.root());
        QVERIFY(again);
        QCOMPARE(modeOf(*again), QStringLiteral("wal"));
    }
    // A QSqlDatabase belongs to the thread that opened it: another thread gets an error,
    // not a corrupted driver.
    void refusesUseFromAnotherThread()
    {
        TempProject project;
        QDir(project.root()).mkpath(QStringLiteral("db"));
        std::unique_ptr<Connection> conn = openOrFail(sqliteConfig(), project.root());
        QVERIFY(conn);
        QVERIFY(conn->exec(QStringLiteral("CREATE TABLE t (id INTEGER)")));
        Status fromWorker;
        bool queryRefused = false;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            fromWorker = conn->exec(QStringLiteral("INSERT INTO t VALUES (1)"));
            queryRefused = !conn->query(QStringLiteral("SELECT 1")).ok();
        }));
        worker->start();
        QVERIFY(worker->wait(30000));
        QVERIFY(!fromWorker.ok());
        QVERIFY2(fromWorker.error().message.contains(QLatin1String("thread")), qPrintable(fromWorker.error().message));
        QVERIFY(queryRefused);
        Result<QVariant> rows = conn->scalar(QStringLiteral("SELECT COUNT(*) FROM t"));
        QVERIFY(rows);
        QCOMPARE(rows->toInt(), 0);
    }

    // MySQL commits each CREATE TABLE by itself: a first run killed halfway through leaves
    // some tracking tables and no version row. The next run creates the rest instead of
    // failing on the first table that exists (before, every later run failed that way).
    void aFirstRunKilledWhileCreatingTheTablesBlocksNoLaterRun_data()
    {
        noorm::test::addDialectRows("name", {QStringLiteral("mysql")});
    }
    void aFirstRunKilledWhileCreatingTheTablesBlocksNoLaterRun()
    {
        LIVE_CONFIG(config);
        TRACKED_CONNECTION(c);
        const QStringList ddl = c->dialect().tracking().coreTablesDdl();
        QVERIFY(ddl.size() > 2);
        QVERIFY(c->execAll(ddl.mid(0, 2))); // the version table and the next, then the kill
        QCOMPARE(TrackingSchema::currentVersion(*c).value(), 0);
        Result<TrackingStatus> status = TrackingSchema::ensure(*c);
        QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
        QCOMPARE(status->outcome, TrackingStatus::Outcome::Created);
        QCOMPARE(TrackingSchema::currentVersion(*c).value(), status->version);
        for (const TrackingTable &table : tracking::allTables())
            QVERIFY2(TrackingSchema::tableExists(*c, c->dialect().tracking().schema(), table.name).value(), table.name.data());
    }

    // The vault's table came after the others: a database tracked before it gets it on the
    // next run, found missing by the same query that reads the version; one that has it keeps it.
    void makesTheVaultTableWhereOnlyItIsMissing_data() { allDialects(); }
    void makesTheVaultTableWhereOnlyItIsMissing()
    {
        LIVE_CONFIG(config);
        TRACKED_CONNECTION(c);
        QVERIFY(TrackingSchema::ensure(*c).ok());
        const QString vault = c->dialect().tracking().table(tracking::secrets::table);
        QVERIFY(c->exec(QStringLiteral("INSERT INTO %1 (secret_key, encrypted_value, recipient_hash, sender_hash) "
                                       "VALUES ('K', 'v', 'r', 's')").arg(vault)).ok());
        Result<TrackingStatus> again = TrackingSchema::ensure(*c);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QVERIFY(again->createdTables.isEmpty());
        QCOMPARE(c->scalar(QStringLiteral("SELECT secret_key FROM %1").arg(vault)).value().toString(), QStringLiteral("K"));
        QVERIFY(!TrackingSchema::inspect(*c).value().vaultMissing);

        QVERIFY(c->exec(QStringLiteral("DROP TABLE %1").arg(vault)).ok());
        QVERIFY(TrackingSchema::inspect(*c).value().vaultMissing);
        Result<TrackingStatus> status = TrackingSchema::ensure(*c);
        QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
        QCOMPARE(status->outcome, TrackingStatus::Outcome::Current);
        QCOMPARE(status->createdTables, QStringList{QString(tracking::secrets::table)});
        QVERIFY(TrackingSchema::tableExists(*c, c->dialect().tracking().schema(), tracking::secrets::table).value());
        QVERIFY(!TrackingSchema::inspect(*c).value().vaultMissing);
    }

    void createsEveryTrackingTableAndColumn_data() { allDialects(); }
    void createsEveryTrackingTableAndColumn()
    {
        LIVE_CONFIG(config);
        TRACKED_CONNECTION(c);
        QCOMPARE(TrackingSchema::currentVersion(*c).value(), 0);
        Result<TrackingStatus> status = TrackingSchema::ensure(*c);
        QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
        QCOMPARE(status->outcome, TrackingStatus::Outcome::Created);
        QCOMPARE(status->previousVersion, 0);
        QCOMPARE(status->version, name == QLatin1String("postgres") ? 2 : 1);
        QVERIFY(status->movedTables.isEmpty());
        QCOMPARE(status->createdTables, QStringList{QString(tracking::secrets::table)});
        QCOMPARE(TrackingSchema::currentVersion(*c).value(), status->version);
        QVERIFY(TrackingSchema::tablesExist(*c));

        for (const TrackingTable &table : tracking::allTables()) {
            const QMap<QString, bool> columns = catalogColumns(*c, table.name);
            QCOMPARE(columns.size(), qsizetype(table.columns.size()));
            for (const TrackingColumn &column : table.columns) {
                QVERIFY2(columns.contains(column.name), qPrintable(table.name + QLatin1Char('.') + column.name));
                QVERIFY2(!columns.value(column.name), qPrintable(table.name + QLatin1Char('.') + column.name + " is nullable"));
            }
        }
        const QStringList indexes = catalogIndexes(*c);
        QVERIFY2(indexes.contains(QStringLiteral("idx_change_name_config")), qPrintable(indexes.join(',')));
        QVERIFY2(indexes.contains(QStringLiteral("idx_executions_change_id")), qPrintable(indexes.join(',')));
        if (name == QLatin1String("postgres")) {
            Result<bool> inPublic = TrackingSchema::tableExists(*c, QStringLiteral("public"), tracking::change::table);
            QVERIFY(inPublic && !*inPublic);
        }
    }

    // MySQL declares the indexes inside CREATE TABLE; the tables end up with exactly the
    // keys the separate CREATE INDEX statements gave them (and no implicit index for the
    // foreign key of __noorm_executions__, which InnoDB drops once idx_executions_change_id
    // exists and never makes when it is declared with the table).
    void mysqlTrackingTablesHaveTheSpecsKeys()
    {
        NOORM_REQUIRE_LIVE(myServer, "mysql");
        TempProject project;
        const QString root = project.root();
        const Config config = serverConfig(myServer);
        TRACKED_CONNECTION(c);
        QVERIFY(TrackingSchema::ensure(*c).ok());
        Result<QSqlQuery> q = c->query(QStringLiteral(
            "SELECT table_name, index_name, GROUP_CONCAT(column_name ORDER BY seq_in_index), MIN(non_unique) "
            "FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name LIKE '\\_\\_noorm\\_%' "
            "GROUP BY table_name, index_name"));
        QVERIFY2(q, qPrintable(q ? QString() : q.error().message));
        QStringList keys;
        while (q->next())
            keys << QStringLiteral("%1 %2 (%3)%4").arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                                       q->value(3).toInt() == 0 ? QStringLiteral(" unique") : QString());
        keys.sort();
        QCOMPARE(keys, (QStringList{
                           "__noorm_change__ PRIMARY (id) unique",
                           "__noorm_change__ idx_change_name_config (name,config_name)",
                           "__noorm_executions__ PRIMARY (id) unique",
                           "__noorm_executions__ idx_executions_change_id (change_id)",
                           "__noorm_identities__ PRIMARY (id) unique",
                           "__noorm_identities__ identity_hash (identity_hash) unique",
                           "__noorm_lock__ PRIMARY (id) unique",
                           "__noorm_lock__ config_name (config_name) unique",
                           "__noorm_secrets__ PRIMARY (id) unique",
                           "__noorm_secrets__ config_name (config_name,secret_key,recipient_hash) unique",
                           "__noorm_secrets__ idx_secrets_recipient_hash (recipient_hash)",
                           "__noorm_version__ PRIMARY (id) unique",
                       }));
    }

    // Every multi-statement batch on MySQL starts with MysqlScripts::batchGuardSql(). It must
    // parse exactly where the server reads quotes as the splitter does: backslash escapes on,
    // and a client character set in which a backslash never ends a multibyte character.
    void mysqlBatchGuardParsesOnlyWhereQuotesReadAsSplit_data()
    {
        QTest::addColumn<QString>("session");
        QTest::addColumn<bool>("parses");
        for (const char *charset : {"utf8mb4", "utf8mb3", "latin1", "ascii", "binary", "ujis", "euckr"})
            QTest::newRow(charset) << QStringLiteral("SET NAMES %1").arg(QLatin1String(charset)) << true;
        for (const char *charset : {"gbk", "big5", "sjis", "cp932"})
            QTest::newRow(charset) << QStringLiteral("SET NAMES %1").arg(QLatin1String(charset)) << false;
        QTest::newRow("NO_BACKSLASH_ESCAPES") << QStringLiteral("SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES')")
                                              << false;
        QTest::newRow("ANSI_QUOTES") << QStringLiteral("SET SESSION sql_mode = CONCAT(@@sql_mode, ',ANSI_QUOTES')") << true;
    }
    void mysqlBatchGuardParsesOnlyWhereQuotesReadAsSplit()
    {
        QFETCH(QString, session);
        QFETCH(bool, parses);
        NOORM_REQUIRE_LIVE(myServer, "mysql");
        TempProject project;
        std::unique_ptr<Connection> c = openOrFail(serverConfig(myServer), project.root());
        QVERIFY(c);
        QVERIFY(c->exec(session));
        const Status guard = c->exec(c->dialect().scripts().batchGuardSql());
        QVERIFY2(bool(guard) == parses, qPrintable(guard ? QStringLiteral("it parsed") : guard.error().message));
        if (!parses)
            QVERIFY2(guard.error().message.contains(QStringLiteral("SQL syntax")), qPrintable(guard.error().message));
    }

    void writesAVersionRowWithItsOwnCliVersion_data() { allDialects(); }
    void writesAVersionRowWithItsOwnCliVersion()
    {
        LIVE_CONFIG(config);
        TRACKED_CONNECTION(c);
        QVERIFY(TrackingSchema::ensure(*c).ok());
        using namespace tracking::version;
        Result<QSqlQuery> q = c->query(QStringLiteral("SELECT %1, %2, %3, %4, %5, %6 FROM %7")
                                           .arg(cliVersion, noormVersion, stateVersion, settingsVersion, installedAt,
                                                upgradedAt, c->dialect().tracking().table(table)));
        QVERIFY(q);
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral(NOORM_VERSION));
        QVERIFY(!q->value(0).toString().isEmpty());
        QCOMPARE(q->value(1).toInt(), c->dialect().tracking().schemaVersion());
        QCOMPARE(q->value(2).toInt(), 1);
        QCOMPARE(q->value(3).toInt(), 1);
        const QDateTime installed = TrackingSql::parseTimestamp(q->value(4));
        QVERIFY2(installed.isValid(), qPrintable(q->value(4).toString()));
        QVERIFY(qAbs(installed.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QVERIFY(!q->next());
    }

    void secondEnsureChangesNothing_data() { allDialects(); }
    void secondEnsureChangesNothing()
    {
        LIVE_CONFIG(config);
        TRACKED_CONNECTION(c);
        QVERIFY(TrackingSchema::ensure(*c).ok());
        Result<TrackingStatus> again = TrackingSchema::ensure(*c);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->outcome, TrackingStatus::Outcome::Current);
        QVERIFY(!again->changed());
        QCOMPARE(again->previousVersion, again->version);
        QCOMPARE(count(*c, tracking::version::table), 1);
    }

    void refusesANewerSchemaVersion_data() { allDialects(); }
    void refusesANewerSchemaVersion()
    {
        LIVE_CONFIG(config);
        TRACKED_CONNECTION(c);
        QVERIFY(TrackingSchema::ensure(*c).ok());
        using namespace tracking::version;
        QVERIFY(c->exec(QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5) VALUES ('9.0.0', 7, 1, 1)")
                            .arg(c->dialect().tracking().table(table), cliVersion, noormVersion, stateVersion, settingsVersion))
                    .ok());
        Result<TrackingStatus> status = TrackingSchema::ensure(*c);
        QVERIFY(!status);
        const QString message = status.error().message;
        QVERIFY2(message.contains(QStringLiteral("version 7")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("version %1").arg(c->dialect().tracking().schemaVersion())), qPrintable(message));
        QCOMPARE(count(*c, table), 2); // nothing written
    }

    void movesTheOriginalsTablesIntoTheNoormSchema()
    {
        NOORM_REQUIRE_LIVE(server, "postgres");
        const Config config = serverConfig(server);
        TrackingCleanup cleanup(config, QString());
        std::unique_ptr<Connection> c = openOrFail(config, QString());
        QVERIFY(c);
        // What the original's migration v1 leaves in `public`, with some rows.
        const QStringList v1{
            "create table \"__noorm_version__\" (\"id\" serial primary key, \"cli_version\" varchar(50) not null, "
            "\"noorm_version\" integer not null, \"state_version\" integer not null, \"settings_version\" integer not null, "
            "\"installed_at\" timestamp default CURRENT_TIMESTAMP not null, \"upgraded_at\" timestamp default CURRENT_TIMESTAMP not null)",
            "create table \"__noorm_change__\" (\"id\" serial primary key, \"name\" varchar(255) not null, \"change_type\" varchar(50) not null, "
            "\"direction\" varchar(50) not null, \"checksum\" varchar(64) default '' not null, \"executed_at\" timestamp default CURRENT_TIMESTAMP not null, "
            "\"executed_by\" varchar(255) default '' not null, \"config_name\" varchar(255) default '' not null, \"cli_version\" varchar(50) default '' not null, "
            "\"status\" varchar(50) not null, \"error_message\" text default '' not null, \"duration_ms\" integer default 0 not null)",
            "create table \"__noorm_executions__\" (\"id\" serial primary key, \"change_id\" integer not null references \"__noorm_change__\" (\"id\") on delete cascade, "
            "\"filepath\" varchar(500) not null, \"file_type\" varchar(10) not null, \"checksum\" varchar(64) default '' not null, "
            "\"cli_version\" varchar(50) default '' not null, \"status\" varchar(50) not null, \"error_message\" text default '' not null, "
            "\"skip_reason\" varchar(100) default '' not null, \"duration_ms\" integer default 0 not null)",
            "create table \"__noorm_lock__\" (\"id\" serial primary key, \"config_name\" varchar(255) not null unique, \"locked_by\" varchar(255) not null, "
            "\"locked_at\" timestamp default CURRENT_TIMESTAMP not null, \"expires_at\" timestamp not null, \"reason\" varchar(255) default '' not null)",
            "create table \"__noorm_identities__\" (\"id\" serial primary key, \"identity_hash\" varchar(64) not null unique, \"email\" varchar(255) not null, "
            "\"name\" varchar(255) not null, \"machine\" varchar(255) not null, \"os\" varchar(255) not null, \"public_key\" text not null, "
            "\"registered_at\" timestamp default CURRENT_TIMESTAMP not null, \"last_seen_at\" timestamp default CURRENT_TIMESTAMP not null)",
            "create index \"idx_executions_change_id\" on \"__noorm_executions__\" (\"change_id\")",
            "create index \"idx_change_name_config\" on \"__noorm_change__\" (\"name\", \"config_name\")",
            "insert into public.__noorm_version__ (cli_version, noorm_version, state_version, settings_version) values ('1.0.0', 1, 1, 1)",
            "insert into public.__noorm_change__ (name, change_type, direction, status, config_name) values ('2024-01-01-init', 'change', 'change', 'success', 'dev')",
            "insert into public.__noorm_executions__ (change_id, filepath, file_type, status) values (1, '/p/changes/2024-01-01-init/change/001.sql', 'sql', 'success')",
            "insert into public.__noorm_lock__ (config_name, locked_by, expires_at) values ('dev', 'Ann', '2030-01-01 00:00:00')"};
        for (const QString &sql : v1)
            QVERIFY2(c->exec(sql).ok(), qPrintable(sql));

        Result<TrackingStatus> status = TrackingSchema::ensure(*c);
        QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
        QCOMPARE(status->outcome, TrackingStatus::Outcome::Upgraded);
        QCOMPARE(status->previousVersion, 1);
        QCOMPARE(status->version, 2);
        QCOMPARE(status->movedTables.size(), 5);
        QVERIFY(status->changed());

        for (const TrackingTable &table : tracking::coreTables()) {
            Result<bool> inPublic = TrackingSchema::tableExists(*c, QStringLiteral("public"), table.name);
            QVERIFY(inPublic && !*inPublic);
        }
        QCOMPARE(count(*c, tracking::change::table), 1);
        QCOMPARE(count(*c, tracking::executions::table), 1);
        QCOMPARE(count(*c, tracking::lock::table), 1);
        QCOMPARE(count(*c, tracking::version::table), 2);
        QCOMPARE(c->scalar("SELECT name FROM noorm.__noorm_change__").value().toString(), QStringLiteral("2024-01-01-init"));
        // The latest version row says 2 and carries the format versions forward.
        QCOMPARE(c->scalar("SELECT noorm_version FROM noorm.__noorm_version__ ORDER BY id DESC LIMIT 1").value().toInt(), 2);
        // Indexes and serial sequences moved with their tables.
        const QStringList indexes = catalogIndexes(*c);
        QVERIFY2(indexes.contains(QStringLiteral("idx_change_name_config")), qPrintable(indexes.join(',')));
        namespace change = tracking::change;
        Result<qint64> id = c->insertReturningId(c->dialect().tracking().table(change::table),
                                                 {change::name, change::changeType, change::direction, change::status},
                                                 {QStringLiteral("build:x"), QStringLiteral("build"),
                                                  QStringLiteral("change"), QStringLiteral("pending")});
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QCOMPARE(*id, 2);
        // An original-era tool probing public no longer finds its tables.
        QVERIFY(!c->exec(QStringLiteral("SELECT 1 FROM public.__noorm_version__ LIMIT 1")).ok());
    }

    void insertsReturnIdsAndDeletesCascade_data() { allDialects(); }
    void insertsReturnIdsAndDeletesCascade()
    {
        LIVE_CONFIG(config);
        TRACKED_CONNECTION(c);
        QVERIFY(TrackingSchema::ensure(*c).ok());
        const TrackingSql &d = c->dialect().tracking();
        const QString now = d.formatTimestamp(QDateTime::currentDateTimeUtc());
        auto insertChange = [&](const QString &changeName) {
            namespace change = tracking::change;
            return c->insertReturningId(d.table(change::table),
                                        {change::name, change::changeType, change::direction, change::status,
                                         change::executedAt, change::cliVersion, change::errorMessage},
                                        {changeName, QStringLiteral("build"), QStringLiteral("change"),
                                         QStringLiteral("pending"), now, QStringLiteral(NOORM_VERSION), QStringLiteral("")});
        };
        Result<qint64> first = insertChange(QStringLiteral("build:a"));
        Result<qint64> second = insertChange(QStringLiteral("build:b"));
        // A backslash makes MySQL bind instead of writing the value in (a prepared statement,
        // whose reply carries the id another way).
        Result<qint64> third = insertChange(QStringLiteral("build:c\\d"));
        QVERIFY2(first && second && third, qPrintable(first ? QString() : first.error().message));
        QVERIFY(*second > *first);
        // Each id is the row's own.
        const QString idOf = QStringLiteral("SELECT id FROM %1 WHERE name = ?").arg(d.table(tracking::change::table));
        QCOMPARE(c->scalar(idOf, {QStringLiteral("build:a")}).value().toLongLong(), *first);
        QCOMPARE(c->scalar(idOf, {QStringLiteral("build:b")}).value().toLongLong(), *second);
        QCOMPARE(c->scalar(idOf, {QStringLiteral("build:c\\d")}).value().toLongLong(), *third);
        using namespace tracking::executions;
        Result<qint64> execution = c->insertReturningId(d.table(table), {changeId, filepath, fileType, status, errorMessage},
                                                        {*first, QStringLiteral("/a.sql"), QStringLiteral("sql"),
                                                         QStringLiteral("pending"), QStringLiteral("")});
        QVERIFY(execution);
        QCOMPARE(count(*c, table), 1);
        QVERIFY(c->exec(QStringLiteral("DELETE FROM %1 WHERE id = %2").arg(d.table(tracking::change::table)).arg(*first)).ok());
        QCOMPARE(count(*c, table), 0);
    }

    // Bound values arrive as they were, whether the driver binds them or the dialect writes
    // them into the statement (PostgreSQL and MySQL: one round trip instead of three), also
    // where a session setting changes what a backslash means inside '...': PostgreSQL's
    // standard_conforming_strings off, MySQL's NO_BACKSLASH_ESCAPES (a file may set it).
    void bindsRoundTripEveryValue_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("session");
        QTest::newRow("sqlite") << QStringLiteral("sqlite") << QString();
        QTest::newRow("postgres") << QStringLiteral("postgres") << QString();
        QTest::newRow("postgres, standard_conforming_strings off") << QStringLiteral("postgres")
                                                                   << QStringLiteral("SET standard_conforming_strings = off");
        QTest::newRow("mysql") << QStringLiteral("mysql") << QString();
        QTest::newRow("mysql, NO_BACKSLASH_ESCAPES") << QStringLiteral("mysql")
                                                     << QStringLiteral("SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES')");
    }
    void bindsRoundTripEveryValue()
    {
        LIVE_CONFIG(config);
        QFETCH(QString, session);
        std::unique_ptr<Connection> c = openOrFail(config, root);
        QVERIFY(c);
        const QString table = QStringLiteral("binds_%1").arg(QCoreApplication::applicationPid());
        QVERIFY(c->exec(QStringLiteral("CREATE TABLE %1 (id INTEGER, v VARCHAR(200), n BIGINT)").arg(table)));
        auto dropTable = qScopeGuard([&] { (void)c->exec(QStringLiteral("DROP TABLE %1").arg(table)); });
        if (!session.isEmpty())
            QVERIFY(c->exec(session));
        const QStringList values{QStringLiteral("it's"), QStringLiteral("back\\slash"), QStringLiteral("\\'; DROP TABLE x; --"),
                                 QStringLiteral("a ? mark"), QStringLiteral("\"quoted\" and `ticked`"),
                                 QStringLiteral("ünïcödé ✓"), QStringLiteral("")};
        for (int i = 0; i < values.size(); ++i) {
            // Two string binds in one statement: an escape that swallowed a quote would pair
            // the first literal's end with the second's start.
            Result<QSqlQuery> q = c->query(QStringLiteral("INSERT INTO %1 (id, v, n) VALUES (?, ?, ?)").arg(table),
                                           {i, values.at(i), qint64(9007199254740993LL) + i});
            QVERIFY2(q, qPrintable(q ? QString() : q.error().message));
            Result<QVariant> back = c->scalar(QStringLiteral("SELECT v FROM %1 WHERE id = ? AND v = ?").arg(table), {i, values.at(i)});
            QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
            QCOMPARE(back->toString(), values.at(i));
        }
        Result<QSqlQuery> nullRow = c->query(QStringLiteral("INSERT INTO %1 (id, v, n) VALUES (?, ?, ?)").arg(table), {99, QVariant(), 7});
        QVERIFY(nullRow);
        Result<QVariant> nulls = c->scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE v IS NULL AND id = ?").arg(table), {99});
        QVERIFY(nulls);
        QCOMPARE(nulls->toInt(), 1);
        Result<QVariant> big = c->scalar(QStringLiteral("SELECT n FROM %1 WHERE id = ?").arg(table), {2});
        QVERIFY(big);
        QCOMPARE(big->toLongLong(), qint64(9007199254740995LL));
        Result<QVariant> rows = c->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        QVERIFY(rows);
        QCOMPARE(rows->toInt(), int(values.size()) + 1);
    }

    void rollsBackUnlessCommitted()
    {
        TempProject project;
        QDir(project.root()).mkpath(QStringLiteral("db"));
        std::unique_ptr<Connection> c = openOrFail(sqliteConfig(), project.root());
        QVERIFY(c);
        QVERIFY(c->exec(QStringLiteral("CREATE TABLE t (v integer)")).ok());
        {
            Result<Transaction> tx = Transaction::begin(*c);
            QVERIFY(tx);
            QVERIFY(c->exec(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
        }
        QCOMPARE(c->scalar(QStringLiteral("SELECT COUNT(*) FROM t")).value().toInt(), 0);
        {
            Result<Transaction> tx = Transaction::begin(*c);
            QVERIFY(tx);
            QVERIFY(c->exec(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
            QVERIFY(tx->commit().ok());
            QVERIFY(!tx->isActive());
        }
        QCOMPARE(c->scalar(QStringLiteral("SELECT COUNT(*) FROM t")).value().toInt(), 1);
    }

    void rejectsBadPasswordsWithoutShowingThem_data() { serverDialects(); }
    void rejectsBadPasswordsWithoutShowingThem()
    {
        LIVE_CONFIG(config);
        const QString wrong = QStringLiteral("Wr0ng-Pa55word-%1").arg(QCoreApplication::applicationPid());
        config.connection.password = Secret(wrong);
        Result<std::unique_ptr<Connection>> c = Connection::open(config, root);
        QVERIFY(!c);
        const QString text = c.error().toString();
        qInfo("%s", qPrintable(text));
        QVERIFY2(!text.contains(wrong), qPrintable(text));
        QVERIFY2(text.contains(config.connection.user), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("wrong user name or password")), qPrintable(text));
        QCOMPARE(c.error().key, QStringLiteral("connection.user"));
    }

    void reportsAnUnreachablePort_data()
    {
        // mssql needs no server: FreeTDS fails to connect
        noorm::test::addDialectRows("name", {QStringLiteral("postgres"), QStringLiteral("mysql"), QStringLiteral("mssql")});
    }
    void reportsAnUnreachablePort()
    {
        QFETCH(QString, name);
        Config config;
        config.name = QStringLiteral("nowhere");
        config.connection.dialect = name;
        config.connection.host = QStringLiteral("127.0.0.1");
        config.connection.port = unusedPort();
        config.connection.user = QStringLiteral("noorm");
        config.connection.password = Secret(QStringLiteral("Secr3t-unreachable"));
        config.connection.database = QStringLiteral("noorm_test");
        Result<std::unique_ptr<Connection>> c = Connection::open(config, QString());
        QVERIFY(!c);
        const QString text = c.error().message;
        qInfo("%s", qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("127.0.0.1:%1").arg(*config.connection.port)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Cannot reach")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Secr3t-unreachable")));
    }

    void suggestsDbCreateForAMissingDatabase_data() { serverDialects(); }
    void suggestsDbCreateForAMissingDatabase()
    {
        LIVE_CONFIG(config);
        config.connection.database = QStringLiteral("noorm_missing_db_xyz");
        Result<std::unique_ptr<Connection>> c = Connection::open(config, root);
        QVERIFY(!c);
        QCOMPARE(c.error().kind, ErrorKind::NotFound);
        qInfo("%s", qPrintable(c.error().message));
        QCOMPARE(c.error().hint.action, Hint::Action::CreateDatabase);
        QCOMPARE(c.error().hint.subject, config.name);
        QVERIFY(c.error().message.contains(QStringLiteral("noorm_missing_db_xyz")));
    }

    void reportsAMissingSqliteFolder()
    {
        TempProject project;
        Config config = sqliteConfig();
        config.connection.database = QStringLiteral("nope/deeper/app.db");
        Result<std::unique_ptr<Connection>> c = Connection::open(config, project.root());
        QVERIFY(!c);
        QVERIFY2(c.error().message.contains(QStringLiteral("does not exist")), qPrintable(c.error().message));
        QVERIFY(c.error().message.contains(project.path(QStringLiteral("nope/deeper"))));
        QVERIFY(!QFile::exists(project.path(QStringLiteral("nope"))));
    }

    void rejectsAnUnknownDialect()
    {
        Config config;
        config.connection.dialect = QStringLiteral("oracle");
        Result<std::unique_ptr<Connection>> c = Connection::open(config, QString());
        QVERIFY(!c);
        QCOMPARE(c.error().key, QStringLiteral("connection.dialect"));
    }

    void createsAndDropsDatabases_data() { allDialects(); }
    void createsAndDropsDatabases()
    {
        LIVE_CONFIG(config);
        config.connection.database = name == QLatin1String("sqlite") ? QStringLiteral("db/fresh.db") : uniqueDatabaseName();
        struct DropAtEnd {
            Config config;
            QString root;
            ~DropAtEnd() { (void)DatabaseAdmin::dropDatabase(config, root); }
        } dropAtEnd{config, root};

        QCOMPARE(DatabaseAdmin::databaseExists(config, root).value(), false);
        Result<bool> created = DatabaseAdmin::createDatabase(config, root);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(*created, true);
        QCOMPARE(DatabaseAdmin::databaseExists(config, root).value(), true);
        Result<bool> again = DatabaseAdmin::createDatabase(config, root);
        QVERIFY(again);
        QCOMPARE(*again, false); // already there: fine, nothing done

        {
            std::unique_ptr<Connection> c = openOrFail(config, root);
            QVERIFY(c);
            if (name == QLatin1String("sqlite")) // create made the file and nothing else
                QVERIFY(!TrackingSchema::tablesExist(*c));
            QVERIFY(TrackingSchema::ensure(*c).ok());
        }
        Result<bool> dropped = DatabaseAdmin::dropDatabase(config, root);
        QVERIFY2(dropped, qPrintable(dropped ? QString() : dropped.error().message));
        QCOMPARE(*dropped, true);
        QCOMPARE(DatabaseAdmin::databaseExists(config, root).value(), false);
        QCOMPARE(DatabaseAdmin::dropDatabase(config, root).value(), false);
    }

    void refusesToDropAProtectedConfig_data() { allDialects(); }
    void refusesToDropAProtectedConfig()
    {
        LIVE_CONFIG(config);
        if (name == QLatin1String("sqlite"))
            QVERIFY(DatabaseAdmin::createDatabase(config, root).ok());
        config.isProtected = true;
        Result<bool> dropped = DatabaseAdmin::dropDatabase(config, root);
        QVERIFY(!dropped);
        QCOMPARE(dropped.error().kind, ErrorKind::Refused);
        QVERIFY(dropped.error().message.contains(config.name));
        QCOMPARE(DatabaseAdmin::databaseExists(config, root).value(), true);
    }
};

QTEST_GUILESS_MAIN(TestDb)
#include "tst_db.moc"
