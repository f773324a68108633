// `noorm sql` end to end on a SQLite project: the table, CSV and JSON outputs (NULL,
// binary, unicode, line breaks, several result sets), reading stdin, the row limit, a
// failing statement's position and exit code, and protected configs.

#include "cli_runner.h"
#include "tempproject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using noorm::test::TempProject;
using Run = noorm::test::CliRun;

namespace {

const QString kSeed = QStringLiteral(
    "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, note TEXT, data BLOB, amount REAL);\n"
    "INSERT INTO t VALUES (1, 'Ada', NULL, x'00ff', 1.5), (2, '日本語', 'a,b \"q\"', NULL, 22.25),\n"
    "  (3, 'two\nlines', '', NULL, NULL);\n");

} // namespace

class TestSqlCli : public QObject {
    Q_OBJECT

    noorm::test::Cli noorm;
    TempProject p;

    Run sql(const QStringList &args, const QByteArray &input = {}) const
    {
        return noorm(QStringList{QStringLiteral("--config"), QStringLiteral("dev"), QStringLiteral("sql")} + args, p.root(), input);
    }

private slots:
    void initTestCase()
    {
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        NOORM_VERIFY_RUN(noorm.addSqliteConfig(p.root(), QStringLiteral("dev"), QStringLiteral("./dev.db")));
        NOORM_VERIFY_RUN(noorm.addSqliteConfig(p.root(), QStringLiteral("prod"), QStringLiteral("./dev.db"), {QStringLiteral("--protected")}));
        const Run seeded = sql({kSeed});
        NOORM_VERIFY_RUN(seeded);
        QVERIFY2(seeded.err.contains("3 rows affected"), seeded.err.constData());
        QVERIFY(seeded.out.isEmpty());
    }

    void printsAnAlignedTable()
    {
        const Run run = sql({QStringLiteral("SELECT * FROM t ORDER BY id")});
        NOORM_VERIFY_RUN(run);
        // Numbers right-aligned, NULL distinct, binary as hex, a line break escaped, and the
        // wide characters (two columns each) padded by their display width.
        const QByteArray expected =
            " id | name       | note    | data   | amount\n"
            "----+------------+---------+--------+--------\n"
            "  1 | Ada        | [NULL]  | \\x00ff |    1.5\n"
            "  2 | 日本語     | a,b \"q\" | [NULL] |  22.25\n"
            "  3 | two\\nlines |         | [NULL] | [NULL]\n";
        QCOMPARE(run.out, expected);
        QVERIFY2(run.err.contains("(3 rows, "), run.err.constData());
    }

    void limitsTheTableButNotTheCount()
    {
        const Run run = sql({QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("SELECT id FROM t ORDER BY id")});
        NOORM_VERIFY_RUN(run);
        QCOMPARE(run.out, QByteArray(" id\n----\n  1\n  2\n"));
        QVERIFY2(run.err.contains("and 1 more row not shown"), run.err.constData());
        QVERIFY2(run.err.contains("(3 rows, "), run.err.constData());
        const Run all = sql({QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--all"), QStringLiteral("SELECT id FROM t ORDER BY id")});
        QCOMPARE(all.out, QByteArray(" id\n----\n  1\n  2\n  3\n"));
    }

    void writesCsv()
    {
        const Run run = sql({QStringLiteral("--csv"), QStringLiteral("SELECT * FROM t ORDER BY id")});
        NOORM_VERIFY_RUN(run);
        // RFC 4180 as psql --csv writes it: CRLF records, a value quoted (quotes doubled) only
        // when it holds a comma, a quote or a line break, or is the empty string "", which
        // tells it apart from NULL (an empty unquoted field).
        const QByteArray expected = "id,name,note,data,amount\r\n"
                                    "1,Ada,,\\x00ff,1.5\r\n"
                                    "2,日本語,\"a,b \"\"q\"\"\",,22.25\r\n"
                                    "3,\"two\nlines\",\"\",,\r\n";
        QCOMPARE(run.out, expected);
        // Infinities as psql writes them (Qt's text is inf and -inf), in CSV and in the table.
        const Run inf = sql({QStringLiteral("--csv"), QStringLiteral("SELECT 1e999 AS up, -1e999 AS down")});
        NOORM_VERIFY_RUN(inf);
        QCOMPARE(inf.out, QByteArray("up,down\r\nInfinity,-Infinity\r\n"));
        const Run table = sql({QStringLiteral("SELECT -1e999 AS down")});
        QCOMPARE(table.out, QByteArray(" down     \n-----------\n -Infinity\n"));
    }

    void writesJson()
    {
        const Run json = noorm({QStringLiteral("--config"), QStringLiteral("dev"), QStringLiteral("--json"), QStringLiteral("sql"),
                                QStringLiteral("SELECT * FROM t ORDER BY id")},
                               p.root());
        NOORM_VERIFY_RUN(json);
        QVERIFY2(json.err.isEmpty(), json.err.constData()); // the counts are in the document
        const QJsonObject doc = json.object();
        QCOMPARE(doc.value(QStringLiteral("columns")).toArray(),
                 (QJsonArray{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("note"), QStringLiteral("data"), QStringLiteral("amount")}));
        QCOMPARE(doc.value(QStringLiteral("columnTypes")).toArray().at(0).toString(), QStringLiteral("integer"));
        QCOMPARE(doc.value(QStringLiteral("rowCount")).toInt(), 3);
        const QJsonArray rows = doc.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 3);
        const QJsonObject first = rows.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toInt(), 1);
        QVERIFY(first.value(QStringLiteral("note")).isNull());
        QCOMPARE(first.value(QStringLiteral("data")).toString(), QStringLiteral("\\x00ff"));
        QCOMPARE(first.value(QStringLiteral("amount")).toDouble(), 1.5);
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("日本語"));
        QCOMPARE(rows.at(2).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("two\nlines"));
        // The keys keep the columns' order.
        QVERIFY(json.out.indexOf("\"id\":1") < json.out.indexOf("\"name\":\"Ada\""));
        QVERIFY(json.out.indexOf("\"name\":\"Ada\"") < json.out.indexOf("\"amount\":1.5"));
    }

    void writesEveryResultSet()
    {
        const Run table = sql({QStringLiteral("SELECT 1 AS a; SELECT 'x' AS b, 2 AS c")});
        NOORM_VERIFY_RUN(table);
        QCOMPARE(table.out, QByteArray(" a\n---\n 1\n b | c\n---+---\n x | 2\n"));
        const Run json = noorm({QStringLiteral("--config"), QStringLiteral("dev"), QStringLiteral("--json"), QStringLiteral("sql"),
                                QStringLiteral("SELECT 1 AS a; UPDATE t SET note = note WHERE id = 1")},
                               p.root());
        NOORM_VERIFY_RUN(json);
        const QJsonArray results = json.object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("rows")).toArray().at(0).toObject().value(QStringLiteral("a")).toInt(), 1);
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("affectedRows")).toInt(), 1);
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("statement")).toInt(), 2);
    }

    void readsStandardInput()
    {
        const Run run = sql({QStringLiteral("-f"), QStringLiteral("-")}, "SELECT count(*) AS n FROM t;\n");
        NOORM_VERIFY_RUN(run);
        QCOMPARE(run.out, QByteArray(" n\n---\n 3\n"));
    }

    void stopsAtAFailingStatement()
    {
        p.write(QStringLiteral("broken.sql"), "SELECT 1 AS ok;\n\n  SELECT * FROM missing;\nSELECT 2;\n");
        const Run run = sql({QStringLiteral("-f"), QStringLiteral("broken.sql")});
        QCOMPARE(run.code, 2);
        QCOMPARE(run.out, QByteArray(" ok\n----\n  1\n")); // the third statement never ran
        QVERIFY2(run.err.contains("broken.sql:3:3"), run.err.constData());
        QVERIFY2(run.err.contains("no such table: missing"), run.err.constData());
        const Run json = noorm({QStringLiteral("--config"), QStringLiteral("dev"), QStringLiteral("--json"), QStringLiteral("sql"),
                                QStringLiteral("-f"), QStringLiteral("broken.sql")},
                               p.root());
        QCOMPARE(json.code, 2);
        const QJsonArray results = json.object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("line")).toInt(), 3);
    }

    void refusesBadInput()
    {
        QCOMPARE(sql({}).code, 64); // a usage error
        const Run both = sql({QStringLiteral("SELECT 1"), QStringLiteral("-f"), QStringLiteral("x.sql")});
        QVERIFY(both.code != 0);
        const Run missing = sql({QStringLiteral("-f"), QStringLiteral("nowhere.sql")});
        QVERIFY(missing.code != 0);
        QVERIFY2(missing.err.contains("nowhere.sql"), missing.err.constData());
        // A number's error says what it must be (it printed CLI11's range as doubles).
        const Run zero = sql({QStringLiteral("SELECT 1"), QStringLiteral("--limit"), QStringLiteral("0")});
        QCOMPARE(zero.code, 64);
        QVERIFY2(zero.err.contains("--limit: must be a whole number of 1 or more, not 0"), zero.err.constData());
        const Run twoFormats = noorm({QStringLiteral("--json"), QStringLiteral("sql"), QStringLiteral("--csv"), QStringLiteral("SELECT 1")}, p.root());
        QCOMPARE(twoFormats.code, 64);
        const Run comments = sql({QStringLiteral("-- nothing here")});
        QVERIFY(comments.code != 0);
        QVERIFY2(comments.err.contains("no SQL statement"), comments.err.constData());
    }

    // On a protected config a read runs (in a read-only session); anything that may write
    // asks, and headless without --yes it is refused and nothing changes.
    void asksBeforeWritingOnAProtectedConfig()
    {
        const QStringList prod{QStringLiteral("--config"), QStringLiteral("prod"), QStringLiteral("sql")};
        const Run read = noorm(prod + QStringList{QStringLiteral("SELECT count(*) AS n FROM t")}, p.root());
        NOORM_VERIFY_RUN(read);
        QCOMPARE(read.out, QByteArray(" n\n---\n 3\n"));
        const Run refused = noorm(prod + QStringList{QStringLiteral("DELETE FROM t WHERE id = 3")}, p.root());
        QCOMPARE(refused.code, 4);
        QVERIFY2(refused.err.contains("prod"), refused.err.constData());
        QCOMPARE(sql({QStringLiteral("SELECT count(*) AS n FROM t")}).out, QByteArray(" n\n---\n 3\n"));
        const Run yes = noorm(QStringList{QStringLiteral("--yes")} + prod + QStringList{QStringLiteral("UPDATE t SET note = 'seen' WHERE id = 3")}, p.root());
        NOORM_VERIFY_RUN(yes);
        QCOMPARE(sql({QStringLiteral("SELECT note FROM t WHERE id = 3")}).out, QByteArray(" note\n------\n seen\n"));
    }

    // Runs so far are in dev's history, newest first; clear empties it.
    void keepsAHistoryPerConfig()
    {
        const QStringList json{QStringLiteral("--config"), QStringLiteral("dev"), QStringLiteral("--json"), QStringLiteral("sql"), QStringLiteral("history")};
        const Run listed = noorm(json + QStringList{QStringLiteral("0")}, p.root());
        NOORM_VERIFY_RUN(listed);
        const QJsonArray entries = listed.json().array();
        QVERIFY(entries.size() >= 5);
        const QJsonObject newest = entries.at(0).toObject();
        QCOMPARE(newest.value(QStringLiteral("query")).toString(), QStringLiteral("SELECT note FROM t WHERE id = 3"));
        QCOMPARE(newest.value(QStringLiteral("rowCount")).toInt(), 1);
        QVERIFY(newest.contains(QStringLiteral("resultsFile")));
        const bool failedOneKept = std::any_of(entries.begin(), entries.end(), [](const QJsonValue &v) {
            return !v.toObject().value(QStringLiteral("success")).toBool()
                && v.toObject().value(QStringLiteral("errorMessage")).toString().contains(QLatin1String("missing"));
        });
        QVERIFY(failedOneKept);
        QCOMPARE(noorm(json + QStringList{QStringLiteral("2")}, p.root()).json().array().size(), 2);
        const Run text = sql({QStringLiteral("history"), QStringLiteral("1")});
        NOORM_VERIFY_RUN(text);
        QVERIFY2(text.out.contains("SELECT note FROM t WHERE id = 3"), text.out.constData());
        // A word clear does not take is refused, and clears nothing (`sql clear 3` cleared
        // everything, the 3 taken as a query); so is a count with --clear, and --older-than
        // without it.
        const auto refusedKeepingAll = [&](const QStringList &args) {
            const Run refused = sql(args);
            QVERIFY2(refused.code == 64, refused.err.constData());
            QCOMPARE(noorm(json + QStringList{QStringLiteral("0")}, p.root()).json().array().size(), entries.size());
        };
        refusedKeepingAll({QStringLiteral("clear"), QStringLiteral("3")});
        refusedKeepingAll({QStringLiteral("history"), QStringLiteral("--clear"), QStringLiteral("5")});
        refusedKeepingAll({QStringLiteral("history"), QStringLiteral("1"), QStringLiteral("oops")});
        refusedKeepingAll({QStringLiteral("history"), QStringLiteral("--older-than"), QStringLiteral("3")});
        NOORM_VERIFY_RUN(sql({QStringLiteral("clear")}));
        QCOMPARE(noorm(json, p.root()).json().array().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSqlCli)
#include "tst_sql_cli.moc"
