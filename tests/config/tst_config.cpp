// Config model, environment overrides, resolution order, validation, completeness, protection.

#include "config/config.h"
#include "config/env_overrides.h"
#include "settings/settings_file.h"
#include "state/state.h"
#include "workspace/config_resolver.h"
#include "workspace/protection.h"

#include <QJsonDocument>
#include <QtTest>

using namespace noorm;

namespace {

Settings settingsFrom(const char *yaml)
{
    Result<Settings> s = SettingsFile::parse(QByteArray(yaml), QStringLiteral("settings.yml"));
    if (!s)
        qFatal("fixture settings invalid: %s", qPrintable(s.error().toString()));
    return *s;
}

Config storedConfig(const QString &name)
{
    return Config::fromJson(QJsonDocument::fromJson(QStringLiteral(R"({
        "name": "%1", "type": "local", "isTest": false, "protected": false,
        "connection": {"dialect": "postgres", "host": "db.internal", "port": 6543, "database": "app",
                       "user": "stored_user", "password": "stored_pw"},
        "paths": {"sql": "./sql", "changes": "./changes"}})").arg(name).toUtf8()).object());
}

} // namespace

class TestConfig : public QObject {
    Q_OBJECT
private slots:
    void configJsonRoundTripKeepsUnknownKeys()
    {
        const QJsonObject in = QJsonDocument::fromJson(R"({
            "name": "dev", "type": "remote", "isTest": true, "protected": true, "identity": "Bot <b@x>",
            "futureField": {"a": 1},
            "connection": {"dialect": "mysql", "host": "h", "port": 3306, "database": "d", "user": "u",
                           "password": "p", "ssl": {"rejectUnauthorized": false}, "pool": {"min": 1, "max": 4},
                           "charset": "utf8mb4"},
            "paths": {"sql": "./db/sql", "changes": "./db/changes"}})").object();
        const Config c = Config::fromJson(in);
        QCOMPARE(c.type, QStringLiteral("remote"));
        QVERIFY(c.isTest);
        QVERIFY(c.isProtected);
        QCOMPARE(c.connection.port.value_or(0), 3306);
        QCOMPARE(c.connection.password.reveal(), QStringLiteral("p"));
        QCOMPARE(c.connection.poolMax.value_or(0), 4);
        QVERIFY(c.connection.sslEnabled());
        QCOMPARE(c.toJson(), in);
    }

    void environmentMapsToNestedConfig_data()
    {
        QTest::addColumn<QString>("var");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("json");
        QTest::newRow("dialect") << "NOORM_CONNECTION_DIALECT" << "postgres" << R"({"connection":{"dialect":"postgres"}})";
        QTest::newRow("port typed") << "NOORM_CONNECTION_PORT" << "5433" << R"({"connection":{"port":5433}})";
        QTest::newRow("pool nested") << "NOORM_CONNECTION_POOL_MAX" << "7" << R"({"connection":{"pool":{"max":7}}})";
        QTest::newRow("password stays text") << "NOORM_CONNECTION_PASSWORD" << "1234" << R"({"connection":{"password":"1234"}})";
        QTest::newRow("camelCase kept") << "NOORM_isTest" << "true" << R"({"isTest":true})";
        QTest::newRow("paths") << "NOORM_PATHS_SQL" << "./db" << R"({"paths":{"sql":"./db"}})";
        QTest::newRow("behaviour var ignored") << "NOORM_YES" << "1" << "{}";
        QTest::newRow("config name ignored") << "NOORM_CONFIG" << "prod" << "{}";
        // noorm's own settings of its process, not a config's (they showed in config show)
        QTest::newRow("log file ignored") << "NOORM_LOG_FILE" << "/tmp/x.log" << "{}";
        QTest::newRow("language ignored") << "NOORM_LANG" << "de" << "{}";
        QTest::newRow("colour scheme ignored") << "NOORM_COLOR_SCHEME" << "dark" << "{}";
        QTest::newRow("update feed ignored") << "NOORM_UPDATE_FEED" << "https://example.com/f.json" << "{}";
        QTest::newRow("other prefix ignored") << "PGHOST" << "x" << "{}";
    }
    void environmentMapsToNestedConfig()
    {
        QFETCH(QString, var);
        QFETCH(QString, value);
        QFETCH(QString, json);
        QProcessEnvironment env;
        env.insert(var, value);
        Result<QJsonObject> got = configFromEnvironment(env);
        QVERIFY(got.ok());
        QCOMPARE(*got, QJsonDocument::fromJson(json.toUtf8()).object());
    }

    void invalidEnvironmentDialectIsAnError()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("NOORM_CONNECTION_DIALECT"), QStringLiteral("oracle"));
        Result<QJsonObject> got = configFromEnvironment(env);
        QVERIFY(!got.ok());
        QCOMPARE(got.error().message,
                 QStringLiteral("Invalid NOORM_CONNECTION_DIALECT: must be one of postgres, mysql, sqlite, mssql"));
    }

    void resolutionOrderFlagsEnvStoredStageDefaults()
    {
        const Settings settings = settingsFrom(R"(
stages:
  prod:
    defaults:
      dialect: postgres
      host: stage-host
      port: 7000
      user: stage_user
      protected: true
)");
        State state;
        Config stored = storedConfig(QStringLiteral("prod"));
        stored.connection.port.reset(); // let the stage's port through
        stored.connection.host = QStringLiteral("stored-host");
        state.configs.insert(QStringLiteral("prod"), stored);
        state.activeConfig = QStringLiteral("prod");

        ResolveRequest request;
        request.env = QProcessEnvironment();
        request.env.insert(QStringLiteral("NOORM_CONNECTION_USER"), QStringLiteral("env_user"));
        request.env.insert(QStringLiteral("NOORM_CONNECTION_DATABASE"), QStringLiteral("env_db"));
        request.flags = QJsonObject{{QStringLiteral("connection"), QJsonObject{{QStringLiteral("database"), QStringLiteral("flag_db")}}}};

        Result<Config> c = resolveConfig(state, settings, request);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
        QCOMPARE(c->name, QStringLiteral("prod"));
        QCOMPARE(c->connection.database, QStringLiteral("flag_db"));   // flags win
        QCOMPARE(c->connection.user, QStringLiteral("env_user"));      // env over stored
        QCOMPARE(c->connection.host, QStringLiteral("stored-host"));   // stored over stage
        QCOMPARE(c->connection.port.value_or(0), 7000);                // stage over defaults
        QCOMPARE(c->connection.poolMax.value_or(0), 10);               // defaults
        QCOMPARE(c->sqlPath, QStringLiteral("./sql"));
    }

    void configNameFromFlagThenEnvThenActive()
    {
        State state;
        for (const char *n : {"a", "b", "c"})
            state.configs.insert(QLatin1String(n), storedConfig(QLatin1String(n)));
        state.activeConfig = QStringLiteral("c");
        ResolveRequest request;
        request.env = QProcessEnvironment();
        QCOMPARE(resolveConfig(state, Settings(), request)->name, QStringLiteral("c"));
        request.env.insert(QStringLiteral("NOORM_CONFIG"), QStringLiteral("b"));
        QCOMPARE(resolveConfig(state, Settings(), request)->name, QStringLiteral("b"));
        request.name = QStringLiteral("a");
        QCOMPARE(resolveConfig(state, Settings(), request)->name, QStringLiteral("a"));
    }

    void missingNamedConfigIsNotFound()
    {
        ResolveRequest request;
        request.env = QProcessEnvironment();
        request.name = QStringLiteral("ghost");
        Result<Config> c = resolveConfig(State(), Settings(), request);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, ErrorKind::NotFound);
        QCOMPARE(c.error().message, QStringLiteral("Config \"ghost\" not found"));
    }

    void envOnlyModeBuildsEnvConfig()
    {
        ResolveRequest request;
        request.env = QProcessEnvironment();
        request.env.insert(QStringLiteral("NOORM_CONNECTION_DIALECT"), QStringLiteral("sqlite"));
        request.env.insert(QStringLiteral("NOORM_CONNECTION_DATABASE"), QStringLiteral("/tmp/ci.db"));
        Result<Config> c = resolveConfig(State(), Settings(), request);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
        QCOMPARE(c->name, QStringLiteral("__env__"));
        QCOMPARE(c->connection.dialect, QStringLiteral("sqlite"));
        QVERIFY(c->connection.host.isEmpty());
    }

    void noConfigAtAllSaysHowToAddOne()
    {
        ResolveRequest request;
        request.env = QProcessEnvironment();
        Result<Config> c = resolveConfig(State(), Settings(), request);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().hint.action, Hint::Action::AddConfig);
    }

    // Configs exist but none is active (the active one was removed): the hint names them
    // and `config use`, not `config add`.
    void configsButNoneActiveSaysWhichToChoose()
    {
        ResolveRequest request;
        request.env = QProcessEnvironment();
        State state;
        state.configs.insert(QStringLiteral("prod"), storedConfig(QStringLiteral("prod")));
        state.configs.insert(QStringLiteral("dev"), storedConfig(QStringLiteral("dev")));
        Result<Config> c = resolveConfig(state, Settings(), request);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, ErrorKind::NotFound);
        QCOMPARE(c.error().hint.action, Hint::Action::UseConfig);
        QCOMPARE(c.error().hint.subject, QStringLiteral("dev, prod"));
    }

    void validationListsTheDialectsForAnUnknownOne()
    {
        Config c = storedConfig(QStringLiteral("ok"));
        c.connection.dialect = QStringLiteral("postgresql");
        Status s = validateConfig(c);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message,
                 QStringLiteral("connection.dialect must be one of postgres, mysql, sqlite, mssql, got \"postgresql\""));
    }

    // A file database needs its file and no host; a server needs a host.
    void validationAsksTheDialectWhetherItIsAFile()
    {
        Config file = storedConfig(QStringLiteral("ok"));
        file.connection.dialect = QStringLiteral("sqlite");
        file.connection.host.clear();
        QVERIFY(validateConfig(file).ok());
        QVERIFY(usesDatabaseFile(file));
        file.connection.database.clear();
        QCOMPARE(validateConfig(file).error().message,
                 QStringLiteral("Database file is required for sqlite"));

        Config server = storedConfig(QStringLiteral("ok"));
        server.connection.dialect = QStringLiteral("mysql");
        QVERIFY(!usesDatabaseFile(server));
        server.connection.host.clear();
        QCOMPARE(validateConfig(server).error().key, QStringLiteral("connection.host"));
        server.connection.database.clear();
        QCOMPARE(validateConfig(server).error().message, QStringLiteral("Database name is required"));
    }

    void validationNamesTheKey_data()
    {
        QTest::addColumn<QString>("patch");
        QTest::addColumn<QString>("key");
        QTest::newRow("bad name") << R"({"name":"no spaces"})" << "name";
        QTest::newRow("bad dialect") << R"({"connection":{"dialect":"oracle"}})" << "connection.dialect";
        QTest::newRow("port range") << R"({"connection":{"port":70000}})" << "connection.port";
        QTest::newRow("no database") << R"({"connection":{"database":""}})" << "connection.database";
        QTest::newRow("no host") << R"({"connection":{"host":""}})" << "connection.host";
        QTest::newRow("bad type") << R"({"type":"cloud"})" << "type";
    }
    void validationNamesTheKey()
    {
        QFETCH(QString, patch);
        QFETCH(QString, key);
        const Config c = Config::fromJson(
            mergeJson(storedConfig(QStringLiteral("ok")).toJson(), QJsonDocument::fromJson(patch.toUtf8()).object()));
        Status s = validateConfig(c);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().key, key);
    }

    void completenessListsMissingSecretsAndViolations()
    {
        const Settings settings = settingsFrom(R"(
secrets:
  - key: SHARED_TOKEN
    type: api_key
stages:
  prod:
    defaults:
      protected: true
      isTest: true
    secrets:
      - key: DB_ADMIN_PASSWORD
        type: password
      - key: OPTIONAL_ONE
        type: string
        required: false
)");
        State state;
        Config c = storedConfig(QStringLiteral("prod"));
        state.configs.insert(c.name, c);
        CompletenessCheck check = checkCompleteness(c, state, settings);
        QVERIFY(!check.complete);
        QCOMPARE(check.missingSecrets, QStringList({QStringLiteral("SHARED_TOKEN"), QStringLiteral("DB_ADMIN_PASSWORD")}));
        QCOMPARE(check.violations.size(), 2);

        state.secrets[c.name].insert(QStringLiteral("DB_ADMIN_PASSWORD"), Secret(QStringLiteral("x")));
        state.globalSecrets.insert(QStringLiteral("SHARED_TOKEN"), Secret(QStringLiteral("y")));
        c.isProtected = true;
        c.isTest = true;
        check = checkCompleteness(c, state, settings);
        QVERIFY(check.complete);
    }

    // An environment variable may add protection, never remove it: NOORM_PROTECTED=false
    // used to open a protected config to `db drop`.
    void environmentCannotRemoveProtection_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::newRow("NOORM_PROTECTED=false") << QStringLiteral("NOORM_PROTECTED") << QStringLiteral("false");
        QTest::newRow("NOORM_protected=false") << QStringLiteral("NOORM_protected") << QStringLiteral("false");
        QTest::newRow("NOORM_PROTECTED=0") << QStringLiteral("NOORM_PROTECTED") << QStringLiteral("0");
    }
    void environmentCannotRemoveProtection()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        State state;
        Config stored = storedConfig(QStringLiteral("prod"));
        stored.isProtected = true;
        state.configs.insert(stored.name, stored);
        ResolveRequest request;
        request.name = stored.name;
        request.env = QProcessEnvironment();
        request.env.insert(variable, value);
        request.flags = QJsonObject{{QStringLiteral("protected"), false}};
        Result<Config> c = resolveConfig(state, Settings(), request);
        QVERIFY2(c.ok(), qPrintable(c ? QString() : c.error().toString()));
        QVERIFY(c->isProtected);
        QVERIFY(!checkProtection(*c, ProtectedAction::DbDrop).allowed);
    }

    void environmentCanAddProtection()
    {
        State state;
        state.configs.insert(QStringLiteral("dev"), storedConfig(QStringLiteral("dev")));
        ResolveRequest request;
        request.name = QStringLiteral("dev");
        request.env = QProcessEnvironment();
        request.env.insert(QStringLiteral("NOORM_PROTECTED"), QStringLiteral("true"));
        QVERIFY(resolveConfig(state, Settings(), request)->isProtected);
    }

    // Effective protection is the config's flag OR its stage's default, for stored and
    // env-only configs alike, whatever the environment says.
    void stageDefaultProtectsConfigStoredUnprotected()
    {
        const Settings settings = settingsFrom("stages:\n  prod:\n    defaults:\n      protected: true\n");
        State state;
        state.configs.insert(QStringLiteral("prod"), storedConfig(QStringLiteral("prod")));   // protected: false
        ResolveRequest request;
        request.name = QStringLiteral("prod");
        request.env = QProcessEnvironment();
        request.env.insert(QStringLiteral("NOORM_PROTECTED"), QStringLiteral("false"));
        QVERIFY(resolveConfig(state, settings, request)->isProtected);
        QVERIFY(isEffectivelyProtected(state.configs.value(QStringLiteral("prod")), settings));
        QVERIFY(!isEffectivelyProtected(storedConfig(QStringLiteral("dev")), settings));

        ResolveRequest envOnly;
        envOnly.env = QProcessEnvironment();
        envOnly.env.insert(QStringLiteral("NOORM_CONNECTION_DIALECT"), QStringLiteral("sqlite"));
        envOnly.env.insert(QStringLiteral("NOORM_CONNECTION_DATABASE"), QStringLiteral("/tmp/ci.db"));
        envOnly.env.insert(QStringLiteral("NOORM_PROTECTED"), QStringLiteral("false"));
        envOnly.stage = QStringLiteral("prod");
        QVERIFY(resolveConfig(State(), settings, envOnly)->isProtected);
    }

    // A non-number names the variable and what it held (it used to say "got 0").
    void nonNumericEnvironmentPortNamesTheVariable()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("NOORM_CONNECTION_PORT"), QStringLiteral("abc"));
        Result<QJsonObject> json = configFromEnvironment(env);
        QVERIFY(!json.ok());
        QCOMPARE(json.error().key, QStringLiteral("NOORM_CONNECTION_PORT"));
        QVERIFY2(json.error().message.contains(QStringLiteral("NOORM_CONNECTION_PORT")), qPrintable(json.error().message));
        QVERIFY2(json.error().message.contains(QStringLiteral("got \"abc\"")), qPrintable(json.error().message));
        env.insert(QStringLiteral("NOORM_CONNECTION_PORT"), QStringLiteral("6543"));
        QCOMPARE(configFromEnvironment(env)->value(QStringLiteral("connection"))[QStringLiteral("port")].toInt(), 6543);
    }

    void lockedStageConfigCannotBeRenamed()
    {
        const Settings settings = settingsFrom("stages:\n  prod:\n    locked: true\n");
        const Status s = canRenameConfig(QStringLiteral("prod"), settings);
        QCOMPARE(s.error().kind, ErrorKind::Refused);
        QVERIFY2(s.error().message.contains(QStringLiteral("cannot be renamed")), qPrintable(s.error().message));
        QVERIFY(canRenameConfig(QStringLiteral("dev"), settings).ok());
    }

    void lockedStageConfigCannotBeDeleted()
    {
        const Settings settings = settingsFrom("stages:\n  prod:\n    locked: true\n");
        QCOMPARE(canDeleteConfig(QStringLiteral("prod"), settings).error().kind, ErrorKind::Refused);
        QVERIFY(canDeleteConfig(QStringLiteral("dev"), settings).ok());
    }

    void protectedConfigBlocksDestructiveAndConfirmsWrites()
    {
        Config c = storedConfig(QStringLiteral("prod"));
        QVERIFY(checkProtection(c, ProtectedAction::DbDrop).allowed);
        c.isProtected = true;
        for (ProtectedAction a : {ProtectedAction::DbDrop, ProtectedAction::DbTeardown, ProtectedAction::DbTruncate,
                                  ProtectedAction::DbReset}) {
            const ProtectionCheck check = checkProtection(c, a);
            QVERIFY(!check.allowed);
            QVERIFY(check.blockedReason.contains(QStringLiteral("protected config \"prod\"")));
        }
        const ProtectionCheck build = checkProtection(c, ProtectedAction::RunBuild);
        QVERIFY(build.allowed);
        QVERIFY(build.requiresConfirmation);
        QCOMPARE(build.confirmationPhrase, QStringLiteral("yes-prod"));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
