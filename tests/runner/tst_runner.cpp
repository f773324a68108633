// core/runner on SQLite, PostgreSQL and MariaDB: discovery and filters, build and rebuild,
// force, changed files, tracking rows column by column, failure positions, skipped rest,
// a transaction per file, templates through the renderer hook, dry run, preview, run file.

#include "db/connection.h"
#include "db/tracking_schema.h"
#include "dialect/tracking_tables.h"
#include "live.h"
#include "live_database.h"
#include "log/logger.h"
#include "runner/checksum.h"
#include "runner/execution_tracker.h"
#include "runner/file_transactions.h"
#include "runner/runner.h"
#include "runner/sql_file_discovery.h"
#include "runner/statement_batches.h"
#include "settings/settings.h"
#include "tempproject.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <span>

using namespace noorm;
using noorm::test::LiveServer;
using noorm::test::TempProject;

namespace {

const QString kExecutedBy = QStringLiteral("Test User <test@noorm.dev>");

Config serverConfig(const LiveServer &server) { return noorm::test::liveConfig(server); }
using noorm::test::uniqueName;

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString message(const Error &e) { return e.toString(); }

// The session's count of DO statements: each multi-statement batch on MySQL starts with a
// DO guard (MysqlScripts::batchGuardSql), so it tells whether batches were sent.
template <typename F>
qint64 comDo(F &f)
{
    Result<QVariant> n = f.connection->scalar(
        QStringLiteral("SELECT VARIABLE_VALUE FROM information_schema.SESSION_STATUS WHERE VARIABLE_NAME = 'COM_DO'"));
    return n ? n->toLongLong() : -1;
}

std::span<const SqlStatement> allStatements(const QList<SqlStatement> &statements)
{
    return {statements.constData(), size_t(statements.size())};
}

// Sakila's schema in small: SET @OLD_… lines, two tables, triggers and routines in DELIMITER
// blocks (;; and $$ as Sakila has them), a view.
QString sakilaLike(const QString &film, const QString &text, const QString &view, const QString &count,
                   const QString &inStock)
{
    return QStringLiteral(
               "SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0;\n"
               "SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='TRADITIONAL';\n"
               "CREATE TABLE %1 (film_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT, title VARCHAR(255) NOT NULL,\n"
               "  description TEXT, PRIMARY KEY (film_id)) ENGINE=InnoDB;\n"
               "CREATE TABLE %2 (film_id SMALLINT NOT NULL, title VARCHAR(255) NOT NULL, description TEXT,\n"
               "  PRIMARY KEY (film_id));\n"
               "DELIMITER ;;\n"
               "CREATE TRIGGER `%1_ins` AFTER INSERT ON `%1` FOR EACH ROW BEGIN\n"
               "    INSERT INTO %2 (film_id, title, description) VALUES (new.film_id, new.title, new.description);\n"
               "  END;;\n"
               "CREATE TRIGGER `%1_upd` AFTER UPDATE ON `%1` FOR EACH ROW BEGIN\n"
               "    IF (old.title != new.title) OR (old.film_id != new.film_id) THEN\n"
               "        UPDATE %2 SET title=new.title, film_id=new.film_id WHERE film_id=old.film_id;\n"
               "    END IF;\n"
               "  END;;\n"
               "DELIMITER ;\n"
               "CREATE VIEW %3 AS SELECT film_id AS FID, title FROM %1;\n"
               "DELIMITER $$\n"
               "CREATE FUNCTION %4(p_film_id INT) RETURNS INT\n"
               "READS SQL DATA\n"
               "BEGIN\n"
               "  DECLARE v_count INT;\n"
               "  SELECT COUNT(*) INTO v_count FROM %1 WHERE film_id <= p_film_id;\n"
               "  RETURN v_count;\n"
               "END $$\n"
               "CREATE PROCEDURE %5(IN p_film_id INT, OUT p_film_count INT)\n"
               "READS SQL DATA\n"
               "BEGIN\n"
               "     SELECT COUNT(*) INTO p_film_count FROM %2 WHERE film_id <= p_film_id;\n"
               "END $$\n"
               "DELIMITER ;\n"
               "SET SQL_MODE=@OLD_SQL_MODE;\n"
               "SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS;\n")
        .arg(film, text, view, count, inStock);
}

// A SQLite config `dev` in project `p`, for runs that need no database.
RunContext sqliteContext(const TempProject &p)
{
    Config config;
    config.name = QStringLiteral("dev");
    config.connection.dialect = QStringLiteral("sqlite");
    config.connection.database = QStringLiteral("app.db");
    return {config, p.root(), kExecutedBy};
}

} // namespace

// One test's database: a SQLite file in the project or the live server, the tracking
// tables ensured, and the user tables it names dropped again at the end.
struct Fixture {
    TempProject project;
    Config config;
    std::unique_ptr<Connection> connection;
    QStringList tables;    // user tables to drop (views prefixed with "view:")
    QString prefix = uniqueName(QStringLiteral("t"));
    std::shared_ptr<Logger> logger = std::make_shared<Logger>(); // the runs' redactor, as a workspace's

    ~Fixture()
    {
        if (!connection)
            return;
        for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
            if (it->startsWith(QLatin1String("view:")))
                (void)connection->exec(QStringLiteral("DROP VIEW IF EXISTS %1").arg(it->mid(5)));
            else
                (void)connection->exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(*it));
        }
    }
    QString table(const QString &stem)
    {
        tables << prefix + QLatin1Char('_') + stem;
        return tables.last();
    }
    QString view(const QString &stem)
    {
        tables << QStringLiteral("view:") + prefix + QLatin1Char('_') + stem;
        return tables.last().mid(5);
    }
    QString write(const QString &relative, const QString &sql) { return project.write(relative, sql.toUtf8()); }
    // Config `dev` on the SQLite file app.db in the project, with its tracking tables.
    bool openSqlite()
    {
        config.connection.dialect = QStringLiteral("sqlite");
        config.connection.database = QStringLiteral("app.db");
        config.name = QStringLiteral("dev");
        Result<std::unique_ptr<Connection>> opened = Connection::open(config, project.root());
        if (!opened)
            return false;
        connection = std::move(opened).value();
        return TrackingSchema::ensure(*connection).ok();
    }
    RunContext context() const { return {config, project.root(), kExecutedBy, logger}; }
    bool tableExists(const QString &name)
    {
        return connection->query(QStringLiteral("SELECT 1 FROM %1 WHERE 1 = 0").arg(name)).ok();
    }
    qint64 count(const QString &sql, const QVariantList &binds = {})
    {
        Result<QVariant> n = connection->scalar(sql, binds);
        return n ? n->toLongLong() : -1;
    }
    QString changeTable() const { return connection->dialect().tracking().table(tracking::change::table); }
    QString executionsTable() const { return connection->dialect().tracking().table(tracking::executions::table); }
};

#define FIXTURE(f)                                                                                 \
    QFETCH(QString, dialect);                                                                      \
    Fixture f;                                                                                     \
    NOORM_CONFIG_FOR_DIALECT(f.config, dialect);                                                   \
    NOORM_OPEN_TRACKED(f)

#define RUN_OK(report, expr)                                                                       \
    Result<RunReport> report = (expr);                                                             \
    QVERIFY2(report, qPrintable(report ? QString() : message(report.error())))

// A thread, not started yet, that builds `f`'s project with a connection of its own (a
// connection belongs to the thread that opened it): `report` when the build returns one,
// else `failure`, also when the connection cannot interrupt a statement.
std::unique_ptr<QThread> buildOnAWorker(Fixture &f, const RunOptions &options, std::optional<RunReport> &report, QString &failure)
{
    return std::unique_ptr<QThread>(QThread::create([&f, &options, &report, &failure] {
        Result<std::unique_ptr<Connection>> own = Connection::open(f.config, f.project.root());
        if (!own) {
            failure = own.error().toString();
            return;
        }
        if (!(*own)->canInterruptStatements()) {
            failure = QStringLiteral("no statement interrupter for ") + f.config.connection.dialect;
            return;
        }
        Runner runner(f.context(), own->get());
        Result<RunReport> done = runner.build(Settings(), options);
        if (done)
            report = *done;
        else
            failure = done.error().toString();
    }));
}

class TestRunner : public QObject {
    Q_OBJECT

    static void dialects()
    {
        noorm::test::addDialectRows("dialect", {QStringLiteral("sqlite"), QStringLiteral("postgres"), QStringLiteral("mysql")});
    }
    static void transactionalDialects()
    {
        noorm::test::addDialectRows("dialect", {QStringLiteral("sqlite"), QStringLiteral("postgres")});
    }

private slots:
    // What stays of a file stopped part-way without noorm's transaction: every run of a
    // batch `GO n` repeats counts, and those of the one it stopped at that were done; what
    // its own unfinished transaction held does not.
    void countsTheRunsThatStayOfAStoppedFile()
    {
        const auto statement = [](const char *text, int repeat = 1) {
            SqlStatement s;
            s.text = QString::fromLatin1(text);
            s.repeat = repeat;
            return s;
        };
        const QList<SqlStatement> file{statement("INSERT INTO t VALUES (1)", 3), statement("INSERT INTO t VALUES (2)", 4),
                                       statement("BEGIN TRANSACTION"), statement("INSERT INTO t VALUES (3)", 2),
                                       statement("COMMIT"), statement("BEGIN"), statement("DELETE FROM t")};
        QCOMPARE(whereItStopped(file, 0, 0).kept, 0);
        QCOMPARE(whereItStopped(file, 1, 0).kept, 3);
        QCOMPARE(whereItStopped(file, 1, 2).kept, 5); // stopped at the third run of GO 4
        QCOMPARE(whereItStopped(file, 3, 1).kept, 7);
        QVERIFY(whereItStopped(file, 3, 1).inOwnTransaction);
        QCOMPARE(whereItStopped(file, 5, 0).kept, 9); // its COMMIT kept both runs
        QVERIFY(!whereItStopped(file, 5, 0).inOwnTransaction);
        const StoppedFile open = whereItStopped(file, 7, 0); // all of it ran, the last BEGIN unfinished
        QCOMPARE(open.kept, 9);
        QVERIFY(open.inOwnTransaction);
    }

    void checksumsAreTheOriginals()
    {
        QCOMPARE(textChecksum(QStringLiteral("SELECT 1;")), sha256("SELECT 1;"));
        QCOMPARE(textChecksum(QString()), QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        // Sorted, concatenated, hashed.
        const QString a = sha256("a"), b = sha256("b");
        const QString expected = a < b ? sha256((a + b).toLatin1()) : sha256((b + a).toLatin1());
        QCOMPARE(combinedChecksum({b, a}), expected);
        QCOMPARE(combinedChecksum({a, b}), expected);
    }

    void discoversSqlFilesInPathOrder()
    {
        TempProject p;
        p.write(QStringLiteral("sql/02_views/001_v.sql"), "");
        p.write(QStringLiteral("sql/01_tables/010_b.sql"), "");
        p.write(QStringLiteral("sql/01_tables/002_a.sql.tmpl"), "");
        p.write(QStringLiteral("sql/01_tables.sql"), "");
        p.write(QStringLiteral("sql/01_tables/notes.txt"), "");
        p.write(QStringLiteral("sql/01_tables/old.sql.bak"), "");
        p.write(QStringLiteral("sql/B.sql"), "");
        p.write(QStringLiteral("sql/a.sql"), "");
        Result<QStringList> files = discoverSqlFiles(p.path(QStringLiteral("sql")));
        QVERIFY(files);
        QStringList relative;
        for (const QString &f : *files)
            relative << QDir(p.path(QStringLiteral("sql"))).relativeFilePath(f);
        // JavaScript's sort() of the full paths: '.' < '/' < digits < upper case < lower case.
        QCOMPARE(relative, (QStringList{QStringLiteral("01_tables.sql"), QStringLiteral("01_tables/002_a.sql.tmpl"),
                                        QStringLiteral("01_tables/010_b.sql"), QStringLiteral("02_views/001_v.sql"),
                                        QStringLiteral("B.sql"), QStringLiteral("a.sql")}));
        QCOMPARE(discoverSqlFiles(p.path(QStringLiteral("nope"))).error().kind, ErrorKind::NotFound);
    }

    void filtersByBuildIncludeExcludeAndRules()
    {
        TempProject p;
        for (const char *f : {"sql/tables/a.sql", "sql/tables/archive/old.sql", "sql/views/v.sql", "sql/seeds/s.sql",
                              "sql/tablesx/t.sql"})
            p.write(QString::fromLatin1(f), "");
        Settings settings;
        settings.buildInclude = {QStringLiteral("tables"), QStringLiteral("views")};
        settings.buildExclude = {QStringLiteral("tables/archive")};
        Rule seedsOnTest;
        seedsOnTest.match.isTest = true;
        seedsOnTest.include = {QStringLiteral("seeds")};
        seedsOnTest.exclude = {QStringLiteral("views")};
        settings.rules << seedsOnTest;

        Config config;
        config.name = QStringLiteral("dev");
        config.sqlPath = QStringLiteral("sql");
        const auto relativeFiles = [&](const Config &c) {
            Runner runner(RunContext{c, p.root(), kExecutedBy}, nullptr);
            QStringList out;
            const QStringList files = runner.buildFiles(settings).value();
            for (const QString &f : files)
                out << runner.displayPath(f);
            return out;
        };
        // "tables" matches the folder, not "tablesx"; exclude wins over include.
        QCOMPARE(relativeFiles(config), (QStringList{QStringLiteral("sql/tables/a.sql"), QStringLiteral("sql/views/v.sql")}));
        config.isTest = true; // the rule matches: seeds in, views out
        QCOMPARE(relativeFiles(config), (QStringList{QStringLiteral("sql/seeds/s.sql"), QStringLiteral("sql/tables/a.sql")}));
    }

    void buildRunsEveryFileInOrder_data() { dialects(); }
    void buildRunsEveryFileInOrder()
    {
        FIXTURE(f);
        const QString a = f.table(QStringLiteral("a"));
        const QString v = f.view(QStringLiteral("v"));
        f.write(QStringLiteral("sql/01_tables/001_a.sql"), QStringLiteral("CREATE TABLE %1 (id INTEGER NOT NULL);\n"
                                                                         "INSERT INTO %1 (id) VALUES (1);\n").arg(a));
        f.write(QStringLiteral("sql/02_views/001_v.sql"), QStringLiteral("CREATE VIEW %1 AS SELECT id FROM %2;").arg(v, a));
        f.write(QStringLiteral("sql/README.txt"), QStringLiteral("not sql"));
        Runner runner(f.context(), f.connection.get());
        QStringList progress;
        connect(&runner, &Runner::fileProgress, this, [&](const FileProgress &p) {
            progress << QStringLiteral("%1/%2 %3 %4").arg(p.index + 1).arg(p.total).arg(p.displayPath, fileStatusName(p.status));
        });
        RUN_OK(report, runner.build(Settings()));
        QVERIFY2(report->succeeded(), qPrintable(report->firstError ? message(*report->firstError) : QString()));
        QCOMPARE(report->filesRun, 2);
        QCOMPARE(report->filesSkipped, 0);
        QCOMPARE(report->files.at(0).displayPath, QStringLiteral("sql/01_tables/001_a.sql"));
        QCOMPARE(report->files.at(1).displayPath, QStringLiteral("sql/02_views/001_v.sql"));
        QCOMPARE(progress, (QStringList{QStringLiteral("1/2 sql/01_tables/001_a.sql pending"),
                                        QStringLiteral("1/2 sql/01_tables/001_a.sql success"),
                                        QStringLiteral("2/2 sql/02_views/001_v.sql pending"),
                                        QStringLiteral("2/2 sql/02_views/001_v.sql success")}));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(v)), 1);
    }

    // A file's session stays its own, as when psql runs each file (and Flyway each
    // migration): pg_dump's empty search_path and a SET search_path do not reach the next
    // file (which failed: "no schema has been selected to create in"), nor does MySQL's USE
    // of another database (noorm's own rows then went to the wrong database and failed).
    void aFilesSessionSettingsDoNotReachTheNextFile_data()
    {
        noorm::test::addDialectRows("dialect", {QStringLiteral("postgres"), QStringLiteral("mysql")});
    }
    void aFilesSessionSettingsDoNotReachTheNextFile()
    {
        FIXTURE(f);
        const QString a = f.table(QStringLiteral("a")), b = f.table(QStringLiteral("b")), c = f.table(QStringLiteral("c"));
        const QString other = uniqueName(QStringLiteral("elsewhere"));
        const auto dropOther = qScopeGuard([&] {
            if (f.config.connection.dialect == QLatin1String("mysql"))
                (void)f.connection->exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(other));
        });
        if (f.config.connection.dialect == QLatin1String("postgres")) {
            f.write(QStringLiteral("sql/001_dump.sql"), QStringLiteral("SELECT pg_catalog.set_config('search_path', '', false);\n"
                                                                      "CREATE TABLE public.%1 (id integer);\n").arg(a));
            f.write(QStringLiteral("sql/002_copy.sql"), QStringLiteral("CREATE TABLE %1 (id integer);\nCOPY %1 (id) FROM stdin;\n1\n\\.\n"
                                                                      "SET search_path = pg_catalog;\n").arg(b));
        } else {
            f.write(QStringLiteral("sql/001_dump.sql"), QStringLiteral("CREATE TABLE %1 (id integer);\nCREATE DATABASE %2;\nUSE %2;\n").arg(a, other));
            f.write(QStringLiteral("sql/002_copy.sql"), QStringLiteral("CREATE TABLE %1 (id integer);\n").arg(b));
        }
        f.write(QStringLiteral("sql/003_after.sql"), QStringLiteral("CREATE TABLE %1 (id integer);\n").arg(c));
        Runner runner(f.context(), f.connection.get());
        RUN_OK(report, runner.build(Settings()));
        QVERIFY2(report->succeeded(), qPrintable(report->firstError ? message(*report->firstError) : QString()));
        QCOMPARE(report->filesRun, 3);
        for (const QString &made : {a, b, c}) // each in the config's own schema or database
            QVERIFY2(f.tableExists(made), qPrintable(made));
    }

    // More files than one INSERT of pending rows takes: the rows go in chunks, in one
    // transaction; every file still gets exactly one row, finished by its own id.
    void buildRecordsMoreFilesThanOneInsertTakes_data() { dialects(); }
    void buildRecordsMoreFilesThanOneInsertTakes()
    {
        FIXTURE(f);
        const int files = 2 * ExecutionTracker::kRowsPerInsert + 5;
        for (int i = 0; i < files; ++i)
            f.write(QStringLiteral("sql/%1.sql").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("SELECT %1;").arg(i));
        Runner runner(f.context(), f.connection.get());
        RUN_OK(report, runner.build(Settings()));
        QVERIFY2(report->succeeded(), qPrintable(report->firstError ? message(*report->firstError) : QString()));
        QCOMPARE(report->filesRun, files);
        using namespace tracking::executions;
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?").arg(f.executionsTable(), changeId),
                         {report->changeId}),
                 files);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(DISTINCT %1) FROM %2 WHERE %3 = ? AND %4 = 'success'")
                             .arg(filepath, f.executionsTable(), changeId, status),
                         {report->changeId}),
                 files);
    }

    // A run killed while the unchanged files it skipped were still to be written: its first
    // pending file was skipped, not running, and stays skipped (marked failed, it would run
    // again though unchanged); a first pending file that is not unchanged was running.
    void anAbandonedRunBlamesOnlyAFileThatRan_data() { dialects(); }
    void anAbandonedRunBlamesOnlyAFileThatRan()
    {
        FIXTURE(f);
        ExecutionTracker tracker(*f.connection, f.config.name, f.logger->redactor());
        const QStringList files{QStringLiteral("/p/sql/a.sql"), QStringLiteral("/p/sql/b.sql")};
        Result<qint64> done = tracker.startOperation(QStringLiteral("build"), kExecutedBy);
        QVERIFY(done);
        QVERIFY(tracker.addPendingFiles(*done, files, {QStringLiteral("ca"), QStringLiteral("cb")}));
        for (const QString &path : files)
            QVERIFY(tracker.markFile(*done, FileResult{path, {}, FileStatus::Success, path.endsWith(QLatin1String("a.sql")) ? QStringLiteral("ca") : QStringLiteral("cb"), 1, {}, {}, {}}));
        QVERIFY(tracker.finishOperation(*done, true, 1, QStringLiteral(""), QStringLiteral("")));
        // Killed twice: once before a.sql (unchanged) was written skipped, once while b.sql (edited) ran.
        for (const QString &bChecksum : {QStringLiteral("cb"), QStringLiteral("cb2")}) {
            Result<qint64> killed = tracker.startOperation(QStringLiteral("build"), kExecutedBy);
            QVERIFY(killed);
            QVERIFY(tracker.addPendingFiles(*killed, files, {QStringLiteral("ca"), bChecksum}));
            if (bChecksum == QLatin1String("cb2"))
                QVERIFY(tracker.markSkipped(*killed, {files.first()}, QStringLiteral("unchanged")));
            Result<int> closed = tracker.closeAbandoned();
            QVERIFY(closed);
            QCOMPARE(*closed, 1);
            using namespace tracking::executions;
            const QString failed = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ? AND %3 = 'failed'").arg(f.executionsTable(), changeId, status);
            QCOMPARE(f.count(failed, {*killed}), qint64(bChecksum == QLatin1String("cb") ? 0 : 1));
        }
    }

    // A teardown marks every forward row stale, as the original's one UPDATE does, and says
    // how many were change sets and how many builds; `__reset__` rows go stale uncounted.
    void teardownCountsStaleChangesAndBuildsApart_data() { dialects(); }
    void teardownCountsStaleChangesAndBuildsApart()
    {
        FIXTURE(f);
        ExecutionTracker tracker(*f.connection, f.config.name, f.logger->redactor());
        const auto finished = [&](Result<qint64> id) {
            QVERIFY(id);
            const Status ok = tracker.finishOperation(*id, true, 1, QStringLiteral(""), QStringLiteral(""));
            QVERIFY2(ok, qPrintable(ok ? QString() : message(ok.error())));
        };
        finished(tracker.startOperation(QStringLiteral("build"), kExecutedBy));
        finished(tracker.startChange(QStringLiteral("2026-01-01-a"), QStringLiteral("change"), QStringLiteral("c1"), kExecutedBy));
        finished(tracker.startChange(QStringLiteral("2026-01-01-a"), QStringLiteral("revert"), QStringLiteral("r1"), kExecutedBy));
        Result<ExecutionTracker::StaleRows> first = tracker.markStaleAndRecordReset(kExecutedBy, QStringLiteral("first"));
        QVERIFY2(first, qPrintable(first ? QString() : message(first.error())));
        QCOMPARE(first->changes, 1);
        QCOMPARE(first->builds, 1);
        using namespace tracking::change;
        const QString rows = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ? AND %3 = ?").arg(f.changeTable(), configName, status);
        QCOMPARE(f.count(rows, {f.config.name, QStringLiteral("stale")}), 2);
        QCOMPARE(f.count(rows, {f.config.name, QStringLiteral("success")}), 2); // the revert row and the __reset__ row

        Result<ExecutionTracker::StaleRows> second = tracker.markStaleAndRecordReset(kExecutedBy, QStringLiteral("second"));
        QVERIFY(second);
        QCOMPARE(second->changes, 0);
        QCOMPARE(second->builds, 0);
        QCOMPARE(f.count(rows, {f.config.name, QStringLiteral("stale")}), 3); // the first __reset__ row too
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ? AND %3 = ?").arg(f.changeTable(), configName, name),
                         {f.config.name, QString(resetName)}),
                 2);
    }

    void rebuildExecutesNothingWhenUnchanged_data() { dialects(); }
    void rebuildExecutesNothingWhenUnchanged()
    {
        FIXTURE(f);
        // A plain CREATE TABLE fails when executed twice: a skip proves nothing ran.
        const QString a = f.table(QStringLiteral("a"));
        f.write(QStringLiteral("sql/001_a.sql"), QStringLiteral("CREATE TABLE %1 (id INTEGER);").arg(a));
        f.write(QStringLiteral("sql/002_b.sql"), QStringLiteral("INSERT INTO %1 (id) VALUES (1);").arg(a));
        Runner runner(f.context(), f.connection.get());
        RUN_OK(first, runner.build(Settings()));
        QVERIFY(first->succeeded());
        RUN_OK(second, runner.build(Settings()));
        QVERIFY2(second->succeeded(), qPrintable(second->firstError ? message(*second->firstError) : QString()));
        QCOMPARE(second->filesRun, 0);
        QCOMPARE(second->filesSkipped, 2);
        for (const FileResult &r : second->files) {
            QCOMPARE(r.status, FileStatus::Skipped);
            QCOMPARE(r.skipReason, QStringLiteral("unchanged"));
        }
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(a)), 1);
        // Skipped rows are not "finished": a third build still finds the successful run.
        RUN_OK(third, runner.build(Settings()));
        QCOMPARE(third->filesSkipped, 2);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ? AND %3 = 'skipped' AND %4 = 'unchanged'")
                             .arg(f.executionsTable(), tracking::executions::changeId, tracking::executions::status,
                                  tracking::executions::skipReason),
                         {third->changeId}),
                 2);
    }

    void forceRunsEveryFile_data() { dialects(); }
    void forceRunsEveryFile()
    {
        FIXTURE(f);
        const QString a = f.table(QStringLiteral("a"));
        f.write(QStringLiteral("sql/001_a.sql"), QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (id INTEGER);").arg(a));
        f.write(QStringLiteral("sql/002_b.sql"), QStringLiteral("INSERT INTO %1 (id) VALUES (1);").arg(a));
        Runner runner(f.context(), f.connection.get());
        QVERIFY(runner.build(Settings())->succeeded());
        RunOptions force;
        force.force = true;
        RUN_OK(forced, runner.build(Settings(), force));
        QCOMPARE(forced->filesRun, 2);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(a)), 2);
    }

    void changedFileRunsAgain_data() { dialects(); }
    void changedFileRunsAgain()
    {
        FIXTURE(f);
        const QString a = f.table(QStringLiteral("a"));
        f.write(QStringLiteral("sql/001_a.sql"), QStringLiteral("CREATE TABLE %1 (id INTEGER);").arg(a));
        f.write(QStringLiteral("sql/002_b.sql"), QStringLiteral("INSERT INTO %1 (id) VALUES (1);").arg(a));
        Runner runner(f.context(), f.connection.get());
        QVERIFY(runner.build(Settings())->succeeded());
        f.write(QStringLiteral("sql/002_b.sql"), QStringLiteral("INSERT INTO %1 (id) VALUES (2);").arg(a));
        RUN_OK(again, runner.build(Settings()));
        QVERIFY(again->succeeded());
        QCOMPARE(again->files.at(0).status, FileStatus::Skipped);
        QCOMPARE(again->files.at(1).status, FileStatus::Success);
        QCOMPARE(f.count(QStringLiteral("SELECT SUM(id) FROM %1").arg(a)), 3);
    }

    void staleOperationRunsAgain_data() { dialects(); }
    void staleOperationRunsAgain()
    {
        FIXTURE(f);
        const QString a = f.table(QStringLiteral("a"));
        f.write(QStringLiteral("sql/001_a.sql"), QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (id INTEGER);").arg(a));
        Runner runner(f.context(), f.connection.get());
        QVERIFY(runner.build(Settings())->succeeded());
        // What teardown does: every forward row of the config becomes stale.
        QVERIFY(f.connection->query(QStringLiteral("UPDATE %1 SET %2 = 'stale' WHERE %3 = ?")
                                        .arg(f.changeTable(), tracking::change::status, tracking::change::configName),
                                    {f.config.name}));
        RUN_OK(again, runner.build(Settings()));
        QCOMPARE(again->filesRun, 1);
    }

    void failingStatementNamesFileLineAndColumn_data() { dialects(); }
    void failingStatementNamesFileLineAndColumn()
    {
        FIXTURE(f);
        const QString a = f.table(QStringLiteral("a"));
        f.write(QStringLiteral("sql/001_ok.sql"), QStringLiteral("CREATE TABLE %1 (id INTEGER);").arg(a));
        f.write(QStringLiteral("sql/002_bad.sql"), QStringLiteral("INSERT INTO %1 (id) VALUES (1);\n"
                                                                 "-- the next one fails\n"
                                                                 "\n"
                                                                 "  SELECT no_such_column FROM %1;\n"
                                                                 "INSERT INTO %1 (id) VALUES (3);\n").arg(a));
        f.write(QStringLiteral("sql/003_later.sql"), QStringLiteral("INSERT INTO %1 (id) VALUES (4);").arg(a));
        f.write(QStringLiteral("sql/004_later.sql"), QStringLiteral("INSERT INTO %1 (id) VALUES (5);").arg(a));
        Runner runner(f.context(), f.connection.get());
        RUN_OK(report, runner.build(Settings()));
        QCOMPARE(report->status, RunStatus::Partial);
        QCOMPARE(report->filesRun, 1);
        QCOMPARE(report->filesFailed, 1);
        QCOMPARE(report->filesSkipped, 2);
        const FileResult &bad = report->files.at(1);
        QCOMPARE(bad.status, FileStatus::Failed);
        QVERIFY(bad.error);
        QCOMPARE(bad.error->file, QStringLiteral("sql/002_bad.sql"));
        QCOMPARE(bad.error->line, 4);
        QCOMPARE(bad.error->column, 3);
        QCOMPARE(bad.error->kind, ErrorKind::Execution);
        QVERIFY2(bad.error->message.contains(QStringLiteral("no_such_column")), qPrintable(bad.error->message));
        QVERIFY2(bad.error->message.contains(QStringLiteral("SELECT no_such_column FROM ")), qPrintable(bad.error->message));
        for (int i : {2, 3}) {
            QCOMPARE(report->files.at(i).status, FileStatus::Skipped);
            QCOMPARE(report->files.at(i).skipReason, QStringLiteral("Skipped due to failure in sql/002_bad.sql"));
        }
        // The rows say the same.
        using namespace tracking::executions;
        Result<QSqlQuery> rows = f.connection->query(
            QStringLiteral("SELECT %1, %2, %3, %4 FROM %5 WHERE %6 = ? ORDER BY %7")
                .arg(filepath, status, errorMessage, skipReason, f.executionsTable(), changeId, id),
            {report->changeId});
        QVERIFY(rows);
        QStringList statuses;
        while (rows->next()) {
            statuses << rows->value(1).toString();
            if (rows->value(1).toString() == QLatin1String("failed"))
                QVERIFY(rows->value(2).toString().startsWith(QStringLiteral("sql/002_bad.sql:4:3: ")));
            if (rows->value(1).toString() == QLatin1String("skipped"))
                QCOMPARE(rows->value(3).toString(), QStringLiteral("Skipped due to failure in sql/002_bad.sql"));
        }
        QCOMPARE(statuses, (QStringList{QStringLiteral("success"), QStringLiteral("failed"), QStringLiteral("skipped"),
                                        QStringLiteral("skipped")}));
        Result<QVariant> changeStatus = f.connection->scalar(
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(tracking::change::status, f.changeTable(), tracking::change::id),
            {report->changeId});
        QCOMPARE(changeStatus->toString(), QStringLiteral("failed"));
        // Fixed, the failed file and the ones after it run; the good one stays skipped.
        f.write(QStringLiteral("sql/002_bad.sql"), QStringLiteral("INSERT INTO %1 (id) VALUES (2);").arg(a));
        RUN_OK(fixed, runner.build(Settings()));
        QVERIFY(fixed->succeeded());
        QCOMPARE(fixed->filesSkipped, 1);
        QCOMPARE(fixed->filesRun, 3);
    }

    // A rendered secret in a failing statement reaches neither the error nor the tracking
    // rows, not even the first characters of it where the statement is cut at ~200.
    void secretsInFailingStatementsNeverReachTrackingRows_data() { dialects(); }
    void secretsInFailingStatementsNeverReachTrackingRows()
    {
        FIXTURE(f);
        const QString secret = QStringLiteral("Sup3rS3cretTok3n-%1").arg(f.prefix);
        f.logger->registerSecret(secret);
        const QString missing = f.prefix + QStringLiteral("_absent");
        // The secret straddles character 200 of the statement as errors show it.
        const QString padding(190, QLatin1Char('x'));
        f.write(QStringLiteral("sql/001_bad.sql"),
                QStringLiteral("SELECT '%1', '%2' FROM %3;").arg(padding, secret, missing));
        Runner runner(f.context(), f.connection.get());
        RUN_OK(report, runner.build(Settings()));
        QCOMPARE(report->filesFailed, 1);
        const QString shown = report->files.at(0).error->toString();
        QVERIFY2(!shown.contains(secret.left(6)), qPrintable(shown));
        using namespace tracking::executions;
        Result<QSqlQuery> rows = f.connection->query(
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(errorMessage, f.executionsTable(), changeId),
            {report->changeId});
        QVERIFY(rows);
        QVERIFY(rows->next());
        QVERIFY2(!rows->value(0).toString().contains(secret.left(6)), qPrintable(rows->value(0).toString()));
        QVERIFY2(rows->value(0).toString().contains(missing), qPrintable(rows->value(0).toString()));
        Result<QVariant> changeError = f.connection->scalar(
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                .arg(tracking::change::errorMessage, f.changeTable(), tracking::change::id),
            {report->changeId});
        QVERIFY(changeError);
        QVERIFY2(!changeError->toString().contains(secret.left(6)), qPrintable(changeError->toString()));
        // A driver message that quotes the secret itself (SQLite/MariaDB name the missing table).
        const QString secretTable = QStringLiteral("t_%1").arg(secret).replace(QLatin1Char('-'), QLatin1Char('_'));
        f.logger->registerSecret(secretTable);
        f.write(QStringLiteral("sql/001_bad.sql"), QStringLiteral("SELECT 1 FROM %1;").arg(secretTable));
        RUN_OK(second, runner.build(Settings()));
        Result<QSqlQuery> again = f.connection->query(
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(errorMessage, f.executionsTable(), changeId),
            {second->changeId});
        QVERIFY(again && again->next());
        QVERIFY2(!again->value(0).toString().contains(secretTable), qPrintable(again->value(0).toString()));
        // A driver message that shortens the text around it (MariaDB keeps 80 characters
        // after "near" and adds "..."): the secret's start before the cut was shown.
        const QString longSecret = QStringLiteral("wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY-%1").arg(f.prefix);
        f.logger->registerSecret(longSecret);
        f.write(QStringLiteral("sql/001_bad.sql"),
                QStringLiteral("SELECT 1,, '%1', '%2' FROM %3;").arg(QString(50, QLatin1Char('y')), longSecret, missing));
        RUN_OK(third, runner.build(Settings()));
        QCOMPARE(third->filesFailed, 1);
        const QString cutShown = third->files.at(0).error->toString();
        QVERIFY2(!cutShown.contains(longSecret.left(6)), qPrintable(cutShown));
        Result<QSqlQuery> cutRow = f.connection->query(
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(errorMessage, f.executionsTable(), changeId),
            {third->changeId});
        QVERIFY(cutRow && cutRow->next());
        QVERIFY2(!cutRow->value(0).toString().contains(longSecret.left(6)), qPrintable(cutRow->value(0).toString()));
    }

    void errorInThirdStatementOfAFileNamesItExactly_data() { dialects(); }
    void errorInThirdStatementOfAFileNamesItExactly()
    {
        // Where the driver runs a file as one script (PostgreSQL), the failure comes back for
        // the whole text; the report must still name the statement, with the message a
        // statement-by-statement run gives.
        FIXTURE(f);
        const QString a = f.table(QStringLiteral("a"));
        const QString bad = QStringLiteral("INSERT INTO no_such_table_anywhere (id) VALUES (3)");
        f.write(QStringLiteral("sql/001_ok.sql"), QStringLiteral("SELECT 1;"));
        f.write(QStringLiteral("sql/002_bad.sql"), QStringLiteral("CREATE TABLE %1 (id INTEGER);\n"
                                                                 "INSERT INTO %1 (id) VALUES (1); SELECT id FROM %1;\n"
                                                                 "/* the third statement fails */\n"
                                                                 "    %2;\n"
                                                                 "INSERT INTO %1 (id) VALUES (4);\n").arg(a, bad));
        f.write(QStringLiteral("sql/003_later.sql"), QStringLiteral("SELECT 2;"));
        Runner runner(f.context(), f.connection.get());
        RUN_OK(report, runner.build(Settings()));
        QCOMPARE(report->status, RunStatus::Partial);
        const FileResult &failed = report->files.at(1);
        QCOMPARE(failed.status, FileStatus::Failed);
        QCOMPARE(failed.error->file, QStringLiteral("sql/002_bad.sql"));
        QCOMPARE(failed.error->line, 4);
        QCOMPARE(failed.error->column, 5);
        QCOMPARE(failed.error->kind, ErrorKind::Execution);
        const Status alone = f.connection->exec(bad);
        QVERIFY(!alone);
        QCOMPARE(failed.error->message, QStringLiteral("%1 (in: %2)").arg(alone.error().message, bad));
        QCOMPARE(report->files.at(2).status, FileStatus::Skipped);
        using namespace tracking::executions;
        Result<QVariant> row = f.connection->scalar(
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND %4 = 'failed'").arg(errorMessage, f.executionsTable(), changeId, status),
            {report->changeId});
        QVERIFY(row);
        QCOMPARE(row->toString(), failed.error->toString());
        if (f.connection->dialect().scripts().transactionalDdl()) {
            QVERIFY(!f.tableExists(a)); // the file left nothing behind
        } else {
            QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(a)), 1); // what ran before it stays
        }
    }

    void wholeFileRunsEveryStatement_data() { dialects(); }
    void wholeFileRunsEveryStatement()
    {
        FIXTURE(f);
        const QString a = f.table(QStringLiteral("a"));
        f.write(QStringLiteral("sql/001_a.sql"), QStringLiteral("CREATE TABLE %1 (id INTEGER, note VARCHAR(50));\n"
                                                               "SELECT 1; -- a result set in the middle\n"
                                                               "INSERT INTO %1 (id, note) VALUES (1, 'semi; colon');\n"
                                                               "INSERT INTO %1 (id, note) VALUES (2, 'it''s');\n"
                                                               "SELECT id FROM %1;\n"
                                                               "INSERT INTO %1 (id, note) VALUES (3, '-- not a comment')\n").arg(a));
        Runner runner(f.context(), f.connection.get());
        RUN_OK(report, runner.build(Settings()));
        QVERIFY2(report->succeeded(), qPrintable(report->firstError ? message(*report->firstError) : QString()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(a)), 3);
        QCOMPARE(f.count(QStringLiteral("SELECT id FROM %1 WHERE note = 'semi; colon'").arg(a)), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT id FROM %1 WHERE note = '-- not a comment'").arg(a)), 3);
        using namespace tracking::executions;
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ? AND %3 = 'success' AND %4 = ?")
                             .arg(f.executionsTable(), changeId, status, checksum),
                         {report->changeId, report->files.at(0).checksum}),
                 1);
    }

    // A deferred constraint fails only at COMMIT, after every statement succeeded.
    void failingCommitLeavesNothingBehind_data() { noorm::test::addDialectRows("dialect", {QStringLiteral("postgres")}); }
    void failingCommitLeavesNothingBehind()
    {
        FIXTURE(f);
        const QString p = f.table(QStringLiteral("p"));
        const QString c = f.table(QStringLiteral("c"));
        f.write(QStringLiteral("sql/001_a.sql"),
                QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY);\n"
                               "CREATE TABLE %2 (pid INTEGER REFERENCES %1 DEFERRABLE INITIALLY DEFERRED);\n"
                               "INSERT INTO %2 (pid) VALUES (5);\n").arg(p, c));
        Runner runner(f.context(), f.connection.get());
        RUN_OK(report, runner.build(Settings()));
        QCOMPARE(report->status, RunStatus::Failed);
        QVERIFY2(report->files.at(0).error->message.contains(QStringLiteral("foreign key")),
                 qPrintable(report->files.at(0).error->message));
        QVERIFY(!f.tableExists(p));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ? AND %3 = 'failed'")
                             .arg(f.executionsTable(), tracking::executions::changeId, tracking::executions::status),
                         {report->changeId}),
                 1);
    }

    void recordsEveryTrackingColumn_data() { dialects(); }
    void recordsEveryTrackingColumn()
    {
        FIXTURE(f);
        const QString a = f.table(QStringLiteral("a"));
        const QByteArray one = QStringLiteral("CREATE TABLE %1 (id INTEGER);").arg(a).toUtf8();
        const QByteArray two = QStringLiteral("INSERT INTO %1 (id) VALUES (1);").arg(a).toUtf8();
        const QString onePath = f.project.write(QStringLiteral("sql/001_a.sql"), one);
        const QString twoPath = f.project.write(QStringLiteral("sql/002_b.sql"), two);
        Runner runner(f.context(), f.connection.get());
        RUN_OK(report, runner.build(Settings()));
        QVERIFY(report->succeeded());

        using namespace tracking::change;
        Result<QSqlQuery> op = f.connection->query(
            QStringLiteral("SELECT %1, %2, %3, %4, %5, %6, %7, %8, %9, ")
                    .arg(name, changeType, direction, checksum, executedBy, configName, cliVersion, status, errorMessage)
                + QStringLiteral("%1, %2 FROM %3 WHERE %4 = ?").arg(durationMs, executedAt, f.changeTable(), id),
            {report->changeId});
        QVERIFY(op && op->next());
        QVERIFY2(QRegularExpression(QStringLiteral("^build:\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                     .match(op->value(0).toString()).hasMatch(),
                 qPrintable(op->value(0).toString()));
        QCOMPARE(op->value(1).toString(), QStringLiteral("build"));
        QCOMPARE(op->value(2).toString(), QStringLiteral("change"));
        QCOMPARE(op->value(3).toString(), combinedChecksum({sha256(one), sha256(two)}));
        QCOMPARE(op->value(4).toString(), kExecutedBy);
        QCOMPARE(op->value(5).toString(), f.config.name);
        QCOMPARE(op->value(6).toString(), QStringLiteral(NOORM_VERSION));
        QCOMPARE(op->value(7).toString(), QStringLiteral("success"));
        QCOMPARE(op->value(8).toString(), QString());
        QVERIFY(op->value(9).toLongLong() >= 0);
        const QDateTime executed = TrackingSql::parseTimestamp(op->value(10));
        QVERIFY2(qAbs(executed.secsTo(QDateTime::currentDateTimeUtc())) < 120, qPrintable(op->value(10).toString()));

        namespace ex = tracking::executions;
        Result<QSqlQuery> rows = f.connection->query(
            QStringLiteral("SELECT %1, %2, %3, %4, %5, %6, %7, %8 FROM %9 ")
                    .arg(ex::filepath, ex::fileType, ex::checksum, ex::cliVersion, ex::status, ex::errorMessage,
                         ex::skipReason, ex::durationMs, f.executionsTable())
                + QStringLiteral("WHERE %1 = ? ORDER BY %2").arg(ex::changeId, ex::id),
            {report->changeId});
        QVERIFY(rows);
        const QList<QPair<QString, QByteArray>> expected{{onePath, one}, {twoPath, two}};
        for (const auto &[path, content] : expected) {
            QVERIFY(rows->next());
            QCOMPARE(rows->value(0).toString(), QDir::cleanPath(path));
            QVERIFY(QDir::isAbsolutePath(rows->value(0).toString()));
            QCOMPARE(rows->value(1).toString(), QStringLiteral("sql"));
            QCOMPARE(rows->value(2).toString(), sha256(content));
            QCOMPARE(rows->value(3).toString(), QStringLiteral(NOORM_VERSION));
            QCOMPARE(rows->value(4).toString(), QStringLiteral("success"));
            QCOMPARE(rows->value(5).toString(), QString());
            QCOMPARE(rows->value(6).toString(), QString());
            QVERIFY(rows->value(7).toLongLong() >= 0);
        }
        QVERIFY(!rows->next());
    }

    void failingFileLeavesNothingBehindInItsTransaction_data() { transactionalDialects(); }
    void failingFileLeavesNothingBehindInItsTransaction()
    {
        FIXTURE(f);
        const QString a = f.table(QStringLiteral("a"));
        const QString b = f.table(QStringLiteral("b"));
        f.write(QStringLiteral("sql/001_a.sql"), QStringLiteral("CREATE TABLE %1 (id INTEGER);\n"
                                                               "INSERT INTO %1 (id) VALUES (1);\n"
                                                               "INSERT INTO no_such_table_anywhere (id) VALUES (1);\n").arg(a));
        Runner runner(f.context(), f.connection.get());
        RUN_OK(report, runner.build(Settings()));
        QCOMPARE(report->status, RunStatus::Failed);
        QCOMPARE(report->files.at(0).error->line, 3);
        QVERIFY(!f.tableExists(a));
        QCOMPARE(report->files.at(0).statementsKept, 0); // rolled back
        // The failed row is recorded after the rollback.
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ? AND %3 = 'failed'")
                             .arg(f.executionsTable(), tracking::executions::changeId, tracking::executions::status),
                         {report->changeId}),
                 1);

        // Opting out: each statement stays.
        f.config.sqlPath = QStringLiteral("other/sql");
        f.write(QStringLiteral("other/sql/001_b.sql"), QStringLiteral("-- noorm:no-transaction\n"
                                                                      "CREATE TABLE %1 (id INTEGER);\n"
                                                                      "INSERT INTO no_such_table_anywhere (id) VALUES (1);\n").arg(b));
        Runner optOut(f.context(), f.connection.get());
        RUN_OK(second, optOut.build(Settings()));
        QCOMPARE(second->status, RunStatus::Failed);
        QVERIFY(f.tableExists(b));
        QCOMPARE(second->files.at(0).statementsKept, 1);
    }

    // A file of its own BEGIN/COMMIT that fails: what its COMMIT committed stays and is
    // counted, what its unfinished transaction held is not, nor BEGIN and COMMIT themselves.
    void aFailedFileOfItsOwnTransactionsCountsWhatStays_data() { transactionalDialects(); }
    void aFailedFileOfItsOwnTransactionsCountsWhatStays()
    {
        FIXTURE(f);
        const QString a = f.table(QStringLiteral("a"));
        f.write(QStringLiteral("sql/001_a.sql"), QStringLiteral("BEGIN;\nCREATE TABLE %1 (id INTEGER);\nINSERT INTO %1 (id) VALUES (1);\nCOMMIT;\n"
                                                               "BEGIN;\nINSERT INTO %1 (id) VALUES (2);\n"
                                                               "INSERT INTO no_such_table_anywhere (id) VALUES (1);\nCOMMIT;\n").arg(a));
        Runner runner(f.context(), f.connection.get());
        RUN_OK(report, runner.build(Settings()));
        QCOMPARE(report->status, RunStatus::Failed);
        QCOMPARE(report->files.at(0).statementsKept, 2); // the CREATE and the first INSERT
        // The unfinished transaction was rolled back (on PostgreSQL it was aborted and took the
        // tracking rows with it): the committed row stays, and the run is recorded as failed.
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(a)), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ? AND %3 = 'failed'")
                             .arg(f.executionsTable(), tracking::executions::changeId, tracking::executions::status),
                         {report->changeId}),
                 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ? AND %3 = 'failed'")
                             .arg(f.changeTable(), tracking::change::id, tracking::change::status),
                         {report->changeId}),
                 1);
    }

    void filesWithTheirOwnTransactionsAreNotWrapped_data() { transactionalDialects(); }
    void filesWithTheirOwnTransactionsAreNotWrapped()
    {
        FIXTURE(f);
        const QString a = f.table(QStringLiteral("a"));
        f.write(QStringLiteral("sql/001_a.sql"), QStringLiteral("BEGIN;\nCREATE TABLE %1 (id INTEGER);\n"
                                                               "INSERT INTO %1 (id) VALUES (1);\nCOMMIT;\n").arg(a));
        Runner runner(f.context(), f.connection.get());
        RUN_OK(report, runner.build(Settings()));
        QVERIFY2(report->succeeded(), qPrintable(report->firstError ? message(*report->firstError) : QString()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(a)), 1);
    }

    // MySQL has no transactional DDL: what ran before the failing statement stays.
    void mysqlStatementsCommitOneByOne_data() { noorm::test::addDialectRows("dialect", {QStringLiteral("mysql")}); }
    void mysqlStatementsCommitOneByOne()
    {
        FIXTURE(f);
        const QString a = f.table(QStringLiteral("a"));
        f.write(QStringLiteral("sql/001_a.sql"), QStringLiteral("CREATE TABLE %1 (id INTEGER);\n"
                                                               "INSERT INTO no_such_table_anywhere (id) VALUES (1);\n").arg(a));
        Runner runner(f.context(), f.connection.get());
        RUN_OK(report, runner.build(Settings()));
        QCOMPARE(report->status, RunStatus::Failed);
        QVERIFY(f.tableExists(a));
        QCOMPARE(report->files.at(0).statementsKept, 1);
    }

    // MySQL sends runs of statements as one script (runner/statement_batches). A statement
    // that fails in the middle of one must be reported as running them one by one reports
    // it: its file, line and column, the message it gives alone, the same tracking rows,
    // and exactly the statements before it applied.
    void mysqlBatchFailingMidwayReportsWhatOneByOneReports_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("bad");
        QTest::newRow("duplicate key") << QStringLiteral("mysql") << QStringLiteral("INSERT INTO %1 (id, note) VALUES (3, 'again')");
        QTest::newRow("syntax error") << QStringLiteral("mysql") << QStringLiteral("INSERT INTO %1 (id, note) VALUES (25, 'x') garbage here");
        QTest::newRow("missing table") << QStringLiteral("mysql") << QStringLiteral("INSERT INTO %1_missing (id) VALUES (25)");
    }
    void mysqlBatchFailingMidwayReportsWhatOneByOneReports()
    {
        FIXTURE(f);
        QFETCH(QString, bad);
        const QString a = f.table(QStringLiteral("a"));
        bad = bad.arg(a);
        // 1 CREATE, 23 INSERTs, the bad one on line 26 (statement 25, in the second batch),
        // then 14 more INSERTs that must not run.
        QString sql = QStringLiteral("CREATE TABLE %1 (id INT PRIMARY KEY, note VARCHAR(40));\n").arg(a);
        for (int id = 1; id <= 23; ++id)
            sql += QStringLiteral("INSERT INTO %1 (id, note) VALUES (%2, 'row %2');\n").arg(a).arg(id);
        sql += QStringLiteral("-- the next one fails\n   %1;\n").arg(bad);
        for (int id = 26; id <= 39; ++id)
            sql += QStringLiteral("INSERT INTO %1 (id, note) VALUES (%2, 'row %2');\n").arg(a).arg(id);
        f.write(QStringLiteral("sql/001_many.sql"), sql);
        f.write(QStringLiteral("sql/002_later.sql"), QStringLiteral("INSERT INTO %1 (id) VALUES (99);").arg(a));
        const qint64 guardsBefore = comDo(f);
        Runner runner(f.context(), f.connection.get());
        RUN_OK(report, runner.build(Settings()));
        QVERIFY2(comDo(f) > guardsBefore, "the statements did not go in batches"); // each batch starts with a DO guard
        QCOMPARE(report->status, RunStatus::Failed);
        const FileResult &failed = report->files.at(0);
        QCOMPARE(failed.status, FileStatus::Failed);
        QCOMPARE(failed.error->file, QStringLiteral("sql/001_many.sql"));
        QCOMPARE(failed.error->line, 26);
        QCOMPARE(failed.error->column, 4);
        QCOMPARE(failed.error->kind, ErrorKind::Execution);
        // The database is as the bad statement found it: alone it fails the same way.
        const Status alone = f.connection->exec(bad);
        QVERIFY(!alone);
        QCOMPARE(failed.error->message, QStringLiteral("%1 (in: %2)").arg(alone.error().message, bad));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(a)), 23);
        QCOMPARE(f.count(QStringLiteral("SELECT MAX(id) FROM %1").arg(a)), 23);
        QCOMPARE(failed.statementsKept, 24); // the CREATE and 23 INSERTs, whichever way they went
        QCOMPARE(report->files.at(1).status, FileStatus::Skipped);
        using namespace tracking::executions;
        Result<QSqlQuery> rows = f.connection->query(QStringLiteral("SELECT %1, %2, %3 FROM %4 WHERE %5 = ? ORDER BY %6")
                                                         .arg(status, errorMessage, skipReason, f.executionsTable(), changeId, id),
                                                     {report->changeId});
        QVERIFY(rows && rows->next());
        QCOMPARE(rows->value(0).toString(), QStringLiteral("failed"));
        QCOMPARE(rows->value(1).toString(), failed.error->toString());
        QVERIFY(rows->next());
        QCOMPARE(rows->value(0).toString(), QStringLiteral("skipped"));
        QCOMPARE(rows->value(2).toString(), QStringLiteral("Skipped due to failure in sql/001_many.sql"));
        Result<QVariant> changeError = f.connection->scalar(
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(tracking::change::errorMessage, f.changeTable(), tracking::change::id),
            {report->changeId});
        QCOMPARE(changeError->toString(), failed.error->toString());
    }

    // A file that switches the session to NO_BACKSLASH_ESCAPES: what follows still runs as
    // one by one would (the next batch's guard fails to parse, so they go alone), and the
    // tracking rows written afterwards, whose values travel as literals where that is safe,
    // keep a backslash in the error as it is.
    void mysqlNoBackslashEscapesKeepsValuesAndRows_data() { noorm::test::addDialectRows("dialect", {QStringLiteral("mysql")}); }
    void mysqlNoBackslashEscapesKeepsValuesAndRows()
    {
        FIXTURE(f);
        const QString a = f.table(QStringLiteral("a"));
        const QString bad = QStringLiteral("INSERT INTO %1_missing (note) VALUES ('C:\\temp')").arg(a);
        f.write(QStringLiteral("sql/001_paths.sql"), QStringLiteral("SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES');\n"
                                                                   "CREATE TABLE %1 (note VARCHAR(40));\n"
                                                                   "INSERT INTO %1 (note) VALUES ('C:\\temp'), ('a\\\\b');\n"
                                                                   "%2;\n").arg(a, bad));
        Runner runner(f.context(), f.connection.get());
        RUN_OK(report, runner.build(Settings()));
        QCOMPARE(report->status, RunStatus::Failed);
        QCOMPARE(report->firstError->line, 4);
        QVERIFY2(report->firstError->message.endsWith(QStringLiteral("(in: %1)").arg(bad)), qPrintable(report->firstError->message));
        // Read as the session reads them now: one backslash, then two.
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE note IN ('C:\\temp', 'a\\\\b')").arg(a)), 2);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE CHAR_LENGTH(note) = 4").arg(a)), 1); // a\\b
        using namespace tracking::executions;
        Result<QVariant> row = f.connection->scalar(
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(errorMessage, f.executionsTable(), changeId), {report->changeId});
        QVERIFY(row);
        QCOMPARE(row->toString(), report->firstError->toString());
    }

    // Sakila's kinds of objects through the batches: triggers, a function and a procedure in
    // DELIMITER blocks (the server finds their ends in a multi-statement script), a view,
    // extended INSERTs between SET AUTOCOMMIT=0 and COMMIT, the SET @OLD_… lines.
    void mysqlBatchesBuildSakilaLikeObjects_data() { noorm::test::addDialectRows("dialect", {QStringLiteral("mysql")}); }
    void mysqlBatchesBuildSakilaLikeObjects()
    {
        FIXTURE(f);
        const QString film = f.table(QStringLiteral("film"));
        const QString text = f.table(QStringLiteral("film_text"));
        const QString view = f.view(QStringLiteral("film_list"));
        const QString count = f.prefix + QStringLiteral("_films_up_to");
        const QString inStock = f.prefix + QStringLiteral("_film_in_stock");
        auto dropRoutines = qScopeGuard([&] {
            (void)f.connection->exec(QStringLiteral("DROP FUNCTION IF EXISTS %1").arg(count));
            (void)f.connection->exec(QStringLiteral("DROP PROCEDURE IF EXISTS %1").arg(inStock));
        });
        f.write(QStringLiteral("sql/001_schema.sql"), sakilaLike(film, text, view, count, inStock));
        f.write(QStringLiteral("sql/002_data.sql"),
                QStringLiteral("SET NAMES utf8mb4;\n"
                               "SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0;\n"
                               "SET @old_autocommit=@@autocommit;\n"
                               "SET AUTOCOMMIT=0;\n"
                               "INSERT INTO %1 VALUES (1,'ACADEMY DINOSAUR','A Epic Drama'),\n"
                               "(2,'ACE GOLDFINGER','A Astounding Epistle'),\n"
                               "(3,'ADAPTATION HOLES','A \\'Reflective\\' Panorama');\n"
                               "COMMIT;\n"
                               "SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS;\n"
                               "SET autocommit=@old_autocommit;\n").arg(film));
        const qint64 guardsBefore = comDo(f);
        Runner runner(f.context(), f.connection.get());
        RUN_OK(report, runner.build(Settings()));
        QVERIFY2(report->succeeded(), qPrintable(report->firstError ? message(*report->firstError) : QString()));
        QVERIFY2(comDo(f) > guardsBefore, "the statements did not go in batches");
        // The trigger copied every film, the view, function and procedure work.
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(text)), 3);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE description = 'A ''Reflective'' Panorama'").arg(text)), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(view)), 3);
        QCOMPARE(f.count(QStringLiteral("SELECT %1(2)").arg(count)), 2);
        QVERIFY(f.connection->exec(QStringLiteral("CALL %1(3, @in_stock)").arg(inStock)));
        QCOMPARE(f.count(QStringLiteral("SELECT @in_stock")), 3);
        // A second film through the trigger, as UPDATE and DELETE see it.
        QVERIFY(f.connection->exec(QStringLiteral("UPDATE %1 SET title = 'ACE' WHERE film_id = 2").arg(film)));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE title = 'ACE'").arg(text)), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT @@autocommit")), 1);
    }

    // Where the batches go: a batch ends after a routine or a change of sql_mode or names,
    // before what must run alone (a SELECT, a CALL), and holds more once batches are quick.
    void statementBatchesEndWhereTheServerCouldReadOtherwise()
    {
        const Dialect &mysql = *dialectFor(QStringLiteral("mysql"));
        Result<QList<SqlStatement>> split = mysql.scripts().split(sakilaLike(QStringLiteral("film"), QStringLiteral("film_text"),
                                                                             QStringLiteral("film_list"), QStringLiteral("films_up_to"),
                                                                             QStringLiteral("film_in_stock"))
                                                                  + QStringLiteral("SELECT 1;\nCALL film_in_stock(1, @n);\n"
                                                                                   "INSERT INTO film VALUES (9, 'x', 'y');\n"));
        QVERIFY(split);
        const QList<SqlStatement> &statements = *split;
        const auto firstWords = [&](int from, int size) {
            QStringList words;
            for (int i = from; i < from + size; ++i)
                words << leadingWords(statements.at(i).text, 2).join(QLatin1Char(' '));
            return words.join(QStringLiteral(", "));
        };
        StatementBatches batches(mysql.scripts(), {statements.constData(), size_t(statements.size())});
        QStringList plan;
        for (int i = 0; i < statements.size();) {
            const int size = batches.sizeFrom(i);
            plan << QStringLiteral("[%1]").arg(firstWords(i, size));
            batches.ran(0);
            i += size;
        }
        QCOMPARE(plan, (QStringList{
                           "[SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS,, SET @OLD_SQL_MODE=@@SQL_MODE,]",
                           "[CREATE TABLE, CREATE TABLE, CREATE TRIGGER]",
                           "[CREATE TRIGGER]",
                           "[CREATE VIEW, CREATE FUNCTION]",
                           "[CREATE PROCEDURE]",
                           "[SET SQL_MODE=@OLD_SQL_MODE]",
                           "[SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS]",
                           "[SELECT 1]",
                           "[CALL FILM_IN_STOCK(1,]",
                           "[INSERT INTO]",
                       }));
        // The first batch holds at most 8; a slow one stops the batches for the rest of the file.
        QString many;
        for (int i = 0; i < 40; ++i)
            many += QStringLiteral("INSERT INTO t VALUES (%1);\n").arg(i);
        const QList<SqlStatement> inserts = mysql.scripts().split(many).value();
        StatementBatches growing(mysql.scripts(), {inserts.constData(), size_t(inserts.size())});
        QCOMPARE(growing.sizeFrom(0), StatementBatches::kFirstBatchSize);
        growing.ran(5);
        QCOMPARE(growing.sizeFrom(8), 4 * StatementBatches::kFirstBatchSize);
        growing.ran(StatementBatches::kSlowBatchMs);
        QCOMPARE(growing.sizeFrom(8), 1);
        // Past kMaxBatchChars of text a statement starts the next batch.
        const QString big = QStringLiteral("INSERT INTO t VALUES ('%1');\n").arg(QString(StatementBatches::kMaxBatchChars / 2, QLatin1Char('x')));
        const QList<SqlStatement> bigOnes = mysql.scripts().split(big + big + big).value();
        StatementBatches bySize(mysql.scripts(), {bigOnes.constData(), size_t(bigOnes.size())});
        QCOMPARE(bySize.sizeFrom(0), 1);
        QCOMPARE(bySize.sizeFrom(1), 1);
    }

    // Ctrl-C while a statement inside a batch runs: KILL QUERY stops it, the rest of the
    // batch does not run, the error names that statement.
    void mysqlCancelStopsABatchAtTheRunningStatement_data() { noorm::test::addDialectRows("dialect", {QStringLiteral("mysql")}); }
    void mysqlCancelStopsABatchAtTheRunningStatement()
    {
        FIXTURE(f);
        const QString a = f.table(QStringLiteral("a"));
        QVERIFY(f.connection->exec(QStringLiteral("CREATE TABLE %1 (id INTEGER)").arg(a)));
        f.write(QStringLiteral("sql/001_long.sql"), QStringLiteral("INSERT INTO %1 (id) VALUES (1);\n"
                                                                  "SET @noorm_test_nap = SLEEP(3600);\n"
                                                                  "INSERT INTO %1 (id) VALUES (2);\n").arg(a));
        QCOMPARE(StatementBatches(f.connection->dialect().scripts(),
                                  allStatements(f.connection->dialect().scripts().split(
                                      QStringLiteral("INSERT INTO a VALUES (1);\nSET @x = SLEEP(1);\nINSERT INTO a VALUES (2);")).value()))
                     .sizeFrom(0),
                 3);
        Cancellation cancellation;
        RunOptions options;
        options.cancellation = &cancellation;
        std::optional<RunReport> report;
        QString failure;
        std::unique_ptr<QThread> worker = buildOnAWorker(f, options, report, failure);
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(cancellation.hasStatementInFlight() || worker->isFinished(), 30000);
        QVERIFY2(!worker->isFinished(), qPrintable(failure));
        QTRY_VERIFY_WITH_TIMEOUT((cancellation.cancel(), worker->isFinished()), 30000);
        QVERIFY2(report, qPrintable(failure));
        QCOMPARE(report->firstError->kind, ErrorKind::Cancelled);
        QCOMPARE(report->firstError->line, 2);
        QVERIFY2(report->firstError->message.contains(QStringLiteral("SLEEP(3600)")), qPrintable(report->firstError->message));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(a)), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ? AND %3 = 'failed'")
                             .arg(f.executionsTable(), tracking::executions::changeId, tracking::executions::status),
                         {report->changeId}),
                 1);
    }

    void runFileRecordsItsRowAfterRunning_data() { dialects(); }
    void runFileRecordsItsRowAfterRunning()
    {
        FIXTURE(f);
        const QString a = f.table(QStringLiteral("a"));
        const QString path = f.write(QStringLiteral("sql/001_a.sql"), QStringLiteral("CREATE TABLE %1 (id INTEGER);").arg(a));
        Runner runner(f.context(), f.connection.get());
        Result<FileResult> first = runner.runFile(path);
        QVERIFY2(first, qPrintable(first ? QString() : message(first.error())));
        QCOMPARE(first->status, FileStatus::Success);
        Result<FileResult> second = runner.runFile(path);
        QVERIFY(second);
        QCOMPARE(second->status, FileStatus::Skipped);
        QCOMPARE(second->skipReason, QStringLiteral("unchanged"));
        Result<QSqlQuery> ops = f.connection->query(
            QStringLiteral("SELECT c.%1, c.%2, c.%3, e.%4 FROM %5 c JOIN %6 e ON e.%7 = c.%8 WHERE c.%9 = ? ORDER BY c.%8")
                .arg(tracking::change::name, tracking::change::changeType, tracking::change::checksum,
                     tracking::executions::status, f.changeTable(), f.executionsTable(), tracking::executions::changeId,
                     tracking::change::id, tracking::change::configName),
            {f.config.name});
        QVERIFY(ops);
        QStringList seen;
        while (ops->next()) {
            QVERIFY(ops->value(0).toString().startsWith(QStringLiteral("run:")));
            QCOMPARE(ops->value(1).toString(), QStringLiteral("run"));
            QCOMPARE(ops->value(2).toString(), first->checksum);
            seen << ops->value(3).toString();
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("success"), QStringLiteral("skipped")}));
        QCOMPARE(runner.runFile(f.project.path(QStringLiteral("sql/missing.sql"))).error().kind, ErrorKind::NotFound);
    }

    void runDirAndRunFilesTakeTheirFiles_data() { dialects(); }
    void runDirAndRunFilesTakeTheirFiles()
    {
        FIXTURE(f);
        const QString a = f.table(QStringLiteral("a"));
        f.write(QStringLiteral("sql/001_a.sql"), QStringLiteral("CREATE TABLE %1 (id INTEGER);").arg(a));
        const QString seed1 = f.write(QStringLiteral("seeds/b/001.sql"), QStringLiteral("INSERT INTO %1 (id) VALUES (1);").arg(a));
        const QString seed2 = f.write(QStringLiteral("seeds/a.sql"), QStringLiteral("INSERT INTO %1 (id) VALUES (2);").arg(a));
        Runner runner(f.context(), f.connection.get());
        RUN_OK(build, runner.build(Settings()));
        QCOMPARE(build->filesRun, 1);
        RUN_OK(dir, runner.runDir(f.project.path(QStringLiteral("seeds"))));
        QCOMPARE(dir->filesRun, 2);
        QCOMPARE(dir->files.at(0).filepath, QDir::cleanPath(seed2)); // a.sql before b/001.sql
        RunOptions force;
        force.force = true;
        RUN_OK(files, runner.runFiles({seed1, seed1}, force)); // the same file once
        QCOMPARE(files->files.size(), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(a)), 3);
        QCOMPARE(runner.runFiles({f.project.path(QStringLiteral("nope.sql"))}).error().kind, ErrorKind::NotFound);
        QCOMPARE(runner.runDir(f.project.path(QStringLiteral("nope"))).error().kind, ErrorKind::NotFound);
    }

    void cancellationStopsBetweenStatements()
    {
        Fixture f;
        QVERIFY(f.openSqlite());
        const QString a = f.table(QStringLiteral("a"));
        f.write(QStringLiteral("sql/001_a.sql"), QStringLiteral("CREATE TABLE %1 (id INTEGER);").arg(a));
        f.write(QStringLiteral("sql/002_b.sql"), QStringLiteral("INSERT INTO %1 (id) VALUES (1);").arg(a));
        Cancellation cancel;
        RunOptions options;
        options.cancellation = &cancel;
        Runner runner(f.context(), f.connection.get());
        connect(&runner, &Runner::fileProgress, this, [&](const FileProgress &p) {
            if (p.index == 0 && p.status == FileStatus::Success)
                cancel.cancel(); // Ctrl-C while the first file finishes
        });
        RUN_OK(report, runner.build(Settings(), options));
        QCOMPARE(report->files.at(0).status, FileStatus::Success);
        QCOMPARE(report->files.at(1).status, FileStatus::Failed);
        QCOMPARE(report->firstError->kind, ErrorKind::Cancelled);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(a)), 0);
    }

    // Cancel from another thread while a statement that would never end runs: the database
    // interrupts it (sqlite3_interrupt, PQcancel, KILL QUERY), the file fails as
    // interrupted, its transaction rolls back and its row is written.
    void cancelInterruptsARunningStatement_data() { dialects(); }
    void cancelInterruptsARunningStatement()
    {
        FIXTURE(f);
        const QString a = f.table(QStringLiteral("a"));
        QVERIFY(f.connection->exec(QStringLiteral("CREATE TABLE %1 (id INTEGER)").arg(a)));
        f.write(QStringLiteral("sql/001_long.sql"),
                QStringLiteral("INSERT INTO %1 (id) VALUES (1);\n%2\n").arg(a, noorm::test::endlessStatement(dialect)));
        Cancellation cancellation;
        RunOptions options;
        options.cancellation = &cancellation;
        std::optional<RunReport> report;
        QString failure;
        std::unique_ptr<QThread> worker = buildOnAWorker(f, options, report, failure);
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(cancellation.hasStatementInFlight() || worker->isFinished(), 30000);
        QVERIFY2(!worker->isFinished(), qPrintable(failure));
        // cancel() again until the worker is back: the first may come a moment before the
        // statement reached the database.
        QTRY_VERIFY_WITH_TIMEOUT((cancellation.cancel(), worker->isFinished()), 30000);
        QVERIFY2(report, qPrintable(failure));
        QCOMPARE(report->files.size(), 1);
        QCOMPARE(report->files.at(0).status, FileStatus::Failed);
        QCOMPARE(report->firstError->kind, ErrorKind::Cancelled);
        QCOMPARE(report->firstError->line, 2);
        using namespace tracking::executions;
        Result<QVariant> row = f.connection->scalar(
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(status, f.executionsTable(), changeId), {report->changeId});
        QVERIFY(row);
        QCOMPARE(row->toString(), QStringLiteral("failed"));
        if (f.connection->dialect().scripts().transactionalDdl()) // the file's INSERT rolled back with it
            QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(a)), 0);
    }

    void templatesNeedARenderer()
    {
        TempProject p;
        p.write(QStringLiteral("sql/001_a.sql.tmpl"), "SELECT {{ x }};");
        Config config;
        config.name = QStringLiteral("dev");
        Runner runner(RunContext{config, p.root(), kExecutedBy}, nullptr);
        const QStringList files{p.path(QStringLiteral("sql/001_a.sql.tmpl"))};
        Result<QString> plain = runner.preview(files);
        QVERIFY(!plain);
        QVERIFY(plain.error().message.contains(QStringLiteral("templates are not supported yet")));
        QVERIFY(plain.error().toString().contains(QStringLiteral("sql/001_a.sql.tmpl")));

        runner.setTemplateRenderer([](const QString &, const QString &source) -> Result<QString> {
            return QString(source).replace(QStringLiteral("{{ x }}"), QStringLiteral("42"));
        });
        Result<QString> rendered = runner.preview(files);
        QVERIFY(rendered);
        QVERIFY(rendered->contains(QStringLiteral("-- File: sql/001_a.sql.tmpl")));
        QVERIFY(rendered->endsWith(QStringLiteral("SELECT 42;")));
    }

    void templateChecksumIsOfTheRenderedText()
    {
        Fixture f;
        QVERIFY(f.openSqlite());
        const QString a = f.table(QStringLiteral("a"));
        f.write(QStringLiteral("sql/001_a.sql.tmpl"), QStringLiteral("CREATE TABLE %1 (id INTEGER);").arg(QStringLiteral("{{t}}")));
        QString tableName = a;
        Runner runner(f.context(), f.connection.get());
        runner.setTemplateRenderer([&](const QString &, const QString &source) -> Result<QString> {
            return QString(source).replace(QStringLiteral("{{t}}"), tableName);
        });
        RUN_OK(first, runner.build(Settings()));
        QVERIFY(first->succeeded());
        QCOMPARE(first->files.at(0).checksum, textChecksum(QStringLiteral("CREATE TABLE %1 (id INTEGER);").arg(a)));
        RUN_OK(same, runner.build(Settings()));
        QCOMPARE(same->filesSkipped, 1);
        tableName = f.table(QStringLiteral("b")); // a new value renders differently: it runs again
        RUN_OK(changed, runner.build(Settings()));
        QCOMPARE(changed->filesRun, 1);
        QVERIFY(f.tableExists(tableName));
    }

    void dryRunWritesTmpAndRecordsNothing()
    {
        TempProject p;
        p.write(QStringLiteral("sql/01_tables/001_a.sql"), "CREATE TABLE a (id INTEGER);");
        p.write(QStringLiteral("sql/02_views/001_v.sql.tmpl"), "CREATE VIEW v AS SELECT {{x}} FROM a;");
        Config config;
        config.name = QStringLiteral("dev");
        config.connection.dialect = QStringLiteral("sqlite");
        config.connection.database = QStringLiteral("app.db");
        Runner runner(RunContext{config, p.root(), kExecutedBy}, nullptr);
        runner.setTemplateRenderer([](const QString &, const QString &source) -> Result<QString> {
            return QString(source).replace(QStringLiteral("{{x}}"), QStringLiteral("id"));
        });
        const RunReport report = runner.dryRun(runner.buildFiles(Settings()).value());
        QVERIFY(report.succeeded());
        QCOMPARE(report.filesRun, 2);
        QCOMPARE(p.read(QStringLiteral("tmp/sql/01_tables/001_a.sql")), QByteArray("CREATE TABLE a (id INTEGER);"));
        QCOMPARE(p.read(QStringLiteral("tmp/sql/02_views/001_v.sql")), QByteArray("CREATE VIEW v AS SELECT id FROM a;"));
        QCOMPARE(report.files.at(1).outputPath, p.path(QStringLiteral("tmp/sql/02_views/001_v.sql")));
        QVERIFY(!QFile::exists(p.path(QStringLiteral("tmp/sql/02_views/001_v.sql.tmpl"))));
        QVERIFY(!QFile::exists(p.path(QStringLiteral("app.db")))); // no database touched
        // Dry-run copies are the user's only.
        QCOMPARE(noorm::test::permissionBits(p.path(QStringLiteral("tmp/sql/01_tables/001_a.sql"))), 0600);
    }

    void refusesSqlFilesThatLeadOutsideTheProject()
    {
        TempProject outside;
        const QString stolen = outside.write(QStringLiteral("passwd.sql"), "SELECT 'root:x:0:0';\n");
        outside.write(QStringLiteral("vendor/001_v.sql"), "SELECT 'root:x:0:0';\n");
        TempProject p;
        p.write(QStringLiteral("sql/001_a.sql"), "SELECT 1;\n");
        const QString linked = p.path(QStringLiteral("sql/002_passwd.sql"));
        QVERIFY(QFile::link(stolen, linked));
        Runner runner(sqliteContext(p), nullptr);
        const auto refused = [](const Error &e, const QString &named) {
            return e.kind == ErrorKind::Refused && e.message.contains(named) && e.message.contains(QLatin1String("outside the project"))
                && !e.toString().contains(QLatin1String("root:x"));
        };
        Result<QStringList> build = runner.buildFiles(Settings());
        QVERIFY2(!build && refused(build.error(), QStringLiteral("sql/002_passwd.sql")), qPrintable(build ? QString() : message(build.error())));
        Result<QStringList> dir = runner.dirFiles(p.path(QStringLiteral("sql")));
        QVERIFY2(!dir && refused(dir.error(), QStringLiteral("sql/002_passwd.sql")), qPrintable(dir ? QString() : message(dir.error())));
        Result<QStringList> named = runner.checkFiles({linked});
        QVERIFY2(!named && refused(named.error(), QStringLiteral("sql/002_passwd.sql")), qPrintable(named ? QString() : message(named.error())));
        // A file outside the project that the user names directly is the user's choice.
        Result<QStringList> direct = runner.checkFiles({stolen});
        QVERIFY2(direct, qPrintable(direct ? QString() : message(direct.error())));
        Result<QString> preview = runner.preview({linked});
        QVERIFY2(!preview && refused(preview.error(), QStringLiteral("sql/002_passwd.sql")), qPrintable(preview ? *preview : QString()));
        const RunReport dry = runner.dryRun({linked});
        QCOMPARE(dry.files.at(0).status, FileStatus::Failed);
        QVERIFY(refused(*dry.files.at(0).error, QStringLiteral("sql/002_passwd.sql")));
        QVERIFY(!QFileInfo::exists(p.path(QStringLiteral("tmp/sql/002_passwd.sql"))));

        // A folder under sql/ that is a link out.
        QVERIFY(QFile::remove(linked));
        QVERIFY(QFile::link(outside.path(QStringLiteral("vendor")), p.path(QStringLiteral("sql/vendor"))));
        build = runner.buildFiles(Settings());
        QVERIFY2(!build && refused(build.error(), QStringLiteral("sql/vendor/001_v.sql")), qPrintable(build ? QString() : message(build.error())));
    }

    void runsSymlinksThatStayInsideTheProject()
    {
        TempProject p;
        p.write(QStringLiteral("shared/001_a.sql"), "SELECT 1;\n");
        QVERIFY(QDir().mkpath(p.path(QStringLiteral("sql"))));
        QVERIFY(QFile::link(p.path(QStringLiteral("shared/001_a.sql")), p.path(QStringLiteral("sql/001_a.sql"))));
        QVERIFY(QFile::link(p.path(QStringLiteral("shared")), p.path(QStringLiteral("sql/02_shared"))));
        Runner runner(sqliteContext(p), nullptr);
        Result<QStringList> files = runner.buildFiles(Settings());
        QVERIFY2(files, qPrintable(files ? QString() : message(files.error())));
        QCOMPARE(*files, QStringList({p.path(QStringLiteral("sql/001_a.sql")), p.path(QStringLiteral("sql/02_shared/001_a.sql"))}));
        Result<QString> preview = runner.preview(*files);
        QVERIFY2(preview, qPrintable(preview ? QString() : message(preview.error())));
        QCOMPARE(preview->count(QStringLiteral("SELECT 1;")), 2);
        QVERIFY(runner.dryRun(*files).succeeded());
        QCOMPARE(p.read(QStringLiteral("tmp/sql/02_shared/001_a.sql")), QByteArray("SELECT 1;\n"));
    }

    void dryRunDoesNotWriteThroughSymlinksOutOfTheProject()
    {
        TempProject outside;
        TempProject p;
        const QString file = p.write(QStringLiteral("sql/001_a.sql"), "SELECT 1;\n");
        Runner runner(sqliteContext(p), nullptr);
        const auto refusedCopy = [&](const RunReport &report) {
            const FileResult &r = report.files.at(0);
            return r.status == FileStatus::Failed && r.error && r.error->kind == ErrorKind::Refused
                && r.error->message.contains(QLatin1String("tmp/sql/001_a.sql"));
        };
        // tmp/ itself leads out: not even its folders are made there.
        QVERIFY(QFile::link(outside.root(), p.path(QStringLiteral("tmp"))));
        RunReport report = runner.dryRun({file});
        QVERIFY2(refusedCopy(report), qPrintable(report.files.at(0).error ? message(*report.files.at(0).error) : QString()));
        QVERIFY(QDir(outside.root()).isEmpty());
        QVERIFY(QFile::remove(p.path(QStringLiteral("tmp"))));

        // The copy's own path is a link out, to a file or to nothing yet.
        const QString victim = outside.write(QStringLiteral("victim.sql"), "keep me");
        QVERIFY(QDir().mkpath(p.path(QStringLiteral("tmp/sql"))));
        QVERIFY(QFile::link(victim, p.path(QStringLiteral("tmp/sql/001_a.sql"))));
        QVERIFY(refusedCopy(runner.dryRun({file})));
        QCOMPARE(outside.read(QStringLiteral("victim.sql")), QByteArray("keep me"));
        QVERIFY(QFile::remove(p.path(QStringLiteral("tmp/sql/001_a.sql"))));
        QVERIFY(QFile::link(outside.path(QStringLiteral("created.sql")), p.path(QStringLiteral("tmp/sql/001_a.sql"))));
        QVERIFY(refusedCopy(runner.dryRun({file})));
        QVERIFY(!QFileInfo::exists(outside.path(QStringLiteral("created.sql"))));
    }

    void rejectsNulBytesAndInvalidUtf8BeforeRunning()
    {
        Fixture f;
        QVERIFY(f.openSqlite());
        const QString t = f.table(QStringLiteral("t"));
        QVERIFY(f.connection->exec(QStringLiteral("CREATE TABLE %1 (x INTEGER, name TEXT)").arg(t)));
        QVERIFY(f.connection->exec(QStringLiteral("INSERT INTO %1 (x, name) VALUES (1, 'a'), (2, 'b')").arg(t)));
        // Cut at the NUL, this would be "DELETE FROM t": every row gone.
        const QString nul = f.project.write(QStringLiteral("sql/001_nul.sql"),
                                            "SELECT 1;\nDELETE FROM " + t.toUtf8() + '\0' + " WHERE x = 1;\n");
        const QString latin1 = f.project.write(QStringLiteral("sql/002_latin1.sql"),
                                               "INSERT INTO " + t.toUtf8() + " (x, name) VALUES\n  (3, 'caf\xe9');\n");
        Runner runner(f.context(), f.connection.get());
        const struct {
            QString file;
            int line;
            int column;
            QString what;
        } cases[] = {{nul, 2, int(QStringLiteral("DELETE FROM ").size() + t.size()) + 1, QStringLiteral("NUL byte")},
                     {latin1, 2, 11, QStringLiteral("not valid UTF-8 (save it as UTF-8; a dump of binary data must write it as hex")}};
        for (const auto &c : cases) {
            RUN_OK(report, runner.runFiles({c.file}));
            const FileResult &r = report->files.at(0);
            QCOMPARE(r.status, FileStatus::Failed);
            QVERIFY(r.error);
            QVERIFY2(r.error->message.contains(c.what), qPrintable(message(*r.error)));
            QCOMPARE(r.error->file, runner.displayPath(c.file));
            QCOMPARE(r.error->line, c.line);
            QCOMPARE(r.error->column, c.column);
        }
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(t)), 2);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE x = 1").arg(t)), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE name LIKE 'caf%'").arg(t)), 0);
    }

    // A role named like the tracking schema: PostgreSQL's default search_path "$user",
    // public would put its tables into schema noorm once noorm made it. They land where
    // psql with that role puts them, public; a search_path the role sets stays.
    void userTablesOfARoleNamedNoormLandWherePsqlPutsThem()
    {
        NOORM_REQUIRE_LIVE(server, "postgres");
        if (server.adminUser.isEmpty())
            QFAIL("NOORM_TEST_PG_ADMIN_USER is not set (run scripts/test.sh)");
        Config admin = serverConfig(server);
        admin.name = QStringLiteral("admin");
        admin.connection.user = server.adminUser;
        admin.connection.password = Secret(server.adminPassword);
        admin.connection.database = QStringLiteral("postgres");
        Result<std::unique_ptr<Connection>> adminOpened = Connection::open(admin, QString());
        QVERIFY2(adminOpened, qPrintable(adminOpened ? QString() : message(adminOpened.error())));
        Connection &superuser = **adminOpened;
        const QString database = uniqueName(QStringLiteral("noorm_role"));
        const QString password = QStringLiteral("n00rm-role-pw");
        struct Cleanup {
            Connection &superuser;
            QString database;
            ~Cleanup()
            {
                (void)superuser.execAll(superuser.dialect().databases().dropSql(database));
                (void)superuser.exec(QStringLiteral("DROP ROLE IF EXISTS noorm"));
            }
        } cleanup{superuser, database};
        QVERIFY(superuser.exec(QStringLiteral("SET client_min_messages = warning"))); // no "skipping" notices
        QVERIFY(superuser.exec(QStringLiteral("DROP ROLE IF EXISTS noorm"))); // left by a crashed run
        QVERIFY(superuser.exec(QStringLiteral("CREATE ROLE noorm LOGIN PASSWORD '%1'").arg(password)));
        QVERIFY(superuser.exec(QStringLiteral("CREATE DATABASE %1 OWNER noorm").arg(database)));

        TempProject p;
        Config config = serverConfig(server);
        config.name = QStringLiteral("dev");
        config.connection.user = QStringLiteral("noorm");
        config.connection.password = Secret(password);
        config.connection.database = database;
        // Builds with `relative` added; returns the schema(s) table `table` is in then.
        const auto build = [&](const QString &relative, const QString &table) -> QString {
            p.write(relative, QStringLiteral("CREATE TABLE %1 (id integer);\n").arg(table).toUtf8());
            Result<std::unique_ptr<Connection>> opened = Connection::open(config, p.root());
            if (!opened)
                return message(opened.error());
            if (Result<TrackingStatus> ensured = TrackingSchema::ensure(**opened); !ensured)
                return message(ensured.error());
            Runner runner(RunContext{config, p.root(), kExecutedBy}, opened->get());
            Result<RunReport> report = runner.build(Settings());
            if (!report || !report->succeeded())
                return report ? message(*report->firstError) : message(report.error());
            Result<QVariant> schema = (*opened)->scalar(
                QStringLiteral("SELECT string_agg(schemaname, ',') FROM pg_tables WHERE tablename = ?"), {table});
            return schema ? schema->toString() : message(schema.error());
        };
        // The first run makes schema noorm on its connection, the next one finds it there.
        QCOMPARE(build(QStringLiteral("sql/001_widgets.sql"), QStringLiteral("widgets")), QStringLiteral("public"));
        QCOMPARE(build(QStringLiteral("sql/002_gadgets.sql"), QStringLiteral("gadgets")), QStringLiteral("public"));

        // A search_path the role or the database sets is theirs: it stays as it is.
        QVERIFY(superuser.exec(QStringLiteral("ALTER ROLE noorm IN DATABASE %1 SET search_path = app, public").arg(database)));
        p.write(QStringLiteral("sql/000_app.sql"), "CREATE SCHEMA IF NOT EXISTS app;\n");
        QCOMPARE(build(QStringLiteral("sql/003_parts.sql"), QStringLiteral("parts")), QStringLiteral("app"));
    }
};

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
