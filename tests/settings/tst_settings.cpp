#include "settings/rules.h"
#include "settings/settings.h"
#include "settings/settings_file.h"

#include "support/tempproject.h"
#include "pattern_count.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QtTest>

#include <sys/stat.h>

using namespace noorm;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(NOORM_FIXTURES_DIR "/settings/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

Settings parsed(const QByteArray &yaml)
{
    Result<Settings> s = SettingsFile::parse(yaml, QStringLiteral("settings.yml"));
    if (!s)
        qFatal("unexpected parse error: %s", qPrintable(s.error().toString()));
    return *s;
}

Rule rule(RuleMatch match, QStringList include, QStringList exclude = {})
{
    Rule r;
    r.match = std::move(match);
    r.include = std::move(include);
    r.exclude = std::move(exclude);
    return r;
}

RuleMatch matchTest(bool isTest) { RuleMatch m; m.isTest = isTest; return m; }
RuleMatch matchProtected(bool p) { RuleMatch m; m.isProtected = p; return m; }
RuleMatch matchType(const QString &t) { RuleMatch m; m.type = t; return m; }
RuleMatch matchName(const QString &n) { RuleMatch m; m.name = n; return m; }

// The configs of the original's tests/core/settings/rules.test.ts.
const RuleSubject kDev{QStringLiteral("dev"), QStringLiteral("local"), false, false};
const RuleSubject kTest{QStringLiteral("test"), QStringLiteral("local"), true, false};
const RuleSubject kProd{QStringLiteral("prod"), QStringLiteral("remote"), false, true};
const RuleSubject kStaging{QStringLiteral("staging"), QStringLiteral("remote"), true, false};

// A settings file of `n` rules and `n` stages (each with defaults and a secret): about
// 300 bytes per n.
QByteArray generatedSettings(int n)
{
    QByteArray yaml = "schemaVersion: 1\nrules:\n";
    for (int i = 0; i < n; ++i)
        yaml += QStringLiteral("    - description: rule %1\n      match:\n          name: cfg%1\n"
                               "      include:\n          - folder%1\n").arg(i).toUtf8();
    yaml += "stages:\n";
    for (int i = 0; i < n; ++i)
        yaml += QStringLiteral("    stage%1:\n        description: Stage number %1\n        defaults:\n"
                               "            dialect: postgres\n            port: %2\n        secrets:\n"
                               "            - key: KEY_%1\n              type: password\n")
                    .arg(i).arg(1000 + i % 60000).toUtf8();
    return yaml;
}

ino_t inodeOf(const QString &path)
{
    struct stat st{};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

} // namespace

Q_DECLARE_METATYPE(RuleSubject)
Q_DECLARE_METATYPE(QList<Rule>)

class TestSettings : public QObject {
    Q_OBJECT
private slots:
    void readsEveryKeyTyped()
    {
        const Settings s = parsed(fixture(QStringLiteral("full.yml")));
        QCOMPARE(s.fileSchemaVersion, 1);
        QVERIFY(!s.needsMigration());
        QCOMPARE(s.buildInclude, QStringList({QStringLiteral("01_tables"), QStringLiteral("02_views")}));
        QCOMPARE(s.buildExclude, QStringList{QStringLiteral("archive")});
        QCOMPARE(s.sqlPath, QStringLiteral("./db/sql"));
        QCOMPARE(s.changesPath, QStringLiteral("./db/changes"));

        QCOMPARE(s.rules.size(), 2);
        QCOMPARE(s.rules[0].description, QStringLiteral("test seeds"));
        QCOMPARE(s.rules[0].match.isTest, std::optional<bool>(true));
        QCOMPARE(s.rules[0].match.type, std::optional<QString>(QStringLiteral("local")));
        QVERIFY(!s.rules[0].match.name);
        QCOMPARE(s.rules[0].include, QStringList{QStringLiteral("seeds")});
        QCOMPARE(s.rules[1].match.name, std::optional<QString>(QStringLiteral("prod")));
        QCOMPARE(s.rules[1].match.isProtected, std::optional<bool>(true));
        QCOMPARE(s.rules[1].exclude, QStringList{QStringLiteral("dangerous")});
        QVERIFY(s.rules[1].include.isEmpty());

        QCOMPARE(s.stages.size(), 2);
        QCOMPARE(s.stages[0].name, QStringLiteral("dev"));   // file order
        QCOMPARE(s.stages[0].locked, false);
        QCOMPARE(s.stages[0].defaults.dialect, std::optional<QString>(QStringLiteral("sqlite")));
        QCOMPARE(s.stages[0].defaults.isTest, std::optional<bool>(true));
        QVERIFY(!s.stages[0].defaults.port);
        const Stage *prod = s.stage(QStringLiteral("prod"));
        QVERIFY(prod);
        QCOMPARE(prod->description, QStringLiteral("Production database"));
        QCOMPARE(prod->locked, true);
        const StageDefaults &d = prod->defaults;
        QCOMPARE(d.dialect, std::optional<QString>(QStringLiteral("postgres")));
        QCOMPARE(d.host, std::optional<QString>(QStringLiteral("db.example.com")));
        QCOMPARE(d.port, std::optional<int>(5433));
        QCOMPARE(d.database, std::optional<QString>(QStringLiteral("app")));
        QCOMPARE(d.user, std::optional<QString>(QStringLiteral("deploy")));
        QCOMPARE(d.password, std::optional<QString>(QStringLiteral("not-really")));
        QCOMPARE(d.ssl, std::optional<bool>(true));
        QCOMPARE(d.isTest, std::optional<bool>(false));
        QCOMPARE(d.isProtected, std::optional<bool>(true));
        QCOMPARE(prod->secrets.size(), 2);
        QCOMPARE(prod->secrets[0].key, QStringLiteral("DB_PASSWORD"));
        QCOMPARE(prod->secrets[0].type, QStringLiteral("password"));
        QCOMPARE(prod->secrets[0].description, QStringLiteral("Database password"));
        QCOMPARE(prod->secrets[0].required, true);   // the schema's default
        QCOMPARE(prod->secrets[1].type, QStringLiteral("api_key"));
        QCOMPARE(prod->secrets[1].required, false);
        QVERIFY(!s.stage(QStringLiteral("staging")));

        QCOMPARE(s.strictEnabled, true);
        QCOMPARE(s.strictStages, QStringList({QStringLiteral("dev"), QStringLiteral("prod")}));
        QCOMPARE(s.logging.enabled, false);
        QCOMPARE(s.logging.level, QStringLiteral("verbose"));
        QCOMPARE(s.logging.file, QStringLiteral("logs/noorm.log"));
        QCOMPARE(s.logging.maxSize, QStringLiteral("500kb"));
        QCOMPARE(s.logging.maxSizeBytes(), qint64(500 * 1024));
        QCOMPARE(s.logging.maxFiles, 3);
        QCOMPARE(s.secrets.size(), 1);
        QCOMPARE(s.secrets[0].key, QStringLiteral("ENCRYPTION_KEY"));
        QCOMPARE(s.secrets[0].type, QStringLiteral("connection_string"));
        QCOMPARE(s.teardownPreserveTables, QStringList({QStringLiteral("AppSettings"), QStringLiteral("UserRoles")}));
        QCOMPARE(s.teardownPostScript, QStringLiteral("sql/teardown/cleanup.sql"));
        QVERIFY(s.unknownKeys.isEmpty());
    }

    void defaultsForMissingOrEmptyFile_data()
    {
        QTest::addColumn<QByteArray>("content");   // null: no file at all
        QTest::newRow("missing file") << QByteArray();
        QTest::newRow("empty file") << QByteArray("");
        QTest::newRow("only comments") << QByteArray("# nothing yet\n\n");
        QTest::newRow("empty sections") << QByteArray("build: {}\nlogging: {}\nstages: {}\nrules: []\n");
    }
    void defaultsForMissingOrEmptyFile()
    {
        QFETCH(QByteArray, content);
        test::TempProject project;
        const QString path = content.isNull() ? project.path(QStringLiteral(".noorm/settings.yml"))
                                              : project.write(QStringLiteral(".noorm/settings.yml"), content);
        Result<Settings> s = SettingsFile::load(path);
        QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().toString()));
        QVERIFY(s->buildInclude.isEmpty() && s->buildExclude.isEmpty());
        QCOMPARE(s->sqlPath, QStringLiteral("./sql"));
        QCOMPARE(s->changesPath, QStringLiteral("./changes"));
        QVERIFY(s->rules.isEmpty() && s->stages.isEmpty() && s->secrets.isEmpty());
        QCOMPARE(s->strictEnabled, false);
        QCOMPARE(s->logging, LoggingSettings());
        QCOMPARE(s->logging.enabled, true);
        QCOMPARE(s->logging.level, QStringLiteral("info"));
        QCOMPARE(s->logging.file, QStringLiteral(".noorm/state/noorm.log"));
        QCOMPARE(s->logging.maxSizeBytes(), qint64(10 * 1024 * 1024));
        QCOMPARE(s->logging.maxFiles, 5);
        QCOMPARE(s->fileSchemaVersion, 0);
        QVERIFY(s->needsMigration());
    }

    void reportsInvalidValueWithPlaceAndKey_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("message");   // a part of the message

        // yaml-cpp reports an unclosed flow list where it notices: the next line.
        QTest::newRow("unclosed list") << QByteArray("stages:\n    prod: [a, b\nlogging: {}\n") << 3 << 8 << ""
                                       << "invalid YAML: end of sequence flow not found";
        QTest::newRow("colon in plain value") << QByteArray("paths:\n    sql: a: b\n") << 2 << 11 << ""
                                              << "invalid YAML: illegal map value";
        QTest::newRow("bad indentation") << QByteArray("paths:\n    sql: a\n  changes: b\n") << 3 << 3 << ""
                                         << "invalid YAML";
        QTest::newRow("port not a number") << QByteArray("stages:\n    prod:\n        defaults:\n            port: abc\n")
                                           << 4 << 19 << "stages.prod.defaults.port"
                                           << "stages.prod.defaults.port: expected an integer, got \"abc\"";
        QTest::newRow("port quoted") << QByteArray("stages:\n    prod:\n        defaults:\n            port: \"5432\"\n")
                                     << 4 << 19 << "stages.prod.defaults.port" << "expected an integer, got \"5432\"";
        QTest::newRow("port out of range") << QByteArray("stages:\n    prod:\n        defaults:\n            port: 70000\n")
                                           << 4 << 19 << "stages.prod.defaults.port" << "from 1 to 65535, got 70000";
        QTest::newRow("unknown dialect") << QByteArray("stages:\n    prod:\n        defaults:\n            dialect: oracle\n")
                                         << 4 << 22 << "stages.prod.defaults.dialect"
                                         << "expected one of postgres, mysql, sqlite, mssql, got \"oracle\"";
        QTest::newRow("stage not a mapping") << QByteArray("stages:\n    prod:\n") << 2 << 5 << "stages.prod"
                                             << "expected a stage (a mapping), got nothing";
        QTest::newRow("locked not a boolean") << QByteArray("stages:\n    dev:\n        locked: 1\n") << 3 << 17
                                              << "stages.dev.locked" << "expected true or false, got 1 (a number)";
        QTest::newRow("bad secret type") << QByteArray("secrets:\n    - key: A\n      type: secret\n") << 3 << 13
                                         << "secrets.0.type"
                                         << "expected one of string, password, api_key, connection_string, got \"secret\"";
        QTest::newRow("secret without type") << QByteArray("stages:\n    prod:\n        secrets:\n            - key: A\n")
                                             << 4 << 15 << "stages.prod.secrets.0.type" << "a secret needs a type";
        QTest::newRow("empty secret key") << QByteArray("secrets:\n    - key: \"\"\n      type: string\n") << 2 << 12
                                          << "secrets.0.key" << "cannot be empty";
        QTest::newRow("log level") << QByteArray("logging:\n    level: loud\n") << 2 << 12 << "logging.level"
                                   << "expected one of silent, error, warn, info, verbose, got \"loud\"";
        QTest::newRow("log size") << QByteArray("logging:\n    maxSize: 10 megabytes\n") << 2 << 14 << "logging.maxSize"
                                  << "expected a size like \"10mb\"";
        QTest::newRow("log files") << QByteArray("logging:\n    maxFiles: 0\n") << 2 << 15 << "logging.maxFiles"
                                   << "at least 1, got 0";
        QTest::newRow("unknown match key") << QByteArray("rules:\n    - match:\n          nmae: dev\n      include: [x]\n")
                                           << 3 << 17 << "rules.0.match.nmae"
                                           << "unknown condition; expected one of name, protected, isTest, type";
        QTest::newRow("empty match") << QByteArray("rules:\n    - match: {}\n      include: [x]\n") << 2 << 14
                                     << "rules.0.match" << "at least one condition";
        QTest::newRow("rule without paths") << QByteArray("rules:\n    - match:\n          isTest: true\n") << 2 << 7
                                            << "rules.0" << "at least one of include or exclude";
        QTest::newRow("rule without match") << QByteArray("rules:\n    - include: [x]\n") << 2 << 7 << "rules.0.match"
                                            << "a rule needs match:";
        QTest::newRow("match type") << QByteArray("rules:\n    - match: {type: cloud}\n      exclude: [x]\n") << 2 << 21
                                    << "rules.0.match.type" << "expected one of local, remote, got \"cloud\"";
        QTest::newRow("match protected yes") << QByteArray("rules:\n    - match:\n          protected: yes\n      exclude: [x]\n")
                                             << 3 << 22 << "rules.0.match.protected" << "expected true or false, got \"yes\"";
        QTest::newRow("include not a list") << QByteArray("build:\n    include: sql\n") << 2 << 14 << "build.include"
                                            << "expected a list of strings, got \"sql\"";
        QTest::newRow("include item a number") << QByteArray("build:\n    include:\n        - 2024\n") << 3 << 11
                                               << "build.include.0" << "expected a string, got 2024 (a number; quote it";
        QTest::newRow("strict enabled") << QByteArray("strict:\n    enabled: maybe\n") << 2 << 14 << "strict.enabled"
                                        << "expected true or false";
        QTest::newRow("duplicate key") << QByteArray("paths:\n    sql: a\n    sql: b\n") << 3 << 5 << "paths.sql"
                                       << "duplicate key (first at line 2)";
        QTest::newRow("root is a list") << QByteArray("- a\n- b\n") << 1 << 1 << ""
                                        << "expected a mapping of settings, got a list";
        QTest::newRow("newer version") << QByteArray("schemaVersion: 2\n") << 1 << 16 << "schemaVersion"
                                       << "settings version 2 is newer than this noorm supports (1)";
        QTest::newRow("two documents") << QByteArray("paths: {}\n---\nbuild: {}\n") << 3 << 1 << ""
                                       << "single document";
        QTest::newRow("teardown tables") << QByteArray("teardown:\n    preserveTables: users\n") << 2 << 21
                                         << "teardown.preserveTables" << "expected a list of strings";
    }
    void reportsInvalidValueWithPlaceAndKey()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, key);
        QFETCH(QString, message);
        Result<Settings> s = SettingsFile::parse(yaml, QStringLiteral("/p/.noorm/settings.yml"));
        QVERIFY(!s.ok());
        const Error &e = s.error();
        QVERIFY2(e.message.contains(message), qPrintable(e.toString()));
        QCOMPARE(e.file, QStringLiteral("/p/.noorm/settings.yml"));
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
        QCOMPARE(e.key, key);
        QVERIFY(e.toString().startsWith(QStringLiteral("/p/.noorm/settings.yml:%1:%2: ").arg(line).arg(column)));
    }

    void acceptsWhatTheOriginalAccepts_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        for (const char *type : {"string", "password", "api_key", "connection_string"})
            QTest::newRow(type) << QByteArray("secrets:\n    - key: K\n      type: ") + type + '\n';
        for (const char *dialect : {"postgres", "mysql", "sqlite", "mssql"})
            QTest::newRow(dialect) << QByteArray("stages:\n    s:\n        defaults: {dialect: ") + dialect + "}\n";
        for (const char *size : {"10mb", "100KB", "1 gb", "512b"})
            QTest::newRow(size) << QByteArray("logging:\n    maxSize: ") + size + '\n';
        QTest::newRow("rule with empty include") << QByteArray("rules:\n    - match: {name: x}\n      include: []\n");
        QTest::newRow("port as hex") << QByteArray("stages:\n    s:\n        defaults: {port: 0x1538}\n");
        QTest::newRow("port as 5432.0") << QByteArray("stages:\n    s:\n        defaults: {port: 5432.0}\n");
        QTest::newRow("unknown keys") << QByteArray("x-custom: 1\nlogging:\n    colour: red\n");
        QTest::newRow("document marker") << QByteArray("---\npaths:\n    sql: s\n");
    }
    void acceptsWhatTheOriginalAccepts()
    {
        QFETCH(QByteArray, yaml);
        Result<Settings> s = SettingsFile::parse(yaml, QStringLiteral("settings.yml"));
        QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().toString()));
    }

    void stringsThatLookLikeOtherTypesStayStrings()
    {
        const Settings s = parsed("stages:\n    s:\n        defaults:\n            host: \"123\"\n            user: \"true\"\n");
        QCOMPARE(s.stages[0].defaults.host, std::optional<QString>(QStringLiteral("123")));
        QCOMPARE(s.stages[0].defaults.user, std::optional<QString>(QStringLiteral("true")));

        Settings edited = s;
        Stage stage = edited.stages[0];
        stage.defaults.database = QStringLiteral("null");
        stage.description = QStringLiteral("a: b # not a comment");
        QVERIFY(edited.setStage(stage).ok());
        const Settings back = parsed(SettingsFile::toYaml(edited));
        QCOMPARE(back.stages, edited.stages);
    }

    void unknownKeysAreNotedAndSurviveSave()
    {
        test::TempProject project;
        const QString path = project.write(QStringLiteral(".noorm/settings.yml"), fixture(QStringLiteral("commented.yml")));
        Result<Settings> s = SettingsFile::load(path);
        QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().toString()));
        const QStringList unknown{QStringLiteral("stages.dev.color"), QStringLiteral("stages.dev.defaults.tier"),
                                  QStringLiteral("stages.staging.secrets.0.rotate"), QStringLiteral("rules.0.owner"),
                                  QStringLiteral("x-team"), QStringLiteral("logging.retention")};
        QCOMPARE(s->unknownKeys, unknown);
        // Each is a warning naming the file, the line and the key (a misspelt key was
        // silently no setting: `protcted: true` protected nothing).
        QCOMPARE(s->unknownKeyWarnings.size(), unknown.size());
        QCOMPARE(s->unknownKeyWarnings.at(0),
                 path + QStringLiteral(":16:9: stages.dev.color is not a setting noorm knows; it is ignored (misspelt?)"));

        // Touch every section that holds unknown keys, so they go through a rewrite.
        Stage dev = *s->stage(QStringLiteral("dev"));
        dev.defaults.database = QStringLiteral("other.db");
        QVERIFY(s->setStage(dev).ok());
        QVERIFY(s->addStageSecret(QStringLiteral("staging"), {QStringLiteral("EXTRA"), QStringLiteral("string"), {}, true}).ok());
        QVERIFY(s->addRule(rule(matchProtected(true), {}, {QStringLiteral("danger")})).ok());
        s->logging.level = QStringLiteral("error");
        Stage qa;
        qa.name = QStringLiteral("qa");
        qa.defaults.isTest = true;
        QVERIFY(s->addStage(qa).ok());
        QVERIFY(SettingsFile::save(path, *s).ok());

        Result<Settings> back = SettingsFile::load(path);
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back->unknownKeys, unknown);
        QCOMPARE(back->stages, s->stages);
        QCOMPARE(back->rules, s->rules);
        QCOMPARE(back->logging.level, QStringLiteral("error"));
        const QByteArray text = project.read(QStringLiteral(".noorm/settings.yml"));
        for (const char *kept : {"color: green", "tier: small", "rotate: monthly", "owner: qa", "retention: 30d",
                                 "pager: \"+1 555 0100\""})
            QVERIFY2(text.contains(kept), kept);
    }

    void commentsAreKeptAsDocumented()
    {
        test::TempProject project;
        const QByteArray original = fixture(QStringLiteral("commented.yml"));
        const QString path = project.write(QStringLiteral(".noorm/settings.yml"), original);
        Result<Settings> s = SettingsFile::load(path);
        QVERIFY(s.ok());
        Stage prod;
        prod.name = QStringLiteral("prod");
        prod.locked = true;
        prod.defaults.dialect = QStringLiteral("postgres");
        QVERIFY(s->addStage(prod).ok());
        QVERIFY(SettingsFile::save(path, *s).ok());
        const QByteArray text = project.read(QStringLiteral(".noorm/settings.yml"));

        // The leading block, with schemaVersion added below it (migration v1).
        QVERIFY(text.startsWith("# Team settings for the billing service.\n# Ask #db-team before changing stages.\n\n"
                                "schemaVersion: 1\n\n# Build filter (keep in sync with CI).\nbuild:\n"));
        // Untouched sections byte for byte, their inner comments included.
        for (const char *kept : {"        - tables   # the base tables\n", "    exclude: [archive]\n",
                                 "# Rules: seeds only for test databases.\nrules:\n    - match: {isTest: true}\n",
                                 "# Anything else the team keeps here.\nx-team:\n",
                                 "    level: warn   # quieter on CI\n", "\n# trailing note: review quarterly\n"})
            QVERIFY2(text.contains(kept), kept);
        // The rewritten section keeps the comment above it but not those inside it.
        QVERIFY(text.contains("# Stages we deploy to.\nstages:\n    dev:\n        description: Local\n"));
        QVERIFY(!text.contains("# Local work."));
        QVERIFY(text.contains("    prod:\n        locked: true\n        defaults:\n            dialect: postgres\n"));
        QCOMPARE(parsed(text).stages, s->stages);
    }

    void unusualFilesRewriteToTheSameMeaning_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QByteArray>("expectedPart");   // in the rewritten text
        QTest::newRow("crlf") << QByteArray("# c\r\npaths:\r\n    sql: a\r\nstages: {}\r\n")
                              << QByteArray("# c\r\n\r\nschemaVersion: 1\r\n\r\npaths:\r\n    sql: a\r\nstages:\r\n    qa:\r\n");
        QTest::newRow("flow root") << QByteArray("# c\n{paths: {sql: a}, x: [1, 2]}\n")
                                   << QByteArray("# c\nschemaVersion: 1\npaths:\n    sql: a\nx:\n    - 1\n    - 2\nstages:\n");
        QTest::newRow("document marker") << QByteArray("---\n# c\npaths:\n    sql: a\n") << QByteArray("---\n# c\n");
        QTest::newRow("alias into a rewritten section")
            << QByteArray("x-common: &c\n    host: h\nstages:\n    dev:\n        defaults: *c\n")
            << QByteArray("x-common: &c\n    host: h\n");
        QTest::newRow("anchor in a rewritten section")
            << QByteArray("stages:\n    dev:\n        description: &d Local\nx-copy: *d\n") << QByteArray("x-copy: Local\n");
        QTest::newRow("nested unknown structure")
            << QByteArray("x-deep:\n    - {a: [1, {b: c}], \"d e\": null}\n    - ~\nstages: {}\n")
            << QByteArray("x-deep:\n    - {a: [1, {b: c}], \"d e\": null}\n    - ~\n");
    }
    void unusualFilesRewriteToTheSameMeaning()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QByteArray, expectedPart);
        Settings s = parsed(yaml);
        Stage qa;
        qa.name = QStringLiteral("qa");
        qa.description = QStringLiteral("QA");
        QVERIFY(s.addStage(qa).ok());
        const QByteArray text = SettingsFile::toYaml(s);
        QVERIFY2(text.contains(expectedPart), text.constData());
        const Settings back = parsed(text);
        QCOMPARE(back.stages, s.stages);
        QCOMPARE(back.sqlPath, s.sqlPath);
        QCOMPARE(back.unknownKeys, s.unknownKeys);
    }

    void unchangedRuleKeepsItsUnknownKeys()
    {
        Settings s = parsed("rules:\n    - match: {name: a}\n      include: [x]\n"
                            "    - match: {name: b}\n      include: [y]\n      owner: qa\n");
        QVERIFY(s.removeRule(0).ok());
        const QByteArray text = SettingsFile::toYaml(s);
        QVERIFY2(text.contains("owner: qa"), text.constData());
        QVERIFY(!text.contains("name: a"));
        QCOMPARE(parsed(text).rules, s.rules);
    }

    void unchangedSettingsSaveUnchanged()
    {
        test::TempProject project;
        const QByteArray original = fixture(QStringLiteral("full.yml"));
        const QString path = project.write(QStringLiteral(".noorm/settings.yml"), original);
        Result<Settings> s = SettingsFile::load(path);
        QVERIFY(s.ok());
        QVERIFY(SettingsFile::save(path, *s).ok());
        QCOMPARE(project.read(QStringLiteral(".noorm/settings.yml")), original);
    }

    void rewrittenSectionUsesTheOriginalsStyle()
    {
        Settings s = parsed(fixture(QStringLiteral("full.yml")));
        s.rules.removeFirst();
        QVERIFY(s.addRule(rule(matchTest(true), {QStringLiteral("seeds")})).ok());
        const QByteArray text = SettingsFile::toYaml(s);
        QVERIFY2(text.contains("rules:\n"
                               "    - match:\n"
                               "          name: prod\n"
                               "          protected: true\n"
                               "      exclude:\n"
                               "          - dangerous\n"
                               "      include: []\n"
                               "    - match:\n"
                               "          isTest: true\n"
                               "      include:\n"
                               "          - seeds\n"),
                 text.constData());
        QCOMPARE(parsed(text).rules, s.rules);
    }

    void saveIsAtomic()
    {
        test::TempProject project;
        const QString path = project.write(QStringLiteral(".noorm/settings.yml"), fixture(QStringLiteral("full.yml")));
        const ino_t before = inodeOf(path);
        Result<Settings> s = SettingsFile::load(path);
        QVERIFY(s.ok());
        s->logging.maxFiles = 9;
        QVERIFY(SettingsFile::save(path, *s).ok());
        // QSaveFile writes a new file and renames it over the old one: a new inode,
        // never a half-written settings.yml, and no temporary left behind.
        QVERIFY(inodeOf(path) != before);
        QCOMPARE(QDir(project.path(QStringLiteral(".noorm"))).entryList(QDir::Files), QStringList{QStringLiteral("settings.yml")});
        QCOMPARE(SettingsFile::load(path)->logging.maxFiles, 9);
    }

    void neverOverwritesABrokenFile()
    {
        test::TempProject project;
        const QString path = project.write(QStringLiteral(".noorm/settings.yml"), fixture(QStringLiteral("full.yml")));
        Result<Settings> s = SettingsFile::load(path);
        QVERIFY(s.ok());
        const QByteArray broken("paths:\n    sql: [unclosed\n");
        project.write(QStringLiteral(".noorm/settings.yml"), broken);
        QVERIFY(!SettingsFile::load(path).ok());
        const Status saved = SettingsFile::save(path, *s);
        QVERIFY(!saved.ok());
        QVERIFY(saved.error().message.contains(QStringLiteral("not rewriting")));
        QVERIFY(saved.error().line > 0);
        QCOMPARE(project.read(QStringLiteral(".noorm/settings.yml")), broken);
    }

    void refusesFileChangedSinceRead()
    {
        test::TempProject project;
        const QString path = project.write(QStringLiteral(".noorm/settings.yml"), "paths:\n    sql: a\n");
        Result<Settings> s = SettingsFile::load(path);
        QVERIFY(s.ok());
        project.write(QStringLiteral(".noorm/settings.yml"), "paths:\n    sql: b\n");
        const Status saved = SettingsFile::save(path, *s);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, ErrorKind::Refused);
        QCOMPARE(project.read(QStringLiteral(".noorm/settings.yml")), QByteArray("paths:\n    sql: b\n"));
    }

    void waitsForAnotherSaverBeforeChecking()
    {
        test::TempProject project;
        const QString path = project.write(QStringLiteral(".noorm/settings.yml"), "paths:\n    sql: a\n");
        Result<Settings> s = SettingsFile::load(path);
        QVERIFY(s.ok());
        s->sqlPath = QStringLiteral("./b");
        QVERIFY(QDir().mkpath(QFileInfo(SettingsFile::settingsLockPath(path)).absolutePath()));
        QLockFile other(SettingsFile::settingsLockPath(path));
        QVERIFY(other.tryLock(0)); // another noorm in the middle of its save
        const Status saved = SettingsFile::save(path, *s, 0);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, ErrorKind::LockHeld);
        QCOMPARE(project.read(QStringLiteral(".noorm/settings.yml")), QByteArray("paths:\n    sql: a\n"));
        QVERIFY(SettingsFile::settingsLockPath(path).contains(QStringLiteral("/.noorm/state/")));
        other.unlock();
        QVERIFY(SettingsFile::save(path, *s, 0).ok());
        QVERIFY(project.read(QStringLiteral(".noorm/settings.yml")).contains("sql: ./b"));
    }

    void refusesToSaveInvalidValues()
    {
        test::TempProject project;
        const QString path = project.path(QStringLiteral(".noorm/settings.yml"));
        Settings s;
        s.logging.level = QStringLiteral("loud");
        const Status saved = SettingsFile::save(path, s);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().key, QStringLiteral("logging.level"));
        QVERIFY(!QFileInfo::exists(path));
    }

    void initialContentIsTheOriginalsDefaultsCommented()
    {
        const QByteArray init = SettingsFile::initialContent();
        QVERIFY(init.startsWith('#'));
        QVERIFY(init.count("\n#") > 20);
        const Settings s = parsed(init);
        QCOMPARE(s.fileSchemaVersion, Settings::kSchemaVersion);
        Settings defaults;
        defaults.fileSchemaVersion = Settings::kSchemaVersion;
        QCOMPARE(s.buildInclude, defaults.buildInclude);
        QCOMPARE(s.sqlPath, defaults.sqlPath);
        QCOMPARE(s.changesPath, defaults.changesPath);
        QCOMPARE(s.rules, defaults.rules);
        QCOMPARE(s.stages, defaults.stages);
        QCOMPARE(s.strictEnabled, defaults.strictEnabled);
        QCOMPARE(s.logging, defaults.logging);
        QCOMPARE(s.secrets, defaults.secrets);
        QVERIFY(s.unknownKeys.isEmpty());
        // The sections the original's init writes, with its values.
        for (const char *line : {"\nbuild:\n    include: []\n    exclude: []\n", "\npaths:\n    sql: ./sql\n    changes: ./changes\n",
                                 "\nrules: []\n", "\nstages: {}\n", "\nstrict:\n    enabled: false\n    stages: []\n",
                                 "\nlogging:\n    enabled: true\n    level: info\n    file: .noorm/state/noorm.log\n"
                                 "    maxSize: 10mb\n    maxFiles: 5\n"})
            QVERIFY2(init.contains(line), line);
    }

    void savingFreshSettingsWritesTheCommentedLayout()
    {
        test::TempProject project;
        const QString path = project.path(QStringLiteral(".noorm/settings.yml"));
        Result<Settings> s = SettingsFile::load(path);   // no file yet: defaults
        QVERIFY(s.ok());
        Stage dev;
        dev.name = QStringLiteral("dev");
        dev.description = QStringLiteral("Local");
        QVERIFY(s->addStage(dev).ok());
        QVERIFY(SettingsFile::save(path, *s).ok());
        const QByteArray text = project.read(QStringLiteral(".noorm/settings.yml"));
        QVERIFY(text.startsWith(SettingsFile::initialContent().left(60)));
        QVERIFY(text.contains("#   prod:\n"));   // the example above stages stays
        QVERIFY(text.contains("stages:\n    dev:\n        description: Local\n"));
        QCOMPARE(parsed(text).stages, s->stages);
    }

    void unversionedFileGetsVersionOnSave()
    {
        Settings s = parsed("# mine\n\npaths:\n    sql: db\n");
        QCOMPARE(s.fileSchemaVersion, 0);
        QCOMPARE(SettingsFile::toYaml(s), QByteArray("# mine\n\nschemaVersion: 1\n\npaths:\n    sql: db\n"));
    }

    void rulesMatch_data()
    {
        QTest::addColumn<RuleSubject>("subject");
        QTest::addColumn<int>("which");   // index into matches()
        QTest::addColumn<bool>("expected");
        QTest::newRow("isTest true vs test") << kTest << 0 << true;
        QTest::newRow("isTest true vs dev") << kDev << 0 << false;
        QTest::newRow("name dev vs dev") << kDev << 1 << true;
        QTest::newRow("name dev vs prod") << kProd << 1 << false;
        QTest::newRow("protected vs prod") << kProd << 2 << true;
        QTest::newRow("protected vs dev") << kDev << 2 << false;
        QTest::newRow("type remote vs prod") << kProd << 3 << true;
        QTest::newRow("type remote vs dev") << kDev << 3 << false;
        QTest::newRow("isTest+local vs test") << kTest << 4 << true;
        QTest::newRow("isTest+local vs staging") << kStaging << 4 << false;
        QTest::newRow("isTest+local vs dev") << kDev << 4 << false;
        QTest::newRow("empty match") << kDev << 5 << true;
    }
    void rulesMatch()
    {
        QFETCH(RuleSubject, subject);
        QFETCH(int, which);
        QFETCH(bool, expected);
        RuleMatch both = matchTest(true);
        both.type = QStringLiteral("local");
        const QList<RuleMatch> matches{matchTest(true), matchName(QStringLiteral("dev")), matchProtected(true),
                                       matchType(QStringLiteral("remote")), both, RuleMatch()};
        QCOMPARE(ruleMatches(matches[which], subject), expected);
    }

    void evaluatesRulesInOrderLaterWins_data()
    {
        QTest::addColumn<QList<Rule>>("rules");
        QTest::addColumn<RuleSubject>("subject");
        QTest::addColumn<int>("matched");
        QTest::addColumn<QStringList>("include");
        QTest::addColumn<QStringList>("exclude");
        const QString seeds = QStringLiteral("sql/seeds");
        QTest::newRow("no rule matches") << QList<Rule>{rule(matchTest(true), {seeds})} << kDev << 0 << QStringList()
                                         << QStringList();
        QTest::newRow("includes combine")
            << QList<Rule>{rule(matchType(QStringLiteral("local")), {QStringLiteral("sql/local")}),
                           rule(matchTest(false), {QStringLiteral("sql/main")})}
            << kDev << 2 << QStringList{QStringLiteral("sql/local"), QStringLiteral("sql/main")} << QStringList();
        QTest::newRow("excludes combine")
            << QList<Rule>{rule(matchProtected(true), {}, {QStringLiteral("sql/dangerous")}),
                           rule(matchType(QStringLiteral("remote")), {}, {QStringLiteral("sql/local-only")})}
            << kProd << 2 << QStringList() << QStringList{QStringLiteral("sql/dangerous"), QStringLiteral("sql/local-only")};
        QTest::newRow("later exclude wins")
            << QList<Rule>{rule(matchType(QStringLiteral("local")), {seeds}), rule(matchTest(false), {}, {seeds})}
            << kDev << 2 << QStringList() << QStringList{seeds};
        QTest::newRow("later include wins")
            << QList<Rule>{rule(matchType(QStringLiteral("local")), {}, {QStringLiteral("sql/special")}),
                           rule(matchName(QStringLiteral("dev")), {QStringLiteral("sql/special")})}
            << kDev << 2 << QStringList{QStringLiteral("sql/special")} << QStringList();
        QTest::newRow("non-matching rules ignored")
            << QList<Rule>{rule(matchTest(true), {seeds}), rule(matchProtected(true), {}, {QStringLiteral("sql/dangerous")})}
            << kDev << 0 << QStringList() << QStringList();
        QTest::newRow("one rule includes and excludes")
            << QList<Rule>{rule(matchType(QStringLiteral("local")), {QStringLiteral("sql/local-only")},
                                {QStringLiteral("sql/remote-only")})}
            << kDev << 1 << QStringList{QStringLiteral("sql/local-only")} << QStringList{QStringLiteral("sql/remote-only")};
        QTest::newRow("re-included path moves to the end")
            << QList<Rule>{rule(matchName(QStringLiteral("dev")), {QStringLiteral("a"), QStringLiteral("b")}),
                           rule(matchTest(false), {}, {QStringLiteral("a")}),
                           rule(matchProtected(false), {QStringLiteral("a"), QStringLiteral("b")})}
            << kDev << 3 << QStringList{QStringLiteral("b"), QStringLiteral("a")} << QStringList();
    }
    void evaluatesRulesInOrderLaterWins()
    {
        QFETCH(QList<Rule>, rules);
        QFETCH(RuleSubject, subject);
        QFETCH(int, matched);
        QFETCH(QStringList, include);
        QFETCH(QStringList, exclude);
        Settings s;
        s.rules = rules;
        const RulesResult r = evaluateRules(s, subject);
        QCOMPARE(r.matched.size(), matched);
        QCOMPARE(r.include, include);
        QCOMPARE(r.exclude, exclude);
    }

    void effectiveBuildPathsApplyRulesOverBuild()
    {
        Settings s;
        s.setBuild(QStringList{QStringLiteral("sql/tables"), QStringLiteral("sql/views"), QStringLiteral("sql/functions")},
                   QStringList{QStringLiteral("sql/archive")});
        RuleMatch remoteTest = matchTest(true);
        remoteTest.type = QStringLiteral("remote");
        s.rules = {rule(matchTest(true), {QStringLiteral("sql/seeds")}),
                   rule(matchProtected(true), {}, {QStringLiteral("sql/dangerous")}),
                   rule(remoteTest, {}, {QStringLiteral("sql/heavy-seeds")})};
        BuildPaths p = effectiveBuildPaths(s, kStaging);
        QCOMPARE(p.include, QStringList({QStringLiteral("sql/tables"), QStringLiteral("sql/views"),
                                         QStringLiteral("sql/functions"), QStringLiteral("sql/seeds")}));
        QCOMPARE(p.exclude, QStringList({QStringLiteral("sql/archive"), QStringLiteral("sql/heavy-seeds")}));

        p = effectiveBuildPaths(s, kDev);   // nothing matches: the build lists as they are
        QCOMPARE(p.include, s.buildInclude);
        QCOMPARE(p.exclude, s.buildExclude);

        s.buildExclude = {QStringLiteral("sql/seeds")};   // a rule include overrides a build exclude
        p = effectiveBuildPaths(s, kTest);
        QVERIFY(p.include.contains(QStringLiteral("sql/seeds")));
        QVERIFY(!p.exclude.contains(QStringLiteral("sql/seeds")));
    }

    void maxSizeBytes_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("10mb") << "10mb" << qint64(10485760);
        QTest::newRow("500kb") << "500kb" << qint64(512000);
        QTest::newRow("1gb") << "1gb" << qint64(1073741824);
        QTest::newRow("512b") << "512b" << qint64(512);
        QTest::newRow("upper case") << "2MB" << qint64(2097152);
        QTest::newRow("space") << "3 kb" << qint64(3072);
        QTest::newRow("no unit") << "100" << qint64(-1);
        QTest::newRow("fraction") << "1.5mb" << qint64(-1);
        QTest::newRow("terabytes") << "1tb" << qint64(-1);
    }
    void maxSizeBytes()
    {
        QFETCH(QString, size);
        QFETCH(qint64, bytes);
        LoggingSettings l;
        l.maxSize = size;
        QCOMPARE(l.maxSizeBytes(), bytes);
    }

    void editsCheckTheirInput()
    {
        Settings s = parsed(fixture(QStringLiteral("full.yml")));
        Stage dup;
        dup.name = QStringLiteral("prod");
        QVERIFY(!s.addStage(dup).ok());
        Stage badPort;
        badPort.name = QStringLiteral("x");
        badPort.defaults.port = 0;
        Status st = s.addStage(badPort);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().key, QStringLiteral("stages.x.defaults.port"));
        st = s.addSecret({QStringLiteral("K"), QStringLiteral("secret"), {}, true});
        QCOMPARE(st.error().key, QStringLiteral("secrets.1.type"));
        QVERIFY(st.error().message.contains(QStringLiteral("string, password, api_key, connection_string")));
        QVERIFY(!s.addSecret({QStringLiteral("ENCRYPTION_KEY"), QStringLiteral("string"), {}, true}).ok());
        QCOMPARE(s.removeStageSecret(QStringLiteral("prod"), QStringLiteral("NOPE")).error().kind, ErrorKind::NotFound);
        QVERIFY(s.removeStageSecret(QStringLiteral("prod"), QStringLiteral("API_KEY")).ok());
        QCOMPARE(s.stage(QStringLiteral("prod"))->secrets.size(), 1);
        QVERIFY(!s.addRule(rule(RuleMatch(), {QStringLiteral("x")})).ok());
        QCOMPARE(s.removeRule(5).error().kind, ErrorKind::NotFound);
        QCOMPARE(s.removeRule(4).error().message, QStringLiteral("no rule 5 (there are 2)")); // counted from 1
        s.setBuild(QStringList{QStringLiteral("a")}, QStringList{QStringLiteral("b")});
        s.setBuild(std::nullopt, QStringList{QStringLiteral("c")});   // only the list given changes
        QCOMPARE(s.buildInclude, QStringList{QStringLiteral("a")});
        QCOMPARE(s.buildExclude, QStringList{QStringLiteral("c")});
        QVERIFY(s.removeRule(0).ok());
        QCOMPARE(s.rules.size(), 1);
        QVERIFY(s.removeStage(QStringLiteral("dev")).ok());
        QCOMPARE(s.removeStage(QStringLiteral("dev")).error().kind, ErrorKind::NotFound);
        QVERIFY(s.updateSecret(QStringLiteral("ENCRYPTION_KEY"), {QStringLiteral("ENC"), QStringLiteral("password"), {}, true}).ok());
        QCOMPARE(s.secrets[0].key, QStringLiteral("ENC"));
        QVERIFY(s.removeSecret(QStringLiteral("ENC")).ok());
        QVERIFY(s.secrets.isEmpty());
    }

    // A 13 MB file took 72 s to load: every scalar compiled the YAML core schema's
    // patterns again. The work per value must not include compiling patterns: loading
    // thousands of stages and rules compiles no more of them than loading one.
    void loadingLargeFileCompilesNoPatternPerValue()
    {
        const std::size_t before = test::compiledPatternCount();
        QVERIFY(QRegularExpression(QStringLiteral("^probe-%1$").arg(before)).match(QStringLiteral("probe")).isValid());
        if (test::compiledPatternCount() == before)
            QFAIL("pcre2_compile_16 is not interposed: the pattern count sees nothing");

        parsed(generatedSettings(1));   // what is compiled once per process, compiled now
        std::size_t mark = test::compiledPatternCount();
        parsed(generatedSettings(1));
        const std::size_t small = test::compiledPatternCount() - mark;

        const QByteArray large = generatedSettings(10000);
        QVERIFY(large.size() > 2 * 1024 * 1024);
        mark = test::compiledPatternCount();
        const Settings s = parsed(large);
        const std::size_t compiled = test::compiledPatternCount() - mark;
        QCOMPARE(s.rules.size(), 10000);
        QCOMPARE(s.stages.size(), 10000);
        QCOMPARE(s.stages.last().defaults.port.value_or(0), 1000 + 9999);
        QCOMPARE(compiled, small);
    }

    void requiredSecretsMergeUniversalAndStage()
    {
        Settings s = parsed("secrets:\n"
                            "    - {key: A, type: string}\n"
                            "    - {key: B, type: string, required: false}\n"
                            "    - {key: C, type: string}\n"
                            "stages:\n"
                            "    prod:\n"
                            "        secrets:\n"
                            "            - {key: C, type: password}\n"
                            "            - {key: D, type: api_key}\n"
                            "            - {key: E, type: string, required: false}\n");
        const QList<StageSecret> r = s.requiredSecrets(QStringLiteral("prod"));
        QStringList keys;
        for (const StageSecret &x : r)
            keys << x.key;
        QCOMPARE(keys, QStringList({QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("D")}));
        QCOMPARE(r[1].type, QStringLiteral("password"));   // the stage's definition wins
        QCOMPARE(s.requiredSecrets(QStringLiteral("nope")).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
