// core/sql on a SQLite file, PostgreSQL and MariaDB (started by scripts/test.sh): running
// scripts statement by statement into a sink, errors with their position, cancel, the
// read-only session, and which statements count as reads.
#include "sql/paged_results.h"
#include "sql/result_writers.h"
#include "sql/sql_executor.h"
#include "sql/sql_value.h"
#include "sql/sql_history.h"
#include "sql/statement_kind.h"

#include "support/live_database.h"
#include "support/tempproject.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QThread>

#include <atomic>
#include <limits>
#include <thread>
#include <QtTest>

using namespace noorm;
using noorm::test::TempProject;

namespace {

// Keeps every call the executor makes, rows included (the tests' scripts are small).
struct RecordingSink final : ResultSink {
    int announced = -1;
    bool severalResults = false;
    QList<StatementOutcome> sets;
    QList<QList<QVariantList>> rows;
    QList<StatementOutcome> finishedStatements;
    qint64 onlyCount = -1; // >= 0: count rows instead of keeping them
    std::atomic<int> finishedCount{0}; // read from another thread

    Status started(const ScriptStart &script) override
    {
        announced = script.statements;
        severalResults = script.severalResults;
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

// Takes native rows, and keeps them as the QVariants they stand for.
struct TextRecordingSink final : ResultSink {
    RecordingSink inner;
    int textRows = 0;
    Status started(const ScriptStart &script) override { return inner.started(script); }
    Status resultSet(const StatementOutcome &statement) override { return inner.resultSet(statement); }
    Status row(const QVariantList &values) override { return inner.row(values); }
    bool takesTextRows() const override { return true; }
    Status textRow(NativeRow values) override
    {
        ++textRows;
        QVariantList row;
        for (const NativeValue &v : values)
            row << nativeValueVariant(v);
        return inner.row(row);
    }
    Status finished(const StatementOutcome &statement) override { return inner.finished(statement); }
};

// Hands everything on to `inner` but takes no native rows: the way through Qt SQL.
struct QtRowsOnly final : ResultSink {
    explicit QtRowsOnly(ResultSink &next) : inner(next) {}
    ResultSink &inner;
    Status started(const ScriptStart &script) override { return inner.started(script); }
    Status resultSet(const StatementOutcome &statement) override { return inner.resultSet(statement); }
    Status row(const QVariantList &values) override { return inner.row(values); }
    Status finished(const StatementOutcome &statement) override { return inner.finished(statement); }
};

// What `script` writes as CSV, with native rows or through Qt SQL, and each statement's outcome.
struct CsvRun {
    QByteArray csv;
    QList<StatementOutcome> statements;
};
CsvRun csvOf(Connection &c, const QString &script, bool nativeRows)
{
    char *buffer = nullptr;
    size_t size = 0;
    FILE *out = open_memstream(&buffer, &size);
    CsvRun run;
    {
        std::unique_ptr<ResultSink> writer = makeResultWriter(ResultFormat::Csv, out);
        QtRowsOnly qtOnly(*writer);
        Redactor redactor;
        Result<SqlScriptOutcome> ran = SqlExecutor(c, redactor).run(script, QStringLiteral("parity.sql"),
                                                                    nativeRows ? *writer : static_cast<ResultSink &>(qtOnly));
        if (ran)
            run.statements = ran->statements;
    }
    std::fclose(out);
    run.csv = QByteArray(buffer, qsizetype(size));
    std::free(buffer);
    return run;
}

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

    // A procedure that SELECTs twice gives two result sets, each handed to the sink as a
    // result of the same statement, then the statement's end (MySQL/MariaDB).
    void aCallGivesEveryResultSetOfTheProcedure_data() { noorm::test::addDialectRows("dialectName", {QStringLiteral("mysql")}); }
    void aCallGivesEveryResultSetOfTheProcedure()
    {
        DATABASE(c);
        const QString procedure = table + QStringLiteral("_p");
        const auto dropProcedure = qScopeGuard([&] { (void)c.exec(QStringLiteral("DROP PROCEDURE IF EXISTS %1").arg(procedure)); });
        QVERIFY(c.exec(QStringLiteral("CREATE PROCEDURE %1(IN who VARCHAR(20)) BEGIN SELECT CONCAT('hi ', who) AS greeting; "
                                      "SELECT 1 AS a, 2 AS b UNION ALL SELECT 3, 4; END").arg(procedure)));
        RecordingSink sink;
        Redactor redactor;
        Result<SqlScriptOutcome> run =
            SqlExecutor(c, redactor).run(QStringLiteral("CALL %1('you');\nSELECT 5 AS after_it;").arg(procedure), QStringLiteral("call.sql"), sink);
        QVERIFY2(run, qPrintable(run ? QString() : run.error().toString()));
        QVERIFY(!run->failed());
        QVERIFY(sink.severalResults); // told before the first: a JSON writer makes an array of them
        QCOMPARE(sink.sets.size(), 3);
        QCOMPARE(sink.sets.at(0).columns.at(0).name, QStringLiteral("greeting"));
        QCOMPARE(sink.rows.at(0).at(0).at(0).toString(), QStringLiteral("hi you"));
        QCOMPARE(sink.sets.at(1).columns.size(), 2);
        QCOMPARE(sink.rows.at(1).size(), 2);
        QCOMPARE(sink.rows.at(1).at(1).at(1).toInt(), 4);
        QCOMPARE(sink.rows.at(2).at(0).at(0).toInt(), 5); // the connection is ready for the next statement
        QCOMPARE(run->statements.size(), 3);
        QCOMPARE(run->statements.at(1).index, 0); // the CALL's second result
        QCOMPARE(run->statements.at(1).rows, 2);
        QCOMPARE(run->statements.at(2).index, 1);
        QCOMPARE(sink.finishedStatements.size(), 3);

        // As JSON: one document, a result each.
        char *buffer = nullptr;
        size_t size = 0;
        FILE *out = open_memstream(&buffer, &size);
        {
            std::unique_ptr<ResultSink> json = makeResultWriter(ResultFormat::Json, out);
            QVERIFY(SqlExecutor(c, redactor).run(QStringLiteral("CALL %1('json')").arg(procedure), QStringLiteral("call.sql"), *json));
        }
        std::fclose(out);
        const QByteArray written(buffer, qsizetype(size));
        std::free(buffer);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(written, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, written.constData());
        const QJsonArray results = doc.object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("rowCount")).toInt(), 2);
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("statement")).toInt(), 1);
    }

    // The JSON writer writes plain values itself (it took 4.4 s for a million rows through
    // Qt's encoder one value at a time): each row is byte for byte what the encoder writes,
    // for every kind of value, the plain ones and those that need escaping.
    void writesJsonValuesAsQtsEncoderDoes()
    {
        const QVariantList values{
            QVariant(), QVariant(QMetaType(QMetaType::QString)), true, false, 0, -5, qint64(9007199254740991LL),
            qint64(9007199254740992LL), qint64(-9007199254740991LL), qulonglong(18446744073709551615ULL), 1.5, -0.0, 0.0, 1e300,
            2.5e-308, std::numeric_limits<double>::quiet_NaN(), QString(), QStringLiteral("plain text"), QStringLiteral("say \"hi\""),
            QStringLiteral("back\\slash"), QStringLiteral("line\nbreak\ttab\u0001\u001f"), QStringLiteral("Ünïcødé 日本 ✓"),
            QStringLiteral("emoji 😀"), QStringLiteral("\u007f del"), QByteArray("\x00\xff", 2), QStringLiteral("12345678901234567.125")};
        StatementOutcome set;
        for (qsizetype i = 0; i < values.size(); ++i)
            set.columns << ResultColumn{QStringLiteral("c%1 \"ü\"").arg(i), QStringLiteral("text")};
        char *buffer = nullptr;
        size_t size = 0;
        FILE *out = open_memstream(&buffer, &size);
        {
            std::unique_ptr<ResultSink> json = makeResultWriter(ResultFormat::Json, out);
            QVERIFY(json->started(ScriptStart{1, false}));
            QVERIFY(json->resultSet(set));
            QVERIFY(json->row(values));
            QVERIFY(json->row(values)); // a second row, after the first reused the line
        }
        std::fclose(out);
        const QByteArray written(buffer, qsizetype(size));
        std::free(buffer);
        QByteArray expected = "{";
        for (qsizetype i = 0; i < values.size(); ++i) {
            const auto encoded = [](const QJsonValue &v) {
                const QByteArray array = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
                return array.mid(1, array.size() - 2);
            };
            expected += (i ? "," : "") + encoded(set.columns.at(i).name) + ':' + encoded(sqlValueJson(values.at(i)));
        }
        expected += '}';
        const qsizetype rowsAt = written.indexOf("\"rows\":[") + 8;
        QCOMPARE(written.mid(rowsAt, expected.size()), expected);
        QCOMPARE(written.mid(rowsAt + expected.size(), expected.size() + 1), ',' + expected);
        // JSON has no infinity or NaN: the encoder wrote null, read back as SQL NULL.
        QCOMPARE(sqlValueJson(std::numeric_limits<double>::infinity()), QJsonValue(QStringLiteral("Infinity")));
        QCOMPARE(sqlValueJson(-std::numeric_limits<double>::infinity()), QJsonValue(QStringLiteral("-Infinity")));
        QCOMPARE(sqlValueJson(std::numeric_limits<double>::quiet_NaN()), QJsonValue(QStringLiteral("NaN")));
    }

    // A column name that repeats is a key of its own in the JSON rows, named in `columns` as
    // in the rows (both values were written under one key, and readers kept the last).
    void givesRepeatedColumnNamesJsonKeysOfTheirOwn()
    {
        QCOMPARE(jsonKeys({QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("a_2"), QStringLiteral("b"), QStringLiteral("a")}),
                 (QStringList{QStringLiteral("a"), QStringLiteral("a_3"), QStringLiteral("a_2"), QStringLiteral("b"), QStringLiteral("a_4")}));
        StatementOutcome set;
        set.columns = {ResultColumn{QStringLiteral("a"), QStringLiteral("integer")}, ResultColumn{QStringLiteral("a"), QStringLiteral("integer")}};
        char *buffer = nullptr;
        size_t size = 0;
        FILE *out = open_memstream(&buffer, &size);
        {
            std::unique_ptr<ResultSink> json = makeResultWriter(ResultFormat::Json, out);
            QVERIFY(json->started(ScriptStart{1, false}));
            QVERIFY(json->resultSet(set));
            QVERIFY(json->row({1, 2}));
            set.rows = 1;
            set.hasResultSet = true;
            QVERIFY(json->finished(set));
        }
        std::fclose(out);
        const QJsonObject doc = QJsonDocument::fromJson(QByteArray(buffer, qsizetype(size))).object();
        std::free(buffer);
        QCOMPARE(doc.value(QStringLiteral("columns")).toArray(), (QJsonArray{QStringLiteral("a"), QStringLiteral("a_2")}));
        QCOMPARE(doc.value(QStringLiteral("rows")).toArray().at(0).toObject(), (QJsonObject{{QStringLiteral("a"), 1}, {QStringLiteral("a_2"), 2}}));
    }

    // A MySQL result read as it arrives keeps its connection while the reader pauses: the
    // session's net_write_timeout (60 s, after which the server dropped the connection
    // mid-result) is raised first.
    void readsMysqlRowsWithoutTheServerGivingUp_data() { noorm::test::addDialectRows("dialectName", {QStringLiteral("mysql")}); }
    void readsMysqlRowsWithoutTheServerGivingUp()
    {
        DATABASE(c);
        QVERIFY(c.scalar(QStringLiteral("SELECT @@SESSION.net_write_timeout"))->toInt() < 31536000); // the server's (60 s by default)
        TextRecordingSink sink;
        Redactor redactor;
        Result<SqlScriptOutcome> run = SqlExecutor(c, redactor).run(QStringLiteral("SELECT 1 AS one"), QStringLiteral("q.sql"), sink);
        QVERIFY(run && !run->failed());
        QCOMPARE(sink.textRows, 1);
        QCOMPARE(c.scalar(QStringLiteral("SELECT @@SESSION.net_write_timeout"))->toInt(), 31536000);
    }

    // The desktop's paged results read a MySQL result as the grid asks for it: while the
    // grid has its first page, the server is still sending the rest (QMYSQL stored all of a
    // 50 MB result before the first row came).
    void pagedResultsReadMysqlRowsAsTheyArrive_data() { noorm::test::addDialectRows("dialectName", {QStringLiteral("mysql")}); }
    void pagedResultsReadMysqlRowsAsTheyArrive()
    {
        DATABASE(c);
        std::shared_ptr<ResultPages> pages;
        QMutex pagesMutex;
        std::atomic<bool> done{false};
        PagedResults::Callbacks callbacks;
        callbacks.onResultSet = [&](const std::shared_ptr<ResultPages> &set) {
            QMutexLocker lock(&pagesMutex);
            pages = set;
        };
        auto paged = std::make_shared<PagedResults>(std::move(callbacks), 10);
        const QString query = QStringLiteral("SELECT seq, REPEAT('x', 100) AS pad FROM seq_1_to_500000");
        std::thread worker([&] {
            Result<std::unique_ptr<Connection>> own = Connection::open(config, project.root());
            Redactor redactor;
            if (own)
                (void)SqlExecutor(**own, redactor).run(query, QStringLiteral("big.sql"), *paged);
            done = true;
        });
        const auto stop = qScopeGuard([&] {
            paged->cancel();
            worker.join();
        });
        QTRY_VERIFY_WITH_TIMEOUT([&] { QMutexLocker lock(&pagesMutex); return pages != nullptr; }(), 30000);
        // The first rows are there and the statement is still running on the server.
        Result<QVariant> running = c.scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST "
                                                           "WHERE INFO LIKE '%seq_1_to_500000' AND ID <> CONNECTION_ID()"));
        QVERIFY2(running, qPrintable(running ? QString() : running.error().toString()));
        QCOMPARE(running->toInt(), 1);
        QVERIFY(!done.load());
    }

    // The desktop's paged results: a CALL's first result set does not wait for the reader
    // (the next one comes after it on the connection), so the whole CALL runs through.
    void pagedResultsLetACallRunThrough_data() { noorm::test::addDialectRows("dialectName", {QStringLiteral("mysql")}); }
    void pagedResultsLetACallRunThrough()
    {
        DATABASE(c);
        const QString procedure = table + QStringLiteral("_pp");
        const auto dropProcedure = qScopeGuard([&] { (void)c.exec(QStringLiteral("DROP PROCEDURE IF EXISTS %1").arg(procedure)); });
        QVERIFY(c.exec(QStringLiteral("CREATE PROCEDURE %1() BEGIN WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                      "WHERE i < 50) SELECT i FROM n; SELECT 'second' AS s; END").arg(procedure)));
        std::atomic<int> sets{0};
        std::atomic<bool> done{false};
        PagedResults::Callbacks callbacks;
        callbacks.onResultSet = [&](const std::shared_ptr<ResultPages> &) { ++sets; };
        auto paged = std::make_shared<PagedResults>(std::move(callbacks), 10); // a window of 10 rows, 50 come
        std::thread worker([&] {
            Result<std::unique_ptr<Connection>> own = Connection::open(config, project.root()); // a connection lives on its thread
            Redactor redactor;
            if (own)
                (void)SqlExecutor(**own, redactor).run(QStringLiteral("CALL %1()").arg(procedure), QStringLiteral("call.sql"), *paged);
            done = true;
        });
        const auto stop = qScopeGuard([&] {
            paged->cancel(); // wakes a worker that waits for the reader
            worker.join();
        });
        QTRY_VERIFY(done.load());
        QCOMPARE(sets.load(), 2);
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

    // MySQL's values read as the server writes them: BIGINT UNSIGNED's top half stays
    // positive in JSON (it read -1), a date is its text (the zero date read as nothing, a
    // DATETIME(6) lost its microseconds); FLOAT and DOUBLE are numbers; text in a binary
    // collation (utf8mb4_bin, MariaDB's JSON) is text, and only a binary string (VARBINARY,
    // BLOB) is hex.
    void readsMysqlValuesAsTheServerWritesThem_data() { noorm::test::addDialectRows("dialectName", {QStringLiteral("mysql")}); }
    void readsMysqlValuesAsTheServerWritesThem()
    {
        DATABASE(c);
        RecordingSink sink;
        Redactor redactor;
        SqlExecutor executor(c, redactor);
        Result<SqlScriptOutcome> run = executor.run(
            QStringLiteral("SET SESSION sql_mode = '';\n"
                           "CREATE TABLE %1 (u BIGINT UNSIGNED, d DATE, dt DATETIME, bin_text VARCHAR(20) COLLATE utf8mb4_bin, "
                           "j JSON, vb VARBINARY(4), fine DATETIME(6), part DATE, f FLOAT, db DOUBLE);\n"
                           "INSERT INTO %1 VALUES (18446744073709551615, '0000-00-00', '0000-00-00 00:00:00', 'Straße', '{\"a\": 1}', x'00ff', "
                           "'2026-01-02 03:04:05.654321', '2026-00-15', 1.5, 0.1);\n"
                           "SELECT * FROM %1;\n").arg(table),
            QStringLiteral("q.sql"), sink);
        QVERIFY2(run && !run->failed(), qPrintable(run ? QString() : run.error().toString()));
        const QVariantList &row = sink.rows.last().at(0);
        QCOMPARE(sqlValueJson(row.at(0)), QJsonValue(QStringLiteral("18446744073709551615")));
        QCOMPARE(sqlValueText(row.at(1)), QStringLiteral("0000-00-00"));
        QCOMPARE(sqlValueText(row.at(2)), QStringLiteral("0000-00-00 00:00:00"));
        QCOMPARE(sqlValueText(row.at(3)), QStringLiteral("Straße"));
        QCOMPARE(sqlValueText(row.at(4)), QStringLiteral("{\"a\": 1}"));
        QCOMPARE(sqlValueText(row.at(5)), QStringLiteral("\\x00ff"));
        QCOMPARE(sqlValueText(row.at(6)), QStringLiteral("2026-01-02 03:04:05.654321")); // every digit (it read …05.654)
        QCOMPARE(sqlValueText(row.at(7)), QStringLiteral("2026-00-15")); // it read as the zero date
        QCOMPARE(sqlValueJson(row.at(8)), QJsonValue(1.5)); // FLOAT and DOUBLE are numbers (they were text)
        QCOMPARE(sqlValueJson(row.at(9)), QJsonValue(0.1));
    }

    // A MySQL BIT(n) is its number, on every row (Qt 6.4 read its raw bytes as UTF-8 text:
    // b'1' printed as a control character, 255 as U+FFFD, the bytes lost); NULL stays null,
    // and the columns beside it keep their values. A TINYINT is typed integer.
    void readsMysqlBitsAsNumbers_data() { noorm::test::addDialectRows("dialectName", {QStringLiteral("mysql")}); }
    void readsMysqlBitsAsNumbers()
    {
        DATABASE(c);
        RecordingSink sink;
        Redactor redactor;
        SqlExecutor executor(c, redactor);
        Result<SqlScriptOutcome> run = executor.run(
            QStringLiteral("CREATE TABLE %1 (id TINYINT PRIMARY KEY, flag BIT(1), byte BIT(8), word BIT(16), wide BIT(64), name VARCHAR(10));\n"
                           "INSERT INTO %1 VALUES (1, b'1', 255, 384, 18446744073709551615, 'one'), (2, b'0', 0, 1, 1, NULL),\n"
                           "  (3, NULL, NULL, NULL, NULL, 'three'), (4, 1, 128, 65535, 9007199254740993, 'four');\n"
                           "SELECT * FROM %1 ORDER BY id;\n").arg(table),
            QStringLiteral("q.sql"), sink);
        QVERIFY2(run && !run->failed(), qPrintable(run ? QString() : run.error().toString()));
        QStringList columnTypes;
        for (const ResultColumn &column : sink.sets.last().columns)
            columnTypes << column.type;
        QCOMPARE(columnTypes.mid(0, 5), QStringList(5, QStringLiteral("integer"))); // TINYINT too (it was "other")
        QStringList texts;
        for (const QVariantList &r : sink.rows.last()) {
            QStringList values;
            for (const QVariant &v : r)
                values << sqlValueText(v);
            texts << values.join(QLatin1Char(' '));
        }
        QCOMPARE(texts, (QStringList{QStringLiteral("1 1 255 384 18446744073709551615 one"), QStringLiteral("2 0 0 1 1 [NULL]"),
                                     QStringLiteral("3 [NULL] [NULL] [NULL] [NULL] three"),
                                     QStringLiteral("4 1 128 65535 9007199254740993 four")}));
        QCOMPARE(sqlValueJson(sink.rows.last().at(0).at(1)), QJsonValue(1));
        QCOMPARE(sqlValueJson(sink.rows.last().at(0).at(4)), QJsonValue(QStringLiteral("18446744073709551615")));
    }

    // PostgreSQL's dates and times come as the server writes them, as psql shows them: those
    // Qt's driver reads as no value (infinity, a time with a zone) or as another one (a BC
    // date read as AD, a timestamptz in UTC, microseconds cut to milliseconds) too.
    void readsPostgresDatesQtCannotHoldAsTheServerWritesThem_data() { noorm::test::addDialectRows("dialectName", {QStringLiteral("postgres")}); }
    void readsPostgresDatesQtCannotHoldAsTheServerWritesThem()
    {
        DATABASE(c);
        RecordingSink sink;
        Redactor redactor;
        SqlExecutor executor(c, redactor);
        Result<SqlScriptOutcome> run = executor.run(
            QStringLiteral("SET TIME ZONE 'Asia/Tokyo';\n"
                           "SELECT 'infinity'::timestamp AS a, '-infinity'::timestamptz AS b, 'infinity'::date AS c, "
                           "'0044-03-15 BC'::date AS d, '12:34:56.789+02'::timetz AS e, '2026-01-02'::date AS f, "
                           "NULL::date AS g, '2026-01-02 03:04:05.5'::timestamp AS h, "
                           "'2026-01-02 03:04:05.123456+02'::timestamptz AS i, '23:59:59.999999'::time AS j"),
            QStringLiteral("q.sql"), sink);
        QVERIFY2(run && !run->failed(), qPrintable(run ? QString() : run.error().toString()));
        const QVariantList &row = sink.rows.at(0).at(0);
        QCOMPARE(sqlValueText(row.at(0)), QStringLiteral("infinity"));
        QCOMPARE(sqlValueText(row.at(1)), QStringLiteral("-infinity"));
        QCOMPARE(sqlValueText(row.at(2)), QStringLiteral("infinity"));
        QCOMPARE(sqlValueText(row.at(3)), QStringLiteral("0044-03-15 BC"));
        QCOMPARE(sqlValueText(row.at(4)), QStringLiteral("12:34:56.789+02"));
        QCOMPARE(sqlValueText(row.at(5)), QStringLiteral("2026-01-02"));
        QCOMPARE(sqlValueText(row.at(6)), QStringLiteral("[NULL]"));
        QCOMPARE(sqlValueText(row.at(7)), QStringLiteral("2026-01-02 03:04:05.5"));
        // Every digit, in the session's time zone (Qt kept milliseconds, and moved a
        // timestamptz to UTC without saying so: 2026-01-02T01:04:05.123).
        QCOMPARE(sqlValueText(row.at(8)), QStringLiteral("2026-01-02 10:04:05.123456+09"));
        QCOMPARE(sqlValueText(row.at(9)), QStringLiteral("23:59:59.999999"));
        QStringList types;
        for (const ResultColumn &column : sink.sets.at(0).columns)
            types << column.type;
        QCOMPARE(types.mid(7), (QStringList{QStringLiteral("timestamp"), QStringLiteral("timestamp"), QStringLiteral("time")}));

        // Every row of a longer result, not only the first.
        RecordingSink rows;
        run = executor.run(QStringLiteral("SELECT CASE WHEN g % 2 = 0 THEN 'infinity'::date ELSE DATE '2026-01-01' + g END AS d "
                                          "FROM generate_series(1, 4) g"),
                           QStringLiteral("q.sql"), rows);
        QVERIFY2(run && !run->failed(), qPrintable(run ? QString() : run.error().toString()));
        QStringList texts;
        for (const QVariantList &r : rows.rows.at(0))
            texts << sqlValueText(r.at(0));
        QCOMPARE(texts, (QStringList{QStringLiteral("2026-01-02"), QStringLiteral("infinity"), QStringLiteral("2026-01-04"),
                                     QStringLiteral("infinity")}));
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
        // Through Qt SQL, and with a sink that takes native rows (`sql --csv`).
        RecordingSink qtSink;
        TextRecordingSink textSink;
        const std::pair<ResultSink *, std::atomic<int> *> sinks[] = {{&qtSink, &qtSink.finishedCount},
                                                                     {&textSink, &textSink.inner.finishedCount}};
        for (const auto &[sink, finishedCount] : sinks) {
            Cancellation cancellation;
            Redactor redactor;
            std::atomic<bool> done{false};
            // The connection belongs to this thread: the executor runs here, the cancel comes from
            // another once the endless statement is in flight, again until the executor is back
            // (the first may come before the statement reached the server).
            std::unique_ptr<QThread> canceller(QThread::create([&, finishedCount = finishedCount] {
                while (!done && !(*finishedCount == 1 && cancellation.hasStatementInFlight()))
                    QThread::yieldCurrentThread();
                while (!done) {
                    cancellation.cancel();
                    QThread::yieldCurrentThread();
                }
            }));
            canceller->start();
            Result<SqlScriptOutcome> run = SqlExecutor(c, redactor).run(script, QStringLiteral("slow.sql"), *sink, &cancellation);
            done = true;
            QVERIFY(canceller->wait(30000));
            QVERIFY(run);
            const StatementOutcome *failed = run->failed();
            QVERIFY(failed);
            QCOMPARE(failed->index, 1);
            QCOMPARE(failed->error->kind, ErrorKind::Cancelled);
            QCOMPARE(failed->error->line, 2);
            // The connection is usable again afterwards.
            Result<QVariant> after = c.scalar(QStringLiteral("SELECT 3"));
            QVERIFY2(after, qPrintable(after ? QString() : after.error().toString()));
            QCOMPARE(after->toInt(), 3);
        }
        if (dialectName != QLatin1String("mysql"))
            QVERIFY(textSink.textRows >= 1); // SELECT 1 came natively
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

    // `sql --csv` reads the rows natively (sqlite3_step, libpq's single-row mode, MySQL's
    // mysql_use_result) instead of through a QVariant per value: the same bytes, the same
    // value types, column names and types, and the same errors as through Qt SQL, for every
    // kind of value, a statement that fails part-way and one that does not parse.
    void nativeRowsReadAsQtSqlReadsThem_data() { dialects(); }
    void nativeRowsReadAsQtSqlReadsThem()
    {
        DATABASE(c);
        QString fill, queries;
        if (dialectName == QLatin1String("sqlite")) {
            fill = QStringLiteral(
                "CREATE TABLE %1 (i INTEGER, r REAL, n NUMERIC(10,2), b BOOLEAN, x BLOB, s TEXT, d);\n"
                "INSERT INTO %1 VALUES (1, 1.5, 2.25, 1, x'00ff10', 'plain', NULL),\n"
                "  (2, 9e999, 0.1 + 0.2, 0, x'', 'a,b', 7), (3, -9e999, 100000.0, NULL, NULL, 'say \"hi\"', 'text'),\n"
                "  (4, -0.0, 1e-5, 1, x'5c27', 'line' || char(10) || 'break', 2.5), (5, 1e300, 123456789012.5, 0, x'ff', '', x'01'),\n"
                "  (-9223372036854775808, 0.000123, NULL, 1, NULL, 'Ünïcødé 日本 ✓', NULL);\n");
            queries = QStringLiteral(
                "SELECT i, r, n, b, x, s, d, i * 2 AS \"twice\"\"i\", r + 1, NULL AS missing FROM %1 ORDER BY rowid;\n"
                "SELECT d, s FROM %1 WHERE d IS NOT NULL ORDER BY rowid;\n"
                "SELECT i, d FROM %1 WHERE 0;\n"
                "PRAGMA table_info(%1);\n"
                "SELECT abs(i) FROM %1 ORDER BY rowid;\n");
        } else if (dialectName == QLatin1String("postgres")) {
            fill = QStringLiteral(
                "CREATE TABLE %1 (i int4, big int8, sm int2, r float8, f4 float4, n numeric(20,3), b boolean, x bytea,\n"
                "  s text, v varchar(20), j jsonb, u uuid, a int[], d date, o oid);\n"
                "INSERT INTO %1 VALUES (1, 9223372036854775807, 32767, 1.5, 1.1, 2.25, true, '\\x00ff5c27', 'plain', 'v',\n"
                "    '{\"k\": [1, \"x\"]}', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{1,2}', '2024-02-29', 3000000000),\n"
                "  (2, -9223372036854775808, -32768, 'Infinity', 'NaN', 'NaN', false, '', 'a,b', '', 'null', NULL, '{}', NULL, 0),\n"
                "  (3, 0, NULL, '-Infinity', -0.0, 100000, NULL, NULL, 'say \"hi\"', NULL, NULL, NULL, NULL, '1999-12-31', NULL),\n"
                "  (4, 42, 7, 0.1 + 0.2, 3.4028235e38, 0.001, true, '\\x0a', E'line\\nbreak', 'x', '[]', NULL, '{3}', NULL, 26),\n"
                "  (5, 1, 1, 1e-5, 1e-5, 123456789012.5, false, '\\xff', 'Ünïcødé 日本 ✓', 'ü', '\"ü\"', NULL, NULL, NULL, 1),\n"
                "  (6, 2, 2, 1e300, 100000, -0.5, true, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL);\n");
            queries = QStringLiteral(
                "SELECT i, big, sm, r, f4, n, b, x, s, v, j, u, a, i * 2 AS \"twice\"\"i\", r / 3, NULL AS missing,\n"
                "  f4::float8 AS widened, n * 2 FROM %1 ORDER BY i;\n"
                "SELECT d, s, o, o::regproc AS p FROM %1 ORDER BY i;\n"
                "SELECT i, d, d::timestamp + interval '1.234567 s' AS ts, d::timestamptz AS tz, '12:00:01.5'::time AS t,\n"
                "  '12:00+02'::timetz AS tt, 'infinity'::date AS inf FROM %1 ORDER BY i;\n"
                "SELECT i, s FROM %1 WHERE false;\n"
                "SHOW standard_conforming_strings;\n"
                "VALUES (1, 'one'), (2, 'two');\n"
                "SELECT 10 / (x - 3) FROM generate_series(1, 5) AS g(x);\n");
        } else { // MySQL: what QMYSQL and ServerValues give, read as the rows arrive (mysql_use_result)
            fill = QStringLiteral(
                "SET SESSION sql_mode = '';\n"
                "CREATE TABLE %1 (i INT, u INT UNSIGNED, t TINYINT, tu TINYINT UNSIGNED, z SMALLINT(4) ZEROFILL, m MEDIUMINT,\n"
                "  big BIGINT, ubig BIGINT UNSIGNED, f FLOAT, d DOUBLE, n DECIMAL(20,3), b BIT(9), s VARCHAR(20),\n"
                "  sb VARCHAR(20) COLLATE utf8mb4_bin, vb VARBINARY(8), bl BLOB, tx TEXT, j JSON, e ENUM('a','b'), st SET('x','y'),\n"
                "  dt DATE, dtm DATETIME(6), ts TIMESTAMP NULL, tm TIME(3), y YEAR);\n"
                "INSERT INTO %1 VALUES\n"
                "  (1, 4294967295, -128, 255, 7, -8388608, -9223372036854775808, 18446744073709551615, 1.5, 0.1, 12345678901234567.125,\n"
                "   b'100000001', 'a,b', 'Straße', x'00ff5c27', x'0a', 'line\\nbreak', '{\"k\": [1, \"x\"]}', 'b', 'x,y',\n"
                "   '2024-02-29', '2026-01-02 03:04:05.123456', '2026-01-02 03:04:05', '-838:59:59.000', 2026),\n"
                "  (2, 0, 127, 0, 0, 0, 9223372036854775807, 0, -0.0, 1e300, -0.5, b'0', '', '', x'', x'', '', 'null', 'a', '',\n"
                "   '0000-00-00', '0000-00-00 00:00:00', NULL, '12:00:00.5', 1901),\n"
                "  (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,\n"
                "   NULL, NULL, NULL, NULL, NULL),\n"
                "  (4, 1, 1, 1, 1234, 1, 1, 1, 3.4e38, 2.5e-308, 0, b'111111111', 'Ünïcødé 日本 ✓', 'say \"hi\"', x'01', x'ff', 'ü', '[]', 'a', 'y',\n"
                "   '0099-03-04', '2026-01-02 23:59:59.9996', '2038-01-19 03:14:07', '00:00:00', 2155);\n");
            queries = QStringLiteral(
                "SELECT * FROM %1 ORDER BY i;\n"
                "SELECT i * 2 AS `twice\"i`, NULL AS missing, 1.5 AS lit, CAST(i AS CHAR) AS c, n * 2, b + 0 FROM %1 ORDER BY i;\n"
                "SELECT i, s FROM %1 WHERE 1 = 0;\n"
                "SHOW COLUMNS FROM %1;\n"
                "SELECT 1 UNION SELECT 2;\n"
                "SELECT i FROM %1 WHERE ORDER BY i;\n"); // the server's syntax error, worded the same
        }
        RecordingSink filling;
        Redactor fillRedactor;
        Result<SqlScriptOutcome> filled = SqlExecutor(c, fillRedactor).run(fill.arg(table), QStringLiteral("fill.sql"), filling);
        QVERIFY2(filled && !filled->failed(), qPrintable(!filled ? filled.error().toString()
                                                         : filled->failed() ? filled->failed()->error->toString() : QString()));
        const QString script = queries.arg(table);
        const CsvRun native = csvOf(c, script, true), viaQt = csvOf(c, script, false);
        QCOMPARE(native.csv, viaQt.csv);
        QCOMPARE(native.statements.size(), viaQt.statements.size());
        QVERIFY(native.statements.size() >= 1);
        for (qsizetype i = 0; i < native.statements.size(); ++i) {
            const StatementOutcome &a = native.statements.at(i), &b = viaQt.statements.at(i);
            QCOMPARE(a.rows, b.rows);
            QCOMPARE(a.hasResultSet, b.hasResultSet);
            QCOMPARE(a.columns.size(), b.columns.size());
            for (qsizetype k = 0; k < a.columns.size(); ++k) {
                QCOMPARE(a.columns.at(k).name, b.columns.at(k).name);
                QCOMPARE(a.columns.at(k).type, b.columns.at(k).type);
            }
            QCOMPARE(a.error.has_value(), b.error.has_value());
            if (a.error)
                QCOMPARE(a.error->message, b.error->message);
        }
        if (dialectName != QLatin1String("mysql")) {
            QVERIFY(native.statements.constLast().error); // the script ends with a statement that fails part-way
            QVERIFY2(native.statements.constLast().rows > 0, qPrintable(native.statements.constLast().text + native.statements.constLast().error->message));
            QVERIFY(native.csv.contains("\"twice\"\"i\"") || native.csv.contains("twicei")); // the quirky name, whichever Qt gives
        }

        // The values themselves, with their Qt types, as Qt SQL gives them.
        const QString first = script.left(script.indexOf(QLatin1Char(';')) + 1);
        TextRecordingSink textSink;
        RecordingSink qtSink;
        QtRowsOnly qtOnly(qtSink);
        Redactor redactor;
        QVERIFY(SqlExecutor(c, redactor).run(first, QStringLiteral("values.sql"), textSink));
        QVERIFY(SqlExecutor(c, redactor).run(first, QStringLiteral("values.sql"), qtOnly));
        QCOMPARE(textSink.textRows, int(qtSink.rows.at(0).size()));
        const QList<QVariantList> &got = textSink.inner.rows.at(0), &expected = qtSink.rows.at(0);
        QCOMPARE(got.size(), expected.size());
        for (qsizetype r = 0; r < got.size(); ++r) {
            for (qsizetype k = 0; k < got.at(r).size(); ++k) {
                const QVariant &a = got.at(r).at(k), &b = expected.at(r).at(k);
                QVERIFY2(a.typeId() == b.typeId() && a.isNull() == b.isNull() && sqlValueText(a) == sqlValueText(b),
                         qPrintable(QStringLiteral("row %1 column %2: %3 %4 against %5 %6").arg(r).arg(k)
                                        .arg(QString::fromLatin1(a.typeName()), sqlValueText(a), QString::fromLatin1(b.typeName()), sqlValueText(b))));
            }
        }
    }

    // Where a native row could differ from Qt SQL's, Qt SQL reads it: a PostgreSQL system
    // identifier (QPSQL reads an oid or xid as a number, or not, by version), and any
    // statement without rows.
    void leavesToQtSqlWhatItCannotReadTheSame_data()
    {
        noorm::test::addDialectRows("dialectName", {QStringLiteral("sqlite"), QStringLiteral("postgres")});
    }
    void leavesToQtSqlWhatItCannotReadTheSame()
    {
        DATABASE(c);
        const ConnectionRules &rules = c.dialect().connection();
        QVERIFY(rules.readRows(c.database(), QStringLiteral("SELECT 1 AS one")));
        QVERIFY(!rules.readRows(c.database(), QStringLiteral("CREATE TABLE %1 (id INTEGER)").arg(table)));
        Result<QVariant> created = c.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        QVERIFY(!created); // only described, never run
        if (dialectName == QLatin1String("postgres")) {
            QVERIFY(!rules.readRows(c.database(), QStringLiteral("SELECT 1::oid")));
            QVERIFY(!rules.readRows(c.database(), QStringLiteral("SELECT 1, '2'::xid")));
        } else {
            QVERIFY(!rules.readRows(c.database(), QStringLiteral("SELECT 1; SELECT 2")));
        }
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
