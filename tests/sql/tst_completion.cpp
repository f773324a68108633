// What the SQL editor offers at the cursor, from a catalog: a schema's tables after
// "schema.", a table's columns after its alias or name, and names that start with the word
// typed, the statement's own columns first.

#include "sql/sql_completion.h"

#include <QtTest>

using namespace noorm;

namespace {

TableInfo table(const QString &schema, const QString &name, const QStringList &columns)
{
    TableInfo t;
    t.schema = schema;
    t.name = name;
    int position = 0;
    for (const QString &c : columns) {
        ColumnInfo column;
        column.name = c;
        column.position = ++position;
        t.columns << column;
    }
    return t;
}

DatabaseObjects shop()
{
    DatabaseObjects o;
    o.tables << table(QStringLiteral("public"), QStringLiteral("customers"), {QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("name")})
             << table(QStringLiteral("public"), QStringLiteral("orders"), {QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("status")})
             << table(QStringLiteral("audit"), QStringLiteral("events"), {QStringLiteral("id"), QStringLiteral("kind")});
    return o;
}

// `text` with "|" marking the cursor.
SqlCompletion::Candidates complete(const SqlCompletion &c, QString text)
{
    const int at = int(text.indexOf(QLatin1Char('|')));
    text.remove(at, 1);
    return c.at(text, at);
}

} // namespace

class TestCompletion : public QObject {
    Q_OBJECT
private slots:
    void completesAnAliasWithItsTablesColumns()
    {
        const SqlCompletion c(shop());
        const auto r = complete(c, QStringLiteral("SELECT o.| FROM orders AS o JOIN customers c ON c.id = o.customer_id"));
        QCOMPARE(r.words, (QStringList{QStringLiteral("customer_id"), QStringLiteral("id"), QStringLiteral("status")}));
        const auto bare = complete(c, QStringLiteral("SELECT c.em| FROM orders o JOIN customers c ON c.id = o.customer_id"));
        QCOMPARE(bare.words, QStringList{QStringLiteral("email")});
        QCOMPARE(bare.replaceFrom, 9);
        // The table's own name works as a qualifier too; quoted names are read unquoted.
        QCOMPARE(complete(c, QStringLiteral("SELECT orders.st| FROM \"orders\"")).words, QStringList{QStringLiteral("status")});
    }

    void completesASchemasTables()
    {
        const SqlCompletion c(shop());
        QCOMPARE(complete(c, QStringLiteral("SELECT * FROM audit.|")).words, QStringList{QStringLiteral("events")});
        QCOMPARE(complete(c, QStringLiteral("SELECT * FROM public.o|")).words, QStringList{QStringLiteral("orders")});
    }

    void completesAWordFromKeywordsTablesAndTheStatementsColumns()
    {
        const SqlCompletion c(shop());
        const auto r = complete(c, QStringLiteral("SELECT cu| FROM orders"));
        QCOMPARE(r.words.value(0), QStringLiteral("customer_id")); // the statement's column first
        QVERIFY(r.words.contains(QStringLiteral("customers")));
        QVERIFY(r.words.contains(QStringLiteral("CURRENT_DATE")));
        QVERIFY(!complete(c, QStringLiteral("SEL|")).words.isEmpty());
        QCOMPARE(complete(c, QStringLiteral("SELECT |")).words, QStringList()); // nothing typed: nothing offered
        // Another statement's tables do not count.
        const auto other = complete(c, QStringLiteral("SELECT * FROM customers; SELECT em|"));
        QVERIFY(!other.words.contains(QStringLiteral("email")));
    }

    void staysBoundedOnABigCatalog()
    {
        DatabaseObjects many;
        for (int i = 0; i < 2000; ++i)
            many.tables << table(QStringLiteral("public"), QStringLiteral("t%1").arg(i, 5, 10, QLatin1Char('0')),
                                 {QStringLiteral("id"), QStringLiteral("c0"), QStringLiteral("c1")});
        const SqlCompletion c(many);
        const auto r = complete(c, QStringLiteral("SELECT * FROM t|"));
        QCOMPARE(r.words.size(), SqlCompletion::kMax);
        QCOMPARE(r.words.constFirst(), QStringLiteral("t00000"));
        QCOMPARE(complete(c, QStringLiteral("SELECT x.| FROM t01999 x")).words,
                 (QStringList{QStringLiteral("c0"), QStringLiteral("c1"), QStringLiteral("id")}));
    }
};

QTEST_GUILESS_MAIN(TestCompletion)
#include "tst_completion.moc"
