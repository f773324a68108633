// Template inspection (`run inspect`): what `$` holds for a template without rendering it —
// data files by type and shape, helpers with the file that wins, built-ins, config, secret
// names (never values), the environment — and the errors of a broken data file or helper.

#include "template/template_engine.h"
#include "tempproject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace noorm;

namespace {

TemplateContextInputs inputsFor(const test::TempProject &p)
{
    TemplateContextInputs in;
    in.projectRoot = p.root();
    in.sqlRoot = p.path(QStringLiteral("sql"));
    in.config.name = QStringLiteral("dev");
    in.config.connection.dialect = QStringLiteral("postgres");
    in.config.connection.database = QStringLiteral("app");
    in.config.connection.password = Secret(QStringLiteral("pw-never-shown-41"));
    in.secrets.insert(QStringLiteral("API_KEY"), Secret(QStringLiteral("key-never-shown-42")));
    in.secrets.insert(QStringLiteral("ADMIN_EMAIL"), Secret(QStringLiteral("admin@never-shown.example")));
    in.globalSecrets.insert(QStringLiteral("SHARED_TOKEN"), Secret(QStringLiteral("tok-never-shown-43")));
    return in;
}

const TemplateContextEntry *find(const QList<TemplateContextEntry> &entries, const QString &key)
{
    for (const TemplateContextEntry &e : entries)
        if (e.key == key)
            return &e;
    return nullptr;
}

QStringList keysOf(const QList<TemplateContextEntry> &entries)
{
    QStringList keys;
    for (const TemplateContextEntry &e : entries)
        keys << e.key;
    return keys;
}

void writeProject(const test::TempProject &p)
{
    p.write(QStringLiteral("sql/$helpers.ts"),
            "export function tableName(base: string): string { return `t_${base}`; }\n"
            "export const idColumn = (): string => 'serial';\n");
    p.write(QStringLiteral("sql/seed/$helpers.js"), "export function tableName(b) { return 'near_' + b; }\n");
    p.write(QStringLiteral("sql/seed/seed-users.csv"), "name,email\nada,ada@example.com\nbob,bob@example.com\n");
    p.write(QStringLiteral("sql/seed/policies.yml"), "tables:\n  - name: users\n    column: email\nenabled: true\n");
    p.write(QStringLiteral("sql/seed/roles.json"), "[\"reader\", \"writer\", \"owner\"]\n");
    p.write(QStringLiteral("sql/seed/limits.js"), "export default { max: 9, label: 'a long label that goes on and on' };\n");
    p.write(QStringLiteral("sql/seed/notes.sql"), "not data\n");
    // The template itself would fail to render: inspecting it must not run it.
    p.write(QStringLiteral("sql/seed/001_users.sql.tmpl"), "{% throw new Error('rendered!') %}\n");
}

} // namespace

class TstTemplateInspect : public QObject {
    Q_OBJECT

private slots:
    void describesWhatTheTemplateCanUse()
    {
        test::TempProject p;
        writeProject(p);
        TemplateEngine engine;
        const auto r = engine.inspect(p.path(QStringLiteral("sql/seed/001_users.sql.tmpl")), inputsFor(p));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));

        QCOMPARE(keysOf(r->dataFiles), (QStringList{QStringLiteral("limits"), QStringLiteral("policies"),
                                                    QStringLiteral("roles"), QStringLiteral("seedUsers")}));
        const TemplateContextEntry *users = find(r->dataFiles, QStringLiteral("seedUsers"));
        QCOMPARE(users->type, QStringLiteral("Array [2]"));
        QCOMPARE(users->shape, QStringList{QStringLiteral("Array [2] of {name, email}")});
        QCOMPARE(users->source, p.path(QStringLiteral("sql/seed/seed-users.csv")));
        const TemplateContextEntry *policies = find(r->dataFiles, QStringLiteral("policies"));
        QCOMPARE(policies->type, QStringLiteral("Object {tables, enabled}"));
        QCOMPARE(policies->shape, (QStringList{QStringLiteral("Object"), QStringLiteral("  tables: Array [1] of {name, column}"),
                                               QStringLiteral("  enabled: boolean")}));
        QCOMPARE(find(r->dataFiles, QStringLiteral("roles"))->shape, QStringList{QStringLiteral("Array [3] of string")});
        QCOMPARE(find(r->dataFiles, QStringLiteral("limits"))->source, p.path(QStringLiteral("sql/seed/limits.js")));

        // Helpers from the SQL root down; the nearer file wins a name.
        QCOMPARE(keysOf(r->helpers), (QStringList{QStringLiteral("idColumn"), QStringLiteral("tableName")}));
        QCOMPARE(find(r->helpers, QStringLiteral("tableName"))->source, p.path(QStringLiteral("sql/seed/$helpers.js")));
        QCOMPARE(find(r->helpers, QStringLiteral("idColumn"))->source, p.path(QStringLiteral("sql/$helpers.ts")));
        QCOMPARE(find(r->helpers, QStringLiteral("idColumn"))->type, QStringLiteral("Function"));

        QCOMPARE(r->builtins, (QStringList{QStringLiteral("escape"), QStringLiteral("include"), QStringLiteral("json"),
                                           QStringLiteral("now"), QStringLiteral("quote"), QStringLiteral("uuid")}));
        QVERIFY2(r->config.type.startsWith(QLatin1String("Object {")), qPrintable(r->config.type));
        QVERIFY(r->config.source.isEmpty());
        QVERIFY2(r->config.shape.contains(QStringLiteral("  name: string")), qPrintable(r->config.shape.join('\n')));
        QCOMPARE(r->secrets, (QStringList{QStringLiteral("ADMIN_EMAIL"), QStringLiteral("API_KEY")}));
        QCOMPARE(r->globalSecrets, QStringList{QStringLiteral("SHARED_TOKEN")});
        QVERIFY(r->environmentVariables > 0);
        QCOMPARE(r->file, p.path(QStringLiteral("sql/seed/001_users.sql.tmpl")));
    }

    void neverShowsASecretValue()
    {
        test::TempProject p;
        writeProject(p);
        // A data file that happens to hold the password: shown masked, like everywhere else.
        p.write(QStringLiteral("sql/seed/leak.json"), "{\"pw\": \"pw-never-shown-41\"}\n");
        p.write(QStringLiteral("sql/seed/pw.json"), "\"pw-never-shown-41\"\n");
        // Longer than what is shown of a string: masked before it is shortened.
        p.write(QStringLiteral("sql/seed/long.json"), "\"admin@never-shown.example and more text\"\n");
        TemplateEngine engine;
        const auto r = engine.inspect(p.path(QStringLiteral("sql/seed/001_users.sql.tmpl")), inputsFor(p));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        const QByteArray json = QJsonDocument(r->toJson(p.root())).toJson();
        for (const char *value : {"never-shown"})
            QVERIFY2(!json.contains(value), json.constData());
        QVERIFY(json.contains("API_KEY"));
        QVERIFY(json.contains("SHARED_TOKEN"));
        QVERIFY2(json.contains("\"source\": \"sql/seed/seed-users.csv\""), json.constData());
        QCOMPARE(r->toJson(p.root())[QStringLiteral("file")].toString(), QStringLiteral("sql/seed/001_users.sql.tmpl"));
    }

    void configDataFileReplacesTheConfig()
    {
        test::TempProject p;
        p.write(QStringLiteral("sql/config.yml"), "region: eu\nreplicas: 3\n");
        const QString file = p.write(QStringLiteral("sql/t.sql.tmpl"), "SELECT 1;\n");
        TemplateEngine engine;
        const auto r = engine.inspect(file, inputsFor(p));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->config.type, QStringLiteral("Object {region, replicas}"));
        QCOMPARE(r->config.source, p.path(QStringLiteral("sql/config.yml")));
        QVERIFY(!find(r->dataFiles, QStringLiteral("config")));
    }

    void brokenModuleNamesFileAndLine_data()
    {
        QTest::addColumn<QString>("module");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("data file") << "sql/bad-data.json" << QByteArray("{\n  \"a\": 1,\n  \"b\": [\n}\n") << 4;
        QTest::newRow("helper") << "sql/$helpers.ts" << QByteArray("export const f = (x: number): number => x;\nexport const g: number = ;\n") << 2;
    }
    void brokenModuleNamesFileAndLine()
    {
        QFETCH(QString, module);
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        test::TempProject p;
        const QString bad = p.write(module, text);
        const QString file = p.write(QStringLiteral("sql/t.sql.tmpl"), "SELECT 1;\n");
        TemplateEngine engine;
        const auto r = engine.inspect(file, inputsFor(p));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().file, bad);
        QCOMPARE(r.error().line, line);
    }

    void runawayHelperIsInterrupted()
    {
        test::TempProject p;
        p.write(QStringLiteral("sql/$helpers.js"), "while (true) {}\nexport const f = 1;\n");
        const QString file = p.write(QStringLiteral("sql/t.sql.tmpl"), "SELECT 1;\n");
        TemplateEngine engine;
        engine.setTimeLimit(std::chrono::milliseconds(300));
        const auto r = engine.inspect(file, inputsFor(p));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("interrupted")), qPrintable(r.error().message));
        // Usable again afterwards.
        p.write(QStringLiteral("sql/$helpers.js"), "export const f = 1;\n");
        QVERIFY(engine.inspect(file, inputsFor(p)).ok());
    }

    void refusesWhatIsNotATemplateInTheProject()
    {
        test::TempProject p;
        test::TempProject outside;
        const QString plain = p.write(QStringLiteral("sql/plain.sql"), "SELECT 1;\n");
        const QString away = outside.write(QStringLiteral("sql/t.sql.tmpl"), "SELECT 1;\n");
        TemplateEngine engine;
        auto r = engine.inspect(plain, inputsFor(p));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::InvalidInput);
        r = engine.inspect(away, inputsFor(p));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().file, away);
        r = engine.inspect(p.path(QStringLiteral("sql/missing.sql.tmpl")), inputsFor(p));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TstTemplateInspect)
#include "tst_template_inspect.moc"
