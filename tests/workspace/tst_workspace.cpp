// core/workspace: the state changed only through updateState (a failed change leaves file
// and memory as they were), config validate changing nothing in the database, and where
// the log may go. Runs against the real keychain (scripts/test.sh).

#include "db/connection.h"
#include "db/tracking_schema.h"
#include "identity/identity_service.h"
#include "live.h"
#include "project/project.h"
#include "tempproject.h"
#include "workspace/config_store.h"
#include "workspace/log_location.h"
#include "workspace/secret_store.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include "operations/change_operation.h"
#include "operations/run_operation.h"
#include "workspace/config_resolver.h"
#include "workspace/lock_commands.h"
#include <QTemporaryDir>
#include <QtTest>

using namespace noorm;
using noorm::test::TempProject;

namespace {

QJsonObject sqliteConfig(const QString &name, const QString &file)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("connection"),
             QJsonObject{{QStringLiteral("dialect"), QStringLiteral("sqlite")}, {QStringLiteral("database"), file}}}};
}

} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    std::shared_ptr<IdentityService> m_identity;

    // A project with .noorm/settings.yml (written by `init`'s code) in `p`.
    Result<Workspace> project(const TempProject &p)
    {
        if (Result<InitReport> made = Project::init(p.root()); !made)
            return made.error();
        return Workspace::open(m_identity, p.root());
    }

private slots:
    void initTestCase()
    {
        qputenv("NOORM_HOME", m_home.path().toUtf8());
        m_identity = std::make_shared<IdentityService>(IdentityOptions{m_home.path(), std::nullopt, {}});
        Result<CryptoIdentity> created =
            m_identity->create({QStringLiteral("Test User"), QStringLiteral("test@example.com"), true});
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    }

    void failedSaveLeavesStateInMemoryUnchanged()
    {
        TempProject p;
        Result<Workspace> ws = project(p);
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().toString()));
        ConfigStore store(*ws);
        QVERIFY(store.add(sqliteConfig(QStringLiteral("dev"), QStringLiteral("dev.db")), false));
        // Something else makes the state file unwritable (here: a folder took its place).
        const QString statePath = p.path(QStringLiteral(".noorm/state/state.enc"));
        QVERIFY(QFile::rename(statePath, statePath + QStringLiteral(".moved")));
        QVERIFY(QDir().mkpath(statePath));
        QVERIFY(!store.add(sqliteConfig(QStringLiteral("new"), QStringLiteral("new.db")), false));
        QVERIFY(!store.edit(QStringLiteral("dev"), QJsonObject{{QStringLiteral("isTest"), true}}));
        Result<QList<ConfigSummary>> configs = store.list();
        QVERIFY(configs);
        QCOMPARE(configs->size(), 1);
        QCOMPARE(configs->first().name, QStringLiteral("dev"));
        QVERIFY(!configs->first().isTest);
    }

    // The SDK's requireTest: every operation of the workspace refuses a config not marked isTest.
    void requireTestRefusesAConfigNotMarkedTest()
    {
        TempProject p;
        Result<Workspace> ws = project(p);
        QVERIFY(ws);
        ConfigStore store(*ws);
        QVERIFY(store.add(sqliteConfig(QStringLiteral("dev"), QStringLiteral("dev.db")), true));
        QJsonObject test = sqliteConfig(QStringLiteral("test"), QStringLiteral("test.db"));
        test.insert(QStringLiteral("isTest"), true);
        QVERIFY(store.add(test, false));
        ResolveRequest dev;
        dev.name = QStringLiteral("dev");
        QVERIFY(ws->resolveConfig(dev)); // not asked for: any config
        ws->requireTestConfigs();
        Result<Config> refused = ws->resolveConfig(dev);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("isTest")), qPrintable(refused.error().message));
        // An operation on it stops before connecting: no database file appears.
        RunRequest run;
        run.config = dev;
        Cancellation cancellation;
        Result<RunOutcome> outcome = RunOperation(*ws, run, {}).run(cancellation);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().kind, ErrorKind::Refused);
        QVERIFY(!QFile::exists(p.path(QStringLiteral("dev.db"))));
        // A config the program builds itself goes through the same check: the lock commands.
        Config handMade;
        handMade.name = QStringLiteral("handmade");
        handMade.connection.dialect = QStringLiteral("sqlite");
        handMade.connection.database = QStringLiteral("./handmade.db");
        Result<LockInfo> lock = acquireLock(*ws, handMade, LockOptions{});
        QVERIFY(!lock);
        QCOMPARE(lock.error().kind, ErrorKind::Refused);
        QVERIFY(!QFile::exists(p.path(QStringLiteral("handmade.db"))));
        ResolveRequest testRequest;
        testRequest.name = QStringLiteral("test");
        QVERIFY(ws->resolveConfig(testRequest));
        QVERIFY(ws->requiresTestConfigs());
    }

    // settings.yml's paths are where a config looks unless it names its own: one added
    // without paths, an env-only one, and the change names the shell completes.
    void configsWithoutPathsUseTheSettingsPaths()
    {
        TempProject p;
        QVERIFY(Project::init(p.root()));
        QByteArray yml = p.read(QStringLiteral(".noorm/settings.yml"));
        yml.replace("sql: ./sql", "sql: ./db/schema").replace("changes: ./changes", "changes: ./db/migrations");
        p.write(QStringLiteral(".noorm/settings.yml"), yml);
        p.write(QStringLiteral("db/migrations/2026-03-01-add-tags/change/001_tags.sql"), "CREATE TABLE tags (id int);\n");
        p.write(QStringLiteral("changes/2026-09-09-decoy/change/001_decoy.sql"), "SELECT 1;\n");
        Result<Workspace> ws = Workspace::open(m_identity, p.root());
        QVERIFY(ws);
        QCOMPARE(ChangeOperation(*ws, {}, {}).changeNames(), QStringList{QStringLiteral("2026-03-01-add-tags")}); // no config yet

        ConfigStore store(*ws);
        Result<Config> plain = store.add(sqliteConfig(QStringLiteral("dev"), QStringLiteral("dev.db")), true);
        QVERIFY2(plain, qPrintable(plain ? QString() : plain.error().message));
        QCOMPARE(plain->sqlPath, QStringLiteral("./db/schema"));
        QCOMPARE(plain->changesPath, QStringLiteral("./db/migrations"));
        QJsonObject own = sqliteConfig(QStringLiteral("own"), QStringLiteral("own.db"));
        own.insert(QStringLiteral("paths"), QJsonObject{{QStringLiteral("changes"), QStringLiteral("./changes")}});
        Result<Config> explicitPaths = store.add(own, false);
        QVERIFY(explicitPaths);
        QCOMPARE(explicitPaths->changesPath, QStringLiteral("./changes"));
        QCOMPARE(explicitPaths->sqlPath, QStringLiteral("./db/schema"));

        QCOMPARE(ChangeOperation(*ws, {}, {}).changeNames(), QStringList{QStringLiteral("2026-03-01-add-tags")}); // dev, active
        ChangeRequest ownRequest;
        ownRequest.config.name = QStringLiteral("own");
        QCOMPARE(ChangeOperation(*ws, ownRequest, {}).changeNames(), QStringList{QStringLiteral("2026-09-09-decoy")});

        ResolveRequest envOnly;
        envOnly.env = QProcessEnvironment();
        envOnly.env.insert(QStringLiteral("NOORM_CONNECTION_DIALECT"), QStringLiteral("sqlite"));
        envOnly.env.insert(QStringLiteral("NOORM_CONNECTION_DATABASE"), QStringLiteral("env.db"));
        State none;
        Result<Config> env = resolveConfig(none, ws->settings(), envOnly);
        QVERIFY2(env, qPrintable(env ? QString() : env.error().message));
        QCOMPARE(env->changesPath, QStringLiteral("./db/migrations"));
        QCOMPARE(configSources(none, ws->settings(), envOnly).value().value(QStringLiteral("paths.changes")).toString(),
                 QStringLiteral("settings"));

        // A path settings.yml leaves empty is the default one, not an empty one.
        ws->settings().sqlPath.clear();
        Result<Config> defaulted = store.add(sqliteConfig(QStringLiteral("third"), QStringLiteral("third.db")), false);
        QVERIFY2(defaulted, qPrintable(defaulted ? QString() : defaulted.error().message));
        QCOMPARE(defaulted->sqlPath, QStringLiteral("./sql"));
        QCOMPARE(resolveConfig(none, ws->settings(), envOnly).value().sqlPath, QStringLiteral("./sql"));
    }

    void updateSeesWhatAnotherWriterSaved()
    {
        TempProject p;
        Result<Workspace> first = project(p);
        QVERIFY(first);
        Result<Workspace> second = Workspace::open(m_identity, p.root());
        QVERIFY(second);
        QVERIFY((*second).state()); // loaded before the other writer saves
        QVERIFY(ConfigStore(*first).add(sqliteConfig(QStringLiteral("a"), QStringLiteral("a.db")), false));
        QVERIFY(ConfigStore(*second).add(sqliteConfig(QStringLiteral("b"), QStringLiteral("b.db")), false));
        Result<Workspace> reader = Workspace::open(m_identity, p.root());
        QVERIFY(reader);
        Result<QList<ConfigSummary>> configs = ConfigStore(*reader).list();
        QVERIFY(configs);
        QCOMPARE(configs->size(), 2);
    }

    void validateCreatesNoDatabaseFile()
    {
        TempProject p;
        Result<Workspace> ws = project(p);
        QVERIFY(ws);
        ConfigStore store(*ws);
        QVERIFY(store.add(sqliteConfig(QStringLiteral("dev"), QStringLiteral("dev.db")), true));
        ResolveRequest request;
        request.name = QStringLiteral("dev");
        Result<ConfigValidation> v = store.validate(request);
        QVERIFY2(v, qPrintable(v ? QString() : v.error().toString()));
        QVERIFY(v->ok());
        QVERIFY(v->connection.databaseMissing);
        QVERIFY(!QFile::exists(p.path(QStringLiteral("dev.db"))));
    }

    void validateReportsMissingTrackingTablesWithoutCreatingThem()
    {
        TempProject p;
        Result<Workspace> ws = project(p);
        QVERIFY(ws);
        ConfigStore store(*ws);
        QVERIFY(store.add(sqliteConfig(QStringLiteral("dev"), QStringLiteral("dev.db")), true));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
            db.setDatabaseName(p.path(QStringLiteral("dev.db")));
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE users (id INTEGER)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("seed"));
        ResolveRequest request;
        request.name = QStringLiteral("dev");
        Result<ConfigValidation> v = store.validate(request);
        QVERIFY(v);
        QVERIFY(v->connection.ok);
        QVERIFY(v->connection.tracking);
        QCOMPARE(v->connection.tracking->state, TrackingInspection::State::Missing);
        Result<Config> config = ws->resolveConfig(request);
        QVERIFY(config);
        Result<std::unique_ptr<Connection>> conn = Connection::open(*config, p.root());
        QVERIFY(conn);
        QVERIFY(!TrackingSchema::tablesExist(**conn));
        // After ensure(), validate says current.
        QVERIFY(TrackingSchema::ensure(**conn));
        Result<ConfigValidation> after = store.validate(request);
        QVERIFY(after && after->connection.tracking);
        QCOMPARE(after->connection.tracking->state, TrackingInspection::State::Current);
    }

    void validateChangesNothingOnPostgres()
    {
        NOORM_REQUIRE_LIVE(pg, "postgres");
        TempProject p;
        Result<Workspace> ws = project(p);
        QVERIFY(ws);
        // A fresh database, so no earlier test's tracking tables are there.
        const QString dbName = QStringLiteral("validate_%1").arg(QCoreApplication::applicationPid());
        Config admin;
        admin.name = QStringLiteral("admin");
        admin.connection.dialect = QStringLiteral("postgres");
        admin.connection.host = pg.host;
        admin.connection.port = pg.port;
        admin.connection.database = pg.database;
        admin.connection.user = pg.user;
        admin.connection.password = Secret(pg.password);
        Result<std::unique_ptr<Connection>> adminConn = Connection::open(admin, p.root());
        QVERIFY2(adminConn, qPrintable(adminConn ? QString() : adminConn.error().toString()));
        (void)(*adminConn)->exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(dbName));
        QVERIFY((*adminConn)->exec(QStringLiteral("CREATE DATABASE %1").arg(dbName)));
        QJsonObject fields{{QStringLiteral("name"), QStringLiteral("pg")},
                           {QStringLiteral("connection"),
                            QJsonObject{{QStringLiteral("dialect"), QStringLiteral("postgres")},
                                        {QStringLiteral("host"), pg.host},
                                        {QStringLiteral("port"), pg.port},
                                        {QStringLiteral("user"), pg.user},
                                        {QStringLiteral("password"), pg.password},
                                        {QStringLiteral("database"), dbName}}}};
        ConfigStore store(*ws);
        QVERIFY(store.add(fields, true));
        ResolveRequest request;
        request.name = QStringLiteral("pg");
        Result<ConfigValidation> v = store.validate(request);
        QVERIFY2(v && v->connection.ok, qPrintable(v ? v->connection.error : v.error().toString()));
        QCOMPARE(v->connection.tracking->state, TrackingInspection::State::Missing);
        {
            Result<Config> config = ws->resolveConfig(request);
            Result<std::unique_ptr<Connection>> conn = Connection::open(*config, p.root());
            QVERIFY(conn);
            Result<QVariant> schema = (*conn)->scalar(
                QStringLiteral("SELECT 1 FROM information_schema.schemata WHERE schema_name = 'noorm'"));
            QVERIFY(schema);
            QVERIFY2(!schema->isValid(), "config validate created the noorm schema");
        }
        QVERIFY((*adminConn)->exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(dbName)));
    }

    void committedSettingsKeepTheLogInsideNoorm_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("default") << QStringLiteral(".noorm/state/noorm.log") << true;
        QTest::newRow("elsewhere in .noorm") << QStringLiteral(".noorm/logs/run.log") << true;
        QTest::newRow("outside the project") << QStringLiteral("../victim/app.log") << false;
        QTest::newRow("absolute") << QStringLiteral("/tmp/noorm-attack.log") << false;
        QTest::newRow("the state") << QStringLiteral(".noorm/state/state.enc") << false;
        QTest::newRow("the settings") << QStringLiteral(".noorm/settings.yml") << false;
        QTest::newRow("a sql file") << QStringLiteral("sql/001_users.sql") << false;
        QTest::newRow("dot-dot back in") << QStringLiteral(".noorm/../sql/x.log") << false;
        QTest::newRow("through a link") << QStringLiteral(".noorm/out/x.log") << false;
    }
    void committedSettingsKeepTheLogInsideNoorm()
    {
        QFETCH(QString, file);
        QFETCH(bool, accepted);
        TempProject p;
        Result<Workspace> ws = project(p);
        QVERIFY(ws);
        QTemporaryDir outside;
        QVERIFY(QFile::link(outside.path(), p.path(QStringLiteral(".noorm/out"))));
        ws->settings().logging.file = file;
        Result<LogOptions> options = projectLogOptions(*ws, QString(), QString());
        QCOMPARE(options.ok(), accepted);
        if (!accepted) {
            QCOMPARE(options.error().key, QStringLiteral("logging.file"));
            QVERIFY(options.error().file.endsWith(QLatin1String(".noorm/settings.yml")));
            QCOMPARE(defaultLogOptions(*ws, QString()).file, p.path(QStringLiteral(".noorm/state/noorm.log")));
        }
        // The user's own choice may be anywhere.
        Result<LogOptions> user = projectLogOptions(*ws, outside.filePath(QStringLiteral("mine.log")), QString());
        QVERIFY(user);
        QCOMPARE(user->file, outside.filePath(QStringLiteral("mine.log")));
    }

    // Two projects open in one process (the desktop app does this): each workspace masks
    // the secrets it knows, set through it or read from its state, and no other project's,
    // and each logs to its own project's file. One logger shared by both would mask both
    // secrets in both and write both lines into one file.
    void twoWorkspacesKeepTheirSecretsAndLogsApart()
    {
        TempProject a;
        TempProject b;
        const QString secretA = QStringLiteral("alpha-secret-1111");
        const QString secretB = QStringLiteral("bravo-secret-2222");
        const QString passwordA = QStringLiteral("alpha-db-password");
        Result<Workspace> wa = project(a);
        Result<Workspace> wb = project(b);
        QVERIFY(wa && wb);
        QJsonObject withPassword = sqliteConfig(QStringLiteral("dev"), QStringLiteral("dev.db"));
        withPassword.insert(QStringLiteral("connection"),
                            QJsonObject{{QStringLiteral("dialect"), QStringLiteral("sqlite")},
                                        {QStringLiteral("database"), QStringLiteral("dev.db")},
                                        {QStringLiteral("password"), passwordA}});
        QVERIFY(ConfigStore(*wa).add(withPassword, false));
        QVERIFY(SecretStore(*wa).set(QString(), QStringLiteral("TOKEN"), Secret(secretA)));
        QVERIFY(SecretStore(*wb).set(QString(), QStringLiteral("TOKEN"), Secret(secretB)));

        const QString all = QStringList{secretA, passwordA, secretB}.join(QLatin1Char(' '));
        const QString mask = Redactor::mask();
        QCOMPARE(wa->logger()->mask(all), QStringList({mask, mask, secretB}).join(QLatin1Char(' ')));
        QCOMPARE(wb->logger()->mask(all), QStringList({secretA, passwordA, mask}).join(QLatin1Char(' ')));

        // Opened again, each knows its secrets from the state it decrypts.
        Result<Workspace> ra = Workspace::open(m_identity, a.root());
        Result<Workspace> rb = Workspace::open(m_identity, b.root());
        QVERIFY(ra && rb && ra->state() && rb->state());
        QCOMPARE(ra->logger()->mask(all), QStringList({mask, mask, secretB}).join(QLatin1Char(' ')));
        QCOMPARE(rb->logger()->mask(all), QStringList({secretA, passwordA, mask}).join(QLatin1Char(' ')));

        ra->logger()->warn(QStringLiteral("test"), QStringLiteral("project a: ") + all);
        rb->logger()->warn(QStringLiteral("test"), QStringLiteral("project b: ") + all);
        const QByteArray logA = a.read(QStringLiteral(".noorm/state/noorm.log"));
        const QByteArray logB = b.read(QStringLiteral(".noorm/state/noorm.log"));
        QVERIFY2(logA.contains("project a: ") && !logA.contains("project b: "), logA.constData());
        QVERIFY2(logB.contains("project b: ") && !logB.contains("project a: "), logB.constData());
        QVERIFY2(!logA.contains(secretA.toUtf8()) && !logA.contains(passwordA.toUtf8()), logA.constData());
        QVERIFY2(!logB.contains(secretB.toUtf8()), logB.constData());
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
