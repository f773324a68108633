// core/sql on a SQLite file, PostgreSQL and MariaDB (started by scripts/test.sh): running
// scripts statement by statement into a sink, errors with their position, cancel, the
// read-only session, and which statements count as reads.
#include "sql/sql_executor.h"
#include "sql/sql_value.h"
#include "sql/sql_history.h"
#include "sql/statement_kind.h"

#include "support/live_database.h"
#include "support/tempproject.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QThread>

#include <atomic>
#include <QtTest>

using namespace noorm;
using noorm::test::TempProject;

namespace {

// Keeps every call the executor makes, rows included (the tests' scripts are small).
struct RecordingSink final : ResultSink {
    int announced = -1;
    QList<StatementOutcome> sets;
    QList<QList<QVariantList>> rows;
    QList<StatementOutcome> finishedStatements;
    qint64 onlyCount = -1; // >= 0: count rows instead of keeping them
    std::atomic<int> finishedCount{0}; // read from another thread

    Status started(int statements) override
    {
        announced = statements;
        return {};
    }
    Status resultSet(const StatementOutcome &statement) override
    {
        sets << statement;
        rows << QList<QVariantList>();
        return {};
    }
    Status row(const QVariantList &values) override
    {
        if (onlyCount >= 0)
            ++onlyCount;
        else
            rows.last() << values;
        return {};
    }
    Status finished(const StatementOutcome &statement) override
    {
        finishedStatements << statement;
        ++finishedCount;
        return {};
    }
};

// A connection to app.db in `project`.
Result<std::unique_ptr<Connection>> openSqlite(const TempProject &project)
{
    Config config;
    config.connection.dialect = QStringLiteral("sqlite");
    config.connection.database = QStringLiteral("app.db");
    return Connection::open(config, project.root());
}

} // namespace

#define DATABASE(c)                                                                                \
    QFETCH(QString, dialectName);                                                                  \
    TempProject project;                                                                           \
    Config config;                                                                                 \
    config.name = QStringLiteral("sql-test");                                                      \
    if (dialectName == QLatin1String("sqlite")) {                                                  \
        config.connection.dialect = QStringLiteral("sqlite");                                      \
        config.connection.database = QStringLiteral("app.db");                                     \
    } else {                                                                                       \
        NOORM_CONFIG_FOR_DIALECT(config, dialectName);                                             \
    }                                                                                              \
    Result<std::unique_ptr<Connection>> opened = Connection::open(config, project.root());         \
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));                     \
    Connection &c = **opened;                                                                      \
    const QString table = noorm::test::uniqueName(QStringLiteral("sqlt"));                         \
    const auto dropTable = qScopeGuard([&] { (void)c.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(table)); })

class TestSql : public QObject {
    Q_OBJECT

    static void dialects() { noorm::test::addDialectRows("dialectName", {QStringLiteral("sqlite"), QStringLiteral("postgres"), QStringLiteral("mysql")}); }

private slots:
    void classifiesStatements_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<bool>("onlyReads");
        QTest::addColumn<bool>("countsRows");
        QTest::newRow("select") << "SELECT * FROM t" << true << false;
        QTest::newRow("lower case, leading comment") << "-- a note\n  select 1" << true << false;
        QTest::newRow("a write named in a string") << "SELECT 'DELETE FROM t' AS x" << true << false;
        QTest::newRow("a write named in an identifier") << "SELECT \"update\" FROM t" << true << false;
        QTest::newRow("select for update locks rows") << "SELECT * FROM t FOR UPDATE" << false << false;
        QTest::newRow("select into makes a table") << "SELECT * INTO copy FROM t" << false << false;
        QTest::newRow("with, reading") << "WITH x AS (SELECT 1) SELECT * FROM x" << true << false;
        QTest::newRow("with, deleting") << "WITH x AS (DELETE FROM t RETURNING *) SELECT * FROM x" << false << true;
        QTest::newRow("explain") << "EXPLAIN SELECT * FROM t" << true << false;
        QTest::newRow("explain analyze runs it") << "EXPLAIN ANALYZE DELETE FROM t" << false << false;
        QTest::newRow("show") << "SHOW TABLES" << true << false;
        QTest::newRow("describe") << "DESCRIBE t" << true << false;
        QTest::newRow("pragma read") << "PRAGMA journal_mode" << true << false;
        QTest::newRow("pragma table_info") << "PRAGMA table_info(t)" << true << false;
        QTest::newRow("pragma set") << "PRAGMA user_version = 3" << false << false;
        QTest::newRow("pragma set by argument") << "PRAGMA user_version(3)" << false << false;
        QTest::newRow("insert") << "INSERT INTO t VALUES (1)" << false << true;
        QTest::newRow("update") << "update t set a = 1" << false << true;
        QTest::newRow("delete behind a comment") << "/* SELECT */ DELETE FROM t" << false << true;
        QTest::newRow("create") << "CREATE TABLE t (a int)" << false << false;
        QTest::newRow("set") << "SET search_path = x" << false << false;
        QTest::newRow("call") << "CALL refresh()" << false << false;
    }
    void classifiesStatements()
    {
        QFETCH(QString, statement);
        QFETCH(bool, onlyReads);
        QFETCH(bool, countsRows);
        QCOMPARE(statementOnlyReads(statement), onlyReads);
        QCOMPARE(statementCountsRows(statement), countsRows);
    }

    void streamsEachStatementIntoTheSink_data() { dialects(); }
    void streamsEachStatementIntoTheSink()
    {
        DATABASE(c);
        const QString script = QStringLiteral(
                                   "CREATE TABLE %1 (id INTEGER PRIMARY KEY, name VARCHAR(50), note VARCHAR(50));\n"
                                   "INSERT INTO %1 (id, name, note) VALUES (1, 'Ada', NULL), (2, 'Grace', 'x'),\n"
                                   "  (3, 'Ünïcødé 日本', 'y');\n"
                                   "SELECT id, name, note FROM %1 ORDER BY id;\n"
                                   "UPDATE %1 SET note = 'z' WHERE id > 1;\n")
                                   .arg(table);
        RecordingSink sink;
        Redactor redactor;
        SqlExecutor executor(c, redactor);
        Result<SqlScriptOutcome> run = executor.run(script, QStringLiteral("script.sql"), sink);
        QVERIFY2(run, qPrintable(run ? QString() : run.error().toString()));
        QVERIFY(!run->failed());
        QCOMPARE(sink.announced, 4);
        QCOMPARE(run->statements.size(), 4);
        QCOMPARE(sink.finishedStatements.size(), 4);
        const StatementOutcome &create = run->statements.at(0), &insert = run->statements.at(1),
                               &select = run->statements.at(2), &update = run->statements.at(3);
        QVERIFY(!create.hasResultSet);
        QCOMPARE(create.affected, -1);
        QCOMPARE(insert.affected, 3);
        QCOMPARE(insert.line, 2);
        QVERIFY(select.hasResultSet);
        QCOMPARE(select.line, 4);
        QCOMPARE(select.rows, 3);
        QCOMPARE(update.affected, 2);
        QCOMPARE(sink.sets.size(), 1);
        QCOMPARE(sink.sets.at(0).columns.size(), 3);
        QCOMPARE(sink.sets.at(0).columns.at(0).name.toLower(), QStringLiteral("id"));
        QCOMPARE(sink.sets.at(0).columns.at(0).type, QStringLiteral("integer"));
        QCOMPARE(sink.sets.at(0).columns.at(1).type, QStringLiteral("text"));
        const QList<QVariantList> &rows = sink.rows.at(0);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).at(0).toInt(), 1);
        QCOMPARE(rows.at(0).at(1).toString(), QStringLiteral("Ada"));
        QVERIFY(rows.at(0).at(2).isNull());
        QCOMPARE(rows.at(2).at(1).toString(), QStringLiteral("Ünïcødé 日本"));
    }

    // A DECIMAL comes as the server writes it, every digit and the scale's zeros, not as a
    // double (which kept 17 digits: 12345678901234567890.123456789 read 12345678901234567000).
    void keepsEveryDigitOfADecimal_data()
    {
        noorm::test::addDialectRows("dialectName", {QStringLiteral("postgres"), QStringLiteral("mysql")});
    }
    void keepsEveryDigitOfADecimal()
    {
        DATABASE(c);
        RecordingSink sink;
        Redactor redactor;
        SqlExecutor executor(c, redactor);
        Result<SqlScriptOutcome> run = executor.run(
            QStringLiteral("SELECT CAST('12345678901234567890.123456789' AS DECIMAL(30, 9)) AS big, CAST(0.1 AS DECIMAL(10, 2)) AS cents"),
            QStringLiteral("q.sql"), sink);
        QVERIFY2(run && !run->failed(), qPrintable(run ? QString() : run.error().toString()));
        const QVariantList &row = sink.rows.at(0).at(0);
        QCOMPARE(sqlValueText(row.at(0)), QStringLiteral("12345678901234567890.123456789"));
        QCOMPARE(sqlValueText(row.at(1)), QStringLiteral("0.10"));
    }

    void stopsAtTheFailingStatementWithItsPosition_data() { dialects(); }
    void stopsAtTheFailingStatementWithItsPosition()
    {
        DATABASE(c);
        const QString script = QStringLiteral("CREATE TABLE %1 (id INTEGER);\n\n   INSERT INTO %1_missing VALUES (1);\nINSERT INTO %1 VALUES (2);\n").arg(table);
        RecordingSink sink;
        Redactor redactor;
        Result<SqlScriptOutcome> run = SqlExecutor(c, redactor).run(script, QStringLiteral("broken.sql"), sink);
        QVERIFY(run);
        const StatementOutcome *failed = run->failed();
        QVERIFY(failed);
        QCOMPARE(run->statements.size(), 2); // the third never ran
        QCOMPARE(failed->error->file, QStringLiteral("broken.sql"));
        QCOMPARE(failed->error->line, 3);
        QCOMPARE(failed->error->column, 4);
        QCOMPARE(failed->error->kind, ErrorKind::Execution);
        QVERIFY2(failed->error->message.contains(table + QStringLiteral("_missing"), Qt::CaseInsensitive), qPrintable(failed->error->message));
        QCOMPARE(sink.finishedStatements.size(), 2);
        Result<QVariant> rows = c.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        QVERIFY(rows);
        QCOMPARE(rows->toInt(), 0);
    }

    void cancelInterruptsTheRunningStatement_data() { dialects(); }
    void cancelInterruptsTheRunningStatement()
    {
        DATABASE(c);
        const QString script = QStringLiteral("SELECT 1;\n%1\nSELECT 2;").arg(noorm::test::endlessStatement(dialectName));
        Cancellation cancellation;
        RecordingSink sink;
        Redactor redactor;
        std::atomic<bool> done{false};
        // The connection belongs to this thread: the executor runs here, the cancel comes from
        // another once the endless statement is in flight, again until the executor is back
        // (the first may come before the statement reached the server).
        std::unique_ptr<QThread> canceller(QThread::create([&] {
            while (!done && !(sink.finishedCount == 1 && cancellation.hasStatementInFlight()))
                QThread::yieldCurrentThread();
            while (!done) {
                cancellation.cancel();
                QThread::yieldCurrentThread();
            }
        }));
        canceller->start();
        Result<SqlScriptOutcome> run = SqlExecutor(c, redactor).run(script, QStringLiteral("slow.sql"), sink, &cancellation);
        done = true;
        QVERIFY(canceller->wait(30000));
        QVERIFY(run);
        const StatementOutcome *failed = run->failed();
        QVERIFY(failed);
        QCOMPARE(failed->index, 1);
        QCOMPARE(failed->error->kind, ErrorKind::Cancelled);
        QCOMPARE(failed->error->line, 2);
    }

    void readOnlySessionRefusesWrites_data() { dialects(); }
    void readOnlySessionRefusesWrites()
    {
        DATABASE(c);
        QVERIFY(c.exec(QStringLiteral("CREATE TABLE %1 (id INTEGER)").arg(table)));
        const QStringList readOnly = c.dialect().connection().readOnlySessionSql();
        QVERIFY(!readOnly.isEmpty());
        QVERIFY(c.execAll(readOnly));
        QVERIFY(!c.exec(QStringLiteral("INSERT INTO %1 VALUES (1)").arg(table)));
        Result<QVariant> rows = c.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        QVERIFY(rows);
        QCOMPARE(rows->toInt(), 0);
    }

    // Rows pass through: the sink sees every one, the executor keeps none.
    void streamsManyRows()
    {
        TempProject project;
        Result<std::unique_ptr<Connection>> opened = openSqlite(project);
        QVERIFY(opened);
        RecordingSink sink;
        sink.onlyCount = 0;
        Redactor redactor;
        Result<SqlScriptOutcome> run = SqlExecutor(**opened, redactor).run(
            QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000) SELECT x, 'row ' || x FROM c"),
            QStringLiteral("<command line>"), sink);
        QVERIFY(run && !run->failed());
        QCOMPARE(sink.onlyCount, 200000);
        QCOMPARE(run->statements.at(0).rows, 200000);
        QVERIFY(sink.rows.at(0).isEmpty());
    }

    void reportsAScriptThatCannotBeSplit()
    {
        TempProject project;
        Result<std::unique_ptr<Connection>> opened = openSqlite(project);
        QVERIFY(opened);
        RecordingSink sink;
        Redactor redactor;
        Result<SqlScriptOutcome> run = SqlExecutor(**opened, redactor).run(QStringLiteral("SELECT 1;\nSELECT 'open"),
                                                                          QStringLiteral("bad.sql"), sink);
        QVERIFY(!run);
        QCOMPARE(run.error().file, QStringLiteral("bad.sql"));
        QCOMPARE(run.error().line, 2);
        QCOMPARE(sink.announced, -1); // nothing ran
    }
};

// The history's files as the original writes and reads them: the index in JSON, each
// result gzipped (read back here by Python's gzip, an independent reader), private, with
// secrets masked.
class TestSqlHistory : public QObject {
    Q_OBJECT

private slots:
    void keepsEntriesAndResultsInTheOriginalsFormat()
    {
        TempProject project;
        Redactor redactor;
        redactor.add(QStringLiteral("hunter2pw"));
        SqlHistory history(project.root(), QStringLiteral("dev"), redactor);
        SqlHistoryEntry entry;
        entry.query = QStringLiteral("SELECT 'hunter2pw' AS a");
        entry.durationMs = 7;
        entry.rowCount = 1;
        SqlKeptResult kept;
        kept.columns = QStringList{QStringLiteral("a"), QStringLiteral("b")};
        kept.rows.append(QJsonObject{{QStringLiteral("a"), QStringLiteral("hunter2pw")}, {QStringLiteral("b"), QJsonValue::Null}});
        Result<SqlHistoryEntry> added = history.add(entry, kept);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
        QCOMPARE(added->resultsFile, added->id + QStringLiteral(".results.gz"));

        const QString index = project.path(QStringLiteral(".noorm/state/history/dev.json"));
        QCOMPARE(history.indexFile(), index);
        QCOMPARE(noorm::test::permissionBits(index), 0600);
        const QByteArray raw = project.read(QStringLiteral(".noorm/state/history/dev.json"));
        QVERIFY(!raw.contains("hunter2pw"));
        const QJsonObject doc = QJsonDocument::fromJson(raw).object();
        QCOMPARE(doc.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
        const QJsonObject first = doc.value(QStringLiteral("entries")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), added->id);
        QCOMPARE(first.value(QStringLiteral("durationMs")).toInt(), 7);
        QCOMPARE(first.value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(first.value(QStringLiteral("rowCount")).toInt(), 1);
        QVERIFY(first.value(QStringLiteral("executedAt")).toString().endsWith(QLatin1Char('Z')));

        const QString gz = project.path(QStringLiteral(".noorm/state/history/dev/") + added->resultsFile);
        QCOMPARE(noorm::test::permissionBits(gz), 0600);
        QProcess python;
        python.start(QStringLiteral("python3"), {QStringLiteral("-c"),
                                                 QStringLiteral("import gzip,sys; sys.stdout.write(gzip.open(sys.argv[1]).read().decode())"), gz});
        QVERIFY(python.waitForFinished(30000));
        const QJsonObject results = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        QCOMPARE(results.value(QStringLiteral("columns")).toArray(), (QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
        const QJsonObject row = results.value(QStringLiteral("rows")).toArray().at(0).toObject();
        QVERIFY(row.value(QStringLiteral("b")).isNull());
        QVERIFY(!row.value(QStringLiteral("a")).toString().contains(QLatin1String("hunter2pw")));

        Result<QList<SqlHistoryEntry>> entries = history.entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        Result<SqlKeptResult> back = history.results(entries->at(0));
        QVERIFY(back);
        QCOMPARE(back->columns, kept.columns);
        QCOMPARE(back->rows.size(), 1);
    }

    void clearsByAgeOrAll()
    {
        TempProject project;
        Redactor redactor;
        SqlHistory history(project.root(), QStringLiteral("dev"), redactor);
        SqlKeptResult kept{{QStringLiteral("a")}, QJsonArray{QJsonObject{{QStringLiteral("a"), 1}}}, false};
        QVERIFY(history.add(SqlHistoryEntry{}, kept));
        Result<SqlHistoryEntry> recent = history.add(SqlHistoryEntry{}, kept);
        QVERIFY(recent);
        // Age the older entry by two years, as if the original had written it then.
        QJsonObject doc = QJsonDocument::fromJson(project.read(QStringLiteral(".noorm/state/history/dev.json"))).object();
        QJsonArray entries = doc.value(QStringLiteral("entries")).toArray();
        QJsonObject old = entries.at(1).toObject();
        old.insert(QStringLiteral("executedAt"), QStringLiteral("2024-01-05T10:00:00.000Z"));
        entries.replace(1, old);
        doc.insert(QStringLiteral("entries"), entries);
        project.write(QStringLiteral(".noorm/state/history/dev.json"), QJsonDocument(doc).toJson());
        const QString oldResults = project.path(QStringLiteral(".noorm/state/history/dev/") + old.value(QStringLiteral("resultsFile")).toString());
        QVERIFY(QFile::exists(oldResults));

        Result<SqlHistoryCleared> aged = history.clearOlderThan(3);
        QVERIFY(aged);
        QCOMPARE(aged->entriesRemoved, 1);
        QCOMPARE(aged->filesRemoved, 1);
        QVERIFY(!QFile::exists(oldResults));
        Result<QList<SqlHistoryEntry>> left = history.entries();
        QVERIFY(left);
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->at(0).id, recent->id);

        Result<SqlHistoryCleared> all = history.clearAll();
        QVERIFY(all);
        QCOMPARE(all->entriesRemoved, 1);
        QCOMPARE(history.entries()->size(), 0);
    }

    // Nothing from an edited or hostile file leads outside the history folder.
    void staysInsideItsFolder()
    {
        TempProject project;
        Redactor redactor;
        SqlHistory bad(project.root(), QStringLiteral("../escape"), redactor);
        QVERIFY(!bad.entries());
        QVERIFY(!bad.add(SqlHistoryEntry{}, std::nullopt));
        SqlHistory history(project.root(), QStringLiteral("dev"), redactor);
        project.write(QStringLiteral("secret.txt"), "not history");
        SqlHistoryEntry planted;
        planted.id = QStringLiteral("x");
        planted.resultsFile = QStringLiteral("../../../secret.txt");
        QVERIFY(!history.results(planted));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestSql sql;
    TestSqlHistory history;
    return QTest::qExec(&sql, argc, argv) | QTest::qExec(&history, argc, argv);
}
#include "tst_sql.moc"
