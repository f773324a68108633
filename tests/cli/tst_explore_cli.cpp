// `noorm db explore` end to end on a SQLite project: the overview's counts, each
// category's list (with a filter), a table's and a trigger's detail, the JSON shapes of the
// original, noorm's tables hidden unless asked for, and bad input; on PostgreSQL a
// function's overloads and a procedure with their signatures and definitions.

#include "cli_runner.h"
#include "live.h"
#include "tempproject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QtTest>

using noorm::test::TempProject;
using Run = noorm::test::CliRun;

class TestExploreCli : public QObject {
    Q_OBJECT

    noorm::test::Cli noorm;
    TempProject p;

    Run explore(const QStringList &args, bool json = false) const
    {
        QStringList all{QStringLiteral("--config"), QStringLiteral("dev")};
        if (json)
            all << QStringLiteral("--json");
        return noorm(all + QStringList{QStringLiteral("db"), QStringLiteral("explore")} + args, p.root());
    }

private slots:
    void initTestCase()
    {
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        NOORM_VERIFY_RUN(noorm.addSqliteConfig(p.root(), QStringLiteral("dev"), QStringLiteral("./dev.db")));
        NOORM_VERIFY_RUN(noorm({QStringLiteral("--config"), QStringLiteral("dev"), QStringLiteral("sql"), QStringLiteral("-q"),
                                QStringLiteral("CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'anon');"
                                               "CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES authors(id) ON DELETE CASCADE, title TEXT, "
                                               "UNIQUE (author_id, title));"
                                               "CREATE INDEX books_title ON books(title);"
                                               "CREATE UNIQUE INDEX authors_name ON authors(name);"
                                               "CREATE VIEW titles AS SELECT title FROM books;"
                                               "CREATE TRIGGER books_touch AFTER INSERT ON books BEGIN SELECT 1; END")},
                               p.root()));
        // The tracking tables exist too (db create makes them): explore hides them.
        NOORM_VERIFY_RUN(noorm({QStringLiteral("--config"), QStringLiteral("dev"), QStringLiteral("db"), QStringLiteral("create")}, p.root()));
    }

    // Exploring a file database that is not there says so and creates nothing.
    void leavesAMissingDatabaseFileUncreated()
    {
        NOORM_VERIFY_RUN(noorm.addSqliteConfig(p.root(), QStringLiteral("later"), QStringLiteral("./later.db")));
        const Run run = noorm({QStringLiteral("--config"), QStringLiteral("later"), QStringLiteral("db"), QStringLiteral("explore")}, p.root());
        QVERIFY(run.code != 0);
        QVERIFY2(run.err.contains("does not exist yet"), run.err.constData());
        QVERIFY(!QFileInfo::exists(p.path(QStringLiteral("later.db"))));
    }

    void countsEveryKind()
    {
        const Run run = explore({}, true);
        NOORM_VERIFY_RUN(run);
        const QJsonObject counts = run.object();
        QCOMPARE(counts.value(QStringLiteral("tables")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("views")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("indexes")).toInt(), 3); // with the UNIQUE's own
        QCOMPARE(counts.value(QStringLiteral("foreignKeys")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("triggers")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("functions")).toInt(), 0);
        const Run text = explore({});
        NOORM_VERIFY_RUN(text);
        QVERIFY2(text.out.startsWith("Database Overview (dev)\n"), text.out.constData());
    }

    void listsACategory()
    {
        const Run tables = explore({QStringLiteral("tables")}, true);
        NOORM_VERIFY_RUN(tables);
        const QJsonArray list = tables.json().array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("authors"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("columnCount")).toInt(), 3);
        const Run withNoorm = explore({QStringLiteral("tables"), QStringLiteral("--noorm")}, true);
        QVERIFY(withNoorm.json().array().size() > 2);
        const Run filtered = explore({QStringLiteral("indexes"), QStringLiteral("--filter"), QStringLiteral("*TITLE")}, true);
        NOORM_VERIFY_RUN(filtered);
        QCOMPARE(filtered.json().array().size(), 1);
        QCOMPARE(filtered.json().array().at(0).toObject().value(QStringLiteral("tableName")).toString(), QStringLiteral("books"));
        // With the schema, as the lists show the names (it matched the bare name only).
        const Run qualified = explore({QStringLiteral("tables"), QStringLiteral("--filter"), QStringLiteral("MAIN.b*")}, true);
        NOORM_VERIFY_RUN(qualified);
        QCOMPARE(qualified.json().array().size(), 1);
        QCOMPARE(qualified.json().array().at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("books"));
        const Run triggers = explore({QStringLiteral("triggers")});
        NOORM_VERIFY_RUN(triggers);
        QVERIFY2(triggers.out.contains("books_touch") && triggers.out.startsWith("Triggers: 1\n"), triggers.out.constData());
    }

    void detailsATableWithItsKeysBothWays()
    {
        const Run authors = explore({QStringLiteral("tables"), QStringLiteral("detail"), QStringLiteral("authors")}, true);
        NOORM_VERIFY_RUN(authors);
        const QJsonObject doc = authors.object();
        const QJsonArray columns = doc.value(QStringLiteral("columns")).toArray();
        QCOMPARE(columns.size(), 2);
        QCOMPARE(columns.at(0).toObject().value(QStringLiteral("isPrimaryKey")).toBool(), true);
        QCOMPARE(columns.at(1).toObject().value(QStringLiteral("defaultValue")).toString(), QStringLiteral("'anon'"));
        QCOMPARE(columns.at(1).toObject().value(QStringLiteral("isNullable")).toBool(), false);
        QCOMPARE(doc.value(QStringLiteral("foreignKeys")).toArray().size(), 0);
        const QJsonArray incoming = doc.value(QStringLiteral("referencedBy")).toArray();
        QCOMPARE(incoming.size(), 1);
        QCOMPARE(incoming.at(0).toObject().value(QStringLiteral("tableName")).toString(), QStringLiteral("books"));
        QCOMPARE(incoming.at(0).toObject().value(QStringLiteral("onDelete")).toString(), QStringLiteral("CASCADE"));
        QVERIFY2(doc.value(QStringLiteral("definition")).toString().startsWith(QLatin1String("CREATE TABLE authors")),
                 qPrintable(doc.value(QStringLiteral("definition")).toString()));
        const QJsonArray indexes = doc.value(QStringLiteral("indexes")).toArray();
        QCOMPARE(indexes.size(), 1);
        QCOMPARE(indexes.at(0).toObject().value(QStringLiteral("isUnique")).toBool(), true);

        const Run books = explore({QStringLiteral("tables"), QStringLiteral("books")}); // "detail" may be left out
        NOORM_VERIFY_RUN(books);
        QVERIFY2(books.out.startsWith("Table: books\n"), books.out.constData());
        QVERIFY2(books.out.contains("(author_id) → authors(id)"), books.out.constData());
        QVERIFY2(books.out.contains("sqlite_autoindex_books_1  unique  author_id, title"), books.out.constData());
        const Run booksJson = explore({QStringLiteral("tables"), QStringLiteral("books")}, true);
        const QJsonArray constraints = booksJson.object().value(QStringLiteral("constraints")).toArray();
        QCOMPARE(constraints.size(), 1);
        QCOMPARE(constraints.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("unique"));
        // What reads it: the view made of it, both ways.
        QVERIFY2(books.out.contains("\nRead by views: titles\n"), books.out.constData());
        QCOMPARE(booksJson.object().value(QStringLiteral("readBy")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("titles")}, {QStringLiteral("schema"), QStringLiteral("main")}}}));
        const Run titles = explore({QStringLiteral("views"), QStringLiteral("titles")});
        QVERIFY2(titles.out.contains("\nReads: books\n"), titles.out.constData());
        QCOMPARE(constraints.at(0).toObject().value(QStringLiteral("columns")).toArray(),
                 (QJsonArray{QStringLiteral("author_id"), QStringLiteral("title")}));
        QVERIFY(booksJson.object().value(QStringLiteral("sizeBytes")).isNull()); // SQLite keeps no size per table
        const Run view = explore({QStringLiteral("views"), QStringLiteral("detail"), QStringLiteral("titles")}, true);
        NOORM_VERIFY_RUN(view);
        QCOMPARE(view.object().value(QStringLiteral("columns")).toArray().size(), 1);
    }

    void detailsATrigger()
    {
        const Run text = explore({QStringLiteral("triggers"), QStringLiteral("books_touch")});
        NOORM_VERIFY_RUN(text);
        QVERIFY2(text.out.startsWith("Trigger: books_touch on books, AFTER INSERT\n\nCREATE TRIGGER books_touch"), text.out.constData());
        const Run json = explore({QStringLiteral("triggers"), QStringLiteral("detail"), QStringLiteral("books_touch")}, true);
        NOORM_VERIFY_RUN(json);
        QCOMPARE(json.object().value(QStringLiteral("timing")).toString(), QStringLiteral("AFTER"));
        QCOMPARE(json.object().value(QStringLiteral("events")).toArray(), QJsonArray{QStringLiteral("INSERT")});
        const Run list = explore({QStringLiteral("triggers")});
        QVERIFY2(list.out.contains("books_touch  books  AFTER INSERT"), list.out.constData());
    }

    // Overloads are each shown with their own signature and definition (pg_get_functiondef);
    // a type and a sequence with the DDL noorm writes for them.
    void detailsRoutinesTypesAndSequencesOnPostgres()
    {
        if (!noorm::test::liveServer(QStringLiteral("postgres"))) {
            if (noorm::test::isCi())
                QFAIL("live postgres server missing under CI=true");
            QSKIP("no live postgres server (run scripts/test.sh)");
        }
        TempProject pg;
        NOORM_VERIFY_RUN(noorm.initProject(pg.root()));
        const QString database = QStringLiteral("noorm_ex_%1").arg(QCoreApplication::applicationPid());
        NOORM_VERIFY_RUN(noorm.addLiveConfig(pg.root(), QStringLiteral("pg"), QStringLiteral("postgres"), database));
        const QStringList on{QStringLiteral("--config"), QStringLiteral("pg")};
        NOORM_VERIFY_RUN(noorm(on + QStringList{QStringLiteral("db"), QStringLiteral("create")}, pg.root()));
        const auto drop = qScopeGuard([&] { noorm(on + QStringList{QStringLiteral("--yes"), QStringLiteral("db"), QStringLiteral("drop")}, pg.root()); });
        NOORM_VERIFY_RUN(noorm(on + QStringList{QStringLiteral("sql"), QStringLiteral("-q"),
                                                QStringLiteral("CREATE FUNCTION twice(a integer) RETURNS integer LANGUAGE sql AS $$SELECT a * 2$$;"
                                                               "CREATE FUNCTION twice(a text, OUT b text) LANGUAGE sql AS $$SELECT a || a$$;"
                                                               "CREATE PROCEDURE store(INOUT n integer) LANGUAGE plpgsql AS $$BEGIN n := n + 1; END$$;"
                                                               "CREATE TYPE mood AS ENUM ('sad', 'ok');"
                                                               "CREATE SEQUENCE tickets START WITH 7;"
                                                               "CREATE TABLE events (at date NOT NULL, kind text NOT NULL) PARTITION BY RANGE (at);"
                                                               "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') "
                                                               "TO ('2027-01-01') PARTITION BY LIST (kind);"
                                                               "CREATE TABLE events_2026_a PARTITION OF events_2026 FOR VALUES IN ('a');"
                                                               "CREATE TABLE events_old PARTITION OF events DEFAULT")},
                               pg.root()));
        const Run functions = noorm(on + QStringList{QStringLiteral("db"), QStringLiteral("explore"), QStringLiteral("functions")}, pg.root());
        NOORM_VERIFY_RUN(functions);
        QVERIFY2(functions.out.contains("public.twice(a integer)           integer  sql")
                     && functions.out.contains("public.twice(a text, OUT b text)  text     sql"),
                 functions.out.constData());
        const Run twice = noorm(on + QStringList{QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("explore"),
                                                 QStringLiteral("functions"), QStringLiteral("detail"), QStringLiteral("twice")},
                                pg.root());
        NOORM_VERIFY_RUN(twice);
        const QJsonArray overloads = twice.json().array();
        QCOMPARE(overloads.size(), 2);
        QCOMPARE(overloads.at(1).toObject().value(QStringLiteral("parameterCount")).toInt(), 2);
        QCOMPARE(overloads.at(1).toObject().value(QStringLiteral("parameters")).toArray().at(1).toObject().value(QStringLiteral("mode")).toString(),
                 QStringLiteral("OUT"));
        QVERIFY(overloads.at(0).toObject().value(QStringLiteral("definition")).toString().contains(QLatin1String("a * 2")));
        QVERIFY(overloads.at(1).toObject().value(QStringLiteral("definition")).toString().contains(QLatin1String("a || a")));
        const Run store = noorm(on + QStringList{QStringLiteral("db"), QStringLiteral("explore"), QStringLiteral("procedures"),
                                                 QStringLiteral("store")},
                                pg.root());
        NOORM_VERIFY_RUN(store);
        QVERIFY2(store.out.startsWith("Procedure: public.store(INOUT n integer)\nLanguage: plpgsql\n\nCREATE OR REPLACE PROCEDURE"),
                 store.out.constData());
        QCOMPARE(noorm(on + QStringList{QStringLiteral("db"), QStringLiteral("explore"), QStringLiteral("procedures"),
                                        QStringLiteral("twice")},
                       pg.root()).code,
                 5); // a function, not a procedure
        const Run mood = noorm(on + QStringList{QStringLiteral("db"), QStringLiteral("explore"), QStringLiteral("types"), QStringLiteral("mood")}, pg.root());
        NOORM_VERIFY_RUN(mood);
        QVERIFY2(mood.out.startsWith("Type: public.mood (enum)\nValues: sad, ok\n\nCREATE TYPE public.mood AS ENUM ('sad', 'ok');"),
                 mood.out.constData());
        const Run tickets = noorm(on + QStringList{QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("explore"),
                                                   QStringLiteral("sequences"), QStringLiteral("tickets")},
                                  pg.root());
        NOORM_VERIFY_RUN(tickets);
        QVERIFY2(tickets.object().value(QStringLiteral("definition")).toString().contains(QLatin1String("START WITH 7")), tickets.out.constData());

        // A partitioned table: its partitions, every level, in the detail; none of them listed as a table.
        const Run tables = noorm(on + QStringList{QStringLiteral("db"), QStringLiteral("explore"), QStringLiteral("tables")}, pg.root());
        NOORM_VERIFY_RUN(tables);
        QVERIFY2(tables.out.contains("public.events ") && !tables.out.contains("events_2026"), tables.out.constData());
        const Run events = noorm(on + QStringList{QStringLiteral("db"), QStringLiteral("explore"), QStringLiteral("tables"), QStringLiteral("events")}, pg.root());
        NOORM_VERIFY_RUN(events);
        QVERIFY2(events.out.contains("partition      of           bound\n"
                                     "events_2026                 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')\n"
                                     "events_2026_a  events_2026  FOR VALUES IN ('a')\n"
                                     "events_old                  DEFAULT\n"),
                 events.out.constData());
        const Run eventsJson = noorm(on + QStringList{QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("explore"),
                                                      QStringLiteral("tables"), QStringLiteral("events")},
                                     pg.root());
        NOORM_VERIFY_RUN(eventsJson);
        const QJsonArray partitions = eventsJson.object().value(QStringLiteral("partitions")).toArray();
        QCOMPARE(partitions.size(), 3);
        QCOMPARE(partitions.at(1).toObject().value(QStringLiteral("parent")).toString(), QStringLiteral("events_2026"));
        QVERIFY(partitions.at(0).toObject().value(QStringLiteral("parent")).isNull());
        QVERIFY(eventsJson.object().value(QStringLiteral("definition")).toString().contains(
            QLatin1String("CREATE TABLE public.events_2026_a PARTITION OF public.events_2026 FOR VALUES IN ('a');")));
    }

    // A MySQL routine's arguments are its parameters (MySQL has no identity arguments: they
    // were "" beside a parameterCount of 2).
    void detailsRoutinesOnMysql()
    {
        if (!noorm::test::liveServer(QStringLiteral("mysql"))) {
            if (noorm::test::isCi())
                QFAIL("live mysql server missing under CI=true");
            QSKIP("no live mysql server (run scripts/test.sh)");
        }
        TempProject my;
        NOORM_VERIFY_RUN(noorm.initProject(my.root()));
        const QString database = QStringLiteral("noorm_exm_%1").arg(QCoreApplication::applicationPid());
        NOORM_VERIFY_RUN(noorm.addLiveConfig(my.root(), QStringLiteral("my"), QStringLiteral("mysql"), database));
        const QStringList on{QStringLiteral("--config"), QStringLiteral("my")};
        NOORM_VERIFY_RUN(noorm(on + QStringList{QStringLiteral("db"), QStringLiteral("create")}, my.root()));
        const auto drop = qScopeGuard([&] { noorm(on + QStringList{QStringLiteral("--yes"), QStringLiteral("db"), QStringLiteral("drop")}, my.root()); });
        NOORM_VERIFY_RUN(noorm(on + QStringList{QStringLiteral("sql"), QStringLiteral("-q"),
                                                QStringLiteral("CREATE PROCEDURE store(IN a INT, INOUT b VARCHAR(10)) SET b = a")},
                               my.root()));
        const Run store = noorm(on + QStringList{QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("explore"),
                                                 QStringLiteral("procedures"), QStringLiteral("store")},
                                my.root());
        NOORM_VERIFY_RUN(store);
        const QJsonObject procedure = store.json().isArray() ? store.json().array().at(0).toObject() : store.object();
        QCOMPARE(procedure.value(QStringLiteral("parameterCount")).toInt(), 2);
        QCOMPARE(procedure.value(QStringLiteral("arguments")).toString(), QStringLiteral("a int(11), INOUT b varchar(10)"));
    }

    void refusesWhatItCannotShow()
    {
        QCOMPARE(explore({QStringLiteral("indexes"), QStringLiteral("books_title")}).code, 64);
        QCOMPARE(explore({QStringLiteral("functions"), QStringLiteral("nope")}).code, 5);
        const Run missing = explore({QStringLiteral("tables"), QStringLiteral("detail"), QStringLiteral("nope")});
        QCOMPARE(missing.code, 5);
        QVERIFY2(missing.err.contains("Table not found: nope"), missing.err.constData());
        QCOMPARE(explore({QStringLiteral("views"), QStringLiteral("detail"), QStringLiteral("books")}).code, 5); // a table, not a view
        QCOMPARE(explore({QStringLiteral("bogus")}).code, 64);
        QCOMPARE(explore({QStringLiteral("tables"), QStringLiteral("detail")}).code, 64);
    }
};

QTEST_GUILESS_MAIN(TestExploreCli)
#include "tst_explore_cli.moc"
