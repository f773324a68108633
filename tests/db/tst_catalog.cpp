// core/db/catalog_reader on a real SQLite file, PostgreSQL and MariaDB (started by
// scripts/test.sh): tables and views, columns (type, nullable, default, primary key),
// indexes, foreign keys, routines and triggers, narrowed to a schema or a table, with
// noorm's tracking tables hidden unless asked for. Each server test works in a schema
// (PostgreSQL) or database (MariaDB) of its own; SQLite in a file of its own. SQL Server's
// catalog SQL is checked as text in tests/dialect/tst_dialect.cpp.

#include "db/catalog_reader.h"
#include "db/connection.h"
#include "dialect/tracking_tables.h"
#include "live.h"
#include "live_database.h"
#include "tempproject.h"

#include <QtTest>

using namespace noorm;
using noorm::test::TempProject;

namespace {

QString message(const Error &e) { return e.toString(); }

// The shop every test reads: %1 qualifies a name with the test's schema ("" on SQLite).
const QStringList kShopDdl{
    QStringLiteral("CREATE TABLE %1customers (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL, "
                   "nickname VARCHAR(50) DEFAULT 'anon')"),
    QStringLiteral("CREATE UNIQUE INDEX customers_email ON %1customers (email)"),
    QStringLiteral("CREATE TABLE %1tags (code VARCHAR(20) PRIMARY KEY, label TEXT)"),
    QStringLiteral("CREATE TABLE %1orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, tag VARCHAR(20), "
                   "note TEXT, FOREIGN KEY (customer_id) REFERENCES %1customers (id) ON DELETE CASCADE, "
                   "FOREIGN KEY (tag) REFERENCES %1tags (code))"),
    QStringLiteral("CREATE INDEX orders_customer ON %1orders (customer_id, tag)"),
    QStringLiteral("CREATE VIEW %1big_orders AS SELECT id, customer_id FROM %1orders"),
};

// What each dialect adds and answers.
struct DialectCase {
    QString createSchema;         // %1 = schema; empty: the test uses SQLite's main
    QString dropSchema;
    QStringList routinesAndTriggers; // %1 = qualifier as in kShopDdl
    QStringList routines;         // "name:kind", in the reader's order
    QString idType, emailType, noteType;
};

DialectCase dialectCase(const QString &dialect)
{
    if (dialect == QLatin1String("postgres"))
        return {QStringLiteral("CREATE SCHEMA %1"), QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE"),
                {QStringLiteral("CREATE FUNCTION %1touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; "
                                "END$$"),
                 QStringLiteral("CREATE TRIGGER orders_touch BEFORE INSERT ON %1orders FOR EACH ROW EXECUTE FUNCTION "
                                "%1touch()"),
                 QStringLiteral("CREATE PROCEDURE %1noop() LANGUAGE sql AS $$SELECT 1$$")},
                {QStringLiteral("noop:procedure"), QStringLiteral("touch:function")},
                QStringLiteral("integer"), QStringLiteral("character varying(100)"), QStringLiteral("text")};
    if (dialect == QLatin1String("mysql"))
        return {QStringLiteral("CREATE DATABASE %1"), QStringLiteral("DROP DATABASE IF EXISTS %1"),
                {QStringLiteral("CREATE TRIGGER %1orders_touch BEFORE INSERT ON %1orders FOR EACH ROW SET NEW.note = "
                                "'x'"),
                 QStringLiteral("CREATE FUNCTION %1answer() RETURNS INT DETERMINISTIC RETURN 42"),
                 QStringLiteral("CREATE PROCEDURE %1noop() SELECT 1")},
                {QStringLiteral("answer:function"), QStringLiteral("noop:procedure")},
                QStringLiteral("int(11)"), QStringLiteral("varchar(100)"), QStringLiteral("text")};
    return {{}, {},
            {QStringLiteral("CREATE TRIGGER orders_touch AFTER INSERT ON %1orders BEGIN UPDATE orders SET note = 'x' "
                            "WHERE id = NEW.id; END")},
            {}, QStringLiteral("INTEGER"), QStringLiteral("VARCHAR(100)"), QStringLiteral("TEXT")};
}

const TableInfo *findTable(const QList<TableInfo> &tables, const QString &name)
{
    for (const TableInfo &table : tables) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

const ColumnInfo *findColumn(const TableInfo &table, const QString &name)
{
    for (const ColumnInfo &column : table.columns) {
        if (column.name == name)
            return &column;
    }
    return nullptr;
}

const IndexInfo *findIndex(const TableInfo &table, const QStringList &columns)
{
    for (const IndexInfo &index : table.indexes) {
        if (index.columns == columns)
            return &index;
    }
    return nullptr;
}

const ForeignKeyInfo *findForeignKey(const TableInfo &table, const QString &column)
{
    for (const ForeignKeyInfo &key : table.foreignKeys) {
        if (key.columns == QStringList{column})
            return &key;
    }
    return nullptr;
}

QStringList names(const QList<TableInfo> &tables)
{
    QStringList list;
    for (const TableInfo &table : tables)
        list << table.name + (table.kind == TableKind::View ? QStringLiteral(" (view)") : QString());
    return list;
}

} // namespace

// One test's database with the tracking tables and the shop in a schema of its own.
struct Fixture {
    TempProject project;
    Config config;
    std::unique_ptr<Connection> connection;
    QString name;      // the dialect's
    DialectCase dialect;
    QString schema;    // the scope's schema: the test's own, or main on SQLite
    QString qualifier; // "schema." before each name, "" on SQLite

    ~Fixture()
    {
        if (connection && !dialect.dropSchema.isEmpty())
            (void)connection->exec(dialect.dropSchema.arg(schema));
    }
    Status build(const QStringList &statements)
    {
        for (const QString &sql : statements) {
            if (Status ok = connection->exec(sql.arg(qualifier)); !ok)
                return ok;
        }
        return {};
    }
};

// `f` on `dialect` in a schema of its own (SQLite: main), nothing built in it yet.
#define EMPTY_FIXTURE(f, dialectArg)                                                                  \
    Fixture f;                                                                                     \
    NOORM_CONFIG_FOR_DIALECT(f.config, dialectArg);                                                   \
    NOORM_OPEN_TRACKED(f);                                                                         \
    f.name = dialectArg;                                                                              \
    f.dialect = dialectCase(dialectArg);                                                              \
    if (f.dialect.createSchema.isEmpty()) {                                                        \
        f.schema = QStringLiteral("main");                                                         \
    } else {                                                                                       \
        f.schema = ::noorm::test::uniqueName(QStringLiteral("cat"));                               \
        f.qualifier = f.schema + QLatin1Char('.');                                                 \
        QVERIFY(f.connection->exec(f.dialect.createSchema.arg(f.schema)));                        \
    }

// `f` on the test row's dialect, with the shop built.
#define FIXTURE(f)                                                                                 \
    QFETCH(QString, dialectName);                                                                  \
    EMPTY_FIXTURE(f, dialectName)                                                                  \
    do {                                                                                           \
        Status built_ = f.build(kShopDdl);                                                         \
        QVERIFY2(built_, qPrintable(built_ ? QString() : message(built_.error())));               \
    } while (false)

#define READ(var, expr)                                                                            \
    auto var##_result = (expr);                                                                    \
    QVERIFY2(var##_result, qPrintable(var##_result ? QString() : message(var##_result.error())));  \
    const auto var = *var##_result

class TestCatalog : public QObject {
    Q_OBJECT

    static void dialects()
    {
        noorm::test::addDialectRows("dialectName",
                                    {QStringLiteral("sqlite"), QStringLiteral("postgres"), QStringLiteral("mysql")});
    }

private slots:
    void listsTablesAndViewsOfTheSchema_data() { dialects(); }
    void listsTablesAndViewsOfTheSchema()
    {
        FIXTURE(f);
        READ(tables, CatalogReader(*f.connection).tables({f.schema, {}}));
        QCOMPARE(names(tables), (QStringList{"big_orders (view)", "customers", "orders", "tags"}));
        for (const TableInfo &table : tables)
            QCOMPARE(table.schema, f.schema);
        const TableInfo *view = findTable(tables, QStringLiteral("big_orders"));
        QCOMPARE(view->columns.size(), 2);
        QCOMPARE(view->columns[0].name, QStringLiteral("id"));
        QCOMPARE(view->columns[1].name, QStringLiteral("customer_id"));
        QVERIFY(view->indexes.isEmpty() && view->foreignKeys.isEmpty());
    }

    // What each view reads, the tables and views it is made of (teardown drops a view before
    // those it reads); a name inside a longer one does not count.
    void readsWhatEachViewReads_data() { dialects(); }
    void readsWhatEachViewReads()
    {
        FIXTURE(f);
        const Status built = f.build({QStringLiteral("CREATE VIEW %1order_ids AS SELECT b.id FROM %1big_orders b JOIN %1customers c "
                                                     "ON c.id = b.customer_id"),
                                      QStringLiteral("CREATE VIEW %1tag_codes AS SELECT code AS orders_total FROM %1tags")});
        QVERIFY2(built, qPrintable(built ? QString() : message(built.error())));
        CatalogReader reader(*f.connection);
        READ(tables, reader.tables({f.schema, {}}));
        const auto readsOf = [&](const QList<TableInfo> &in, const QString &name) {
            QStringList read;
            if (const TableInfo *t = findTable(in, name))
                for (const RelationName &r : t->reads)
                    read << (r.schema == f.schema ? r.name : r.schema + QLatin1Char('.') + r.name);
            return read;
        };
        QCOMPARE(readsOf(tables, QStringLiteral("big_orders")), QStringList{QStringLiteral("orders")});
        QCOMPARE(readsOf(tables, QStringLiteral("order_ids")), (QStringList{QStringLiteral("big_orders"), QStringLiteral("customers")}));
        QCOMPARE(readsOf(tables, QStringLiteral("tag_codes")), QStringList{QStringLiteral("tags")});
        QVERIFY(readsOf(tables, QStringLiteral("orders")).isEmpty());
        READ(one, reader.tables({f.schema, QStringLiteral("order_ids")}));
        QCOMPARE(one.size(), 1);
        QCOMPARE(readsOf(one, QStringLiteral("order_ids")), (QStringList{QStringLiteral("big_orders"), QStringLiteral("customers")}));
    }

    // SQLite: a quoted name with a dot or a space is one name, matched whole.
    void readsWhatASqliteViewReadsByItsQuotedNames_data() { noorm::test::addDialectRows("dialectName", {QStringLiteral("sqlite")}); }
    void readsWhatASqliteViewReadsByItsQuotedNames()
    {
        FIXTURE(f);
        const Status built = f.build({QStringLiteral("CREATE TABLE \"my.events\" (id INTEGER)"),
                                      QStringLiteral("CREATE TABLE \"events\" (id INTEGER)"),
                                      QStringLiteral("CREATE VIEW \"recent events\" AS SELECT id FROM \"my.events\"")});
        QVERIFY2(built, qPrintable(built ? QString() : message(built.error())));
        READ(tables, CatalogReader(*f.connection).tables({f.schema, {}}));
        const TableInfo *view = findTable(tables, QStringLiteral("recent events"));
        QVERIFY(view);
        QStringList read;
        for (const RelationName &r : view->reads)
            read << r.name;
        QCOMPARE(read, (QStringList{QStringLiteral("events"), QStringLiteral("my.events")})); // "events" is a word of it too: read, or not, it only orders the drops
    }

    void readsColumnsWithTypeNullabilityDefaultAndPrimaryKey_data() { dialects(); }
    void readsColumnsWithTypeNullabilityDefaultAndPrimaryKey()
    {
        FIXTURE(f);
        READ(tables, CatalogReader(*f.connection).tables({f.schema, {}}));
        const TableInfo *customers = findTable(tables, QStringLiteral("customers"));
        QVERIFY(customers);
        QCOMPARE(customers->columns.size(), 3);
        const ColumnInfo &id = customers->columns[0];
        QCOMPARE(id.name, QStringLiteral("id"));
        QCOMPARE(id.dataType, f.dialect.idType);
        QVERIFY(id.primaryKey);
        QVERIFY(!id.nullable);
        QCOMPARE(id.position, 1);
        const ColumnInfo &email = customers->columns[1];
        QCOMPARE(email.name, QStringLiteral("email"));
        QCOMPARE(email.dataType, f.dialect.emailType);
        QVERIFY(!email.primaryKey);
        QVERIFY(!email.nullable);
        QVERIFY2(email.defaultValue.isNull(), qPrintable(email.defaultValue));
        QCOMPARE(email.position, 2);
        const ColumnInfo &nickname = customers->columns[2];
        QVERIFY(nickname.nullable);
        QVERIFY2(nickname.defaultValue.contains(QStringLiteral("anon")), qPrintable(nickname.defaultValue));
        QCOMPARE(nickname.position, 3);

        const TableInfo *orders = findTable(tables, QStringLiteral("orders"));
        QCOMPARE(findColumn(*orders, QStringLiteral("note"))->dataType, f.dialect.noteType);
        QVERIFY(findColumn(*orders, QStringLiteral("note"))->nullable);
        QVERIFY(!findColumn(*orders, QStringLiteral("customer_id"))->nullable);
        // A non-integer primary key, which SQLite backs with an index.
        const TableInfo *tags = findTable(tables, QStringLiteral("tags"));
        QVERIFY(findColumn(*tags, QStringLiteral("code"))->primaryKey);
        QVERIFY(!findColumn(*tags, QStringLiteral("code"))->nullable);
        // Values the database makes: SQLite's INTEGER PRIMARY KEY is the rowid; a plain
        // integer key elsewhere is not generated, nor is a text key anywhere.
        QCOMPARE(id.generated, f.name == QLatin1String("sqlite"));
        QVERIFY(!findColumn(*tags, QStringLiteral("code"))->generated);
        QVERIFY(email.comment.isEmpty());
    }

    void readsGeneratedColumnsAndComments_data() { noorm::test::addDialectRows("dialectName", {QStringLiteral("postgres"), QStringLiteral("mysql")}); }
    void readsGeneratedColumnsAndComments()
    {
        FIXTURE(f);
        const bool pg = f.name == QLatin1String("postgres");
        const Status built = f.build(pg ? QStringList{QStringLiteral("CREATE SEQUENCE %1tickets"),
                                                      QStringLiteral("CREATE TABLE %1counters (a serial, b integer GENERATED BY DEFAULT AS IDENTITY, c integer, "
                                                                     "twice integer GENERATED ALWAYS AS (c * 2) STORED, ticket bigint DEFAULT nextval('%1tickets'))"),
                                                      QStringLiteral("COMMENT ON COLUMN %1counters.c IS 'how many'"),
                                                      QStringLiteral("CREATE VIEW %1counted AS SELECT a FROM %1counters")}
                                        : QStringList{QStringLiteral("CREATE TABLE %1counters (a INT AUTO_INCREMENT PRIMARY KEY, b INT, c INT COMMENT 'how many', "
                                                                     "twice INT GENERATED ALWAYS AS (c * 2) VIRTUAL)"),
                                                      QStringLiteral("CREATE VIEW %1counted AS SELECT a FROM %1counters")});
        QVERIFY2(built, qPrintable(built ? QString() : message(built.error())));
        READ(tables, CatalogReader(*f.connection).tables({f.schema, QStringLiteral("counters")}));
        QCOMPARE(tables.size(), 1);
        const TableInfo &t = tables.first();
        QVERIFY(findColumn(t, QStringLiteral("a"))->generated);
        QCOMPARE(findColumn(t, QStringLiteral("b"))->generated, pg);
        QVERIFY(!findColumn(t, QStringLiteral("c"))->generated);
        QCOMPARE(findColumn(t, QStringLiteral("c"))->comment, QStringLiteral("how many"));
        QVERIFY(findColumn(t, QStringLiteral("a"))->comment.isEmpty());
        // A computed column: its expression, and no default (PostgreSQL gave the expression as
        // the default; MariaDB gave nothing); the database does not make up its values.
        const ColumnInfo *twice = findColumn(t, QStringLiteral("twice"));
        QVERIFY(twice);
        QString expression = twice->generatedAs; // (c * 2), `c` * 2: as each server writes it
        for (const QChar c : {QChar(u'`'), QChar(u' '), QChar(u'('), QChar(u')')})
            expression.remove(c);
        QCOMPARE(expression, QStringLiteral("c*2"));
        QVERIFY(twice->defaultValue.isNull());
        QVERIFY(!twice->generated);
        QVERIFY(findColumn(t, QStringLiteral("c"))->generatedAs.isNull());
        if (pg) { // a default that takes the next value of a sequence of its own: not the column's own numbering
            QVERIFY(!findColumn(t, QStringLiteral("ticket"))->generated);
            QVERIFY(findColumn(t, QStringLiteral("ticket"))->defaultValue.startsWith(QLatin1String("nextval(")));
        }
        // A view's column has no default (MariaDB's catalog gave some a 0).
        READ(views, CatalogReader(*f.connection).tables({f.schema, QStringLiteral("counted")}));
        QCOMPARE(views.size(), 1);
        QVERIFY(views.first().columns.first().defaultValue.isNull());
    }

    // SQLite: a virtual table is a table and its shadow tables (FTS5's docs_data, docs_idx,
    // ...) are its own, not listed; a generated column is a column (table_info hid it).
    void listsSqliteVirtualTablesWithoutTheirShadowsAndGeneratedColumns()
    {
        const QString dialectName = QStringLiteral("sqlite");
        EMPTY_FIXTURE(f, dialectName);
        const Status built = f.build({QStringLiteral("CREATE VIRTUAL TABLE docs USING fts5(title, body)"),
                                      QStringLiteral("CREATE TABLE gen (a INT, b INT GENERATED ALWAYS AS (a * 2) VIRTUAL, "
                                                     "c INT GENERATED ALWAYS AS (a + 1) STORED)"),
                                      // quoted names, a comma, a bracket and "as" in strings and comments,
                                      // the short form without GENERATED ALWAYS
                                      QStringLiteral("CREATE TABLE \"odd, names\" (\"x, (as\" TEXT DEFAULT 'as (no)', -- as (a comment)\n"
                                                     "  [has as] NUMERIC(10, 2) AS (length(\"x, (as\") || ')'), alias TEXT AS ( upper(\"x, (as\") ) STORED)")});
        QVERIFY2(built, qPrintable(built ? QString() : message(built.error())));
        CatalogReader reader(*f.connection);
        READ(tables, reader.tables({f.schema, {}}));
        QCOMPARE(names(tables), (QStringList{QStringLiteral("docs"), QStringLiteral("gen"), QStringLiteral("odd, names")}));
        QStringList columns;
        for (const ColumnInfo &c : tables.at(1).columns)
            columns << c.name;
        QCOMPARE(columns, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        // A computed column's expression, from the table's DDL (SQLite's catalog keeps none;
        // none was shown).
        QVERIFY(tables.at(1).columns.at(0).generatedAs.isNull());
        QCOMPARE(tables.at(1).columns.at(1).generatedAs, QStringLiteral("a * 2"));
        QCOMPARE(tables.at(1).columns.at(2).generatedAs, QStringLiteral("a + 1"));
        const QList<ColumnInfo> &odd = tables.at(2).columns;
        QCOMPARE(odd.size(), 3);
        QVERIFY(odd.at(0).generatedAs.isNull());
        QCOMPARE(odd.at(1).name, QStringLiteral("has as"));
        QCOMPARE(odd.at(1).generatedAs, QStringLiteral("length(\"x, (as\") || ')'"));
        QCOMPARE(odd.at(2).generatedAs, QStringLiteral("upper(\"x, (as\")"));
        QCOMPARE(tables.at(0).columns.size(), 2); // title, body: not FTS5's hidden columns
        QVERIFY(tables.at(0).indexes.isEmpty() && tables.at(1).indexes.isEmpty()); // the shadows' own are not listed
    }

    void readsIndexesWithTheirColumnsInOrder_data() { dialects(); }
    void readsIndexesWithTheirColumnsInOrder()
    {
        FIXTURE(f);
        READ(tables, CatalogReader(*f.connection).tables({f.schema, {}}));
        const IndexInfo *email = findIndex(*findTable(tables, QStringLiteral("customers")), {QStringLiteral("email")});
        QVERIFY(email);
        QCOMPARE(email->name, QStringLiteral("customers_email"));
        QVERIFY(email->unique);
        QVERIFY(!email->primary);
        const QStringList byCustomerColumns{QStringLiteral("customer_id"), QStringLiteral("tag")};
        const IndexInfo *byCustomer = findIndex(*findTable(tables, QStringLiteral("orders")), byCustomerColumns);
        QVERIFY(byCustomer);
        QCOMPARE(byCustomer->name, QStringLiteral("orders_customer"));
        QVERIFY(!byCustomer->unique);
        const IndexInfo *tagsKey = findIndex(*findTable(tables, QStringLiteral("tags")), {QStringLiteral("code")});
        QVERIFY(tagsKey);
        QVERIFY(tagsKey->primary);
        QVERIFY(tagsKey->unique);
        QCOMPARE(byCustomer->keyText(), QStringLiteral("customer_id, tag"));

        // A descending key column, and (PostgreSQL, SQLite) a partial index's condition: both
        // were lost. MariaDB has no partial indexes.
        const bool partial = f.name != QLatin1String("mysql");
        QVERIFY(f.build({QStringLiteral("CREATE INDEX recent ON %1orders (tag DESC, id)")
                         + (partial ? QStringLiteral("\n  WHERE tag IS NOT NULL") : QString())}));
        READ(again, CatalogReader(*f.connection).tables({f.schema, QStringLiteral("orders")}));
        const IndexInfo *recent = findIndex(again.first(), {QStringLiteral("tag"), QStringLiteral("id")});
        QVERIFY(recent);
        QCOMPARE(recent->descending, (QList<bool>{true, false}));
        QCOMPARE(recent->keyText(), partial ? QStringLiteral("tag DESC, id WHERE tag IS NOT NULL") : QStringLiteral("tag DESC, id"));
    }

    void readsForeignKeysWithTheirTargetsAndActions_data() { dialects(); }
    void readsForeignKeysWithTheirTargetsAndActions()
    {
        FIXTURE(f);
        READ(tables, CatalogReader(*f.connection).tables({f.schema, {}}));
        const TableInfo *orders = findTable(tables, QStringLiteral("orders"));
        QCOMPARE(orders->foreignKeys.size(), 2);
        const ForeignKeyInfo *customer = findForeignKey(*orders, QStringLiteral("customer_id"));
        QVERIFY(customer);
        QCOMPARE(customer->referencedSchema, f.schema);
        QCOMPARE(customer->referencedTable, QStringLiteral("customers"));
        QCOMPARE(customer->referencedColumns, QStringList{QStringLiteral("id")});
        QCOMPARE(customer->onDelete, QStringLiteral("CASCADE"));
        // REFERENCES tags (code); MariaDB reports the default action as RESTRICT.
        const ForeignKeyInfo *tag = findForeignKey(*orders, QStringLiteral("tag"));
        QVERIFY(tag);
        QCOMPARE(tag->referencedTable, QStringLiteral("tags"));
        QCOMPARE(tag->referencedColumns, QStringList{QStringLiteral("code")});
        QVERIFY2(tag->onDelete == QLatin1String("NO ACTION") || tag->onDelete == QLatin1String("RESTRICT"),
                 qPrintable(tag->onDelete));
        QVERIFY(findTable(tables, QStringLiteral("customers"))->foreignKeys.isEmpty());
    }

    // SQLite keys have no name; a key naming no parent columns means the parent's primary key.
    void readsSqliteForeignKeysToAnImplicitPrimaryKey()
    {
        TempProject project;
        Config config;
        NOORM_CONFIG_FOR_DIALECT(config, QStringLiteral("sqlite"));
        Result<std::unique_ptr<Connection>> opened = Connection::open(config, project.root());
        QVERIFY2(opened, qPrintable(opened ? QString() : message(opened.error())));
        Connection &c = **opened;
        QVERIFY(c.exec(QStringLiteral("CREATE TABLE parent (a INTEGER, b TEXT, PRIMARY KEY (a, b))")));
        QVERIFY(c.exec(QStringLiteral("CREATE TABLE child (x INTEGER, y TEXT, FOREIGN KEY (x, y) REFERENCES parent)")));
        READ(tables, CatalogReader(c).tables({{}, QStringLiteral("child")}));
        QCOMPARE(tables.size(), 1);
        QCOMPARE(tables[0].foreignKeys.size(), 1);
        const ForeignKeyInfo &key = tables[0].foreignKeys[0];
        QVERIFY(key.name.isEmpty());
        QCOMPARE(key.columns, (QStringList{"x", "y"}));
        QCOMPARE(key.referencedTable, QStringLiteral("parent"));
        QCOMPARE(key.referencedColumns, (QStringList{"a", "b"}));
        QCOMPARE(key.onDelete, QStringLiteral("NO ACTION"));
    }

    void narrowsToOneTable_data() { dialects(); }
    void narrowsToOneTable()
    {
        FIXTURE(f);
        READ(tables, CatalogReader(*f.connection).tables({f.schema, QStringLiteral("orders")}));
        QCOMPARE(names(tables), QStringList{QStringLiteral("orders")});
        QCOMPARE(tables[0].columns.size(), 4);
        QCOMPARE(tables[0].foreignKeys.size(), 2);
        QVERIFY(findIndex(tables[0], {QStringLiteral("customer_id"), QStringLiteral("tag")}));
    }

    void listsRoutinesAndTriggers_data() { dialects(); }
    void listsRoutinesAndTriggers()
    {
        FIXTURE(f);
        Status built = f.build(f.dialect.routinesAndTriggers);
        QVERIFY2(built, qPrintable(built ? QString() : message(built.error())));
        CatalogReader reader(*f.connection);
        READ(routines, reader.routines({f.schema, {}}));
        QStringList found;
        for (const RoutineInfo &routine : routines) {
            QCOMPARE(routine.schema, f.schema);
            found << routine.name + (routine.kind == RoutineKind::Procedure ? QStringLiteral(":procedure")
                                                                            : QStringLiteral(":function"));
        }
        QCOMPARE(found, f.dialect.routines);
        READ(triggers, reader.triggers({f.schema, {}}));
        QCOMPARE(triggers.size(), 1);
        QCOMPARE(triggers[0].schema, f.schema);
        QCOMPARE(triggers[0].name, QStringLiteral("orders_touch"));
        QCOMPARE(triggers[0].table, QStringLiteral("orders"));
        READ(onCustomers, reader.triggers({f.schema, QStringLiteral("customers")}));
        QVERIFY(onCustomers.isEmpty());
        QCOMPARE(triggers[0].timing, f.name == QLatin1String("sqlite") ? QStringLiteral("AFTER") : QStringLiteral("BEFORE"));
        QCOMPARE(triggers[0].events, QStringList{QStringLiteral("INSERT")});
    }

    // A routine's signature: parameters in order with their types and modes, the return
    // type of a function (none for a procedure), the language.
    void readsRoutineSignatures_data()
    {
        noorm::test::addDialectRows("dialectName", {QStringLiteral("postgres"), QStringLiteral("mysql")});
    }
    void readsRoutineSignatures()
    {
        FIXTURE(f);
        const bool pg = f.name == QLatin1String("postgres");
        const Status built = f.build(
            pg ? QStringList{QStringLiteral("CREATE FUNCTION %1scale(a integer, b numeric DEFAULT 2, OUT r numeric) LANGUAGE sql "
                                            "AS $$SELECT a * b$$"),
                             QStringLiteral("CREATE PROCEDURE %1store(IN a integer, INOUT b text) LANGUAGE plpgsql AS "
                                            "$$BEGIN b := a::text; END$$"),
                             QStringLiteral("CREATE FUNCTION %1pairs(n integer) RETURNS TABLE (x integer, y text) LANGUAGE sql "
                                            "AS $$SELECT n, 'a'$$")}
               : QStringList{QStringLiteral("CREATE FUNCTION %1scale(a INT, b DECIMAL(10,2)) RETURNS DECIMAL(10,2) DETERMINISTIC "
                                            "RETURN a * b"),
                             QStringLiteral("CREATE PROCEDURE %1store(IN a INT, INOUT b VARCHAR(10)) SET b = a"),
                             QStringLiteral("CREATE PROCEDURE %1scale(OUT x INT) SET x = 1")});
        QVERIFY2(built, qPrintable(built ? QString() : message(built.error())));
        CatalogReader reader(*f.connection);
        READ(routines, reader.routines({f.schema, {}}));
        QStringList found;
        for (const RoutineInfo &r : routines) {
            QStringList parameters;
            for (const ParameterInfo &p : r.parameters)
                parameters << p.mode + QLatin1Char(' ') + p.name + QLatin1Char(' ') + p.dataType;
            found << QStringLiteral("%1 %2(%3) -> %4 [%5]")
                         .arg(r.kind == RoutineKind::Procedure ? QStringLiteral("procedure") : QStringLiteral("function"), r.name,
                              parameters.join(QStringLiteral(", ")), r.returnType, r.language.toLower());
        }
        if (pg)
            // A RETURNS TABLE's columns are its result, not its parameters.
            QCOMPARE(found, (QStringList{QStringLiteral("function pairs(IN n integer) -> TABLE(x integer, y text) [sql]"),
                                         QStringLiteral("function scale(IN a integer, IN b numeric, OUT r numeric) -> numeric [sql]"),
                                         QStringLiteral("procedure store(IN a integer, INOUT b text) ->  [plpgsql]")}));
        else // a function and a procedure of one name, each with its own parameters
            QCOMPARE(found, (QStringList{QStringLiteral("function scale(IN a int(11), IN b decimal(10,2)) -> decimal(10,2) [sql]"),
                                         QStringLiteral("procedure scale(OUT x int(11)) ->  [sql]"),
                                         QStringLiteral("procedure store(IN a int(11), INOUT b varchar(10)) ->  [sql]")}));
    }

    // Unique keys with their columns in key order and checks with their expression; a
    // check named like another table's (MariaDB names a column's check after the column)
    // stays with its own table. Sizes where the catalog keeps them.
    void readsUniqueAndCheckConstraintsAndSizes_data() { dialects(); }
    void readsUniqueAndCheckConstraintsAndSizes()
    {
        FIXTURE(f);
        const Status built = f.build({QStringLiteral("CREATE TABLE %1priced (id INTEGER PRIMARY KEY, sku VARCHAR(20), shelf INTEGER, "
                                                     "price INTEGER CHECK (price > 0), UNIQUE (shelf, sku), "
                                                     "CONSTRAINT priced_cheap CHECK (price < 1000))"),
                                      QStringLiteral("CREATE TABLE %1priced2 (price INTEGER CHECK (price < 5))")});
        QVERIFY2(built, qPrintable(built ? QString() : message(built.error())));
        CatalogReader reader(*f.connection);
        READ(tables, reader.tables({f.schema, {}}));
        const TableInfo *priced = findTable(tables, QStringLiteral("priced"));
        QVERIFY(priced);
        QStringList unique, checks;
        for (const ConstraintInfo &c : priced->constraints) {
            if (c.kind == ConstraintKind::Unique)
                unique << c.columns.join(QLatin1Char(','));
            else
                checks << c.name + QLatin1Char('=') + c.checkSql;
        }
        QCOMPARE(unique, QStringList{QStringLiteral("shelf,sku")});
        if (f.name == QLatin1String("sqlite")) {
            QVERIFY(checks.isEmpty()); // only in the table's DDL
        } else {
            QCOMPARE(checks.size(), 2);
            QVERIFY2(checks.filter(QStringLiteral("priced_cheap=CHECK (")).size() == 1, qPrintable(checks.join(QLatin1Char('|'))));
            QVERIFY2(checks.filter(QStringLiteral("1000")).size() == 1, qPrintable(checks.join(QLatin1Char('|'))));
            QVERIFY2(checks.filter(QRegularExpression(QStringLiteral("price.? > 0"))).size() == 1, qPrintable(checks.join(QLatin1Char('|'))));
        }
        const TableInfo *customers = findTable(tables, QStringLiteral("customers"));
        QVERIFY(customers);
        // A unique index is no constraint, except in MySQL, where they are one thing.
        if (f.name == QLatin1String("mysql")) {
            QCOMPARE(customers->constraints.size(), 1);
            QCOMPARE(customers->constraints[0].name, QStringLiteral("customers_email"));
        } else {
            QVERIFY(customers->constraints.isEmpty());
        }
        const TableInfo *view = findTable(tables, QStringLiteral("big_orders"));
        QVERIFY(view);
        QVERIFY(!view->sizeBytes);
        // A view over one table goes through to it, except on SQLite (without INSTEAD OF triggers).
        QCOMPARE(view->updatable, std::optional<bool>(f.name != QLatin1String("sqlite")));
        QVERIFY(!priced->updatable);
        if (f.name == QLatin1String("sqlite"))
            QVERIFY(!priced->sizeBytes);
        else
            QVERIFY2(priced->sizeBytes.value_or(0) > 0, qPrintable(QString::number(priced->sizeBytes.value_or(-1))));
    }

    // PostgreSQL's kinds beyond tables: types (not a table's row type), sequences that
    // stand alone (not a serial column's), materialized views, overloads told apart.
    void readsPostgresTypesSequencesAndOverloads()
    {
        const QString dialectName = QStringLiteral("postgres");
        EMPTY_FIXTURE(f, dialectName);
        const Status built = f.build({QStringLiteral("CREATE TYPE %1mood AS ENUM ('sad', 'ok')"),
                                      QStringLiteral("CREATE DOMAIN %1positive AS integer CHECK (VALUE > 0)"),
                                      QStringLiteral("CREATE TYPE %1point2 AS (x integer, y integer)"),
                                      QStringLiteral("CREATE SEQUENCE %1invoice_no"),
                                      QStringLiteral("CREATE TABLE %1serials (id serial PRIMARY KEY, n %1positive)"),
                                      QStringLiteral("CREATE MATERIALIZED VIEW %1totals AS SELECT count(*) AS n FROM %1serials"),
                                      QStringLiteral("CREATE FUNCTION %1twice(a integer) RETURNS integer LANGUAGE sql AS $$SELECT a * 2$$"),
                                      QStringLiteral("CREATE FUNCTION %1twice(a text) RETURNS text LANGUAGE sql AS $$SELECT a || a$$"),
                                      QStringLiteral("INSERT INTO %1serials (n) SELECT g FROM generate_series(1, 30) g"),
                                      QStringLiteral("ANALYZE %1serials")});
        QVERIFY2(built, qPrintable(built ? QString() : message(built.error())));
        CatalogReader reader(*f.connection);
        READ(types, reader.types({f.schema, {}}));
        QStringList found;
        for (const TypeInfo &type : types)
            found << type.name + QLatin1Char(':') + type.kind;
        QCOMPARE(found, (QStringList{QStringLiteral("mood:enum"), QStringLiteral("point2:composite"), QStringLiteral("positive:domain")}));
        QCOMPARE(types[0].elements, (QStringList{QStringLiteral("sad"), QStringLiteral("ok")}));
        QCOMPARE(types[1].elements, (QStringList{QStringLiteral("x integer"), QStringLiteral("y integer")}));
        QCOMPARE(types[2].baseType, QStringLiteral("integer"));
        QVERIFY(types[2].elements.isEmpty());
        READ(sequences, reader.sequences({f.schema, {}}));
        QCOMPARE(sequences.size(), 1); // serials_id_seq belongs to its column
        QCOMPARE(sequences[0].name, QStringLiteral("invoice_no"));
        READ(tables, reader.tables({f.schema, {}}));
        const TableInfo *totals = findTable(tables, QStringLiteral("totals"));
        QVERIFY(totals);
        QCOMPARE(totals->kind, TableKind::MaterializedView);
        const TableInfo *serials = findTable(tables, QStringLiteral("serials"));
        QVERIFY(serials);
        QCOMPARE(serials->rowEstimate.value_or(-1), 30); // the planner's count after ANALYZE
        QVERIFY(isView(totals->kind));
        READ(routines, reader.routines({f.schema, {}}));
        QCOMPARE(routines.size(), 2);
        QCOMPARE(routines[0].arguments, QStringLiteral("a integer"));
        QCOMPARE(routines[1].arguments, QStringLiteral("a text"));

        // Each type's and the sequence's DDL recreates it: dropped, run again, read the same.
        QVERIFY(f.connection->exec(QStringLiteral("ALTER SEQUENCE %1invoice_no INCREMENT BY 5 START WITH 100 MAXVALUE 9000 CYCLE").arg(f.qualifier)));
        QVERIFY(f.connection->exec(QStringLiteral("CREATE DOMAIN %1code AS varchar(8) DEFAULT 'x' NOT NULL "
                                                  "CONSTRAINT code_upper CHECK (VALUE = upper(VALUE))").arg(f.qualifier)));
        QVERIFY(f.connection->exec(QStringLiteral("CREATE TYPE %1span AS RANGE (SUBTYPE = integer)").arg(f.qualifier)));
        const auto sequenceRow = [&] {
            Result<QSqlQuery> q = f.connection->query(QStringLiteral(
                "SELECT seqtypid::regtype::text, seqstart, seqincrement, seqmax, seqmin, seqcache, seqcycle FROM pg_sequence "
                "WHERE seqrelid = to_regclass('%1invoice_no')").arg(f.qualifier));
            QStringList row;
            if (q && q->next())
                for (int i = 0; i < 7; ++i)
                    row << q->value(i).toString();
            return row;
        };
        const auto typeRows = [&] {
            QStringList rows;
            Result<QList<TypeInfo>> read = reader.types({f.schema, {}});
            for (const TypeInfo &t : read ? *read : QList<TypeInfo>())
                rows << t.name + QLatin1Char(' ') + t.kind + QLatin1Char(' ') + t.elements.join(QLatin1Char(',')) + QLatin1Char(' ') + t.baseType;
            Result<QVariant> check = f.connection->scalar(QStringLiteral(
                "SELECT typdefault || typnotnull::text FROM pg_type WHERE oid = to_regtype('%1code')").arg(f.qualifier));
            rows << (check ? check->toString() : QString());
            return rows;
        };
        const QStringList sequenceBefore = sequenceRow();
        QCOMPARE(sequenceBefore.size(), 7);
        READ(sequenceDdl, reader.definition({DefinedKind::Sequence, f.schema, QStringLiteral("invoice_no"), {}}));
        QVERIFY(f.connection->exec(QStringLiteral("DROP SEQUENCE %1invoice_no").arg(f.qualifier)));
        QVERIFY2(f.connection->exec(sequenceDdl), qPrintable(sequenceDdl));
        QCOMPARE(sequenceRow(), sequenceBefore);

        const QStringList typesBefore = typeRows();
        QStringList ddls;
        for (const QString &name : {QStringLiteral("mood"), QStringLiteral("point2"), QStringLiteral("code"), QStringLiteral("span")}) {
            READ(ddl, reader.definition({DefinedKind::Type, f.schema, name, {}}));
            ddls << ddl;
        }
        QVERIFY(f.connection->exec(QStringLiteral("DROP TYPE %1mood, %1point2, %1span; DROP DOMAIN %1code").arg(f.qualifier)));
        for (const QString &ddl : std::as_const(ddls))
            QVERIFY2(f.connection->exec(ddl), qPrintable(ddl));
        QCOMPARE(typeRows(), typesBefore);
        QVERIFY2(ddls.at(2).contains(QLatin1String("CONSTRAINT code_upper CHECK")), qPrintable(ddls.at(2)));
        Result<QString> missing = reader.definition({DefinedKind::Type, f.schema, QStringLiteral("nope"), {}});
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    }

    // MariaDB's sequences: listed, and their DDL from the server.
    void readsMariadbSequences()
    {
        const QString dialectName = QStringLiteral("mysql");
        EMPTY_FIXTURE(f, dialectName);
        QVERIFY(f.build({QStringLiteral("CREATE SEQUENCE %1tickets START WITH 5 INCREMENT BY 2")}));
        CatalogReader reader(*f.connection);
        READ(sequences, reader.sequences({f.schema, {}}));
        QCOMPARE(sequences.size(), 1);
        QCOMPARE(sequences[0].name, QStringLiteral("tickets"));
        READ(tables, reader.tables({f.schema, {}}));
        QVERIFY(!findTable(tables, QStringLiteral("tickets"))); // a sequence, not a table
        READ(ddl, reader.definition({DefinedKind::Sequence, f.schema, QStringLiteral("tickets"), {}}));
        QVERIFY2(ddl.contains(QLatin1String("start with 5")) && ddl.contains(QLatin1String("increment by 2")), qPrintable(ddl));
    }

    // The server's DDL recreates the object: dropped, then run again, it is back the same.
    void givesDefinitionsThatRecreateTheObject_data() { dialects(); }
    void givesDefinitionsThatRecreateTheObject()
    {
        FIXTURE(f);
        Status built = f.build(f.dialect.routinesAndTriggers);
        QVERIFY2(built, qPrintable(built ? QString() : message(built.error())));
        built = f.build({QStringLiteral("CREATE TABLE %1lonely (id INTEGER PRIMARY KEY, note VARCHAR(10) DEFAULT 'x' NOT NULL)")});
        QVERIFY(built);
        CatalogReader reader(*f.connection);
        const auto columnsOf = [&](const QString &name) {
            QStringList out;
            Result<QList<TableInfo>> tables = reader.tables({f.schema, name});
            if (tables && !tables->isEmpty())
                for (const ColumnInfo &c : tables->first().columns)
                    out << c.name + QLatin1Char(' ') + c.dataType + (c.nullable ? QString() : QStringLiteral(" not null"));
            return out;
        };
        // In MySQL the DDL names objects without their database: run it there.
        if (f.name == QLatin1String("mysql"))
            QVERIFY(f.connection->exec(QStringLiteral("USE %1").arg(f.schema)));

        const QStringList view = columnsOf(QStringLiteral("big_orders"));
        QVERIFY(!view.isEmpty());
        READ(viewDdl, reader.definition({DefinedKind::View, f.schema, QStringLiteral("big_orders"), {}}));
        QVERIFY2(viewDdl.contains(QLatin1String("orders"), Qt::CaseInsensitive), qPrintable(viewDdl));
        QVERIFY(f.connection->exec(QStringLiteral("DROP VIEW %1big_orders").arg(f.qualifier)));
        QVERIFY(columnsOf(QStringLiteral("big_orders")).isEmpty());
        QVERIFY2(f.connection->exec(viewDdl), qPrintable(viewDdl));
        QCOMPARE(columnsOf(QStringLiteral("big_orders")), view);

        if (f.name == QLatin1String("postgres")) {
            READ(procedureDdl, reader.definition({DefinedKind::Procedure, f.schema, QStringLiteral("noop"), QString()}));
            QVERIFY(f.connection->exec(QStringLiteral("DROP PROCEDURE %1noop()").arg(f.qualifier)));
            QVERIFY2(f.connection->exec(procedureDdl), qPrintable(procedureDdl));
            READ(routines, reader.routines({f.schema, {}}));
            QVERIFY(std::any_of(routines.begin(), routines.end(), [](const RoutineInfo &r) { return r.name == QLatin1String("noop"); }));
            return;
        }
        const QStringList table = columnsOf(QStringLiteral("lonely"));
        READ(tableDdl, reader.definition({DefinedKind::Table, f.schema, QStringLiteral("lonely"), {}}));
        QVERIFY(f.connection->exec(QStringLiteral("DROP TABLE %1lonely").arg(f.qualifier)));
        QVERIFY2(f.connection->exec(tableDdl), qPrintable(tableDdl));
        QCOMPARE(columnsOf(QStringLiteral("lonely")), table);
        if (f.name == QLatin1String("mysql")) {
            READ(procedureDdl, reader.definition({DefinedKind::Procedure, f.schema, QStringLiteral("noop"), {}}));
            QVERIFY(f.connection->exec(QStringLiteral("DROP PROCEDURE %1noop").arg(f.qualifier)));
            QVERIFY2(f.connection->exec(procedureDdl), qPrintable(procedureDdl));
        }
        Result<QString> missing = reader.definition({DefinedKind::Table, f.schema, QStringLiteral("nope"), {}});
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    }

    // PostgreSQL has no function for a table's DDL: noorm's reconstruction recreates every
    // column (serial, identity, generated, collation, default, NOT NULL), key, check,
    // index, trigger and comment, and the catalog reads the same before and after.
    void reconstructsAPostgresTableThatRecreatesIt()
    {
        const QString dialectName = QStringLiteral("postgres");
        EMPTY_FIXTURE(f, dialectName);
        const Status built = f.build(
            {QStringLiteral("CREATE TABLE %1parent (id integer PRIMARY KEY)"),
             QStringLiteral("CREATE TABLE %1rich (id serial PRIMARY KEY, code text COLLATE \"C\" NOT NULL UNIQUE, "
                            "qty integer DEFAULT 1 CHECK (qty > 0), total numeric(10,2) GENERATED ALWAYS AS (qty * 2.5) STORED, "
                            "ident bigint GENERATED BY DEFAULT AS IDENTITY, parent_id integer REFERENCES %1parent (id) ON DELETE CASCADE, "
                            "\"Odd Name\" varchar(20)[], CONSTRAINT rich_code_qty UNIQUE (code, qty))"),
             QStringLiteral("CREATE INDEX rich_qty ON %1rich (qty DESC) WHERE qty > 1"),
             QStringLiteral("CREATE INDEX rich_lower ON %1rich (lower(code))"),
             QStringLiteral("COMMENT ON TABLE %1rich IS 'it''s rich'"),
             QStringLiteral("COMMENT ON COLUMN %1rich.qty IS 'how many'"),
             QStringLiteral("CREATE FUNCTION %1rich_touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$"),
             QStringLiteral("CREATE TRIGGER rich_touch BEFORE INSERT OR UPDATE OF qty ON %1rich FOR EACH ROW "
                            "WHEN (NEW.qty > 1) EXECUTE FUNCTION %1rich_touch()"),
             // Row-level security, its policies and the privileges granted: part of the
             // table as pg_dump writes it (the DDL had none of them).
             QStringLiteral("ALTER TABLE %1rich ENABLE ROW LEVEL SECURITY"),
             QStringLiteral("ALTER TABLE %1rich FORCE ROW LEVEL SECURITY"),
             QStringLiteral("CREATE POLICY rich_read ON %1rich FOR SELECT USING (qty > 0)"),
             QStringLiteral("CREATE POLICY \"Rich cap\" ON %1rich AS RESTRICTIVE FOR UPDATE TO PUBLIC USING (true) WITH CHECK (qty < 100)"),
             QStringLiteral("GRANT SELECT, INSERT ON %1rich TO PUBLIC"),
             QStringLiteral("GRANT UPDATE (qty, code), INSERT (code) ON %1rich TO PUBLIC")});
        QVERIFY2(built, qPrintable(built ? QString() : message(built.error())));
        CatalogReader reader(*f.connection);
        const auto described = [&] {
            QStringList out;
            Result<QList<TableInfo>> tables = reader.tables({f.schema, QStringLiteral("rich")});
            if (!tables || tables->isEmpty())
                return out;
            const TableInfo &t = tables->first();
            for (const ColumnInfo &c : t.columns)
                out << QStringLiteral("column %1 %2 null=%3 default=%4 pk=%5 generated=%6 comment=%7")
                           .arg(c.name, c.dataType).arg(c.nullable).arg(c.defaultValue).arg(c.primaryKey).arg(c.generated).arg(c.comment);
            for (const IndexInfo &i : t.indexes)
                out << QStringLiteral("index %1 (%2) unique=%3 primary=%4").arg(i.name, i.columns.join(QLatin1Char(','))).arg(i.unique).arg(i.primary);
            for (const ForeignKeyInfo &k : t.foreignKeys)
                out << QStringLiteral("fk %1 (%2) %3(%4) %5").arg(k.name, k.columns.join(QLatin1Char(',')), k.referencedTable,
                                                               k.referencedColumns.join(QLatin1Char(',')), k.onDelete);
            for (const ConstraintInfo &c : t.constraints)
                out << QStringLiteral("constraint %1 %2 %3").arg(c.name, c.columns.join(QLatin1Char(',')), c.checkSql);
            Result<QVariant> comment = f.connection->scalar(
                QStringLiteral("SELECT obj_description(to_regclass('%1rich'), 'pg_class')").arg(f.qualifier));
            out << QStringLiteral("comment ") + (comment ? comment->toString() : QStringLiteral("?"));
            Result<QVariant> predicate = f.connection->scalar(
                QStringLiteral("SELECT pg_get_indexdef(to_regclass('%1rich_qty'))").arg(f.qualifier));
            out << (predicate ? predicate->toString() : QStringLiteral("?"));
            // Its triggers come back with it (the DDL had none).
            Result<QVariant> triggers = f.connection->scalar(
                QStringLiteral("SELECT string_agg(pg_get_triggerdef(oid), ';') FROM pg_trigger WHERE tgrelid = to_regclass('%1rich') "
                               "AND NOT tgisinternal").arg(f.qualifier));
            out << (triggers ? triggers->toString() : QStringLiteral("?"));
            for (const char *sql : {"SELECT relrowsecurity::text || ' ' || relforcerowsecurity::text || ' ' || relacl::text FROM pg_class "
                                    "WHERE oid = to_regclass('%1rich')",
                                    "SELECT string_agg(attname || '=' || attacl::text, ';' ORDER BY attnum) FROM pg_attribute "
                                    "WHERE attrelid = to_regclass('%1rich') AND attacl IS NOT NULL",
                                    "SELECT string_agg(policyname || ' ' || permissive || ' ' || cmd || ' ' || roles::text || ' ' || "
                                    "coalesce(qual, '-') || ' ' || coalesce(with_check, '-'), ';' ORDER BY policyname) FROM pg_policies "
                                    "WHERE tablename = 'rich' AND schemaname = '%S'"}) {
                Result<QVariant> v = f.connection->scalar(QString::fromLatin1(sql)
                                                               .replace(QLatin1String("%1"), f.qualifier)
                                                               .replace(QLatin1String("%S"), f.schema));
                out << (v ? v->toString() : QStringLiteral("?"));
            }
            return out;
        };
        const QStringList before = described();
        QVERIFY(before.size() > 10);
        QVERIFY2(before.join(u'\n').contains(QLatin1String("Rich cap RESTRICTIVE UPDATE {public} true (qty < 100)")), qPrintable(before.join(u'\n')));
        QVERIFY2(before.join(u'\n').contains(QLatin1String("true true ")), qPrintable(before.join(u'\n')));
        READ(ddl, reader.definition({DefinedKind::Table, f.schema, QStringLiteral("rich"), {}}));
        QVERIFY2(ddl.startsWith(QStringLiteral("CREATE TABLE %1.rich (\n    id serial,").arg(f.schema)), qPrintable(ddl));
        QVERIFY(f.connection->exec(QStringLiteral("DROP TABLE %1rich").arg(f.qualifier)));
        QVERIFY(described().isEmpty() || described().size() == 2);
        QVERIFY2(f.connection->exec(ddl), qPrintable(ddl));
        QCOMPARE(described(), before);
        Result<QString> missing = reader.definition({DefinedKind::Table, f.schema, QStringLiteral("nope"), {}});
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    }

    // A partitioned table's DDL brings its partitions back, at every level, with their
    // bounds and their own indexes, and its indexes without pg's ON ONLY (which would make
    // an index of the parent alone, invalid until each partition's is attached). Its rows
    // and size are its partitions'.
    void reconstructsAPostgresPartitionedTableThatRecreatesIt()
    {
        const QString dialectName = QStringLiteral("postgres");
        EMPTY_FIXTURE(f, dialectName);
        const Status built = f.build(
            {QStringLiteral("CREATE TABLE %1events (id bigint NOT NULL, at date NOT NULL, kind text NOT NULL, "
                            "PRIMARY KEY (id, at, kind)) PARTITION BY RANGE (at)"),
             QStringLiteral("CREATE TABLE %1events_2025 PARTITION OF %1events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')"),
             QStringLiteral("CREATE TABLE %1events_2026 PARTITION OF %1events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') "
                            "PARTITION BY LIST (kind)"),
             QStringLiteral("CREATE TABLE %1events_2026_a PARTITION OF %1events_2026 FOR VALUES IN ('a')"),
             QStringLiteral("CREATE TABLE %1events_2026_rest PARTITION OF %1events_2026 DEFAULT"),
             QStringLiteral("CREATE TABLE %1events_old PARTITION OF %1events DEFAULT"),
             QStringLiteral("CREATE INDEX events_kind ON %1events (kind)"),
             QStringLiteral("CREATE INDEX events_2025_id ON %1events_2025 (id DESC)"),
             QStringLiteral("INSERT INTO %1events SELECT g, DATE '2025-01-01' + (g % 700), CASE WHEN g % 2 = 0 THEN 'a' ELSE 'b' END "
                            "FROM generate_series(1, 1000) g"),
             QStringLiteral("ANALYZE %1events")});
        QVERIFY2(built, qPrintable(built ? QString() : message(built.error())));
        CatalogReader reader(*f.connection);
        READ(tables, reader.tables({f.schema, QStringLiteral("events")}));
        QCOMPARE(tables.size(), 1);
        QCOMPARE(tables.first().rowEstimate.value_or(-1), 1000);
        QVERIFY(tables.first().sizeBytes.value_or(0) > 0);

        // Every relation of the tree with its bound, every index with its definition.
        const auto described = [&] {
            QStringList out;
            Result<QSqlQuery> rows = f.connection->query(
                QStringLiteral("SELECT c.relname, c.relkind::text, coalesce(pg_get_expr(c.relpartbound, c.oid), ''), "
                               "coalesce((SELECT string_agg(pg_get_indexdef(i.indexrelid), '; ' ORDER BY 1) FROM pg_index i "
                               "WHERE i.indrelid = c.oid), '') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                               "WHERE n.nspname = '%1' AND c.relkind IN ('r', 'p') ORDER BY c.relname").arg(f.schema));
            while (rows && rows->next())
                out << rows->value(0).toString() + QLatin1Char(' ') + rows->value(1).toString() + QLatin1Char(' ')
                           + rows->value(2).toString() + QStringLiteral(" | ") + rows->value(3).toString();
            return out;
        };
        const QStringList before = described();
        QCOMPARE(before.size(), 6);
        READ(ddl, reader.definition({DefinedKind::Table, f.schema, QStringLiteral("events"), {}}));
        QVERIFY2(!ddl.contains(QStringLiteral("ON ONLY")), qPrintable(ddl));
        QVERIFY2(ddl.contains(QStringLiteral("CREATE TABLE %1.events_2026_a PARTITION OF %1.events_2026 FOR VALUES IN ('a');")
                                  .arg(f.schema)), qPrintable(ddl));
        QVERIFY(f.connection->exec(QStringLiteral("DROP TABLE %1events").arg(f.qualifier)));
        QVERIFY(described().isEmpty());
        QVERIFY2(f.connection->exec(ddl), qPrintable(ddl));
        QCOMPARE(described(), before);
        // Rows go where they went before.
        QVERIFY(f.connection->exec(QStringLiteral("INSERT INTO %1events VALUES (1, DATE '2026-03-01', 'a')").arg(f.qualifier)));
        Result<QVariant> landed = f.connection->scalar(QStringLiteral("SELECT count(*) FROM %1events_2026_a").arg(f.qualifier));
        QVERIFY(landed);
        QCOMPARE(landed->toInt(), 1);
    }

    // A table that INHERITS another (PostgreSQL's table inheritance): its DDL names the
    // parent and only its own columns and constraints, so it comes back still inheriting
    // them, and not as a table of its own with copies of them.
    void reconstructsAPostgresTableThatInherits()
    {
        const QString dialectName = QStringLiteral("postgres");
        EMPTY_FIXTURE(f, dialectName);
        const Status built = f.build({QStringLiteral("CREATE TABLE %1city (name text NOT NULL, population integer CHECK (population >= 0))"),
                                      QStringLiteral("CREATE TABLE %1capital (state char(2) NOT NULL) INHERITS (%1city)")});
        QVERIFY2(built, qPrintable(built ? QString() : message(built.error())));
        CatalogReader reader(*f.connection);
        const auto described = [&] {
            Result<QSqlQuery> q = f.connection->query(QStringLiteral(
                "SELECT a.attname || ' local=' || a.attislocal || ' inherited=' || a.attinhcount FROM pg_attribute a "
                "WHERE a.attrelid = to_regclass('%1capital') AND a.attnum > 0 UNION ALL SELECT 'constraint ' || "
                "pg_get_constraintdef(k.oid) || ' local=' || k.conislocal FROM pg_constraint k WHERE k.conrelid = "
                "to_regclass('%1capital') UNION ALL SELECT 'parent ' || i.inhparent::regclass::text FROM pg_inherits i "
                "WHERE i.inhrelid = to_regclass('%1capital') ORDER BY 1").arg(f.qualifier));
            QStringList out;
            while (q && q->next())
                out << q->value(0).toString();
            return out;
        };
        const QStringList before = described();
        QCOMPARE(before.size(), 5); // three columns, the check, the parent
        READ(ddl, reader.definition({DefinedKind::Table, f.schema, QStringLiteral("capital"), {}}));
        QCOMPARE(ddl, QStringLiteral("CREATE TABLE %1.capital (\n    state character(2) NOT NULL\n) INHERITS (%1.city);").arg(f.schema));
        QVERIFY(f.connection->exec(QStringLiteral("DROP TABLE %1capital").arg(f.qualifier)));
        QVERIFY(described().isEmpty());
        QVERIFY2(f.connection->exec(ddl), qPrintable(ddl));
        QCOMPARE(described(), before);
    }

    // A partitioned table lists its partitions, every level, each with its bound and the
    // partition it is in: PostgreSQL's PARTITION OF tables (which are not listed as tables
    // of their own), MySQL's partitions and subpartitions.
    void readsThePartitionsOfAPartitionedTable_data()
    {
        QTest::addColumn<QString>("dialectName");
        QTest::addColumn<QStringList>("ddl");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("postgres") << QStringLiteral("postgres")
                                  << QStringList{
                                         QStringLiteral("CREATE TABLE %1events (at date NOT NULL, kind text NOT NULL) PARTITION BY RANGE (at)"),
                                         QStringLiteral("CREATE TABLE %1events_old PARTITION OF %1events DEFAULT"),
                                         QStringLiteral("CREATE TABLE %1events_2026 PARTITION OF %1events FOR VALUES FROM ('2026-01-01') "
                                                        "TO ('2027-01-01') PARTITION BY LIST (kind)"),
                                         QStringLiteral("CREATE TABLE %1events_2026_a PARTITION OF %1events_2026 FOR VALUES IN ('a')"),
                                         QStringLiteral("CREATE TABLE %1events_2025 PARTITION OF %1events FOR VALUES FROM ('2025-01-01') "
                                                        "TO ('2026-01-01')")}
                                  << QStringList{QStringLiteral("events_2025|FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')|"),
                                                 QStringLiteral("events_2026|FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')|"),
                                                 QStringLiteral("events_2026_a|FOR VALUES IN ('a')|events_2026"),
                                                 QStringLiteral("events_old|DEFAULT|")};
        QTest::newRow("mysql") << QStringLiteral("mysql")
                               << QStringList{QStringLiteral("CREATE TABLE %1events (id int NOT NULL, y int NOT NULL, PRIMARY KEY (id, y)) "
                                                             "PARTITION BY RANGE (y) SUBPARTITION BY HASH (id) SUBPARTITIONS 2 "
                                                             "(PARTITION p2025 VALUES LESS THAN (2026), PARTITION pmax VALUES LESS THAN MAXVALUE)")}
                               << QStringList{QStringLiteral("p2025|VALUES LESS THAN (2026)|"), QStringLiteral("p2025sp0||p2025"),
                                              QStringLiteral("p2025sp1||p2025"), QStringLiteral("pmax|VALUES LESS THAN MAXVALUE|"),
                                              QStringLiteral("pmaxsp0||pmax"), QStringLiteral("pmaxsp1||pmax")};
    }
    void readsThePartitionsOfAPartitionedTable()
    {
        QFETCH(QString, dialectName);
        QFETCH(QStringList, ddl);
        QFETCH(QStringList, expected);
        EMPTY_FIXTURE(f, dialectName);
        const Status built = f.build(ddl);
        QVERIFY2(built, qPrintable(built ? QString() : message(built.error())));
        CatalogReader reader(*f.connection);
        READ(tables, reader.tables({f.schema, {}}));
        QCOMPARE(names(tables), QStringList{QStringLiteral("events")});
        QStringList partitions;
        for (const PartitionInfo &partition : tables.first().partitions)
            partitions << partition.name + QLatin1Char('|') + partition.bound + QLatin1Char('|') + partition.parent;
        QCOMPARE(partitions, expected);
    }

    // The explorer's cheap "anything new?": the same while nothing changes, different after
    // each table made, changed, indexed or dropped (after the drop the schema is the first
    // one again, and may read as it did).
    void fingerprintChangesWithTheSchema_data() { dialects(); }
    void fingerprintChangesWithTheSchema()
    {
        FIXTURE(f);
        CatalogReader reader(*f.connection);
        const CatalogScope scope{f.schema, {}};
        READ(first, reader.fingerprint(scope));
        READ(again, reader.fingerprint(scope));
        QCOMPARE(again, first);
        QVERIFY(f.connection->exec(QStringLiteral("SELECT COUNT(*) FROM %1orders").arg(f.qualifier)));
        READ(afterRead, reader.fingerprint(scope));
        QCOMPARE(afterRead, first);
        QString previous = first;
        for (const QString &ddl : {QStringLiteral("CREATE TABLE %1fresh (id INTEGER)"),
                                   QStringLiteral("ALTER TABLE %1fresh ADD COLUMN note VARCHAR(10)"),
                                   QStringLiteral("CREATE INDEX fresh_note ON %1fresh (note)"),
                                   QStringLiteral("DROP TABLE %1fresh")}) {
            QVERIFY2(f.connection->exec(ddl.arg(f.qualifier)), qPrintable(ddl));
            READ(now, reader.fingerprint(scope));
            QVERIFY2(now != previous, qPrintable(ddl + QStringLiteral(": ") + now));
            previous = now;
        }
    }

    // The explorer hides noorm's own tables and schema unless asked.
    void hidesTheTrackingTablesUnlessAsked_data() { dialects(); }
    void hidesTheTrackingTablesUnlessAsked()
    {
        FIXTURE(f);
        READ(visible, CatalogReader(*f.connection).tables());
        for (const TableInfo &table : visible)
            QVERIFY2(!tracking::isTrackingTableName(table.name), qPrintable(table.schema + '.' + table.name));
        READ(all, CatalogReader(*f.connection, NoormTables::Shown).tables());
        const auto noormTables = std::count_if(all.begin(), all.end(), [](const TableInfo &table) {
            return tracking::isTrackingTableName(table.name);
        });
        QVERIFY(noormTables >= qsizetype(tracking::allTables().size()));
        QCOMPARE(all.size(), visible.size() + noormTables);
        const TableInfo *lock = findTable(all, tracking::lock::table);
        QVERIFY(lock);
        const QString trackingSchema = f.connection->dialect().tracking().schema();
        const QString connectedSchema =
            f.name == QLatin1String("sqlite") ? QStringLiteral("main") : f.config.connection.database;
        QCOMPARE(lock->schema, trackingSchema.isEmpty() ? connectedSchema : trackingSchema);

        READ(schemas, CatalogReader(*f.connection).schemas());
        QVERIFY(!schemas.isEmpty());
        if (!trackingSchema.isEmpty()) {
            QVERIFY(!schemas.contains(trackingSchema));
            READ(allSchemas, CatalogReader(*f.connection, NoormTables::Shown).schemas());
            QVERIFY(allSchemas.contains(trackingSchema));
            QVERIFY(allSchemas.contains(f.schema));
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
