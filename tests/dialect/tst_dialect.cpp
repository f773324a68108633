// Pure SQL generation of the four dialects: no database needed.

#include "config/config.h"
#include "dialect/dialect.h"
#include "dialect/mssql_dialect.h"
#include "dialect/tracking_tables.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlDatabase>
#include <QtTest>

using namespace noorm;

namespace {

const Dialect &dialect(const QString &name)
{
    const Dialect *d = dialectFor(name);
    if (!d)
        qFatal("no dialect %s", qPrintable(name));
    return *d;
}

QString ddlText(const Dialect &d)
{
    QStringList all = d.tracking().coreTablesDdl();
    all << d.tracking().createTableSql(tracking::secretsTable());
    return all.join(QStringLiteral(";\n"));
}

void addDialectColumn()
{
    QTest::addColumn<QString>("name");
}

void addFourDialects()
{
    addDialectColumn();
    for (const QString &name : dialectNames())
        QTest::newRow(qPrintable(name)) << name;
}

} // namespace

class TestDialect : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qInfo("SQL Server: no server on this machine. Skipped live mssql checks: connect via QODBC/FreeTDS, "
              "tracking-table DDL execution, noorm schema move (ALTER SCHEMA ... TRANSFER), OUTPUT INSERTED.id, "
              "CREATE/DROP DATABASE. The SQL for each is checked here as text.");
    }

    void listsFourDialectsAndRoundTripsTheirNames()
    {
        QCOMPARE(dialectNames(), (QStringList{"postgres", "mysql", "sqlite", "mssql"}));
        QCOMPARE(dialectNamesText(), QStringLiteral("postgres, mysql, sqlite, mssql"));
        for (const DialectInfo &info : kDialects) {
            QCOMPARE(&dialectInfo(info.id), &info);
            QCOMPARE(findDialect(info.name), &info);
            const Dialect &d = dialectFor(info.id);
            QCOMPARE(d.id(), info.id);
            QCOMPARE(d.name(), QString(info.name));
            QCOMPARE(d.displayName(), QString(info.displayName));
            QCOMPARE(dialectFor(d.name()), &d);
        }
        QCOMPARE(dialectFor(DialectId::Postgres).displayName(), QStringLiteral("PostgreSQL"));
        QCOMPARE(dialectFor(DialectId::MsSql).displayName(), QStringLiteral("SQL Server"));
    }

    // Exactly the original's names: no aliases, no other case.
    void rejectsNamesNotInTheList_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"oracle", "postgresql", "pg", "mariadb", "sqlite3", "sqlserver", "Postgres", "MYSQL",
                                 " sqlite", ""})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void rejectsNamesNotInTheList()
    {
        QFETCH(QString, name);
        QVERIFY(!findDialect(name));
        QVERIFY(!dialectFor(name));
    }

    void namesQtDriversAndPackages_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("package");
        QTest::addColumn<int>("port");
        QTest::newRow("postgres") << "postgres" << "QPSQL" << "libqt6sql6-psql" << 5432;
        QTest::newRow("mysql") << "mysql" << "QMYSQL" << "libqt6sql6-mysql" << 3306;
        QTest::newRow("sqlite") << "sqlite" << "QSQLITE" << "libqt6sql6-sqlite" << 0;
        QTest::newRow("mssql") << "mssql" << "QODBC" << "libqt6sql6-odbc" << 1433;
    }
    void namesQtDriversAndPackages()
    {
        QFETCH(QString, name);
        QFETCH(QString, driver);
        QFETCH(QString, package);
        QFETCH(int, port);
        const ConnectionRules &d = dialect(name).connection();
        QCOMPARE(d.qtDrivers().first(), driver);
        QVERIFY(d.driverPackage().contains(package));
        QCOMPARE(d.defaultPort(), port);
        QVERIFY2(!d.availableDriver().isEmpty(), "the machine recipe installs every driver");
        QCOMPARE(d.isFileBased(), name == QLatin1String("sqlite"));
    }
    void acceptsTheMariadbDriverAlias() { QVERIFY(dialect(QStringLiteral("mysql")).connection().qtDrivers().contains("QMARIADB")); }

    void ddlUsesTheDialectsTypes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("contains");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("postgres")
            << "postgres"
            << QStringList{"CREATE TABLE noorm.__noorm_version__ (id serial primary key, cli_version varchar(50) NOT NULL",
                           "installed_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP",
                           "error_message text NOT NULL DEFAULT ''",
                           "duration_ms integer NOT NULL DEFAULT 0",
                           "checksum varchar(64) NOT NULL DEFAULT ''",
                           "config_name varchar(255) NOT NULL UNIQUE",
                           "FOREIGN KEY (change_id) REFERENCES noorm.__noorm_change__ (id) ON DELETE CASCADE",
                           "CREATE INDEX idx_change_name_config ON noorm.__noorm_change__ (name, config_name)",
                           "CREATE INDEX idx_executions_change_id ON noorm.__noorm_executions__ (change_id)",
                           "UNIQUE (config_name, secret_key, recipient_hash)"}
            << QStringList{"auto_increment", "IDENTITY", "nvarchar", "datetime2"};
        QTest::newRow("mysql")
            << "mysql"
            << QStringList{"CREATE TABLE IF NOT EXISTS __noorm_version__ (id integer primary key auto_increment",
                           "installed_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP",
                           "error_message text NOT NULL, ",
                           "public_key text NOT NULL, ",
                           "checksum varchar(64) NOT NULL DEFAULT ''",
                           "FOREIGN KEY (change_id) REFERENCES __noorm_change__ (id) ON DELETE CASCADE",
                           "INDEX idx_change_name_config (name, config_name)",
                           "INDEX idx_executions_change_id (change_id)"}
            << QStringList{"text NOT NULL DEFAULT", "noorm.", "serial", "IDENTITY", "CREATE INDEX"};
        QTest::newRow("sqlite")
            << "sqlite"
            << QStringList{"CREATE TABLE __noorm_change__ (id integer primary key autoincrement, name varchar(255) NOT NULL",
                           "executed_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP",
                           "error_message text NOT NULL DEFAULT ''",
                           "FOREIGN KEY (change_id) REFERENCES __noorm_change__ (id) ON DELETE CASCADE",
                           "CREATE INDEX idx_change_name_config ON __noorm_change__ (name, config_name)"}
            << QStringList{"noorm.", "serial", "auto_increment", "IDENTITY"};
        QTest::newRow("mssql")
            << "mssql"
            << QStringList{"CREATE TABLE noorm.__noorm_version__ (id int IDENTITY(1,1) PRIMARY KEY, cli_version nvarchar(50) NOT NULL",
                           "noorm_version int NOT NULL",
                           "installed_at datetime2 NOT NULL DEFAULT CURRENT_TIMESTAMP",
                           "error_message nvarchar(max) NOT NULL DEFAULT ''",
                           "identity_hash nvarchar(64) NOT NULL UNIQUE",
                           "FOREIGN KEY (change_id) REFERENCES noorm.__noorm_change__ (id) ON DELETE CASCADE",
                           "CREATE INDEX idx_executions_change_id ON noorm.__noorm_executions__ (change_id)"}
            << QStringList{"auto_increment", " timestamp", " text ", "serial", " varchar("};
    }
    void ddlUsesTheDialectsTypes()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, contains);
        QFETCH(QStringList, absent);
        const QString ddl = ddlText(dialect(name));
        for (const QString &part : contains)
            QVERIFY2(ddl.contains(part), qPrintable(QStringLiteral("missing: %1\nin:\n%2").arg(part, ddl)));
        for (const QString &part : absent)
            QVERIFY2(!ddl.contains(part), qPrintable(QStringLiteral("unexpected: %1\nin:\n%2").arg(part, ddl)));
    }

    void everyColumnIsNotNull_data() { addFourDialects(); }
    void everyColumnIsNotNull()
    {
        QFETCH(QString, name);
        const TrackingSql &d = dialect(name).tracking();
        for (const TrackingTable &table : tracking::allTables()) {
            const QString create = d.createTableSql(table).first();
            // Every column but the primary key says NOT NULL (a primary key is never null).
            QCOMPARE(create.count(QStringLiteral("NOT NULL")), qsizetype(table.columns.size() - 1));
            for (const TrackingColumn &column : table.columns)
                QVERIFY2(create.contains(QString(column.name) + QLatin1Char(' ')), qPrintable(column.name));
        }
    }

    void migrationOneCreatesFiveTablesThenTwoIndexes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("postgres") << "postgres";
        QTest::newRow("sqlite") << "sqlite";
        QTest::newRow("mssql") << "mssql";
    }
    void migrationOneCreatesFiveTablesThenTwoIndexes()
    {
        QFETCH(QString, name);
        const QStringList ddl = dialect(name).tracking().coreTablesDdl();
        QCOMPARE(ddl.size(), 7);
        const QStringList order{"__noorm_version__", "__noorm_change__", "__noorm_executions__", "__noorm_lock__",
                                "__noorm_identities__"};
        for (int i = 0; i < 5; ++i) {
            QVERIFY(ddl[i].startsWith(QStringLiteral("CREATE TABLE ")));
            QVERIFY(ddl[i].contains(order[i] + QStringLiteral(" (")));
        }
        const QString indexes = ddl[5] + QLatin1Char('\n') + ddl[6];
        QVERIFY(ddl[5].startsWith(QStringLiteral("CREATE INDEX ")) && ddl[6].startsWith(QStringLiteral("CREATE INDEX ")));
        QVERIFY(indexes.contains(QStringLiteral("CREATE INDEX idx_executions_change_id")));
        QVERIFY(indexes.contains(QStringLiteral("CREATE INDEX idx_change_name_config")));
    }

    // MySQL declares the same two indexes inside CREATE TABLE: each CREATE INDEX would
    // rebuild the table (tst_db checks the indexes a live MariaDB ends up with).
    void mysqlMigrationOneDeclaresItsIndexesInTheTables()
    {
        const TrackingSql &d = dialect(QStringLiteral("mysql")).tracking();
        const QStringList ddl = d.coreTablesDdl();
        QCOMPARE(ddl.size(), 5);
        for (const QString &statement : ddl)
            QVERIFY(statement.startsWith(QStringLiteral("CREATE TABLE ")));
        QVERIFY(ddl[1].startsWith(QStringLiteral("CREATE TABLE IF NOT EXISTS __noorm_change__ (")));
        QVERIFY(ddl[1].contains(QStringLiteral(", INDEX idx_change_name_config (name, config_name)")));
        QVERIFY(ddl[2].contains(QStringLiteral(", INDEX idx_executions_change_id (change_id), FOREIGN KEY (change_id)")));
        const QStringList vault = d.createTableSql(tracking::secretsTable());
        QCOMPARE(vault.size(), 1);
        QVERIFY(vault.first().contains(QStringLiteral(", INDEX idx_secrets_recipient_hash (recipient_hash)")));
    }

    // Which statements may share a multi-statement batch on MySQL (runner/statement_batches):
    // only those that return no rows and that the server ends where the client's splitting
    // does; stored programs (a body with ';') and changes of how quotes are read end one.
    void mysqlStatementsTakeTheirPartInBatches_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<int>("part");
        using Part = ScriptRules::BatchPart;
        const auto row = [](const char *name, const char *sql, Part part) { QTest::newRow(name) << QString::fromUtf8(sql) << int(part); };
        row("insert", "INSERT INTO t VALUES (1), (2)", Part::Member);
        row("insert returning", "insert into t values (1) returning id", Part::Member);
        row("replace", "REPLACE INTO t VALUES (1)", Part::Member);
        row("update", "UPDATE t SET a = 1", Part::Member);
        row("delete", "DELETE FROM t", Part::Member);
        row("create table", "CREATE TABLE t (id INT)", Part::Member);
        row("create table named like a keyword", "CREATE TABLE event (procedure INT)", Part::Member);
        row("create view with definer", "CREATE DEFINER=CURRENT_USER SQL SECURITY INVOKER VIEW v AS SELECT 1", Part::Member);
        row("create index", "CREATE UNIQUE INDEX i ON t (a)", Part::Member);
        row("alter table", "ALTER TABLE t ADD COLUMN b INT", Part::Member);
        row("drop procedure", "DROP PROCEDURE IF EXISTS p", Part::Member);
        row("set variable", "SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0", Part::Member);
        row("autocommit", "SET AUTOCOMMIT=0", Part::Member);
        row("commit", "COMMIT", Part::Member);
        row("start transaction", "START TRANSACTION", Part::Member);
        row("lock", "LOCK TABLES t WRITE", Part::Member);
        row("use", "USE other", Part::Member);
        row("trigger", "CREATE TRIGGER tr AFTER INSERT ON t FOR EACH ROW BEGIN INSERT INTO u VALUES (1); END", Part::Last);
        row("procedure with definer", "CREATE DEFINER = `a`@`%` PROCEDURE p() BEGIN SELECT 1; END", Part::Last);
        row("or replace function", "CREATE OR REPLACE AGGREGATE FUNCTION f() RETURNS INT BEGIN RETURN 1; END", Part::Last);
        row("event", "ALTER EVENT e DO BEGIN DELETE FROM t; END", Part::Last);
        row("unknown create", "CREATE SOMETHING NEW", Part::Last);
        row("sql mode", "SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='TRADITIONAL'", Part::Last);
        row("names", "SET NAMES utf8mb4", Part::Last);
        row("character set", "SET character_set_client = gbk", Part::Last);
        row("select", "SELECT 1", Part::Alone);
        row("call", "CALL p()", Part::Alone);
        row("execute", "EXECUTE s", Part::Alone);
        row("show", "SHOW TABLES", Part::Alone);
        row("begin", "BEGIN NOT ATOMIC SELECT 1; END", Part::Alone);
        row("if", "IF 1 THEN SELECT 1; END IF", Part::Alone);
        row("set statement", "SET STATEMENT max_statement_time=1 FOR CALL p()", Part::Alone);
        row("executable comment", "/*!40101 SET NAMES utf8 */", Part::Alone);
        row("several in a DELIMITER block", "INSERT INTO t VALUES (1); INSERT INTO t VALUES (2)", Part::Alone);
        row("a semicolon in a string", "INSERT INTO t VALUES ('a;b')", Part::Alone);
    }
    void mysqlStatementsTakeTheirPartInBatches()
    {
        QFETCH(QString, statement);
        QFETCH(int, part);
        const ScriptRules &rules = dialect(QStringLiteral("mysql")).scripts();
        QVERIFY(rules.runsMultiStatementScripts());
        QCOMPARE(int(rules.batchPart(SqlStatement{statement, 1, 1, 0, 1, {}})), part);
        // Elsewhere every statement runs alone.
        for (const QString &other : {QStringLiteral("postgres"), QStringLiteral("sqlite"), QStringLiteral("mssql")})
            QCOMPARE(dialect(other).scripts().batchPart(SqlStatement{statement, 1, 1, 0, 1, {}}), ScriptRules::BatchPart::Alone);
    }

    // QMYSQL words a later statement's failure in a script "Unable to execute next query";
    // alone it says "Unable to execute query". Syntax errors quote the text after them (in a
    // script, the next statements): only a run of the statement alone gives their words.
    void mysqlScriptErrorsAreWordedAsAlone()
    {
        const ConnectionRules &rules = dialect(QStringLiteral("mysql")).connection();
        const QSqlError next(QStringLiteral("QMYSQL: Unable to execute next query"), QStringLiteral("Duplicate entry '3' for key 'PRIMARY'"),
                             QSqlError::StatementError, QStringLiteral("1062"));
        const std::optional<QSqlError> alone = rules.scriptErrorAsAlone(next);
        QVERIFY(alone);
        QCOMPARE(alone->driverText(), QStringLiteral("QMYSQL: Unable to execute query"));
        QCOMPARE(alone->databaseText(), next.databaseText());
        QCOMPARE(alone->nativeErrorCode(), QStringLiteral("1062"));
        QCOMPARE(alone->type(), QSqlError::StatementError);
        const QSqlError first(QStringLiteral("QMYSQL: Unable to execute query"), QStringLiteral("Table 'x' doesn't exist"),
                              QSqlError::StatementError, QStringLiteral("1146"));
        QCOMPARE(rules.scriptErrorAsAlone(first)->text(), first.text());
        const QSqlError syntax(QStringLiteral("QMYSQL: Unable to execute next query"),
                               QStringLiteral("You have an error in your SQL syntax; … near 'x;\nINSERT INTO t VALUES (2)' at line 1"),
                               QSqlError::StatementError, QStringLiteral("1064"));
        QVERIFY(!rules.scriptErrorAsAlone(syntax));
        QCOMPARE(dialect(QStringLiteral("postgres")).connection().scriptErrorAsAlone(next)->text(), next.text());
    }

    void placesTrackingTablesPerDialect_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("defaultSchema");
        QTest::addColumn<QString>("qualified");
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("transactionalDdl");
        QTest::newRow("postgres") << "postgres" << "noorm" << "public" << "noorm.__noorm_change__" << 2 << true;
        QTest::newRow("mysql") << "mysql" << "" << "" << "__noorm_change__" << 1 << false;
        QTest::newRow("sqlite") << "sqlite" << "" << "" << "__noorm_change__" << 1 << true;
        QTest::newRow("mssql") << "mssql" << "noorm" << "dbo" << "noorm.__noorm_change__" << 2 << true;
    }
    void placesTrackingTablesPerDialect()
    {
        QFETCH(QString, name);
        QFETCH(QString, schema);
        QFETCH(QString, defaultSchema);
        QFETCH(QString, qualified);
        QFETCH(int, version);
        QFETCH(bool, transactionalDdl);
        const TrackingSql &d = dialect(name).tracking();
        QCOMPARE(d.schema(), schema);
        QCOMPARE(d.defaultSchema(), defaultSchema);
        QCOMPARE(d.table(tracking::change::table), qualified);
        QCOMPARE(d.schemaVersion(), version);
        QCOMPARE(dialect(name).scripts().transactionalDdl(), transactionalDdl);
        QCOMPARE(d.createSchemaSql().isEmpty(), schema.isEmpty());
        QCOMPARE(d.moveLegacyTableSql(QStringLiteral("__noorm_change__")).isEmpty(), schema.isEmpty());
    }

    void createsAndMovesIntoTheNoormSchema()
    {
        QCOMPARE(dialect("postgres").tracking().createSchemaSql(), QStringList{"CREATE SCHEMA IF NOT EXISTS noorm"});
        QCOMPARE(dialect("mssql").tracking().createSchemaSql(),
                 QStringList{"IF SCHEMA_ID('noorm') IS NULL EXEC('CREATE SCHEMA noorm')"});
        QCOMPARE(dialect("postgres").tracking().moveLegacyTableSql("__noorm_lock__"),
                 QStringLiteral("ALTER TABLE public.__noorm_lock__ SET SCHEMA noorm"));
        QCOMPARE(dialect("mssql").tracking().moveLegacyTableSql("__noorm_lock__"),
                 QStringLiteral("ALTER SCHEMA noorm TRANSFER dbo.__noorm_lock__"));
    }

    void checksForTheNoormSchemaBeforeCreatingIt()
    {
        QCOMPARE(dialect("postgres").tracking().schemaExistsSql(),
                 QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = 'noorm'"));
        QCOMPARE(dialect("mssql").tracking().schemaExistsSql(), QStringLiteral("SELECT 1 FROM sys.schemas WHERE name = N'noorm'"));
        QVERIFY(dialect("mysql").tracking().schemaExistsSql().isEmpty());
        QVERIFY(dialect("sqlite").tracking().schemaExistsSql().isEmpty());
    }

    void probesPresenceTheDialectsWay_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("probe");
        QTest::newRow("postgres") << "postgres" << "SELECT 1 FROM noorm.__noorm_version__ LIMIT 1";
        QTest::newRow("mysql") << "mysql" << "SELECT 1 FROM __noorm_version__ LIMIT 1";
        QTest::newRow("sqlite") << "sqlite" << "SELECT 1 FROM __noorm_version__ LIMIT 1";
        QTest::newRow("mssql") << "mssql" << "SELECT TOP 1 1 FROM noorm.__noorm_version__";
    }
    void probesPresenceTheDialectsWay()
    {
        QFETCH(QString, name);
        QFETCH(QString, probe);
        QCOMPARE(dialect(name).tracking().presenceProbeSql(tracking::version::table), probe);
    }

    void quotesIdentifiersAndStrings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<QString>("string");
        QTest::newRow("postgres") << "postgres" << "\"my\"\"db\"" << "E'it''s \\\\'";
        QTest::newRow("mysql") << "mysql" << "`my\"db`" << "'it''s \\\\'";
        QTest::newRow("sqlite") << "sqlite" << "\"my\"\"db\"" << "'it''s \\'";
        QTest::newRow("mssql") << "mssql" << "[my\"db]" << "N'it''s \\'";
    }
    void quotesIdentifiersAndStrings()
    {
        QFETCH(QString, name);
        QFETCH(QString, identifier);
        QFETCH(QString, string);
        const SqlSyntax &d = dialect(name).syntax();
        QCOMPARE(d.quoteIdentifier(QStringLiteral("my\"db")), identifier);
        QCOMPARE(d.quoteString(QStringLiteral("it's \\")), string);
    }
    // Binds written into the statement: only markers outside quoted text are replaced, and
    // anything that does not pair up, or has no literal, is left to the driver to bind.
    // db truncate's statements: SQL Server has no live server here, so its SQL is checked
    // as text; the other dialects run theirs in tst_truncate_cli.
    void writesTruncateStatements()
    {
        const QList<TableName> tables{{QStringLiteral("dbo"), QStringLiteral("parent")}, {QStringLiteral("dbo"), QStringLiteral("child")}};
        const QStringList mssql = dialectFor(DialectId::MsSql).teardown().truncateSql(tables, false);
        QCOMPARE(mssql, (QStringList{
                            QStringLiteral("ALTER TABLE [dbo].[parent] NOCHECK CONSTRAINT ALL"),
                            QStringLiteral("ALTER TABLE [dbo].[child] NOCHECK CONSTRAINT ALL"),
                            QStringLiteral("DELETE FROM [dbo].[parent]"),
                            QStringLiteral("IF OBJECTPROPERTY(OBJECT_ID(N'[dbo].[parent]'), 'TableHasIdentity') = 1 DBCC CHECKIDENT (N'[dbo].[parent]', RESEED, 0)"),
                            QStringLiteral("DELETE FROM [dbo].[child]"),
                            QStringLiteral("IF OBJECTPROPERTY(OBJECT_ID(N'[dbo].[child]'), 'TableHasIdentity') = 1 DBCC CHECKIDENT (N'[dbo].[child]', RESEED, 0)"),
                            QStringLiteral("ALTER TABLE [dbo].[parent] WITH CHECK CHECK CONSTRAINT ALL"),
                            QStringLiteral("ALTER TABLE [dbo].[child] WITH CHECK CHECK CONSTRAINT ALL")}));
        // PostgreSQL: one statement for all, without CASCADE (it would empty other tables too).
        const QStringList pg = dialectFor(DialectId::Postgres).teardown().truncateSql({{QStringLiteral("public"), QStringLiteral("a\"b")}}, false);
        QCOMPARE(pg, QStringList{QStringLiteral("TRUNCATE TABLE \"public\".\"a\"\"b\" RESTART IDENTITY")});
        QVERIFY(dialectFor(DialectId::Postgres).teardown().truncateSql({}, false).isEmpty());
        // SQLite: the counters only where sqlite_sequence exists.
        const QStringList sqlite = dialectFor(DialectId::Sqlite).teardown().truncateSql({{QString(), QStringLiteral("t")}}, false);
        QVERIFY(!sqlite.join(QLatin1Char(' ')).contains(QLatin1String("sqlite_sequence")));
        QCOMPARE(sqlite.first(), QStringLiteral("PRAGMA foreign_keys = OFF"));
        QCOMPARE(sqlite.last(), QStringLiteral("PRAGMA foreign_keys = ON"));
    }

    void writesTeardownDrops()
    {
        const TeardownSql &mssql = dialectFor(DialectId::MsSql).teardown();
        QCOMPARE(mssql.dropSql({DropKind::ForeignKey, {QStringLiteral("dbo"), QStringLiteral("fk_a")}, QStringLiteral("child"), {}}),
                 QStringLiteral("ALTER TABLE [dbo].[child] DROP CONSTRAINT IF EXISTS [fk_a]"));
        QCOMPARE(mssql.dropSql({DropKind::Table, {QStringLiteral("dbo"), QStringLiteral("t")}, {}, {}}), QStringLiteral("DROP TABLE IF EXISTS [dbo].[t]"));
        QCOMPARE(mssql.dropSql({DropKind::Procedure, {QStringLiteral("app"), QStringLiteral("p")}, {}, {}}), QStringLiteral("DROP PROCEDURE IF EXISTS [app].[p]"));
        QCOMPARE(mssql.dropSql({DropKind::Type, {QStringLiteral("dbo"), QStringLiteral("money2")}, {}, {}}), QStringLiteral("DROP TYPE IF EXISTS [dbo].[money2]"));
        QVERIFY(mssql.foreignKeysOffSql().isEmpty()); // its keys are dropped one by one first
        const TeardownSql &pg = dialectFor(DialectId::Postgres).teardown();
        // An overload by its argument types; no CASCADE into what kept tables use.
        QCOMPARE(pg.dropSql({DropKind::Function, {QStringLiteral("public"), QStringLiteral("twice")}, {}, QStringLiteral("a integer")}),
                 QStringLiteral("DROP FUNCTION IF EXISTS \"public\".\"twice\"(a integer)"));
        QCOMPARE(pg.dropSql({DropKind::Domain, {QStringLiteral("public"), QStringLiteral("positive")}, {}, {}}),
                 QStringLiteral("DROP DOMAIN IF EXISTS \"public\".\"positive\""));
        QCOMPARE(pg.dropSql({DropKind::MaterializedView, {QStringLiteral("public"), QStringLiteral("m")}, {}, {}}),
                 QStringLiteral("DROP MATERIALIZED VIEW IF EXISTS \"public\".\"m\" CASCADE"));
        // An operator by its symbol, unquoted, and its operand types; an aggregate by its arguments.
        QCOMPARE(pg.dropSql({DropKind::Operator, {QStringLiteral("public"), QStringLiteral("===")}, {}, QStringLiteral("mood, mood")}),
                 QStringLiteral("DROP OPERATOR IF EXISTS \"public\".=== (mood, mood)"));
        QCOMPARE(pg.dropSql({DropKind::Aggregate, {QStringLiteral("stats"), QStringLiteral("total")}, {}, QStringLiteral("integer")}),
                 QStringLiteral("DROP AGGREGATE IF EXISTS \"stats\".\"total\"(integer)"));
        QCOMPARE(pg.dropSql({DropKind::Aggregate, {QStringLiteral("stats"), QStringLiteral("n")}, {}, {}}),
                 QStringLiteral("DROP AGGREGATE IF EXISTS \"stats\".\"n\"(*)"));
        QCOMPARE(dialectFor(DialectId::MySql).teardown().dropSql({DropKind::Event, {QStringLiteral("app"), QStringLiteral("nightly")}, {}, {}}),
                 QStringLiteral("DROP EVENT IF EXISTS `app`.`nightly`"));
        // SQLite: a key goes with its table.
        QVERIFY(dialectFor(DialectId::Sqlite).teardown().dropSql({DropKind::ForeignKey, {QString(), QStringLiteral("k")}, QStringLiteral("t"), {}}).isEmpty());
    }

    void writesBindsAsLiterals()
    {
        const SqlSyntax &pg = dialect("postgres").syntax();
        QCOMPARE(pg.withLiterals(QStringLiteral("UPDATE t SET a = ?, b = ? WHERE c = '?' AND \"d?\" = ?"),
                                 {QStringLiteral("x'y"), QVariant(), qint64(12)}),
                 std::optional<QString>(QStringLiteral("UPDATE t SET a = 'x''y', b = NULL WHERE c = '?' AND \"d?\" = 12")));
        QCOMPARE(pg.withLiterals(QStringLiteral("SELECT ?"), {QStringLiteral("a\\b")}),
                 std::optional<QString>(QStringLiteral("SELECT E'a\\\\b'")));
        QVERIFY(!pg.withLiterals(QStringLiteral("SELECT ?, ?"), {1}));           // too few binds
        QVERIFY(!pg.withLiterals(QStringLiteral("SELECT ?"), {1, 2}));           // too many
        QVERIFY(!pg.withLiterals(QStringLiteral("SELECT ?"), {QByteArray("b")})); // no literal: bind it
        QVERIFY(!pg.withLiterals(QStringLiteral("SELECT ?"), {true}));
        QVERIFY(!pg.withLiterals(QStringLiteral("SELECT 'open ?"), {1}));        // unterminated quote
        // MySQL: a backslash has no literal that means it under every sql_mode (NO_BACKSLASH_ESCAPES): bound.
        QVERIFY(!dialect("mysql").syntax().withLiterals(QStringLiteral("SELECT ?"), {QStringLiteral("a\\'")}));
        QCOMPARE(dialect("mysql").syntax().withLiterals(QStringLiteral("SELECT ?"), {QStringLiteral("it's")}),
                 std::optional<QString>(QStringLiteral("SELECT 'it''s'")));
    }
    void escapesClosingQuoteCharacters()
    {
        QCOMPARE(dialect("mysql").syntax().quoteIdentifier("a`b"), QStringLiteral("`a``b`"));
        QCOMPARE(dialect("mssql").syntax().quoteIdentifier("a]b"), QStringLiteral("[a]]b]"));
    }

    void buildsInsertsThatReturnTheId_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("idInReply");
        QTest::newRow("postgres") << "postgres" << "INSERT INTO noorm.__noorm_change__ (name, status) VALUES (?, ?) RETURNING id" << false;
        QTest::newRow("mysql") << "mysql" << "INSERT INTO __noorm_change__ (name, status) VALUES (?, ?)" << true;
        QTest::newRow("sqlite") << "sqlite" << "INSERT INTO __noorm_change__ (name, status) VALUES (?, ?) RETURNING id" << false;
        QTest::newRow("mssql") << "mssql" << "INSERT INTO noorm.__noorm_change__ (name, status) OUTPUT INSERTED.id VALUES (?, ?)" << false;
    }
    void buildsInsertsThatReturnTheId()
    {
        QFETCH(QString, name);
        QFETCH(QString, sql);
        QFETCH(bool, idInReply);
        const TrackingSql &d = dialect(name).tracking();
        const InsertStatement insert = d.insertReturningId(d.table(tracking::change::table),
                                                           {tracking::change::name, tracking::change::status});
        QCOMPARE(insert.sql, sql);
        QCOMPARE(insert.idInReply, idInReply);
    }

    void limitsSelects()
    {
        QCOMPARE(dialect("postgres").syntax().selectLimitSql("id FROM t ORDER BY id DESC", 1),
                 QStringLiteral("SELECT id FROM t ORDER BY id DESC LIMIT 1"));
        QCOMPARE(dialect("mssql").syntax().selectLimitSql("id FROM t ORDER BY id DESC", 1),
                 QStringLiteral("SELECT TOP 1 id FROM t ORDER BY id DESC"));
    }

    void formatsTimestampsInUtc_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("postgres") << "postgres" << "2024-01-15 10:30:00.123";
        QTest::newRow("mysql") << "mysql" << "2024-01-15 10:30:00.123";
        QTest::newRow("sqlite") << "sqlite" << "2024-01-15T10:30:00.123Z";
        QTest::newRow("mssql") << "mssql" << "2024-01-15 10:30:00.123";
    }
    void formatsTimestampsInUtc()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QDateTime utc(QDate(2024, 1, 15), QTime(10, 30, 0, 123), QTimeZone::utc());
        QCOMPARE(dialect(name).tracking().formatTimestamp(utc), expected);
        // A time given in another zone is written as the same instant in UTC.
        QCOMPARE(dialect(name).tracking().formatTimestamp(utc.toOffsetFromUtc(2 * 3600)), expected);
    }
    void readsTimestampsInEveryWrittenForm()
    {
        const QDateTime expected(QDate(2024, 1, 15), QTime(10, 30, 0), QTimeZone::utc());
        QCOMPARE(TrackingSql::parseTimestamp(QStringLiteral("2024-01-15T10:30:00.000Z")), expected);
        QCOMPARE(TrackingSql::parseTimestamp(QStringLiteral("2024-01-15 10:30:00")), expected);
        QCOMPARE(TrackingSql::parseTimestamp(QStringLiteral("2024-01-15 10:30:00.000")), expected);
        QCOMPARE(TrackingSql::parseTimestamp(QDateTime(expected.date(), expected.time())), expected);
        QVERIFY(!TrackingSql::parseTimestamp(QVariant()).isValid());
    }

    void comparesTimestampsByTime()
    {
        QCOMPARE(dialect("sqlite").tracking().comparableTimestampSql(QStringLiteral("expires_at")), QStringLiteral("julianday(expires_at)"));
        for (const char *name : {"postgres", "mysql", "mssql"})
            QCOMPARE(dialect(name).tracking().comparableTimestampSql(QStringLiteral("expires_at")), QStringLiteral("expires_at"));
    }

    void recognisesUniqueViolations_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("nativeCode");
        QTest::addColumn<QString>("databaseText");
        QTest::addColumn<bool>("unique");
        QTest::newRow("postgres unique") << "postgres" << "23505" << "duplicate key value violates unique constraint" << true;
        QTest::newRow("postgres fk") << "postgres" << "23503" << "violates foreign key constraint" << false;
        QTest::newRow("mysql duplicate") << "mysql" << "1062" << "Duplicate entry 'dev' for key 'config_name'" << true;
        QTest::newRow("mysql fk") << "mysql" << "1452" << "Cannot add or update a child row" << false;
        QTest::newRow("sqlite extended") << "sqlite" << "2067" << "UNIQUE constraint failed: __noorm_lock__.config_name" << true;
        QTest::newRow("sqlite basic") << "sqlite" << "19" << "UNIQUE constraint failed: __noorm_lock__.config_name" << true;
        QTest::newRow("sqlite not null") << "sqlite" << "19" << "NOT NULL constraint failed: __noorm_lock__.reason" << false;
        QTest::newRow("mssql constraint") << "mssql" << "2627" << "Violation of UNIQUE KEY constraint 'UQ__x'" << true;
        QTest::newRow("mssql index") << "mssql" << "2601" << "Cannot insert duplicate key row in object" << true;
        QTest::newRow("mssql sqlstate only") << "mssql" << "23000"
                                             << "[FreeTDS][SQL Server]Violation of UNIQUE KEY constraint 'UQ__x'" << true;
        QTest::newRow("mssql fk") << "mssql" << "547" << "The INSERT statement conflicted with the FOREIGN KEY constraint" << false;
    }
    void recognisesUniqueViolations()
    {
        QFETCH(QString, name);
        QFETCH(QString, nativeCode);
        QFETCH(QString, databaseText);
        QFETCH(bool, unique);
        const QSqlError error(QStringLiteral("Unable to execute statement"), databaseText, QSqlError::StatementError, nativeCode);
        QCOMPARE(dialect(name).tracking().isUniqueViolation(error), unique);
    }

    // The vault's password rotation: each server's own statement, the values quoted; SQL
    // Server names the old password (a login changing its own); SQLite has none to change.
    void changesTheConnectedUsersOwnPassword()
    {
        ConnectionConfig c;
        c.user = QStringLiteral("app]user");
        c.password = Secret(QStringLiteral("old'pw"));
        const Secret next(QStringLiteral("N3w'pw"));
        const QSqlDatabase none;
        Result<QString> mysql = dialect(QStringLiteral("mysql")).connection().changeOwnPasswordSql(none, c, next);
        QVERIFY(mysql);
        QCOMPARE(*mysql, QStringLiteral("ALTER USER CURRENT_USER() IDENTIFIED BY 'N3w''pw'"));
        Result<QString> mssql = dialect(QStringLiteral("mssql")).connection().changeOwnPasswordSql(none, c, next);
        QVERIFY(mssql);
        QCOMPARE(*mssql, QStringLiteral("ALTER LOGIN [app]]user] WITH PASSWORD = N'N3w''pw' OLD_PASSWORD = N'old''pw'"));
        Result<QString> sqlite = dialect(QStringLiteral("sqlite")).connection().changeOwnPasswordSql(none, c, next);
        QVERIFY(!sqlite);
        QCOMPARE(sqlite.error().kind, ErrorKind::Refused);
        // PostgreSQL needs the live connection for libpq's verifier: without one, an error.
        QVERIFY(!dialect(QStringLiteral("postgres")).connection().changeOwnPasswordSql(none, c, next));
    }

    void buildsTheOdbcConnectionString()
    {
        ConnectionConfig c;
        c.dialect = QStringLiteral("mssql");
        c.host = QStringLiteral("db.example.com");
        c.database = QStringLiteral("app");
        c.user = QStringLiteral("sa");
        c.password = Secret(QStringLiteral("s3cret"));
        QCOMPARE(odbcConnectionString(c),
                 QStringLiteral("DRIVER={FreeTDS};SERVER=db.example.com;PORT=1433;DATABASE=app;UID=sa;PWD=s3cret;"
                                "TDS_Version=7.4"));
        c.port = 14330;
        c.ssl = true;
        QCOMPARE(odbcConnectionString(c),
                 QStringLiteral("DRIVER={FreeTDS};SERVER=db.example.com;PORT=14330;DATABASE=app;UID=sa;PWD=s3cret;"
                                "TDS_Version=7.4;Encryption=require"));
    }
    void escapesOdbcValuesInBraces_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::newRow("semicolon") << "a;b" << "PWD={a;b};";
        QTest::newRow("closing brace") << "a}b" << "PWD={a}}b};";
        QTest::newRow("both") << "x;}{y" << "PWD={x;}}{y};";
        QTest::newRow("equals") << "a=b" << "PWD={a=b};";
        QTest::newRow("edge space") << " ab" << "PWD={ ab};";
        QTest::newRow("plain") << "ab" << "PWD=ab;";
    }
    void escapesOdbcValuesInBraces()
    {
        QFETCH(QString, password);
        QFETCH(QString, expected);
        ConnectionConfig c;
        c.dialect = QStringLiteral("mssql");
        c.database = QStringLiteral("d;b");
        c.user = QStringLiteral("u");
        c.password = Secret(password);
        const QString s = odbcConnectionString(c);
        QVERIFY2(s.contains(expected), qPrintable(s));
        QVERIFY(s.contains(QStringLiteral("SERVER=localhost;")));
        QVERIFY(s.contains(QStringLiteral("DATABASE={d;b};")));
    }

    void failsFastOnUnreachableHosts_data() { addFourDialects(); }
    void failsFastOnUnreachableHosts()
    {
        QFETCH(QString, name);
        ConnectionConfig c;
        c.dialect = name;
        const QString options = dialect(name).connection().connectOptions(c);
        if (name == QLatin1String("postgres"))
            QVERIFY(options.contains(QStringLiteral("connect_timeout=5")));
        else if (name == QLatin1String("mysql"))
            QVERIFY(options.contains(QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=5")));
        else if (name == QLatin1String("mssql"))
            QVERIFY(options.contains(QStringLiteral("SQL_ATTR_LOGIN_TIMEOUT=5")));
        else
            QVERIFY(options.contains(QStringLiteral("QSQLITE_BUSY_TIMEOUT")));
    }

    void mapsSslToLibpqOptions_data()
    {
        QTest::addColumn<QJsonValue>("ssl");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("unset") << QJsonValue(QJsonValue::Undefined) << QStringList{};
        QTest::newRow("true") << QJsonValue(true) << QStringList{"sslmode=require"};
        QTest::newRow("false") << QJsonValue(false) << QStringList{"sslmode=disable"};
        QTest::newRow("no verify")
            << QJsonValue(QJsonObject{{"rejectUnauthorized", false}}) << QStringList{"sslmode=require"};
        QTest::newRow("ca")
            << QJsonValue(QJsonObject{{"ca", "/etc/my ca.pem"}, {"cert", "/c.pem"}, {"key", "/k.pem"}})
            << QStringList{"sslmode=verify-full", "sslrootcert='/etc/my ca.pem'", "sslcert='/c.pem'", "sslkey='/k.pem'"};
    }
    void mapsSslToLibpqOptions()
    {
        QFETCH(QJsonValue, ssl);
        QFETCH(QStringList, expected);
        ConnectionConfig c;
        c.dialect = QStringLiteral("postgres");
        c.ssl = ssl;
        const QStringList options = dialect("postgres").connection().connectOptions(c).split(QLatin1Char(';'));
        QCOMPARE(options.first(), QStringLiteral("connect_timeout=5"));
        QCOMPARE(options.mid(1), expected);
    }

    void mapsSslToMysqlOptions()
    {
        ConnectionConfig c;
        c.dialect = QStringLiteral("mysql");
        QCOMPARE(dialect("mysql").connection().connectOptions(c), QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=5"));
        c.ssl = true;
        QVERIFY(dialect("mysql").connection().connectOptions(c).contains(QStringLiteral("SSL_CAPATH=")));
        c.ssl = QJsonObject{{"ca", "/ca.pem"}, {"key", "/k.pem"}};
        QCOMPARE(dialect("mysql").connection().connectOptions(c),
                 QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=5;SSL_CA=/ca.pem;SSL_KEY=/k.pem"));
    }

    void resolvesSqliteFilesAgainstTheProjectRoot()
    {
        const ConnectionRules &d = dialect("sqlite").connection();
        ConnectionConfig c;
        c.dialect = QStringLiteral("sqlite");
        c.database = QStringLiteral("./data/app.db");
        QCOMPARE(d.databaseFile(c, QStringLiteral("/home/me/project")), QStringLiteral("/home/me/project/data/app.db"));
        c.database = QStringLiteral("/abs/app.db");
        QCOMPARE(d.databaseFile(c, QStringLiteral("/home/me/project")), QStringLiteral("/abs/app.db"));
        c.database = QStringLiteral(":memory:");
        QCOMPARE(d.databaseFile(c, QStringLiteral("/home/me/project")), QStringLiteral(":memory:"));
        QVERIFY(d.sessionSetupSql().contains(QStringLiteral("PRAGMA foreign_keys = ON")));
    }

    void createsAndDropsDatabases_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("maintenance");
        QTest::addColumn<QString>("create");
        QTest::addColumn<QString>("drop");
        QTest::addColumn<QString>("exists");
        QTest::newRow("postgres") << "postgres" << "postgres" << "CREATE DATABASE \"app\"" << "DROP DATABASE IF EXISTS \"app\""
                                  << "SELECT 1 FROM pg_database WHERE datname = 'app'";
        QTest::newRow("mysql") << "mysql" << "" << "CREATE DATABASE IF NOT EXISTS `app`" << "DROP DATABASE IF EXISTS `app`"
                               << "SELECT 1 FROM information_schema.schemata WHERE schema_name = 'app'";
        QTest::newRow("mssql") << "mssql" << "master" << "CREATE DATABASE [app]" << "DROP DATABASE [app]"
                               << "SELECT 1 FROM sys.databases WHERE name = N'app'";
        QTest::newRow("sqlite") << "sqlite" << "" << "" << "" << "";
    }
    void createsAndDropsDatabases()
    {
        QFETCH(QString, name);
        QFETCH(QString, maintenance);
        QFETCH(QString, create);
        QFETCH(QString, drop);
        QFETCH(QString, exists);
        const DatabaseAdminSql &d = dialect(name).databases();
        QCOMPARE(d.maintenanceDatabase(), maintenance);
        QCOMPARE(d.createSql(QStringLiteral("app")).join(QLatin1Char('\n')), create);
        QVERIFY(d.dropSql(QStringLiteral("app")).join(QLatin1Char('\n')).contains(drop));
        QCOMPARE(d.existsSql(QStringLiteral("app")), exists);
    }
    void dropsPostgresDatabasesAfterEndingTheirSessions()
    {
        const QStringList drop = dialect("postgres").databases().dropSql(QStringLiteral("app"));
        QCOMPARE(drop.size(), 2);
        QVERIFY(drop.first().contains(QStringLiteral("pg_terminate_backend")));
        QVERIFY(dialect("mssql").databases().dropSql(QStringLiteral("app")).first().contains(
            QStringLiteral("SET SINGLE_USER WITH ROLLBACK IMMEDIATE")));
    }

    void asksForTheServerVersion_data() { addFourDialects(); }
    void asksForTheServerVersion()
    {
        QFETCH(QString, name);
        QVERIFY(dialect(name).connection().serverVersionSql().startsWith(QStringLiteral("SELECT ")));
    }

    // Every catalog query narrows to the scope's schema and table (a quoted literal, never
    // pasted in raw); routines belong to no table.
    void catalogQueriesNarrowToTheScope_data() { addFourDialects(); }
    void catalogQueriesNarrowToTheScope()
    {
        QFETCH(QString, name);
        const Dialect &d = dialect(name);
        const Catalog &catalog = d.catalog();
        const CatalogScope scope{QStringLiteral("sales"), QStringLiteral("it's")};
        const QString table = d.syntax().quoteString(scope.table);
        const QString schema = d.syntax().quoteString(scope.schema);
        for (const QString &sql : {catalog.relationsSql(scope), catalog.columnsSql(scope), catalog.indexesSql(scope),
                                   catalog.foreignKeysSql(scope), catalog.triggersSql(scope), catalog.viewReadsSql(scope)}) {
            QVERIFY2(sql.startsWith(QStringLiteral("SELECT ")), qPrintable(sql));
            QVERIFY2(sql.contains(table), qPrintable(sql));
            QVERIFY2(sql.contains(schema), qPrintable(sql));
        }
        QVERIFY(!catalog.relationsSql({}).contains(table));
        QVERIFY(!catalog.routinesSql(scope).contains(table));
        QVERIFY(catalog.schemasSql().startsWith(QStringLiteral("SELECT ")));
        // SQLite has no functions or procedures.
        QCOMPARE(catalog.routinesSql(scope).isEmpty(), name == QLatin1String("sqlite"));
        // PostgreSQL reads its catalog without JIT (bench/README.md); the others change nothing.
        QCOMPARE(catalog.readingSessionSql(),
                 name == QLatin1String("postgres") ? QStringList{QStringLiteral("SET jit = off")} : QStringList());
    }

    void readsSqlServersCatalogFromSys()
    {
        const Catalog &catalog = dialect("mssql").catalog();
        QCOMPARE(catalog.relationsSql({}),
                 QStringLiteral("SELECT s.name, o.name, CASE o.type WHEN 'V' THEN 'view' ELSE 'table' END, (SELECT "
                                "SUM(p.rows) FROM sys.partitions p WHERE p.object_id = o.object_id AND p.index_id IN (0, 1)), "
                                "CASE WHEN o.type = 'U' THEN (SELECT SUM(a.used_pages) * 8192 FROM sys.partitions p JOIN "
                                "sys.allocation_units a ON a.container_id = p.partition_id WHERE p.object_id = o.object_id) END, NULL FROM "
                                "sys.objects o JOIN sys.schemas s ON s.schema_id = o.schema_id WHERE o.type IN ('U', "
                                "'V') AND o.is_ms_shipped = 0 AND s.schema_id < 16384 AND s.name NOT IN (N'sys', "
                                "N'INFORMATION_SCHEMA', N'guest') ORDER BY s.name, o.name"));
        const CatalogScope orders{QStringLiteral("sales"), QStringLiteral("orders")};
        QVERIFY(catalog.relationsSql(orders).contains(QStringLiteral("AND s.name = N'sales' AND o.name = N'orders' ")));
        const QString columns = catalog.columnsSql(orders);
        for (const char *part : {"JOIN sys.columns c ON c.object_id = o.object_id", "TYPE_NAME(c.user_type_id)",
                                 "c.max_length / 2", "OBJECT_DEFINITION(c.default_object_id)", "i.is_primary_key = 1",
                                 "ORDER BY s.name, o.name, c.column_id"})
            QVERIFY2(columns.contains(QLatin1String(part)), part);
        const QString indexes = catalog.indexesSql(orders);
        QVERIFY(indexes.contains(QStringLiteral("JOIN sys.index_columns ic")));
        QVERIFY(indexes.contains(QStringLiteral("ic.key_ordinal > 0")));
        QVERIFY(indexes.endsWith(QStringLiteral("ORDER BY s.name, o.name, i.name, ic.key_ordinal")));
        const QString keys = catalog.foreignKeysSql(orders);
        QVERIFY(keys.contains(QStringLiteral("JOIN sys.foreign_key_columns fkc")));
        QVERIFY(keys.contains(QStringLiteral("REPLACE(fk.delete_referential_action_desc, '_', ' ')")));
        QVERIFY(keys.endsWith(QStringLiteral("ORDER BY s.name, o.name, fk.name, fkc.constraint_column_id")));
        // Unique keys and checks in one query, ordered once over both.
        const QString constraints = catalog.constraintsSql(orders);
        for (const char *part : {"JOIN sys.key_constraints kc ON kc.parent_object_id = o.object_id AND kc.type = 'UQ'",
                                 "ic.index_id = kc.unique_index_id", " UNION ALL ",
                                 "JOIN sys.check_constraints cc ON cc.parent_object_id = o.object_id",
                                 "'CHECK ' + cc.definition", "o.name = N'orders'"})
            QVERIFY2(constraints.contains(QLatin1String(part)), part);
        QCOMPARE(constraints.count(QStringLiteral("ORDER BY")), 1);
        QVERIFY(constraints.endsWith(QStringLiteral(" ORDER BY 1, 2, 3, 7")));
        QVERIFY(catalog.typesSql({}).contains(QStringLiteral("TYPE_NAME(t.system_type_id)")));
        QVERIFY(catalog.routinesSql({}).contains(QStringLiteral("o.type IN ('P', 'FN', 'IF', 'TF')")));
        QVERIFY(catalog.triggersSql({}).contains(QStringLiteral("JOIN sys.triggers t ON t.parent_id = o.object_id")));
        QVERIFY(catalog.triggersSql({}).contains(QStringLiteral("FROM sys.trigger_events te WHERE te.object_id = t.object_id")));
        // What a view reads, from the dependencies the server records.
        const QString reads = catalog.viewReadsSql({});
        for (const char *part : {"SELECT DISTINCT s.name, o.name, rs.name, r.name FROM sys.objects o",
                                 "JOIN sys.sql_expression_dependencies d ON d.referencing_id = o.object_id",
                                 "JOIN sys.objects r ON r.object_id = d.referenced_id", "o.type IN ('V')",
                                 "r.type IN ('U', 'V') AND r.object_id <> o.object_id", "ORDER BY s.name, o.name, rs.name, r.name"})
            QVERIFY2(reads.contains(QLatin1String(part)), part);
        const QString parameters = catalog.parametersSql({});
        for (const char *part : {"JOIN sys.parameters pr ON pr.object_id = o.object_id", "pr.parameter_id > 0",
                                 "STUFF(pr.name, 1, 1, '')", "ORDER BY s.name, o.name, pr.parameter_id"})
            QVERIFY2(parameters.contains(QLatin1String(part)), part);
        QVERIFY(catalog.routinesSql({}).contains(QStringLiteral("pr.parameter_id = 0")));
        QCOMPARE(catalog.schemasSql(), QStringLiteral("SELECT s.name FROM sys.schemas s WHERE s.schema_id < 16384 AND "
                                                      "s.name NOT IN (N'sys', N'INFORMATION_SCHEMA', N'guest') ORDER BY "
                                                      "s.name"));
    }

    void findsTablesThroughTheCatalog()
    {
        QCOMPARE(dialect("postgres").tracking().tableExistsSql("noorm", "__noorm_lock__"),
                 QStringLiteral("SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = 'noorm' AND tablename = "
                                "'__noorm_lock__'"));
        QVERIFY(dialect("mysql").tracking().tableExistsSql("", "__noorm_lock__").contains(QStringLiteral("DATABASE()")));
        QVERIFY(dialect("sqlite").tracking().tableExistsSql("", "__noorm_lock__").contains(QStringLiteral("sqlite_master")));
        QVERIFY(dialect("mssql").tracking().tableExistsSql("dbo", "__noorm_lock__").contains(QStringLiteral("TABLE_SCHEMA = N'dbo'")));
    }
};

QTEST_GUILESS_MAIN(TestDialect)
#include "tst_dialect.moc"
