// StatementSplitter against the rules of psql, mysql, sqlite3 and sqlcmd: tricky cases per
// client, errors with their position, real-world-like files, and sqlite3 itself as a referee.

#include "dialect/dialect.h"
#include "dialect/statement_splitter.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

using namespace noorm;

namespace {

Result<QList<SqlStatement>> splitAs(const QString &dialectName, const QString &script,
                                    const QString &fileName = QString())
{
    const Dialect *d = dialectFor(dialectName);
    if (!d)
        qFatal("no dialect %s", qPrintable(dialectName));
    return d->scripts().split(script, fileName);
}

QString fixture(const QString &name)
{
    QFile f(QStringLiteral(NOORM_FIXTURES_DIR "/splitter/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QString::fromUtf8(f.readAll());
}

QStringList texts(const QList<SqlStatement> &statements)
{
    QStringList out;
    for (const SqlStatement &s : statements)
        out << s.text;
    return out;
}

QList<int> lines(const QList<SqlStatement> &statements)
{
    QList<int> out;
    for (const SqlStatement &s : statements)
        out << s.line;
    return out;
}

struct Case {
    const char *name;
    QString script;
    QStringList texts;
    QList<int> lines;
};

void addCases(const char *dialectName, const std::vector<Case> &cases)
{
    for (const Case &c : cases) {
        QTest::addRow("%s: %s", dialectName, c.name)
            << QString::fromLatin1(dialectName) << c.script << c.texts << c.lines;
    }
}

QString u(const char *utf8) { return QString::fromUtf8(utf8); }

} // namespace

class TestSplitter : public QObject {
    Q_OBJECT

private slots:
    void splitsLikeTheClient_data();
    void splitsLikeTheClient();
    void reportsErrorsWithPosition_data();
    void reportsErrorsWithPosition();
    void keepsColumnAndOffsetOfFirstSignificantCharacter();
    void goCountRepeatsBatch();
    void splitsFixtureFiles_data();
    void splitsFixtureFiles();
    void sqliteFixtureRunsLikeSqlite3();
    void splitsOneMegabyte();
    void takesCopyDataAsPsqlDoes();
};

void TestSplitter::splitsLikeTheClient_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QList<int>>("lines");

    addCases("postgres", {
        {"two statements", u("select 1; select 2;"), {u("select 1"), u("select 2")}, {1, 1}},
        {"last without terminator", u("select 1;\nselect 2"), {u("select 1"), u("select 2")}, {1, 2}},
        {"doubled quote and semicolon in string", u("insert into t values ('a;b''c');\nselect 1;"),
         {u("insert into t values ('a;b''c')"), u("select 1")}, {1, 2}},
        {"E string with backslash quote", u("select E'it\\'s;';\nselect 2;"),
         {u("select E'it\\'s;'"), u("select 2")}, {1, 2}},
        {"backslash is plain in standard string", u("select 'C:\\';\nselect 2;"),
         {u("select 'C:\\'"), u("select 2")}, {1, 2}},
        {"quoted identifier", u("select \"a;\"\"b\" from t; select 2"),
         {u("select \"a;\"\"b\" from t"), u("select 2")}, {1, 1}},
        {"dollar-quoted body", u("create function f() returns int language plpgsql as $$\nbegin\n  perform 1;\n  return 2;\nend;\n$$;\nselect f();"),
         {u("create function f() returns int language plpgsql as $$\nbegin\n  perform 1;\n  return 2;\nend;\n$$"), u("select f()")}, {1, 7}},
        {"tagged dollar quote holding $$", u("do $body$ begin raise notice '$$;'; end $body$;\nselect 1;"),
         {u("do $body$ begin raise notice '$$;'; end $body$"), u("select 1")}, {1, 2}},
        {"$1 is a parameter", u("prepare p(int) as select $1; execute p(1);"),
         {u("prepare p(int) as select $1"), u("execute p(1)")}, {1, 1}},
        {"dollar inside identifier", u("select a$b$ from t; select 2;"), {u("select a$b$ from t"), u("select 2")}, {1, 1}},
        {"line comment with semicolon", u("select 1 -- no; split\n; select 2;"), {u("select 1"), u("select 2")}, {1, 2}},
        {"nested block comment", u("/* outer /* inner; */ still; */ select 1; select 2;"), {u("select 1"), u("select 2")}, {1, 1}},
        {"comment-only statements dropped", u("-- header\n;\n/* x */;\n\nselect 1;\n-- trailer"), {u("select 1")}, {5}},
        {"begin atomic body", u("create function add(a int, b int) returns int language sql\nbegin atomic\n  select a + b;\nend;\nselect add(1, 2);"),
         {u("create function add(a int, b int) returns int language sql\nbegin atomic\n  select a + b;\nend"), u("select add(1, 2)")}, {1, 5}},
        {"begin atomic with case", u("create or replace procedure p() language sql\nbegin atomic\n  select case when true then 1 end;\n  insert into t values (3);\nend;\ncall p();"),
         {u("create or replace procedure p() language sql\nbegin atomic\n  select case when true then 1 end;\n  insert into t values (3);\nend"), u("call p()")}, {1, 6}},
        {"transaction begin is a statement", u("begin;\ninsert into t values (1);\ncommit;"),
         {u("begin"), u("insert into t values (1)"), u("commit")}, {1, 2, 3}},
        {"semicolon inside parentheses", u("create rule r as on insert to t do also (insert into a values (1); notify x);\nselect 1;"),
         {u("create rule r as on insert to t do also (insert into a values (1); notify x)"), u("select 1")}, {1, 2}},
        {"CRLF", u("select 1;\r\nselect\r\n  2;\r\n"), {u("select 1"), u("select\r\n  2")}, {1, 2}},
        {"non-ASCII text", u("select 'größe; ok', \"名前\";\nselect 2;"), {u("select 'größe; ok', \"名前\""), u("select 2")}, {1, 2}},
    });

    addCases("mysql", {
        {"two statements", u("select 1; select 2"), {u("select 1"), u("select 2")}, {1, 1}},
        {"DELIMITER $$ procedure", u("DELIMITER $$\nCREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND$$\nDELIMITER ;\nCALL p();"),
         {u("CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND"), u("CALL p()")}, {2, 8}},
        {"lowercase delimiter //", u("delimiter //\ncreate trigger t before insert on a for each row begin set new.x = 1; end //\ndelimiter ;\nselect 1;"),
         {u("create trigger t before insert on a for each row begin set new.x = 1; end"), u("select 1")}, {2, 4}},
        {"hash comments", u("# comment; here\nselect 1; # trailing;\nselect 2;"), {u("select 1"), u("select 2")}, {2, 3}},
        {"-- needs a space", u("select 1--2;\nselect 3;"), {u("select 1--2"), u("select 3")}, {1, 2}},
        {"-- with space is a comment", u("-- note; x\nselect 1;"), {u("select 1")}, {2}},
        {"-- at end of line is a comment", u("select 1; --\nselect 2;"), {u("select 1"), u("select 2")}, {1, 2}},
        {"backslash escape in single quotes", u("select 'it\\'s; fine';\nselect 2;"),
         {u("select 'it\\'s; fine'"), u("select 2")}, {1, 2}},
        {"backslash escape in double quotes", u("select \"a\\\";b\";\nselect 2;"), {u("select \"a\\\";b\""), u("select 2")}, {1, 2}},
        {"backticks with doubled backtick", u("select `a``;b` from t; select 2;"), {u("select `a``;b` from t"), u("select 2")}, {1, 1}},
        {"executable comment kept", u("/*!40101 SET NAMES utf8 */;\n/* plain; comment */ select 1;"),
         {u("/*!40101 SET NAMES utf8 */"), u("select 1")}, {1, 2}},
        {"MariaDB executable comment kept", u("/*M!100316 SET x=1 */;"), {u("/*M!100316 SET x=1 */")}, {1}},
        {"block comments do not nest", u("/* a /* b */ select 1;"), {u("select 1")}, {1}},
        {"two-character delimiter ;;", u("DELIMITER ;;\nselect 1;;\nselect 2;;\nDELIMITER ;\n"), {u("select 1"), u("select 2")}, {2, 3}},
        {"delimiter in string", u("DELIMITER //\nselect '//';//\nDELIMITER ;"), {u("select '//';")}, {2}},
        {"semicolon ends BEGIN body without DELIMITER", u("create procedure p() begin select 1; end;"),
         {u("create procedure p() begin select 1"), u("end")}, {1, 1}},
        {"CRLF with DELIMITER", u("DELIMITER $$\r\nselect 1$$\r\nDELIMITER ;\r\nselect 2;\r\n"), {u("select 1"), u("select 2")}, {2, 4}},
    });

    addCases("sqlite", {
        {"two statements", u("select 1; select 2;"), {u("select 1"), u("select 2")}, {1, 1}},
        {"trigger body", u("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO log VALUES (new.id);\n  UPDATE c SET n = n + 1;\nEND;\nSELECT 1;"),
         {u("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO log VALUES (new.id);\n  UPDATE c SET n = n + 1;\nEND"), u("SELECT 1")}, {1, 5}},
        {"temp trigger", u("create temporary trigger t after delete on a begin delete from b; end; select 2"),
         {u("create temporary trigger t after delete on a begin delete from b; end"), u("select 2")}, {1, 1}},
        {"CASE END inside trigger", u("create trigger t after update on a begin update b set x = case when 1 then 2 end; end;\nselect 3;"),
         {u("create trigger t after update on a begin update b set x = case when 1 then 2 end; end"), u("select 3")}, {1, 2}},
        {"END with comment before semicolon", u("create trigger t after insert on a begin select 1; end -- done\n;\nselect 2;"),
         {u("create trigger t after insert on a begin select 1; end"), u("select 2")}, {1, 3}},
        {"brackets", u("select [a;b] from t; select 2"), {u("select [a;b] from t"), u("select 2")}, {1, 1}},
        {"backticks", u("select `a;b` from t; select 2"), {u("select `a;b` from t"), u("select 2")}, {1, 1}},
        {"double quotes", u("select \"a;\"\"b\" from t; select 2"), {u("select \"a;\"\"b\" from t"), u("select 2")}, {1, 1}},
        {"trigger_log is not TRIGGER", u("create table trigger_log(x); select 1;"), {u("create table trigger_log(x)"), u("select 1")}, {1, 1}},
        {"end in a string", u("create view v as select 'end;' ;\nselect 1;"), {u("create view v as select 'end;'"), u("select 1")}, {1, 2}},
        {"block comments do not nest", u("/* a /* b */ select 1;"), {u("select 1")}, {1}},
        {"backslash is plain", u("select 'a\\'; select 2;"), {u("select 'a\\'"), u("select 2")}, {1, 1}},
        {"empty statements dropped", u(";;;\n  ;\nselect 1;;"), {u("select 1")}, {3}},
        {"RAISE inside trigger", u("CREATE TRIGGER t BEFORE INSERT ON a BEGIN SELECT CASE WHEN new.x < 0 THEN RAISE(ABORT, 'no;') END; END;\nSELECT 2;"),
         {u("CREATE TRIGGER t BEFORE INSERT ON a BEGIN SELECT CASE WHEN new.x < 0 THEN RAISE(ABORT, 'no;') END; END"), u("SELECT 2")}, {1, 2}},
        {"explain create trigger", u("EXPLAIN CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END; SELECT 2;"),
         {u("EXPLAIN CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END"), u("SELECT 2")}, {1, 1}},
        {"CRLF", u("select 1;\r\n\r\nselect 2;\r\n"), {u("select 1"), u("select 2")}, {1, 3}},
    });

    addCases("mssql", {
        {"semicolons stay in the batch", u("select 1;\nselect 2;\nGO\nselect 3\nGO"), {u("select 1;\nselect 2;"), u("select 3")}, {1, 4}},
        {"lowercase go", u("select 1\ngo\nselect 2"), {u("select 1"), u("select 2")}, {1, 3}},
        {"GO with trailing comment", u("select 1\nGO -- done\nselect 2"), {u("select 1"), u("select 2")}, {1, 3}},
        {"GO inside a string", u("select 'a\nGO\nb'\nGO"), {u("select 'a\nGO\nb'")}, {1}},
        {"GO inside a block comment", u("/*\nGO\n*/\nselect 1\nGO"), {u("select 1")}, {4}},
        {"nested block comments", u("/* a /* b */\nGO\n*/ select 1"), {u("select 1")}, {3}},
        {"GOTO is not GO", u("GOTO done\ndone:\nselect 1\nGO"), {u("GOTO done\ndone:\nselect 1")}, {1}},
        {"GO; is not GO", u("select 1\nGO;\nselect 2"), {u("select 1\nGO;\nselect 2")}, {1}},
        {"brackets with ]]", u("select [a]]\nGO\nb]\nGO"), {u("select [a]]\nGO\nb]")}, {1}},
        {"N string", u("select N'x\nGO\n'\nGO"), {u("select N'x\nGO\n'")}, {1}},
        {"procedure batch", u("CREATE PROCEDURE dbo.p AS\nBEGIN\n  SET NOCOUNT ON;\n  SELECT 1;\nEND\nGO\nEXEC dbo.p;"),
         {u("CREATE PROCEDURE dbo.p AS\nBEGIN\n  SET NOCOUNT ON;\n  SELECT 1;\nEND"), u("EXEC dbo.p;")}, {1, 7}},
        {"indented GO", u("select 1\n  \tGo  \nselect 2"), {u("select 1"), u("select 2")}, {1, 3}},
        {"empty batches dropped", u("GO\nGO\nselect 1\nGO\n-- only a comment\nGO\n"), {u("select 1")}, {3}},
        {"CRLF", u("select 1\r\nGO\r\nselect 2\r\n"), {u("select 1"), u("select 2")}, {1, 3}},
        {"commented GO", u("select 1\n--GO\nselect 2"), {u("select 1\n--GO\nselect 2")}, {1}},
        {"GO at end without newline", u("select 1\nGO"), {u("select 1")}, {1}},
        {"GO after a line comment", u("select 1 -- x\nGO\n"), {u("select 1")}, {1}},
    });
}

void TestSplitter::splitsLikeTheClient()
{
    QFETCH(QString, dialect);
    QFETCH(QString, script);
    QFETCH(QStringList, texts);
    QFETCH(QList<int>, lines);

    const auto result = splitAs(dialect, script);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(::texts(*result), texts);
    QCOMPARE(::lines(*result), lines);
}

void TestSplitter::reportsErrorsWithPosition_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("postgres: unterminated string") << u("postgres") << u("select 1;\nselect 'abc") << 2 << 8 << u("unterminated quoted string");
    QTest::newRow("postgres: unterminated E string") << u("postgres") << u("select E'abc\\'") << 1 << 9 << u("unterminated E'' string");
    QTest::newRow("postgres: unterminated identifier") << u("postgres") << u("select \"abc") << 1 << 8 << u("unterminated quoted identifier");
    QTest::newRow("postgres: unterminated dollar quote") << u("postgres") << u("select 1;\n\ncreate function f() as $body$\nbegin") << 3 << 24 << u("unterminated dollar-quoted string $body$");
    QTest::newRow("postgres: unterminated nested comment") << u("postgres") << u("select 0;\n/* a /* b */ select 1;") << 2 << 1 << u("unterminated /* comment");
    QTest::newRow("postgres: \\i meta-command") << u("postgres") << u("select 1;\n\\i other.sql\n") << 2 << 1 << u("psql meta-command \\i");
    QTest::newRow("postgres: \\connect meta-command") << u("postgres") << u("  \\connect db") << 1 << 3 << u("psql meta-command \\connect");
    QTest::newRow("postgres: COPY data without \\.") << u("postgres") << u("select 1;\nCOPY t (a) FROM stdin;\n1\n2\n") << 2 << 1 << u("COPY … FROM stdin has no end");
    // psql's client side of COPY that has no data here: the statement hung for ever.
    QTest::newRow("postgres: COPY TO stdout") << u("postgres") << u("select 1;\n  COPY (SELECT 1) TO STDOUT WITH (FORMAT csv);\nselect 2;") << 2 << 3 << u("COPY … TO stdout writes to psql's output");
    QTest::newRow("postgres: COPY FROM stdin ending the script") << u("postgres") << u("select 1;\nCOPY t FROM STDIN") << 2 << 1 << u("COPY … FROM stdin has no end");
    QTest::newRow("postgres: CRLF keeps columns") << u("postgres") << u("select 1;\r\n  select 'x") << 2 << 10 << u("unterminated quoted string");
    QTest::newRow("mysql: unterminated backtick") << u("mysql") << u("select `a") << 1 << 8 << u("unterminated `quoted` identifier");
    QTest::newRow("mysql: escaped quote at end") << u("mysql") << u("select 'a\\'") << 1 << 8 << u("unterminated quoted string");
    QTest::newRow("mysql: DELIMITER without string") << u("mysql") << u("select 1;\nDELIMITER \n") << 2 << 1 << u("DELIMITER must be followed");
    QTest::newRow("mysql: DELIMITER mid-statement") << u("mysql") << u("select 1\nDELIMITER //\n") << 2 << 1 << u("DELIMITER inside an unterminated statement");
    QTest::newRow("mysql: DELIMITER with backslash") << u("mysql") << u("DELIMITER \\\\\n") << 1 << 1 << u("backslash");
    QTest::newRow("sqlite: unterminated bracket") << u("sqlite") << u("select [a") << 1 << 8 << u("unterminated [bracketed] identifier");
    QTest::newRow("sqlite: unterminated comment") << u("sqlite") << u("select 1; /* x") << 1 << 11 << u("unterminated /* comment");
    QTest::newRow("mssql: GO 0") << u("mssql") << u("select 1\n  GO 0") << 2 << 3 << u("GO count");
    QTest::newRow("mssql: unterminated N string") << u("mssql") << u("select 1\nGO\nselect N'x") << 3 << 9 << u("unterminated quoted string");
}

void TestSplitter::reportsErrorsWithPosition()
{
    QFETCH(QString, dialect);
    QFETCH(QString, script);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const auto result = splitAs(dialect, script, QStringLiteral("changes/x/change/001.sql"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().file, QStringLiteral("changes/x/change/001.sql"));
    QCOMPARE(result.error().line, line);
    QCOMPARE(result.error().column, column);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
}

void TestSplitter::keepsColumnAndOffsetOfFirstSignificantCharacter()
{
    const auto result = splitAs(u("postgres"), u("  select 1;\n\t  select 2;\n-- c\n  /* x */ select 3;"));
    QVERIFY(result.ok());
    QCOMPARE(result->size(), 3);
    QCOMPARE(result->at(0).column, 3);
    QCOMPARE(result->at(0).offset, 2);
    QCOMPARE(result->at(1).line, 2);
    QCOMPARE(result->at(1).column, 4);
    QCOMPARE(result->at(1).offset, 15);
    QCOMPARE(result->at(2).line, 4);
    QCOMPARE(result->at(2).column, 11);
    QCOMPARE(result->at(2).text, u("select 3"));
}

void TestSplitter::goCountRepeatsBatch()
{
    const auto result = splitAs(u("mssql"), u("insert t values (1)\ngo 3\nselect 1\nGO\t2 -- twice\nselect 2"));
    QVERIFY(result.ok());
    QCOMPARE(result->size(), 3);
    QCOMPARE(result->at(0).repeat, 3);
    QCOMPARE(result->at(1).repeat, 2);
    QCOMPARE(result->at(2).repeat, 1);
}

void TestSplitter::splitsFixtureFiles_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QStringList>("lastLines"); // the last line of some statements, by index "i:text"

    QTest::newRow("PL/pgSQL API schema") << u("postgres") << u("postgres_api_schema.sql")
                                         << QList<int>{8, 10, 17, 19, 22, 32, 36, 51, 58, 65, 73, 77, 79, 80}
                                         << QStringList{u("4:$$"), u("6:$fn$"), u("7:end"), u("9:$migrate$")};
    QTest::newRow("MySQL routines with DELIMITER") << u("mysql") << u("mysql_store_routines.sql")
                                                  << QList<int>{4, 5, 6, 8, 20, 25, 47, 68, 76, 77, 78}
                                                  << QStringList{u("4:  END"), u("5:END"), u("6:END"), u("7:END")};
    QTest::newRow("SQLite triggers") << u("sqlite") << u("sqlite_music_store.sql")
                                     << QList<int>{3, 5, 10, 16, 23, 24, 27, 34, 42, 48, 51, 52, 53, 57}
                                     << QStringList{u("6:END"), u("7:END"), u("8:END")};
    QTest::newRow("T-SQL batches") << u("mssql") << u("mssql_reporting.sql") << QList<int>{2, 5, 19, 34, 40, 45}
                                   << QStringList{u("1:END;"), u("2:END"), u("3:    RETURN SCOPE_IDENTITY();")};
}

void TestSplitter::splitsFixtureFiles()
{
    QFETCH(QString, dialect);
    QFETCH(QString, file);
    QFETCH(QList<int>, lines);
    QFETCH(QStringList, lastLines);

    const auto result = splitAs(dialect, fixture(file), file);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(::lines(*result), lines);
    for (const QString &expected : lastLines) {
        const int index = expected.section(u':', 0, 0).toInt();
        const QString last = result->at(index).text.split(u'\n').last().remove(u'\r');
        QCOMPARE(last, expected.section(u':', 1));
    }
    if (dialect == u"mssql")
        QCOMPARE(result->at(4).repeat, 3);
}

// Every statement runs on SQLite, and the database ends up as sqlite3 leaves it.
void TestSplitter::sqliteFixtureRunsLikeSqlite3()
{
    const QString script = fixture(u("sqlite_music_store.sql"));
    const auto result = splitAs(u("sqlite"), script);
    QVERIFY(result.ok());

    const QString probe = u("SELECT (SELECT count(*) FROM sqlite_master) || '|' || (SELECT count(*) FROM sqlite_temp_master)"
                            " || '|' || total_changes() || '|' || (SELECT group_concat(tracks) FROM album_stats)");
    QString ours;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u("QSQLITE"), u("splitter"));
        db.setDatabaseName(u(":memory:"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const SqlStatement &s : *result)
            QVERIFY2(q.exec(s.text), qPrintable(QStringLiteral("line %1: %2").arg(s.line).arg(q.lastError().text())));
        QVERIFY(q.exec(probe) && q.next());
        ours = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(u("splitter"));
    QCOMPARE(ours, u("8|1|17|2,0"));

    const QString sqlite3 = QStandardPaths::findExecutable(u("sqlite3"));
    if (sqlite3.isEmpty())
        QSKIP("sqlite3 not installed: only the statement-by-statement run was checked");
    QProcess p;
    p.start(sqlite3, {u(":memory:")});
    QVERIFY(p.waitForStarted());
    p.write((script + QStringLiteral("\n") + probe + QStringLiteral(";\n")).toUtf8());
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished());
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), ours);
}

void TestSplitter::splitsOneMegabyte()
{
    // Speed is measured in bench/, not here: this checks that a large script splits whole.
    const QString chunk = u("create function f() returns int language plpgsql as $$ begin return 1; end; $$;\n"
                            "insert into t values ('a;b', 'c''d', \"e;f\"); -- comment; here\n/* block; */ select 1;\n");
    QString script;
    int chunks = 0;
    while (script.size() < 1024 * 1024) {
        script += chunk;
        ++chunks;
    }
    const auto result = splitAs(u("postgres"), script);
    QVERIFY(result.ok());
    QCOMPARE(result->size(), qsizetype(chunks) * 3);
    QCOMPARE(result->last().text, u("select 1"));
    for (const QString &dialect : {u("mysql"), u("sqlite"), u("mssql")})
        QVERIFY2(splitAs(dialect, script).ok(), qPrintable(dialect));
}

QTEST_GUILESS_MAIN(TestSplitter)
#include "tst_splitter.moc"

// pg_dump's default format: COPY … FROM stdin; then tab-separated lines up to \. , which
// psql sends as the COPY's data. The next statement's line numbers stay right.
void TestSplitter::takesCopyDataAsPsqlDoes()
{
    const QString script = u("\\restrict abc123\n"
                             "SET x = 1;\n"
                             "COPY public.items (id, name) FROM stdin;\n"
                             "1\tAda; not a statement\n"
                             "2\t\\N\n"
                             "\\.\n"
                             "copy empty from STDIN with (format csv);\n"
                             "\\.\r\n"
                             "COPY (SELECT 'from stdin') TO '/srv/out.copy';\n"
                             "SELECT 1;\n"
                             "\\unrestrict abc123\n");
    const auto result = splitAs(u("postgres"), script);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(::texts(*result), (QStringList{u("SET x = 1"), u("COPY public.items (id, name) FROM stdin"),
                                            u("copy empty from STDIN with (format csv)"),
                                            u("COPY (SELECT 'from stdin') TO '/srv/out.copy'"), u("SELECT 1")}));
    QCOMPARE(::lines(*result), (QList<int>{2, 3, 7, 9, 10}));
    // pg_dump's \restrict / \unrestrict lines do nothing; inside a statement they are an error.
    QVERIFY(!splitAs(u("postgres"), u("SELECT\n\\restrict x\n1;")).ok());
    QVERIFY(!result->at(0).copyData);
    QCOMPARE(result->at(1).copyData.value_or(u("none")), u("1\tAda; not a statement\n2\t\\N\n"));
    QCOMPARE(result->at(2).copyData.value_or(u("none")), QString());
    QVERIFY(!result->at(3).copyData); // TO a file: no data follows
    // Other dialects have no such data: a COPY line there is just SQL.
    const auto mysql = splitAs(u("mysql"), u("COPY t FROM stdin;\nSELECT 1;\n"));
    QVERIFY(mysql.ok());
    QCOMPARE(mysql->size(), 2);
}

