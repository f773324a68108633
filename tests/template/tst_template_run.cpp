// Templates through the runner on live databases: a project whose schema, seed data and
// row-level security come from templates (TypeScript helpers, CSV with quoted fields, YAML,
// an include, a secret) is built on SQLite and PostgreSQL, then rebuilt with nothing to do;
// a file whose render hit the time limit counts the render in its duration.

#include "db/connection.h"
#include "db/database_admin.h"
#include "live.h"
#include "runner/runner.h"
#include "settings/settings.h"
#include "state/state.h"
#include "tempproject.h"
#include "workspace/database_commands.h"
#include "workspace/template_rendering.h"

#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

using namespace noorm;

namespace {

void writeProject(const test::TempProject &p)
{
    p.write(QStringLiteral("sql/$helpers.ts"),
            "export function idColumn(dialect: string): string {\n"
            "    return dialect === 'postgres' ? 'serial PRIMARY KEY' : 'integer PRIMARY KEY AUTOINCREMENT';\n"
            "}\n"
            "export const tableName = (base: string): string => `app_${base}`;\n");
    p.write(QStringLiteral("sql/01_schema/001_users.sql.tmpl"),
            "CREATE TABLE {%~ $.tableName('users') %} (\n"
            "    id {%~ $.idColumn($.config.connection.dialect) %},\n"
            "    name TEXT NOT NULL,\n"
            "    email TEXT NOT NULL\n"
            ");\n");
    // A nearer helper overrides the inherited one for this folder.
    p.write(QStringLiteral("sql/02_seed/$helpers.ts"),
            "export const tableName = (base: string): string => 'app_' + base; // same table, nearer file\n"
            "export function row(name: string, email: string): string { return `(${name}, ${email})`; }\n");
    p.write(QStringLiteral("sql/02_seed/seed-users.csv"),
            "name,email\n\"O'Brien, Pat\",pat@example.com\n\"Zo\xc3\xab \"\"Z\"\" Smith\",zoe@example.com\n\n");
    p.write(QStringLiteral("sql/02_seed/001_users.sql.tmpl"),
            "{% for (const u of $.seedUsers) { %}\n"
            "INSERT INTO {%~ $.tableName('users') %} (name, email) VALUES {%~ $.row($.quote(u.name), $.quote(u.email)) %};\n"
            "{% } %}\n");
    p.write(QStringLiteral("sql/shared/header.sql"), "-- seeded by noorm\n");
    p.write(QStringLiteral("sql/02_seed/002_admin.sql.tmpl"),
            "{%~ await $.include('../shared/header.sql') %}\n"
            "INSERT INTO app_users (name, email) VALUES ('admin', {%~ $.quote($.secrets.ADMIN_EMAIL) %});\n");
    p.write(QStringLiteral("sql/03_security/policies.yml"),
            "tables:\n  - name: app_users\n    column: email\n");
    p.write(QStringLiteral("sql/03_security/001_rls.sql.tmpl"),
            "{% if ($.config.connection.dialect === 'postgres') { %}\n"
            "{% for (const t of $.policies.tables) { %}\n"
            "ALTER TABLE {%~ t.name %} ENABLE ROW LEVEL SECURITY;\n"
            "CREATE POLICY {%~ t.name %}_by_{%~ t.column %} ON {%~ t.name %} FOR SELECT USING ({%~ t.column %} = current_user);\n"
            "{% } %}\n"
            "{% } else { %}\n"
            "SELECT 'row-level security is a PostgreSQL feature';\n"
            "{% } %}\n");
    // The include target must not be built on its own.
    p.write(QStringLiteral(".noorm/settings.yml"), "build:\n  exclude: [shared]\n");
}

QVariant scalar(Connection &c, const QString &sql)
{
    Result<QVariant> v = c.scalar(sql, {});
    if (!v)
        qWarning("%s", qPrintable(v.error().toString()));
    return v ? *v : QVariant();
}

} // namespace

class TestTemplateRun : public QObject {
    Q_OBJECT
private slots:
    void buildsTemplatedProject_data()
    {
        noorm::test::addDialectRows("dialect", {QStringLiteral("sqlite"), QStringLiteral("postgres")});
    }

    void buildsTemplatedProject()
    {
        QFETCH(QString, dialect);
        test::TempProject p;
        writeProject(p);
        Config config;
        config.name = QStringLiteral("dev");
        config.connection.dialect = dialect;
        if (dialect == QLatin1String("sqlite")) {
            config.connection.database = QStringLiteral("./dev.db");
        } else {
            NOORM_REQUIRE_LIVE(server, "postgres");
            config.connection.host = server.host;
            config.connection.port = server.port;
            config.connection.user = server.user;
            config.connection.password = Secret(server.password);
            config.connection.database =
                QStringLiteral("noorm_tmpl_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        }
        QVERIFY(DatabaseAdmin::createDatabase(config, p.root()).ok());
        auto dropAfter = qScopeGuard([&] {
            if (dialect != QLatin1String("sqlite"))
                (void)DatabaseAdmin::dropDatabase(config, p.root());
        });

        State state;
        state.configs.insert(config.name, config);
        state.secrets[config.name].insert(QStringLiteral("ADMIN_EMAIL"), Secret(QStringLiteral("ad'min@example.com")));
        Settings settings;
        settings.buildExclude = {QStringLiteral("shared")};

        for (int pass = 0; pass < 2; ++pass) {
            Result<TrackedConnection> tracked = connectTracked(config, p.root());
            QVERIFY2(tracked.ok(), qPrintable(tracked.ok() ? QString() : tracked.error().toString()));
            Runner runner(RunContext{config, p.root(), QStringLiteral("Test <t@x>")}, tracked->connection.get());
            runner.setTemplateRenderer(makeTemplateRenderer(config, state, p.root()));
            Result<RunReport> report = runner.build(settings);
            QVERIFY(report.ok());
            QVERIFY2(report->succeeded(), qPrintable(report->firstError ? report->firstError->toString() : QString()));
            QCOMPARE(report->files.size(), 4);
            if (pass == 0) {
                QCOMPARE(report->filesRun, 4);
                Connection &c = *tracked->connection;
                QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM app_users")).toInt(), 3);
                QCOMPARE(scalar(c, QStringLiteral("SELECT name FROM app_users WHERE email = 'pat@example.com'")).toString(),
                         QStringLiteral("O'Brien, Pat"));
                QCOMPARE(scalar(c, QStringLiteral("SELECT email FROM app_users WHERE name = 'admin'")).toString(),
                         QStringLiteral("ad'min@example.com"));
                QCOMPARE(scalar(c, QStringLiteral("SELECT email FROM app_users WHERE name LIKE 'Zo%'")).toString(),
                         QStringLiteral("zoe@example.com"));
                if (dialect == QLatin1String("postgres"))
                    QCOMPARE(scalar(c, QStringLiteral("SELECT policyname FROM pg_policies WHERE tablename = 'app_users'")).toString(),
                             QStringLiteral("app_users_by_email"));
            } else {
                QCOMPARE(report->filesSkipped, 4); // rendered output unchanged: nothing runs again
            }
        }
    }

    // A render stopped at the time limit took that long: the file's duration says so, in
    // the report and in its tracking row (it used to say 0 ms).
    void durationOfAFileThatFailedToRenderIncludesTheRender()
    {
        test::TempProject p;
        p.write(QStringLiteral("sql/001_loop.sql.tmpl"), "{% while (true) {} %}\n");
        Config config;
        config.name = QStringLiteral("dev");
        config.connection.dialect = QStringLiteral("sqlite");
        config.connection.database = QStringLiteral("./dev.db");
        Result<TrackedConnection> tracked = connectTracked(config, p.root());
        QVERIFY2(tracked.ok(), qPrintable(tracked.ok() ? QString() : tracked.error().toString()));
        const std::chrono::milliseconds limit(200);
        Runner runner(RunContext{config, p.root(), QStringLiteral("Test <t@x>")}, tracked->connection.get());
        runner.setTemplateRenderer(makeTemplateRenderer(config, State(), p.root(), {}, limit));
        Result<RunReport> report = runner.build(Settings());
        QVERIFY(report.ok());
        const FileResult &file = report->files.at(0);
        QCOMPARE(file.status, FileStatus::Failed);
        QVERIFY2(file.error->message.contains(QLatin1String("interrupted after 200 ms")), qPrintable(file.error->toString()));
        QVERIFY2(file.durationMs >= limit.count(), qPrintable(QString::number(file.durationMs)));
        QVERIFY(report->durationMs >= limit.count());
        const QVariant recorded = scalar(*tracked->connection, QStringLiteral("SELECT duration_ms FROM __noorm_executions__"));
        QVERIFY2(recorded.toLongLong() >= limit.count(), qPrintable(recorded.toString()));
    }
};

QTEST_GUILESS_MAIN(TestTemplateRun)
#include "tst_template_run.moc"
