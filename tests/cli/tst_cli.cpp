// The `noorm` binary end to end: init, config commands, db create/drop, exit codes, --json,
// secrets kept out of argv, output and the state file. Runs against the real keychain.

#include "cli_runner.h"
#include "live.h"
#include "tempproject.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

#include <functional>
#include <memory>
#include <vector>

using noorm::test::TempProject;
using Run = noorm::test::CliRun;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

    noorm::test::Cli noorm; // this test's own NOORM_HOME (its own identity)
    const QProcessEnvironment m_env = noorm.env();

    // The environment with another NOORM_HOME: a test that replaces or edits the identity
    // must not change the one the other tests share.
    QProcessEnvironment withHome(const QTemporaryDir &home) const
    {
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("NOORM_HOME"), home.path());
        return env;
    }

    // `init` then `config add <name>` (SQLite) in `p`: a project with a state file.
    Run projectWithState(const TempProject &p, const QString &name, const QProcessEnvironment &env) const
    {
        const Run init = noorm({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Ada Lovelace"),
                                QStringLiteral("--email"), QStringLiteral("ada@example.com")},
                               p.root(), {}, &env);
        if (init.code != 0)
            return init;
        return noorm({QStringLiteral("config"), QStringLiteral("add"), name, QStringLiteral("--dialect"),
                      QStringLiteral("sqlite"), QStringLiteral("--database"), QStringLiteral("./app.db")},
                     p.root(), {}, &env);
    }

    // `identity init --force` with the test's name and email.
    const QStringList m_replaceIdentity{QStringLiteral("identity"), QStringLiteral("init"), QStringLiteral("--force"),
                                        QStringLiteral("--name"), QStringLiteral("Ada Lovelace"), QStringLiteral("--email"),
                                        QStringLiteral("ada@example.com")};

    // The state file of `p` as noorm names it (canonical path).
    static QString statePath(const TempProject &p)
    {
        return QFileInfo(p.root()).canonicalFilePath() + QStringLiteral("/.noorm/state/state.enc");
    }

    // The names `config list --json` shows in `p`, or the run's error output.
    QString configNames(const TempProject &p, const QProcessEnvironment &env) const
    {
        const Run r = noorm({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("list")}, p.root(), {}, &env);
        if (r.code != 0)
            return QString::fromUtf8(r.output());
        QStringList names;
        for (const QJsonValue &v : r.json().array())
            names << v[QStringLiteral("name")].toString();
        return names.join(QLatin1Char(','));
    }

private slots:
    // Every command starts without Qt Qml and Qt Network (and the dozen libraries they bring):
    // the template engine and the update check are modules the CLI loads when it needs them
    // (cli/modules.h; tst_run_cli and tst_update run them from there).
    void startsWithoutQtQmlOrQtNetwork()
    {
        QProcess readelf;
        readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), noorm::test::Cli::program()});
        QVERIFY(readelf.waitForFinished(60000));
        const QByteArray dynamic = readelf.readAllStandardOutput();
        QVERIFY2(readelf.exitCode() == 0 && dynamic.contains("libQt6Core.so"), dynamic.constData());
        QVERIFY2(!dynamic.contains("libQt6Qml") && !dynamic.contains("libQt6Network"), dynamic.constData());
    }

    void helpAtEveryLevelExitsZero_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no args") << QStringList();
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
        QTest::newRow("config group") << QStringList{QStringLiteral("config")};
        QTest::newRow("config --help") << QStringList{QStringLiteral("config"), QStringLiteral("--help")};
        QTest::newRow("config add --help") << QStringList{QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("--help")};
        QTest::newRow("db drop --help") << QStringList{QStringLiteral("db"), QStringLiteral("drop"), QStringLiteral("--help")};
        QTest::newRow("identity -h") << QStringList{QStringLiteral("identity"), QStringLiteral("-h")};
        // The original's help topics (they were a usage error)
        QTest::newRow("help") << QStringList{QStringLiteral("help")};
        QTest::newRow("help change ff") << QStringList{QStringLiteral("help"), QStringLiteral("change"), QStringLiteral("ff")};
    }
    void helpAtEveryLevelExitsZero()
    {
        QFETCH(QStringList, args);
        TempProject p;
        const Run r = noorm(args, p.root());
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Usage") || r.out.contains("USAGE") || r.out.contains("Subcommands"), r.out.constData());
        QVERIFY(!QFile::exists(p.path(QStringLiteral(".noorm")))); // help touches nothing
    }

    // An option's value is named for what it is, flags by their names: CLI11 printed
    // `--port INT:INT in [1 - 65535]`, `--no-test{false}` and `TEXT` for every string.
    void helpNamesValuesInTheUsersWords()
    {
        TempProject p;
        const Run add = noorm({QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("--help")}, p.root());
        QCOMPARE(add.code, 0);
        for (const char *shown : {"--port PORT ", "--dialect DIALECT ", "--pool-max N ", "--test, --no-test ", "name (required)"})
            QVERIFY2(add.out.contains(shown), shown);
        for (const char *hidden : {"{false}", "TEXT", "INT", "REQUIRED"})
            QVERIFY2(!add.out.contains(hidden), hidden);
        const Run ff = noorm({QStringLiteral("change"), QStringLiteral("ff"), QStringLiteral("--help")}, p.root());
        QVERIFY2(ff.out.contains("--wait DURATION "), ff.out.constData());
        const Run root = noorm({QStringLiteral("--help")}, p.root());
        QVERIFY2(root.out.contains("-c, --config CONFIG (env NOORM_CONFIG)"), root.out.constData());
    }

    void usageErrorsExit64()
    {
        TempProject p;
        const Run unknown = noorm({QStringLiteral("frobnicate")}, p.root());
        QCOMPARE(unknown.code, 64);
        // Worded as every other failure (cli.md): it came without "error: ".
        QVERIFY2(unknown.err.startsWith("error: unknown command 'frobnicate'\n"), unknown.err.constData());
        // A word one or two edits from a known one is named with it (CLI11 listed the words
        // left over, last first, the right one with the typo: "not expected: list chnage").
        const auto said = [&](const QStringList &args) { return QString::fromUtf8(noorm(args, p.root()).err).section(u'\n', 0, 0); };
        QCOMPARE(said({QStringLiteral("chnage"), QStringLiteral("list")}), QStringLiteral("error: unknown command 'chnage' (did you mean 'change'?)"));
        QCOMPARE(said({QStringLiteral("change"), QStringLiteral("lsit")}), QStringLiteral("error: unknown command 'lsit' for 'change' (did you mean 'list'?)"));
        QCOMPARE(said({QStringLiteral("change"), QStringLiteral("ff"), QStringLiteral("--dryrun")}),
                 QStringLiteral("error: unknown option '--dryrun' for 'change ff' (did you mean '--dry-run'?)"));
        QCOMPARE(said({QStringLiteral("help"), QStringLiteral("nope")}), QStringLiteral("error: unknown command 'nope'"));
        // A command's option before the command: where it goes ("unknown option '--csv' for
        // 'sql' (did you mean '--csv'?)" said nothing).
        QCOMPARE(said({QStringLiteral("--csv"), QStringLiteral("sql"), QStringLiteral("SELECT 1")}),
                 QStringLiteral("error: '--csv' is an option of 'sql': put it after 'sql'"));
        // A password typed after --password is not repeated in the error (it was, in argv's echo).
        const Run typed = noorm({QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("e"), QStringLiteral("--dialect"),
                                 QStringLiteral("postgres"), QStringLiteral("--password"), QStringLiteral("hunter2")}, p.root());
        QCOMPARE(typed.code, 64);
        QVERIFY2(!typed.output().contains("hunter2") && typed.err.contains("--password takes no value"), typed.output().constData());
        // Help as one JSON document under --json, as the original gives it.
        const Run help = noorm({QStringLiteral("--json"), QStringLiteral("help"), QStringLiteral("change")}, p.root());
        QCOMPARE(help.code, 0);
        QCOMPARE(help.object().value(QStringLiteral("topic")).toString(), QStringLiteral("change"));
        QVERIFY(help.object().value(QStringLiteral("content")).toString().contains(QLatin1String("rewind")));
        QCOMPARE(noorm({QStringLiteral("--json")}, p.root()).object().value(QStringLiteral("topic")).toString(), QString());
        // -c given twice: the last one, as git and psql take it (it was "At Most 1 required").
        const Run twice = noorm({QStringLiteral("-c"), QStringLiteral("a"), QStringLiteral("change"), QStringLiteral("list"), QStringLiteral("-c"),
                                 QStringLiteral("b")}, p.root());
        QVERIFY2(twice.code != 64 && !twice.err.contains("At Most"), twice.err.constData()); // no project here: 5
        // --version after a command is the version, as before it (the command ran instead).
        const Run version = noorm({QStringLiteral("change"), QStringLiteral("list"), QStringLiteral("--version")}, p.root());
        QCOMPARE(version.code, 0);
        QVERIFY2(version.out.contains(NOORM_VERSION), version.out.constData());
        QCOMPARE(noorm({QStringLiteral("config"), QStringLiteral("add")}, p.root()).code, 64); // name missing
        QCOMPARE(noorm({QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--dialect"),
                        QStringLiteral("oracle")}, p.root()).code, 64);
        // A bad name or a missing --dialect is a bad argument too (they exited 1, invalid-data).
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        const Run badName = noorm({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("bad name"),
                                   QStringLiteral("--dialect"), QStringLiteral("sqlite"), QStringLiteral("--database"), QStringLiteral("./x.db")},
                                  p.root());
        QCOMPARE(badName.code, 64);
        QCOMPARE(badName.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("invalid-input"));
        QCOMPARE(noorm({QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("nodialect")}, p.root()).code, 64);
    }

    void passwordIsNeverAnArgument()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        const Run r = noorm({QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("pg"), QStringLiteral("--dialect"),
                             QStringLiteral("postgres"), QStringLiteral("--database"), QStringLiteral("app"),
                             QStringLiteral("--password"), QStringLiteral("hunter2")},
                            p.root());
        QCOMPARE(r.code, 64);
    }

    void outsideAProjectSuggestsInit()
    {
        TempProject p;
        const Run r = noorm({QStringLiteral("config"), QStringLiteral("list")}, p.root());
        QCOMPARE(r.code, 5);
        QVERIFY(r.err.contains("noorm init"));
    }

    void initRefusesExistingProject()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        const Run again = noorm({QStringLiteral("init")}, p.root());
        QCOMPARE(again.code, 4);
    }

    // No secret service: the project is still created, so init succeeds and says how to
    // make the identity later (stderr in text mode, a field in --json).
    void initWithoutSecretServiceCreatesProjectAndSaysHowToAddIdentity()
    {
        QTemporaryDir home;
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("NOORM_HOME"), home.path());
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-bus")));
        TempProject p;
        Run r = noorm({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Ada"), QStringLiteral("--email"),
                       QStringLiteral("ada@example.com")},
                      p.root(), {}, &env);
        QVERIFY2(r.code == 0, r.output().constData());
        QVERIFY(QFile::exists(p.path(QStringLiteral(".noorm/settings.yml"))));
        QVERIFY2(r.err.contains("noorm identity init"), r.err.constData());
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("identity.json"))));

        TempProject q;
        r = noorm({QStringLiteral("--json"), QStringLiteral("init")}, q.root(), {}, &env);
        QVERIFY2(r.code == 0, r.output().constData());
        const QJsonObject identity = r.object()[QStringLiteral("identity")].toObject();
        QCOMPARE(identity[QStringLiteral("created")].toBool(true), false);
        QVERIFY(!identity[QStringLiteral("error")].toString().isEmpty());
        QVERIFY2(identity[QStringLiteral("howToCreate")].toString().startsWith(QStringLiteral("noorm identity init")),
                 r.out.constData());
    }

    // The original noorm's plain ~/.noorm/identity.key is imported by whichever command first
    // needs the key (here `config add`, not `init`), and the user is told, once, where the
    // plain copy still is. It stays: the original on this machine still reads it.
    void importOfTheOriginalsPlainKeyIsAnnouncedWherever()
    {
        QTemporaryDir home;
        QFile keypairFile(QStringLiteral(NOORM_FIXTURES_DIR "/compat/keypair.json"));
        QVERIFY(keypairFile.open(QIODevice::ReadOnly));
        const QJsonObject keypair = QJsonDocument::fromJson(keypairFile.readAll()).object();
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(QUuid::createUuid().toByteArray(), QCryptographicHash::Sha256).toHex());
        const QJsonObject identity{{"identityHash", hash}, {"name", "Old Timer"}, {"email", "old@example.com"},
                                   {"publicKey", keypair["publicKey"]}, {"machine", "m"}, {"os", "linux 1"},
                                   {"createdAt", "2024-01-15T10:30:00.000Z"}};
        for (const auto &[name, content] : {std::pair{"identity.json", QJsonDocument(identity).toJson()},
                                            std::pair{"identity.pub", keypair["publicKey"].toString().toLatin1()},
                                            std::pair{"identity.key", keypair["privateKey"].toString().toLatin1()}}) {
            QFile f(home.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(content) == content.size());
        }
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("NOORM_HOME"), home.path());
        const QString plainKey = home.filePath(QStringLiteral("identity.key"));

        TempProject p;
        Run r = noorm({QStringLiteral("init")}, p.root(), {}, &env);
        QVERIFY2(r.code == 0, r.output().constData());
        QVERIFY2(r.out.contains("Using identity Old Timer <old@example.com>"), r.out.constData());
        r = noorm({QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("dev"), QStringLiteral("--dialect"),
                   QStringLiteral("sqlite"), QStringLiteral("--database"), QStringLiteral("./dev.db")},
                  p.root(), {}, &env);
        QVERIFY2(r.code == 0, r.output().constData());
        QVERIFY2(r.err.contains(("imported your private key from " + plainKey).toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains((plainKey + " still holds it in plain text").toUtf8()), r.err.constData());
        QVERIFY(QFile::exists(plainKey));

        // From the keychain now: nothing more to say.
        r = noorm({QStringLiteral("config"), QStringLiteral("list")}, p.root(), {}, &env);
        QVERIFY2(r.code == 0, r.output().constData());
        QVERIFY2(!r.err.contains("imported"), r.err.constData());
    }

    // Replacing the identity re-encrypts every state its key encrypted, here and elsewhere.
    void identityInitForceReencryptsEveryKnownState()
    {
        QTemporaryDir home;
        const QProcessEnvironment env = withHome(home);
        TempProject shop, blog;
        NOORM_VERIFY_RUN(projectWithState(shop, QStringLiteral("dev"), env));
        NOORM_VERIFY_RUN(projectWithState(blog, QStringLiteral("blog"), env));
        const Run r = noorm(QStringList{QStringLiteral("--json")} + m_replaceIdentity, shop.root(), {}, &env);
        QVERIFY2(r.code == 0, r.output().constData());
        QStringList reencrypted;
        for (const QJsonValue &v : r.object()[QStringLiteral("reencrypted")].toArray())
            reencrypted << v.toString();
        reencrypted.sort();
        QStringList expected{statePath(shop), statePath(blog)};
        expected.sort();
        QCOMPARE(reencrypted, expected);
        QCOMPARE(r.object()[QStringLiteral("lost")].toArray().size(), 0);
        QCOMPARE(configNames(shop, env), QStringLiteral("dev"));
        QCOMPARE(configNames(blog, env), QStringLiteral("blog"));
    }

    // A state the current key cannot decrypt would be lost: refused (exit 4, naming it,
    // nothing changed) unless the user confirms with --yes.
    void identityInitForceRefusesToLoseStatesUnlessYes()
    {
        QTemporaryDir home;
        const QProcessEnvironment env = withHome(home);
        TempProject shop, blog;
        NOORM_VERIFY_RUN(projectWithState(shop, QStringLiteral("dev"), env));
        NOORM_VERIFY_RUN(projectWithState(blog, QStringLiteral("blog"), env));
        const QString damaged = statePath(blog);
        QJsonObject sealed = QJsonDocument::fromJson(blog.read(QStringLiteral(".noorm/state/state.enc"))).object();
        QByteArray ciphertext = QByteArray::fromBase64(sealed[QStringLiteral("ciphertext")].toString().toLatin1());
        ciphertext[1] = static_cast<char>(ciphertext[1] ^ 0x40);
        sealed[QStringLiteral("ciphertext")] = QString::fromLatin1(ciphertext.toBase64());
        blog.write(QStringLiteral(".noorm/state/state.enc"), QJsonDocument(sealed).toJson());
        const QByteArray publicKey = readFile(home.filePath(QStringLiteral("identity.pub")));
        QVERIFY(!publicKey.isEmpty());

        Run r = noorm(m_replaceIdentity, shop.root(), {}, &env);
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(damaged.toUtf8()) && r.err.contains("--yes"), r.err.constData());
        QCOMPARE(readFile(home.filePath(QStringLiteral("identity.pub"))), publicKey);
        QCOMPARE(configNames(shop, env), QStringLiteral("dev"));

        r = noorm(QStringList{QStringLiteral("--json"), QStringLiteral("--yes")} + m_replaceIdentity, shop.root(), {}, &env);
        QVERIFY2(r.code == 0, r.output().constData());
        QCOMPARE(r.object()[QStringLiteral("lost")].toArray(), QJsonArray{damaged});
        QCOMPARE(r.object()[QStringLiteral("reencrypted")].toArray().size(), 1);
        QVERIFY(readFile(home.filePath(QStringLiteral("identity.pub"))) != publicKey);
        QCOMPARE(configNames(shop, env), QStringLiteral("dev"));
    }

    // --dry-run changes nothing: a command with no plan of its own is not run at all (config
    // rm removed the config, identity init --force replaced the keypair, sql ran).
    void dryRunChangesNothingAnywhere()
    {
        QTemporaryDir home;
        const QProcessEnvironment env = withHome(home);
        TempProject p;
        NOORM_VERIFY_RUN(projectWithState(p, QStringLiteral("dev"), env));
        const QByteArray publicKey = readFile(home.filePath(QStringLiteral("identity.pub")));
        const QByteArray state = p.read(QStringLiteral(".noorm/state/state.enc"));
        const QList<QStringList> writes = {
            {QStringLiteral("config"), QStringLiteral("rm"), QStringLiteral("dev"), QStringLiteral("--yes")},
            {QStringLiteral("config"), QStringLiteral("edit"), QStringLiteral("dev"), QStringLiteral("--host"), QStringLiteral("elsewhere")},
            {QStringLiteral("config"), QStringLiteral("cp"), QStringLiteral("dev"), QStringLiteral("dev2")},
            m_replaceIdentity,
            {QStringLiteral("sql"), QStringLiteral("CREATE TABLE made (a INTEGER)")},
            {QStringLiteral("change"), QStringLiteral("add"), QStringLiteral("dry")},
        };
        for (const QStringList &args : writes) {
            const Run r = noorm(QStringList{QStringLiteral("--dry-run")} + args, p.root(), {}, &env);
            QVERIFY2(r.code == 0 && r.out.contains("was not run"), qPrintable(args.join(u' ') + QLatin1Char('\n') + r.output()));
        }
        QCOMPARE(readFile(home.filePath(QStringLiteral("identity.pub"))), publicKey);
        QCOMPARE(p.read(QStringLiteral(".noorm/state/state.enc")), state);
        QVERIFY(!QFile::exists(p.path(QStringLiteral("app.db")))); // sql did not connect
        QVERIFY(QDir(p.path(QStringLiteral("changes"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        const Run json = noorm({QStringLiteral("--json"), QStringLiteral("--dry-run"), QStringLiteral("secret"), QStringLiteral("rm"),
                                QStringLiteral("X"), QStringLiteral("--yes")}, p.root(), {}, &env);
        QCOMPARE(json.code, 0);
        QCOMPARE(json.object().value(QStringLiteral("ran")).toBool(true), false);
        QCOMPARE(json.object().value(QStringLiteral("command")).toString(), QStringLiteral("secret rm"));
        // Those that plan themselves still do, and reading commands still read.
        const Run list = noorm({QStringLiteral("--dry-run"), QStringLiteral("config"), QStringLiteral("list")}, p.root(), {}, &env);
        QVERIFY2(list.code == 0 && list.out.contains("dev"), list.output().constData());
    }

    // A new keypair under the same identity (same hash): its database row takes the new
    // public key, which teammates seal the vault and exports for (they kept the old one).
    void aNewKeypairReplacesThePublicKeyItsDatabasesHold()
    {
        QTemporaryDir home;
        const QProcessEnvironment env = withHome(home);
        TempProject p;
        NOORM_VERIFY_RUN(projectWithState(p, QStringLiteral("dev"), env));
        NOORM_VERIFY_RUN(noorm({QStringLiteral("db"), QStringLiteral("create")}, p.root(), {}, &env));
        const auto registered = [&] {
            QString key;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("keys"));
                db.setDatabaseName(p.path(QStringLiteral("app.db")));
                QSqlQuery q(db);
                if (db.open() && q.exec(QStringLiteral("SELECT public_key FROM __noorm_identities__ WHERE email = 'ada@example.com'")) && q.next())
                    key = q.value(0).toString();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("keys"));
            return key;
        };
        const auto exported = [&] {
            return noorm({QStringLiteral("--json"), QStringLiteral("identity"), QStringLiteral("export")}, p.root(), {}, &env)
                .object().value(QStringLiteral("publicKey")).toString();
        };
        NOORM_VERIFY_RUN(noorm({QStringLiteral("config"), QStringLiteral("use"), QStringLiteral("dev")}, p.root(), {}, &env));
        const QString before = exported();
        QCOMPARE(registered(), before);
        NOORM_VERIFY_RUN(noorm(QStringList{QStringLiteral("--yes")} + m_replaceIdentity, p.root(), {}, &env));
        const QString after = exported();
        QVERIFY(!after.isEmpty() && after != before);
        NOORM_VERIFY_RUN(noorm({QStringLiteral("config"), QStringLiteral("use"), QStringLiteral("dev")}, p.root(), {}, &env));
        QCOMPARE(registered(), after);
    }

    // The secrets noorm takes from the environment never reach what it writes: the key
    // file's passphrase is not in $.env, and both it and NOORM_CONNECTION_PASSWORD are
    // masked like stored secrets (a template showed the passphrase in the error and in
    // __noorm_executions__).
    void secretsOfTheEnvironmentAreMasked()
    {
        QTemporaryDir home;
        QProcessEnvironment env = withHome(home);
        TempProject p;
        NOORM_VERIFY_RUN(projectWithState(p, QStringLiteral("dev"), env));
        env.insert(QStringLiteral("NOORM_PASSPHRASE"), QStringLiteral("horse-battery-9c1"));
        env.insert(QStringLiteral("NOORM_CONNECTION_PASSWORD"), QStringLiteral("conn-pass-77aa"));
        p.write(QStringLiteral("sql/001_env.sql.tmpl"),
                "INSERT INTO nosuch VALUES ('{%~ $.env.NOORM_PASSPHRASE %}', '{%~ $.env.NOORM_CONNECTION_PASSWORD %}');\n");
        const Run r = noorm({QStringLiteral("run"), QStringLiteral("file"), QStringLiteral("sql/001_env.sql.tmpl")}, p.root(), {}, &env);
        QCOMPARE(r.code, 2);
        QVERIFY2(!r.output().contains("horse-battery") && !r.output().contains("conn-pass"), r.output().constData());
        QVERIFY2(r.output().contains("'undefined'") && r.output().contains("********"), r.output().constData());
        const QByteArray log = p.read(QStringLiteral(".noorm/state/noorm.log"));
        QVERIFY(!log.contains("horse-battery") && !log.contains("conn-pass"));
    }

    // A name ending in a newline is no name ("$" of a regular expression matched before
    // it: the config was added, and could not be removed by its name).
    void namesWithATrailingNewlineAreRefused()
    {
        QTemporaryDir home;
        const QProcessEnvironment env = withHome(home);
        TempProject p;
        NOORM_VERIFY_RUN(projectWithState(p, QStringLiteral("dev"), env));
        QCOMPARE(noorm({QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("nl\n"), QStringLiteral("--dialect"),
                        QStringLiteral("sqlite"), QStringLiteral("--database"), QStringLiteral("nl.db")}, p.root(), {}, &env).code, 64);
        QCOMPARE(noorm({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("KEY\n")}, p.root(), "v\n", &env).code, 64);
        QCOMPARE(configNames(p, env), QStringLiteral("dev"));
    }

    // init says where the private key went: a passphrase file is not the keychain (it said so).
    void initSaysWhereThePrivateKeyWent()
    {
        QTemporaryDir home;
        QProcessEnvironment env = withHome(home);
        env.insert(QStringLiteral("NOORM_KEY_STORE"), QStringLiteral("file"));
        env.insert(QStringLiteral("NOORM_PASSPHRASE"), QStringLiteral("correct-horse-77"));
        TempProject p;
        const Run init = noorm({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Ada Lovelace"), QStringLiteral("--email"),
                                QStringLiteral("ada@example.com")}, p.root(), {}, &env);
        NOORM_VERIFY_RUN(init);
        QVERIFY2(init.out.contains("private key stored in the key file identity.key.enc") && !init.out.contains("keychain"),
                 init.out.constData());
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("identity.key.enc"))));
        // `identity users`, the spec's name, is `identity list` (it was a usage error).
        const Run users = noorm({QStringLiteral("--json"), QStringLiteral("identity"), QStringLiteral("users")}, p.root(), {}, &env);
        QVERIFY2(users.code == 0 && users.output().contains("ada@example.com"), users.output().constData());
    }

    // `identity edit` changes name and email (and so the identity hash) and keeps the keypair:
    // the project's state stays readable.
    void identityEditKeepsTheKeyAndEveryState()
    {
        QTemporaryDir home;
        const QProcessEnvironment env = withHome(home);
        TempProject shop;
        NOORM_VERIFY_RUN(projectWithState(shop, QStringLiteral("dev"), env));
        const QByteArray publicKey = readFile(home.filePath(QStringLiteral("identity.pub")));
        Run r = noorm({QStringLiteral("--json"), QStringLiteral("identity"), QStringLiteral("edit"), QStringLiteral("--name"),
                       QStringLiteral("Ada King"), QStringLiteral("--email"), QStringLiteral("ada@king.dev")},
                      shop.root(), {}, &env);
        QVERIFY2(r.code == 0, r.output().constData());
        const QJsonObject shown = noorm({QStringLiteral("--json"), QStringLiteral("identity"), QStringLiteral("show")},
                                        shop.root(), {}, &env).object();
        QCOMPARE(shown[QStringLiteral("name")].toString(), QStringLiteral("Ada King"));
        QCOMPARE(shown[QStringLiteral("email")].toString(), QStringLiteral("ada@king.dev"));
        const QByteArray hashInput = QStringLiteral("ada@king.dev").toUtf8() + '\0' + QByteArray("Ada King") + '\0'
            + shown[QStringLiteral("machine")].toString().toUtf8() + '\0' + shown[QStringLiteral("os")].toString().toUtf8();
        QCOMPARE(shown[QStringLiteral("identityHash")].toString(),
                 QString::fromLatin1(QCryptographicHash::hash(hashInput, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(r.object()[QStringLiteral("identityHash")], shown[QStringLiteral("identityHash")]);
        QCOMPARE(readFile(home.filePath(QStringLiteral("identity.pub"))), publicKey);
        QCOMPARE(configNames(shop, env), QStringLiteral("dev"));
        QCOMPARE(noorm({QStringLiteral("identity"), QStringLiteral("edit")}, shop.root(), {}, &env).code, 64);
    }

    void configLifecycle()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        const QString root = p.root();
        Run r = noorm({QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("dev"), QStringLiteral("--dialect"),
                       QStringLiteral("sqlite"), QStringLiteral("--database"), QStringLiteral("./dev.db"), QStringLiteral("--test")},
                      root);
        QVERIFY2(r.code == 0, r.err.constData());

        // A password from stdin is stored encrypted, never printed.
        r = noorm({QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("staging"), QStringLiteral("--dialect"),
                   QStringLiteral("postgres"), QStringLiteral("--host"), QStringLiteral("db.example"), QStringLiteral("--database"),
                   QStringLiteral("app"), QStringLiteral("--user"), QStringLiteral("deploy"), QStringLiteral("--password"),
                   QStringLiteral("--use")},
                  root, "s3cr3t-Pa55\n");
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!r.out.contains("s3cr3t-Pa55"));
        QVERIFY(!p.read(QStringLiteral(".noorm/state/state.enc")).contains("s3cr3t-Pa55"));
        QVERIFY(!p.read(QStringLiteral(".noorm/state/state.enc")).contains("db.example"));

        r = noorm({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("list")}, root);
        QCOMPARE(r.code, 0);
        const QJsonArray list = r.json().array();
        QCOMPARE(list.size(), 2);
        QJsonObject staging;
        for (const QJsonValue &v : list)
            if (v[QStringLiteral("name")] == QStringLiteral("staging"))
                staging = v.toObject();
        QCOMPARE(staging[QStringLiteral("isActive")].toBool(), true);
        QCOMPARE(staging[QStringLiteral("dialect")].toString(), QStringLiteral("postgres"));

        r = noorm({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("staging"), QStringLiteral("--json")}, root);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[QStringLiteral("connection")][QStringLiteral("password")].toString(), QStringLiteral("********"));
        QVERIFY(!r.out.contains("s3cr3t"));

        r = noorm({QStringLiteral("config"), QStringLiteral("edit"), QStringLiteral("staging"), QStringLiteral("--port"),
                   QStringLiteral("6543"), QStringLiteral("--rename"), QStringLiteral("stage2")},
                  root);
        QVERIFY2(r.code == 0, r.err.constData());
        r = noorm({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--json")}, root); // active followed the rename
        QCOMPARE(r.json()[QStringLiteral("name")].toString(), QStringLiteral("stage2"));
        QCOMPARE(r.json()[QStringLiteral("connection")][QStringLiteral("port")].toInt(), 6543);

        r = noorm({QStringLiteral("config"), QStringLiteral("edit"), QStringLiteral("stage2"), QStringLiteral("--dialect"),
                   QStringLiteral("mysql")},
                  root);
        QCOMPARE(r.code, 4); // the dialect cannot change

        QCOMPARE(noorm({QStringLiteral("config:copy"), QStringLiteral("dev"), QStringLiteral("dev2")}, root).code, 0);
        QCOMPARE(noorm({QStringLiteral("config"), QStringLiteral("use"), QStringLiteral("dev2")}, root).code, 0);
        QCOMPARE(noorm({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("show")}, root)
                     .json()[QStringLiteral("name")].toString(),
                 QStringLiteral("dev2"));

        // Removing asks: without a TTY it needs --yes.
        QCOMPARE(noorm({QStringLiteral("config"), QStringLiteral("rm"), QStringLiteral("dev2")}, root).code, 4);
        QCOMPARE(noorm({QStringLiteral("config"), QStringLiteral("rm"), QStringLiteral("dev2"), QStringLiteral("--yes")}, root).code, 0);
        r = noorm({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("dev2")}, root);
        QCOMPARE(r.code, 5);
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toInt(), 5);
    }

    void validateSqliteConnectsAndReportsTrackingTables()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        NOORM_VERIFY_RUN(noorm.addSqliteConfig(p.root(), QStringLiteral("dev"), QStringLiteral("./dev.db")));
        QCOMPARE(noorm({QStringLiteral("db"), QStringLiteral("create")}, p.root()).code, 0);
        const Run r = noorm({QStringLiteral("config"), QStringLiteral("validate"), QStringLiteral("--json")}, p.root());
        QVERIFY2(r.code == 0, r.out.constData());
        const QJsonObject v = r.json().object();
        QCOMPARE(v[QStringLiteral("complete")].toBool(), true);
        QCOMPARE(v[QStringLiteral("connection")][QStringLiteral("ok")].toBool(), true);
        QVERIFY(v[QStringLiteral("connection")][QStringLiteral("serverVersion")].toString().startsWith(QLatin1String("3.")));
        QCOMPARE(v[QStringLiteral("connection")][QStringLiteral("tracking")][QStringLiteral("state")].toString(),
                 QStringLiteral("current"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(p.path(QStringLiteral("dev.db")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT cli_version FROM __noorm_version__")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral(NOORM_VERSION));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void validateReportsMissingStageSecrets()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        p.write(QStringLiteral(".noorm/settings.yml"),
                "stages:\n  prod:\n    secrets:\n      - key: API_TOKEN\n        type: api_key\n");
        NOORM_VERIFY_RUN(noorm.addSqliteConfig(p.root(), QStringLiteral("prod"), QStringLiteral("./prod.db")));
        const Run r = noorm({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("validate"), QStringLiteral("prod"),
                             QStringLiteral("--offline")},
                            p.root());
        QCOMPARE(r.code, 1);
        QCOMPARE(r.json()[QStringLiteral("missingSecrets")].toArray().first().toString(), QStringLiteral("API_TOKEN"));
        // The hint names the config checked, which is not the active one here.
        NOORM_VERIFY_RUN(noorm.addSqliteConfig(p.root(), QStringLiteral("dev"), QStringLiteral("./dev.db"), {QStringLiteral("--use")}));
        const Run text = noorm({QStringLiteral("config"), QStringLiteral("validate"), QStringLiteral("prod"), QStringLiteral("--offline")}, p.root());
        QVERIFY2(text.out.contains("`noorm -c prod secret set API_TOKEN`"), text.out.constData());
        // A stage that settings.yml does not have checks nothing: refused, naming the stages.
        const Run typo = noorm({QStringLiteral("config"), QStringLiteral("validate"), QStringLiteral("prod"), QStringLiteral("--stage"),
                                QStringLiteral("prdo"), QStringLiteral("--offline")},
                               p.root());
        QCOMPARE(typo.code, 5);
        QVERIFY2(typo.err.contains("Stage \"prdo\" not found") && typo.err.contains("stages: prod"), typo.err.constData());
    }

    void validateLiveServers_data()
    {
        noorm::test::addDialectRows("dialect", {QStringLiteral("postgres"), QStringLiteral("mysql")});
    }
    void validateLiveServers()
    {
        QFETCH(QString, dialect);
        const auto server = noorm::test::liveServer(dialect);
        if (!server) {
            if (noorm::test::isCi())
                QFAIL("live server missing under CI=true");
            QSKIP("no live server (run scripts/test.sh)");
        }
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        Run r = noorm({QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("live"), QStringLiteral("--dialect"), dialect,
                       QStringLiteral("--host"), server->host, QStringLiteral("--port"), QString::number(server->port),
                       QStringLiteral("--database"), server->database, QStringLiteral("--user"), server->user,
                       QStringLiteral("--stdin")},
                      p.root(), server->password.toUtf8() + "\n");
        QVERIFY2(r.code == 0, r.err.constData());
        r = noorm({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("validate")}, p.root());
        QVERIFY2(r.code == 0, r.out.constData());
        QVERIFY(!r.json()[QStringLiteral("connection")][QStringLiteral("serverVersion")].toString().isEmpty());

        // A wrong password fails with a clear message that does not contain it.
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("NOORM_CONNECTION_PASSWORD"), QStringLiteral("wrong-pass-xyz"));
        r = noorm({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("validate")}, p.root(), {}, &env);
        QCOMPARE(r.code, 1);
        QCOMPARE(r.json()[QStringLiteral("connection")][QStringLiteral("ok")].toBool(), false);
        QVERIFY(!r.out.contains("wrong-pass-xyz"));
        QVERIFY(!r.err.contains("wrong-pass-xyz"));
    }

    void envOnlyModeOutsideAProject()
    {
        TempProject p;
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("NOORM_CONNECTION_DIALECT"), QStringLiteral("sqlite"));
        env.insert(QStringLiteral("NOORM_CONNECTION_DATABASE"), p.path(QStringLiteral("ci.db")));
        const Run r = noorm({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("validate")}, p.root(), {}, &env);
        QVERIFY2(r.code == 0, r.out.constData());
        QCOMPARE(r.json()[QStringLiteral("name")].toString(), QStringLiteral("__env__"));
        QVERIFY(!QFile::exists(p.path(QStringLiteral("ci.db")))); // validate creates nothing
    }

    void dbCreateAndDropSqlite()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        NOORM_VERIFY_RUN(noorm.addSqliteConfig(p.root(), QStringLiteral("dev"), QStringLiteral("./data/dev.db")));
        Run r = noorm({QStringLiteral("db"), QStringLiteral("create")}, p.root());
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QFile::exists(p.path(QStringLiteral("data/dev.db"))));
        QCOMPARE(noorm({QStringLiteral("db"), QStringLiteral("drop")}, p.root()).code, 4); // needs --yes without a TTY
        QVERIFY(QFile::exists(p.path(QStringLiteral("data/dev.db"))));
        QCOMPARE(noorm({QStringLiteral("db"), QStringLiteral("drop"), QStringLiteral("--dry-run"), QStringLiteral("--yes")}, p.root()).code, 0);
        QVERIFY(QFile::exists(p.path(QStringLiteral("data/dev.db"))));
        QCOMPARE(noorm({QStringLiteral("db"), QStringLiteral("drop"), QStringLiteral("--yes")}, p.root()).code, 0);
        QVERIFY(!QFile::exists(p.path(QStringLiteral("data/dev.db"))));
    }

    void dbDropRefusedOnProtectedConfigEvenWithYes()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        QCOMPARE(noorm({QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("prod"), QStringLiteral("--dialect"),
                        QStringLiteral("sqlite"), QStringLiteral("--database"), QStringLiteral("./prod.db"),
                        QStringLiteral("--protected")},
                       p.root()).code,
                 0);
        QCOMPARE(noorm({QStringLiteral("db"), QStringLiteral("create"), QStringLiteral("--yes")}, p.root()).code, 0);
        const Run r = noorm({QStringLiteral("db"), QStringLiteral("drop"), QStringLiteral("--yes"), QStringLiteral("--force")}, p.root());
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.contains("protected"));
        QVERIFY(QFile::exists(p.path(QStringLiteral("prod.db"))));
    }

    void badSettingsFileNamesFileAndLine()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        p.write(QStringLiteral(".noorm/settings.yml"), "paths:\n  sql: ./sql\nstages:\n  prod:\n    defaults:\n      port: abc\n");
        const Run r = noorm({QStringLiteral("config"), QStringLiteral("list")}, p.root());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("settings.yml:6"), r.err.constData());
        QVERIFY(r.err.contains("port"));
    }

    // A misspelt key is a warning naming the file, line and key, on every command that
    // reads the settings (`protcted: true` protected nothing, without a word).
    void misspeltSettingsKeysAreWarnedAbout()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        p.write(QStringLiteral(".noorm/settings.yml"), "paths:\n  sql: ./sql\nstages:\n  prod:\n    defaults:\n      protcted: true\n");
        const Run r = noorm({QStringLiteral("config"), QStringLiteral("list")}, p.root());
        NOORM_VERIFY_RUN(r);
        QVERIFY2(r.err.contains("warning: .noorm/settings.yml:6:7: stages.prod.defaults.protcted is not a setting noorm knows; it is ignored"),
                 r.err.constData());
    }

    void settingsEditsAreSavedAndKeepComments()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        const QByteArray before = p.read(QStringLiteral(".noorm/settings.yml"));
        QVERIFY(before.startsWith("#"));
        Run r = noorm({QStringLiteral("settings"), QStringLiteral("stage"), QStringLiteral("add"), QStringLiteral("prod"),
                       QStringLiteral("--dialect"), QStringLiteral("sqlite"), QStringLiteral("--protected"),
                       QStringLiteral("--locked")},
                      p.root());
        QVERIFY2(r.code == 0, r.err.constData());
        r = noorm({QStringLiteral("settings"), QStringLiteral("secret"), QStringLiteral("add"), QStringLiteral("API_TOKEN"),
                   QStringLiteral("--type"), QStringLiteral("api_key"), QStringLiteral("--stage"), QStringLiteral("prod")},
                  p.root());
        QVERIFY2(r.code == 0, r.err.constData());
        const QByteArray after = p.read(QStringLiteral(".noorm/settings.yml"));
        const Run shown = noorm({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("show")}, p.root());
        QCOMPARE(shown.code, 0);
        const QJsonObject prod = shown.json()[QStringLiteral("stages")][QStringLiteral("prod")].toObject();
        QCOMPARE(prod[QStringLiteral("locked")].toBool(), true);
        QCOMPARE(prod[QStringLiteral("defaults")][QStringLiteral("protected")].toBool(), true);
        QCOMPARE(prod[QStringLiteral("secrets")][0][QStringLiteral("key")].toString(), QStringLiteral("API_TOKEN"));
        QVERIFY(after.contains("API_TOKEN"));
        QCOMPARE(after.left(after.indexOf('\n')), before.left(before.indexOf('\n'))); // leading comment kept

        // A config named like the stage takes its defaults and its rules.
        QCOMPARE(noorm({QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("prod"), QStringLiteral("--database"),
                        QStringLiteral("./prod.db")},
                       p.root()).code,
                 0);
        r = noorm({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("prod")}, p.root());
        QCOMPARE(r.json()[QStringLiteral("protected")].toBool(), true);
        QCOMPARE(r.json()[QStringLiteral("connection")][QStringLiteral("dialect")].toString(), QStringLiteral("sqlite"));
        r = noorm({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("validate"), QStringLiteral("prod"),
                   QStringLiteral("--offline")},
                  p.root());
        QCOMPARE(r.json()[QStringLiteral("missingSecrets")].toArray().size(), 1);
        // Locked stage: its config cannot be removed.
        QCOMPARE(noorm({QStringLiteral("config"), QStringLiteral("rm"), QStringLiteral("prod"), QStringLiteral("--yes")}, p.root()).code, 4);
        // Bad input is refused with the key, and the file is unchanged.
        const QByteArray kept = p.read(QStringLiteral(".noorm/settings.yml"));
        QCOMPARE(noorm({QStringLiteral("settings"), QStringLiteral("stage"), QStringLiteral("add"), QStringLiteral("prod")}, p.root()).code, 4);
        QCOMPARE(p.read(QStringLiteral(".noorm/settings.yml")), kept);
    }

    void passphraseKeyFileWorksWithoutAKeychain()
    {
        TempProject p;
        QTemporaryDir home;
        QProcessEnvironment env = m_env;
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("NOORM_HOME"), home.path());
        // Without the opt-in there is a clear error, and no plain key anywhere.
        Run r = noorm({QStringLiteral("identity"), QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Bot"),
                       QStringLiteral("--email"), QStringLiteral("bot@ci")},
                      p.root(), {}, &env);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("NOORM_KEY_STORE=file"), r.err.constData());
        env.insert(QStringLiteral("NOORM_KEY_STORE"), QStringLiteral("file"));
        env.insert(QStringLiteral("NOORM_PASSPHRASE"), QStringLiteral("correct horse battery"));
        r = noorm({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Bot"), QStringLiteral("--email"),
                   QStringLiteral("bot@ci")},
                  p.root(), {}, &env);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("identity.key.enc"))));
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("identity.key"))));
        QCOMPARE(noorm({QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("dev"), QStringLiteral("--dialect"),
                        QStringLiteral("sqlite"), QStringLiteral("--database"), QStringLiteral("./dev.db")},
                       p.root(), {}, &env).code,
                 0);
        env.insert(QStringLiteral("NOORM_PASSPHRASE"), QStringLiteral("wrong"));
        r = noorm({QStringLiteral("config"), QStringLiteral("list")}, p.root(), {}, &env);
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.contains("correct horse"));
    }

    void templatesRenderInPreviewAndBuild()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        NOORM_VERIFY_RUN(noorm.addSqliteConfig(p.root(), QStringLiteral("dev"), QStringLiteral("./dev.db")));
        p.write(QStringLiteral("sql/$helpers.ts"),
                "export function tableName(base: string): string { return `t_${base}`; }\n");
        p.write(QStringLiteral("sql/seed/users.json5"), "[{name: 'ada'}, {name: \"o'brien\"}, ]\n");
        p.write(QStringLiteral("sql/seed/001_users.sql.tmpl"),
                "CREATE TABLE {%~ $.tableName('users') %} (name TEXT);\n"
                "{% for (const u of $.users) { %}\n"
                "INSERT INTO {%~ $.tableName('users') %} VALUES ({%~ $.quote(u.name) %});\n"
                "{% } %}\n");
        Run r = noorm({QStringLiteral("run"), QStringLiteral("file"), QStringLiteral("sql/seed/001_users.sql.tmpl"),
                       QStringLiteral("--preview")},
                      p.root());
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("CREATE TABLE t_users (name TEXT);"), r.out.constData());
        QVERIFY(r.out.contains("INSERT INTO t_users VALUES ('o''brien');"));
        r = noorm({QStringLiteral("run"), QStringLiteral("build")}, p.root());
        QVERIFY2(r.code == 0, r.out.constData());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tmpl"));
            db.setDatabaseName(p.path(QStringLiteral("dev.db")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t_users")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 2);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tmpl"));
        // Unchanged rendered output: skipped the second time.
        r = noorm({QStringLiteral("--json"), QStringLiteral("run"), QStringLiteral("build")}, p.root());
        QCOMPARE(r.json()[QStringLiteral("filesSkipped")].toInt(), 1);
        // A template error names the template and its line.
        p.write(QStringLiteral("sql/seed/002_bad.sql.tmpl"), "SELECT 1;\n{%~ $.nope.deeper %}\n");
        r = noorm({QStringLiteral("run"), QStringLiteral("build")}, p.root());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains("002_bad.sql.tmpl:2") || r.err.contains("002_bad.sql.tmpl:2"), (r.out + r.err).constData());
    }

    void runInspectShowsWhatATemplateCanUseWithoutRenderingIt()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        NOORM_VERIFY_RUN(noorm.addSqliteConfig(p.root(), QStringLiteral("dev"), QStringLiteral("./dev.db")));
        p.write(QStringLiteral("sql/$helpers.ts"), "export function tableName(base: string): string { return `t_${base}`; }\n");
        p.write(QStringLiteral("sql/seed/users.json5"), "[{name: 'ada', email: 'a@x'}, {name: 'bob', email: 'b@x'}]\n");
        p.write(QStringLiteral("sql/seed/001_users.sql.tmpl"), "{% throw new Error('rendered!') %}\n");
        p.write(QStringLiteral("sql/002_plain.sql"), "SELECT 1;\n");
        // --stdin, as `config add` takes it (spec cli.md: "first line of stdin (--stdin)").
        QCOMPARE(noorm({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("APP_PASSWORD"), QStringLiteral("--stdin")}, p.root(),
                       "Sup3r-S3cret!\n").code,
                 0);

        // Without a file: the templates there are.
        Run r = noorm({QStringLiteral("run"), QStringLiteral("inspect")}, p.root());
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("sql/seed/001_users.sql.tmpl"));
        r = noorm({QStringLiteral("--json"), QStringLiteral("run"), QStringLiteral("inspect")}, p.root());
        QCOMPARE(r.object()[QStringLiteral("templates")].toArray(), QJsonArray{QStringLiteral("sql/seed/001_users.sql.tmpl")});

        r = noorm({QStringLiteral("run"), QStringLiteral("inspect"), QStringLiteral("sql/seed/001_users.sql.tmpl"), QStringLiteral("--expand")}, p.root());
        QVERIFY2(r.code == 0, (r.out + r.err).constData());
        QVERIFY2(r.out.contains("$.users") && r.out.contains("Array [2]") && r.out.contains("(sql/seed/users.json5)"), r.out.constData());
        QVERIFY2(r.out.contains("Array [2] of {name, email}"), r.out.constData());
        QVERIFY2(r.out.contains("$.tableName") && r.out.contains("(sql/$helpers.ts)"), r.out.constData());
        QVERIFY2(r.out.contains("$.include") && r.out.contains("1 key(s): APP_PASSWORD"), r.out.constData());
        QVERIFY(!r.out.contains("Sup3r") && !r.out.contains("rendered!"));

        r = noorm({QStringLiteral("--json"), QStringLiteral("run"), QStringLiteral("inspect"), QStringLiteral("sql/seed/001_users.sql.tmpl")}, p.root());
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject doc = r.object();
        QCOMPARE(doc[QStringLiteral("file")].toString(), QStringLiteral("sql/seed/001_users.sql.tmpl"));
        QCOMPARE(doc[QStringLiteral("dataFiles")].toArray().first()[QStringLiteral("key")].toString(), QStringLiteral("users"));
        QCOMPARE(doc[QStringLiteral("helpers")].toArray().first()[QStringLiteral("source")].toString(), QStringLiteral("sql/$helpers.ts"));
        QCOMPARE(doc[QStringLiteral("secrets")].toArray(), QJsonArray{QStringLiteral("APP_PASSWORD")});
        QVERIFY(!r.out.contains("Sup3r"));

        // Not a template: a usage error; missing: not found; a broken data file: its file and line.
        QCOMPARE(noorm({QStringLiteral("run"), QStringLiteral("inspect"), QStringLiteral("sql/002_plain.sql")}, p.root()).code, 64);
        QCOMPARE(noorm({QStringLiteral("run"), QStringLiteral("inspect"), QStringLiteral("sql/nope.sql.tmpl")}, p.root()).code, 5);
        p.write(QStringLiteral("sql/seed/broken.json"), "{\n  \"a\": [\n}\n");
        r = noorm({QStringLiteral("run"), QStringLiteral("inspect"), QStringLiteral("sql/seed/001_users.sql.tmpl")}, p.root());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("broken.json:3"), r.err.constData());
        // ... named as the project shows it, as a build's errors name their files.
        QVERIFY2(r.err.contains("sql/seed/broken.json:3") && !r.err.contains(p.root().toUtf8()), r.err.constData());
        r = noorm({QStringLiteral("--json"), QStringLiteral("run"), QStringLiteral("inspect"), QStringLiteral("sql/seed/001_users.sql.tmpl")}, p.root());
        const QJsonObject error = r.object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("file")).toString(), QStringLiteral("sql/seed/broken.json"));
        QVERIFY2(!r.out.contains(p.root().toUtf8()), r.out.constData());
        // A helper that does not compile: the same exit as a data file's (it was 1), and its
        // place once, as the project shows it (sucrase's message added the absolute path and
        // its own "(1:21)").
        QVERIFY(QFile::remove(p.path(QStringLiteral("sql/seed/broken.json"))));
        p.write(QStringLiteral("sql/seed/$helpers.ts"), "export const f = () => { return 1 +; }\n");
        for (const QStringList &command : {QStringList{QStringLiteral("run"), QStringLiteral("inspect"), QStringLiteral("sql/seed/001_users.sql.tmpl")},
                                           QStringList{QStringLiteral("run"), QStringLiteral("file"), QStringLiteral("sql/seed/001_users.sql.tmpl"),
                                                       QStringLiteral("--preview")}}) {
            r = noorm(command, p.root());
            QVERIFY2(r.code == 2, (command.join(u' ') + QLatin1Char(' ') + QString::fromUtf8(r.err)).toUtf8().constData());
            QVERIFY2(r.err.contains("sql/seed/$helpers.ts:1:"), r.err.constData());
            QVERIFY2(!r.err.contains(p.root().toUtf8()) && !r.err.contains("(1:"), r.err.constData());
        }
    }

    // What the last update check found is said on a terminal, after the command, and never
    // in --json, under CI or into a pipe; a check done today starts no other.
    void saysAnUpdateIsAvailableOnATerminalOnly()
    {
        QTemporaryDir home;
        QFile settings(home.filePath(QStringLiteral("settings.yml")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("checkUpdates: true\nautoUpdate: false\nlastCheck: "
                       + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8()
                       + "\ncachedVersion: 9.9.9\ncachedPackage: https://example.invalid/noorm_9.9.9_amd64.deb\n");
        settings.close();
        const QByteArray before = readFile(settings.fileName());
        QProcessEnvironment env = withHome(home);
        env.remove(QStringLiteral("CI"));
        // `script` gives the command a terminal, as a user's shell does.
        const auto onTerminal = [&](const QString &args, const QProcessEnvironment &e, const QString &cwd = QDir::tempPath()) {
            QProcess p;
            p.setProcessEnvironment(e);
            p.setWorkingDirectory(cwd);
            p.start(QStringLiteral("script"), {QStringLiteral("-qec"), noorm::test::Cli::program() + QLatin1Char(' ') + args, QStringLiteral("/dev/null")});
            p.waitForFinished(30000);
            return p.readAllStandardOutput();
        };
        QByteArray shown = onTerminal(QStringLiteral("version"), env);
        QVERIFY2(shown.contains("Update available (v" NOORM_VERSION " \xe2\x86\x92 v9.9.9)"), shown.constData());
        QVERIFY2(shown.contains("sudo apt install ./noorm_9.9.9_amd64.deb"), shown.constData());
        QVERIFY(!onTerminal(QStringLiteral("--json version"), env).contains("Update available"));
        QProcessEnvironment ci = env;
        ci.insert(QStringLiteral("CI"), QStringLiteral("true"));
        QVERIFY(!onTerminal(QStringLiteral("version"), ci).contains("Update available"));
        const Run piped = noorm({QStringLiteral("version")}, QDir::tempPath(), {}, &env);
        QVERIFY(!piped.out.contains("Update available") && !piped.err.contains("Update available"));
        QCOMPARE(readFile(settings.fileName()), before); // checked today: no check was started
        // A team can turn it off in its project (never on autoUpdate: that would write outside it).
        TempProject team;
        team.write(QStringLiteral(".noorm/settings.yml"), "cli:\n  checkUpdates: false\n");
        QVERIFY(!onTerminal(QStringLiteral("version"), env, team.root()).contains("Update available"));
        // checkUpdates: false silences it.
        QVERIFY(settings.open(QIODevice::WriteOnly | QIODevice::Truncate));
        settings.write(QByteArray(before).replace("checkUpdates: true", "checkUpdates: false"));
        settings.close();
        QVERIFY(!onTerminal(QStringLiteral("version"), env).contains("Update available"));
    }

    // A secret piped in keeps every line (a PEM key, a certificate): only the line end that
    // closes the input goes, as `$(cat key.pem)` would drop it. Before, only the first line
    // was kept, silently.
    void secretFromStdinKeepsEveryLine()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        NOORM_VERIFY_RUN(noorm.addSqliteConfig(p.root(), QStringLiteral("dev"), QStringLiteral("./dev.db")));
        const QByteArray pem = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\r\nBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----";
        NOORM_VERIFY_RUN(noorm({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("TLS_KEY"), QStringLiteral("--stdin")},
                               p.root(), pem + "\r\n"));
        p.write(QStringLiteral("sql/001_key.sql.tmpl"), "CREATE TABLE k (v TEXT);\nINSERT INTO k VALUES ({%~ $.quote($.secrets.TLS_KEY) %});\n");
        NOORM_VERIFY_RUN(noorm({QStringLiteral("run"), QStringLiteral("build")}, p.root()));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pem"));
            db.setDatabaseName(p.path(QStringLiteral("dev.db")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT v FROM k")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString().toUtf8(), pem);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pem"));
    }

    // Looking makes no database: a SQLite file that is not there yet stays not there after
    // every command that only reads (they made an empty one, a typo's path included).
    void readingCommandsMakeNoDatabaseFile()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        NOORM_VERIFY_RUN(noorm.addSqliteConfig(p.root(), QStringLiteral("dev"), QStringLiteral("./dev.db")));
        p.write(QStringLiteral("changes/2026-01-01-users/change/001.sql"), "CREATE TABLE users (id INTEGER);\n");
        const QList<QStringList> reads = {
            {QStringLiteral("config"), QStringLiteral("use"), QStringLiteral("dev")},
            {QStringLiteral("identity"), QStringLiteral("list")},
            {QStringLiteral("secrets"), QStringLiteral("list")},
            {QStringLiteral("secrets"), QStringLiteral("sync")},
            {QStringLiteral("change"), QStringLiteral("list")},
            {QStringLiteral("change"), QStringLiteral("history")},
            {QStringLiteral("lock"), QStringLiteral("status")},
            {QStringLiteral("config"), QStringLiteral("validate")},
            {QStringLiteral("db"), QStringLiteral("explore")},
        };
        for (const QStringList &args : reads) {
            const Run r = noorm(QStringList{QStringLiteral("--json")} + args, p.root());
            QVERIFY2(r.code == 0 || r.code == 5, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(r.output())));
            QVERIFY2(!QFile::exists(p.path(QStringLiteral("dev.db"))), qPrintable(args.join(QLatin1Char(' '))));
        }
        // What they say instead: the change pending, no lock, no vault yet.
        const Run list = noorm({QStringLiteral("--json"), QStringLiteral("change"), QStringLiteral("list")}, p.root());
        QVERIFY2(list.out.contains("pending"), list.out.constData());
        const Run vault = noorm({QStringLiteral("secrets"), QStringLiteral("list")}, p.root());
        QCOMPARE(vault.code, 5);
        QVERIFY2(vault.err.contains("does not exist yet"), vault.err.constData());
    }

    void secretsAreStoredMaskedAndRenderedIntoTemplates()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        NOORM_VERIFY_RUN(noorm.addSqliteConfig(p.root(), QStringLiteral("dev"), QStringLiteral("./dev.db")));
        p.write(QStringLiteral("sql/001_role.sql.tmpl"),
                "CREATE TABLE creds (v TEXT);\nINSERT INTO creds VALUES ({%~ $.quote($.secrets.APP_PASSWORD) %});\n");
        // Missing secret: the error names the key and the config.
        Run r = noorm({QStringLiteral("run"), QStringLiteral("build")}, p.root());
        QCOMPARE(r.code, 2);
        QVERIFY2((r.out + r.err).contains("APP_PASSWORD") && (r.out + r.err).contains("dev"), (r.out + r.err).constData());

        r = noorm({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("APP_PASSWORD")}, p.root(), "Sup3r-S3cret!\n");
        QVERIFY2(r.code == 0, r.err.constData());
        r = noorm({QStringLiteral("--json"), QStringLiteral("secret"), QStringLiteral("list")}, p.root());
        QCOMPARE(r.json().array().first()[QStringLiteral("key")].toString(), QStringLiteral("APP_PASSWORD"));
        QCOMPARE(r.json().array().first()[QStringLiteral("set")].toBool(), true);
        QVERIFY(!r.out.contains("Sup3r"));

        // Previews (stdout and --output) mask it; the build uses the real value.
        r = noorm({QStringLiteral("run"), QStringLiteral("file"), QStringLiteral("sql/001_role.sql.tmpl"), QStringLiteral("--preview")}, p.root());
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("'********'"));
        QVERIFY(!r.out.contains("Sup3r"));
        r = noorm({QStringLiteral("run"), QStringLiteral("build"), QStringLiteral("--preview"), QStringLiteral("--output"),
                   p.path(QStringLiteral("preview.sql"))},
                  p.root());
        QCOMPARE(r.code, 0);
        QVERIFY(!p.read(QStringLiteral("preview.sql")).contains("Sup3r"));
        QCOMPARE(noorm({QStringLiteral("run"), QStringLiteral("build"), QStringLiteral("--dry-run")}, p.root()).code, 0);
        QVERIFY(p.read(QStringLiteral("tmp/sql/001_role.sql")).contains("'********'"));
        QVERIFY(!p.read(QStringLiteral("tmp/sql/001_role.sql")).contains("Sup3r"));
        QCOMPARE(noorm({QStringLiteral("run"), QStringLiteral("build")}, p.root()).code, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("creds"));
            db.setDatabaseName(p.path(QStringLiteral("dev.db")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT v FROM creds")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("Sup3r-S3cret!"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("creds"));
        QVERIFY(!p.read(QStringLiteral(".noorm/state/noorm.log")).contains("Sup3r"));
        QCOMPARE(noorm({QStringLiteral("secret"), QStringLiteral("rm"), QStringLiteral("APP_PASSWORD"), QStringLiteral("--yes")}, p.root()).code, 0);
        QCOMPARE(noorm({QStringLiteral("secret"), QStringLiteral("rm"), QStringLiteral("APP_PASSWORD"), QStringLiteral("--yes")}, p.root()).code, 5);
    }

    // An environment variable may add protection, never remove it.
    void environmentCannotUnprotectAConfig_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::newRow("NOORM_PROTECTED=false") << QStringLiteral("NOORM_PROTECTED") << QStringLiteral("false");
        QTest::newRow("NOORM_protected=false") << QStringLiteral("NOORM_protected") << QStringLiteral("false");
        QTest::newRow("NOORM_PROTECTED=0") << QStringLiteral("NOORM_PROTECTED") << QStringLiteral("0");
    }
    void environmentCannotUnprotectAConfig()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        QCOMPARE(noorm({QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("prod"), QStringLiteral("--dialect"),
                        QStringLiteral("sqlite"), QStringLiteral("--database"), QStringLiteral("./prod.db"),
                        QStringLiteral("--protected")},
                       p.root()).code,
                 0);
        QCOMPARE(noorm({QStringLiteral("db"), QStringLiteral("create"), QStringLiteral("--yes")}, p.root()).code, 0);
        p.write(QStringLiteral("sql/001_t.sql"), "CREATE TABLE t (x INTEGER);\n");
        QProcessEnvironment env = m_env;
        env.insert(variable, value);

        Run r = noorm({QStringLiteral("db"), QStringLiteral("drop"), QStringLiteral("--yes")}, p.root(), {}, &env);
        QCOMPARE(r.code, 4);
        QVERIFY(QFile::exists(p.path(QStringLiteral("prod.db"))));
        r = noorm({QStringLiteral("run"), QStringLiteral("build")}, p.root(), {}, &env); // no TTY, no --yes
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("--yes"), r.err.constData());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("unprotect"));
            db.setDatabaseName(p.path(QStringLiteral("prod.db")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 't'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0); // the build did not run
        }
        QSqlDatabase::removeDatabase(QStringLiteral("unprotect"));
    }

    void environmentCannotUnprotectAPostgresConfig()
    {
        NOORM_REQUIRE_LIVE(pg, "postgres");
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        const QString database = QStringLiteral("noorm_protected_%1").arg(QCoreApplication::applicationPid());
        Run r = noorm({QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("prod"), QStringLiteral("--dialect"),
                       QStringLiteral("postgres"), QStringLiteral("--host"), pg.host, QStringLiteral("--port"),
                       QString::number(pg.port), QStringLiteral("--database"), database, QStringLiteral("--user"), pg.user,
                       QStringLiteral("--stdin"), QStringLiteral("--protected")},
                      p.root(), pg.password.toUtf8() + "\n");
        QVERIFY2(r.code == 0, r.err.constData());
        r = noorm({QStringLiteral("db"), QStringLiteral("create"), QStringLiteral("--yes")}, p.root());
        QVERIFY2(r.code == 0, r.err.constData());
        const auto dropAtEnd = qScopeGuard([&] {
            noorm({QStringLiteral("config"), QStringLiteral("edit"), QStringLiteral("prod"), QStringLiteral("--no-protected")}, p.root());
            noorm({QStringLiteral("db"), QStringLiteral("drop"), QStringLiteral("--yes")}, p.root());
        });
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("NOORM_PROTECTED"), QStringLiteral("false"));
        r = noorm({QStringLiteral("db"), QStringLiteral("drop"), QStringLiteral("--yes")}, p.root(), {}, &env);
        QCOMPARE(r.code, 4);
        r = noorm({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("validate")}, p.root());
        QVERIFY2(r.code == 0, r.out.constData()); // the database is still there
    }

    // NOORM_PROTECTED=true protects what a command resolves to; config show and list say so
    // (they showed the stored "no"), and show marks each value the environment changed.
    void showAndListTellWhatTheEnvironmentChanges()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        NOORM_VERIFY_RUN(noorm.addSqliteConfig(p.root(), QStringLiteral("dev"), QStringLiteral("./dev.db")));
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("NOORM_PROTECTED"), QStringLiteral("true"));
        env.insert(QStringLiteral("NOORM_CONNECTION_DATABASE"), QStringLiteral("./other.db"));
        const Run shown = noorm({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("dev")}, p.root(), {}, &env);
        NOORM_VERIFY_RUN(shown);
        QCOMPARE(shown.object().value(QStringLiteral("protected")).toBool(), true);
        QCOMPARE(shown.object().value(QStringLiteral("connection")).toObject().value(QStringLiteral("database")).toString(), QStringLiteral("./other.db"));
        QCOMPARE(shown.object().value(QStringLiteral("overrides")).toObject().value(QStringLiteral("protected")).toString(), QStringLiteral("environment"));
        const Run text = noorm({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("dev")}, p.root(), {}, &env);
        QVERIFY2(QString::fromUtf8(text.out).contains(QRegularExpression(QStringLiteral("protected +yes  \\(environment\\)"))), text.out.constData());
        QVERIFY2(QString::fromUtf8(text.out).contains(QRegularExpression(QStringLiteral("database +\\./other\\.db  \\(environment\\)"))), text.out.constData());
        const Run listed = noorm({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("list")}, p.root(), {}, &env);
        QCOMPARE(listed.json().array().first().toObject().value(QStringLiteral("protected")).toBool(), true);
        // Without the variables: the stored values, no overrides.
        const Run plain = noorm({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("dev")}, p.root());
        QCOMPARE(plain.object().value(QStringLiteral("protected")).toBool(), false);
        QVERIFY2(!plain.object().contains(QStringLiteral("overrides")), plain.out.constData());
    }

    // A stage's `protected: true` cannot be taken off its config, and protects it anyway.
    void stageProtectionCannotBeRemovedFromAConfig()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        const QString root = p.root();
        p.write(QStringLiteral(".noorm/settings.yml"), "stages:\n  prod:\n    defaults:\n      protected: true\n");
        Run r = noorm({QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("prod"), QStringLiteral("--dialect"),
                       QStringLiteral("sqlite"), QStringLiteral("--database"), QStringLiteral("./prod.db"),
                       QStringLiteral("--no-protected")},
                      root);
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("stages.prod.defaults.protected"), r.err.constData());
        QCOMPARE(noorm({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("list")}, root).json().array().size(), 0);

        NOORM_VERIFY_RUN(noorm.addSqliteConfig(p.root(), QStringLiteral("prod"), QStringLiteral("./prod.db")));
        QCOMPARE(noorm({QStringLiteral("db"), QStringLiteral("create"), QStringLiteral("--yes")}, root).code, 0);
        r = noorm({QStringLiteral("config"), QStringLiteral("edit"), QStringLiteral("prod"), QStringLiteral("--no-protected")}, root);
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("Stage \"prod\"") && r.err.contains("stages.prod.defaults.protected"), r.err.constData());
        r = noorm({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("prod")}, root);
        QCOMPARE(r.json()[QStringLiteral("protected")].toBool(), true);
        QCOMPARE(noorm({QStringLiteral("db"), QStringLiteral("drop"), QStringLiteral("--yes")}, root).code, 4);
        QVERIFY(QFile::exists(p.path(QStringLiteral("prod.db"))));
    }

    void stageProtectionCoversAConfigStoredUnprotected()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        NOORM_VERIFY_RUN(noorm.addSqliteConfig(p.root(), QStringLiteral("prod"), QStringLiteral("./prod.db"))); // before the stage existed
        QCOMPARE(noorm({QStringLiteral("db"), QStringLiteral("create")}, p.root()).code, 0);
        p.write(QStringLiteral(".noorm/settings.yml"), "stages:\n  prod:\n    defaults:\n      protected: true\n");
        QCOMPARE(noorm({QStringLiteral("db"), QStringLiteral("drop"), QStringLiteral("--yes")}, p.root()).code, 4);
        QVERIFY(QFile::exists(p.path(QStringLiteral("prod.db"))));
        const Run list = noorm({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("list")}, p.root());
        QCOMPARE(list.json().array().first()[QStringLiteral("protected")].toBool(), true);
    }

    void renamingAConfigOfALockedStageSaysRenamed()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        p.write(QStringLiteral(".noorm/settings.yml"), "stages:\n  prod:\n    locked: true\n");
        NOORM_VERIFY_RUN(noorm.addSqliteConfig(p.root(), QStringLiteral("prod"), QStringLiteral("./prod.db")));
        const Run r = noorm({QStringLiteral("config"), QStringLiteral("edit"), QStringLiteral("prod"), QStringLiteral("--rename"),
                             QStringLiteral("prod2")},
                            p.root());
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("cannot be renamed") && !r.err.contains("deleted"), r.err.constData());
    }

    void ruleRmNamesThePositionTypedAndHowManyExist()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        for (const char *folder : {"seeds", "fixtures"})
            QCOMPARE(noorm({QStringLiteral("settings"), QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("--match-test"),
                            QStringLiteral("--include"), QLatin1String(folder)},
                           p.root()).code,
                     0);
        const Run r = noorm({QStringLiteral("settings"), QStringLiteral("rule"), QStringLiteral("rm"), QStringLiteral("5")}, p.root());
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains("no rule 5 (there are 2)"), r.err.constData());
    }

    void settingsBuildChangesOnlyTheListsGiven()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        auto build = [&] {
            return noorm({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("show")}, p.root())
                .json()[QStringLiteral("build")].toObject();
        };
        auto list = [](const QJsonObject &b, const char *key) { return b.value(QLatin1String(key)).toVariant().toStringList(); };
        QCOMPARE(noorm({QStringLiteral("settings"), QStringLiteral("build"), QStringLiteral("--include"), QStringLiteral("a"),
                        QStringLiteral("--exclude"), QStringLiteral("b")},
                       p.root()).code,
                 0);
        QCOMPARE(noorm({QStringLiteral("settings"), QStringLiteral("build"), QStringLiteral("--exclude"), QStringLiteral("c")}, p.root()).code, 0);
        QCOMPARE(list(build(), "include"), QStringList{QStringLiteral("a")});
        QCOMPARE(list(build(), "exclude"), QStringList{QStringLiteral("c")});
        QCOMPARE(noorm({QStringLiteral("settings"), QStringLiteral("build")}, p.root()).code, 0);
        QCOMPARE(list(build(), "include"), QStringList{QStringLiteral("a")});
        QCOMPARE(list(build(), "exclude"), QStringList{QStringLiteral("c")});
        QCOMPARE(noorm({QStringLiteral("settings"), QStringLiteral("build"), QStringLiteral("--include")}, p.root()).code, 0);
        QCOMPARE(list(build(), "include"), QStringList());   // given with no folder: emptied
        QCOMPARE(list(build(), "exclude"), QStringList{QStringLiteral("c")});
    }

    // --json (before or after the command, or NOORM_JSON) holds for usage errors too.
    void usageErrorsInJsonModeAreOneJsonDocument_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("viaEnvironment");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("--json"), QStringLiteral("bogus")} << false;
        QTest::newRow("--json after") << QStringList{QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("--json")} << false;
        QTest::newRow("bad flag") << QStringList{QStringLiteral("config"), QStringLiteral("list"), QStringLiteral("--json"),
                                                QStringLiteral("--bogus")}
                                  << false;
        QTest::newRow("bad value") << QStringList{QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("x"),
                                                 QStringLiteral("--dialect"), QStringLiteral("oracle"), QStringLiteral("--json")}
                                   << false;
        QTest::newRow("NOORM_JSON") << QStringList{QStringLiteral("bogus")} << true;
    }
    void usageErrorsInJsonModeAreOneJsonDocument()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, viaEnvironment);
        TempProject p;
        QProcessEnvironment env = m_env;
        if (viaEnvironment)
            env.insert(QStringLiteral("NOORM_JSON"), QStringLiteral("1"));
        const Run r = noorm(args, p.root(), {}, &env);
        QCOMPARE(r.code, 64);
        QJsonParseError parse{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &parse);
        QVERIFY2(parse.error == QJsonParseError::NoError, r.out.constData());
        QCOMPARE(doc[QStringLiteral("error")][QStringLiteral("code")].toInt(), 64);
        QVERIFY(!doc[QStringLiteral("error")][QStringLiteral("message")].toString().isEmpty());
    }

    void configAddRefusesAnEmptyPassword_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("--password, stdin closed") << QStringLiteral("--password") << QByteArray();
        QTest::newRow("--password, empty line") << QStringLiteral("--password") << QByteArray("\n");
        QTest::newRow("--stdin, empty line") << QStringLiteral("--stdin") << QByteArray("\n");
    }
    void configAddRefusesAnEmptyPassword()
    {
        QFETCH(QString, flag);
        QFETCH(QByteArray, input);
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        const QStringList add{QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("pg"), QStringLiteral("--dialect"),
                              QStringLiteral("postgres"), QStringLiteral("--database"), QStringLiteral("app"), flag};
        Run r = noorm(add, p.root(), input);
        QCOMPARE(r.code, 64);
        QVERIFY2(r.err.contains("password") && r.err.contains("empty"), r.err.constData());
        QCOMPARE(noorm({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("list")}, p.root()).json().array().size(), 0);

        QCOMPARE(noorm(add, p.root(), "Real-Pa55\n").code, 0);
        r = noorm({QStringLiteral("config"), QStringLiteral("edit"), QStringLiteral("pg"), flag}, p.root(), input);
        QCOMPARE(r.code, 64);
        r = noorm({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("pg")}, p.root());
        QCOMPARE(r.json()[QStringLiteral("connection")][QStringLiteral("password")].toString(), QStringLiteral("********"));
    }

    // `config show` shows the env-only config that `config validate` and `run build` use.
    void configShowShowsTheEnvOnlyConfig_data()
    {
        QTest::addColumn<bool>("inProject");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("outside a project") << false << QStringList{QStringLiteral("config"), QStringLiteral("show")};
        QTest::newRow("project without configs") << true << QStringList{QStringLiteral("config"), QStringLiteral("show")};
        QTest::newRow("by its name") << true << QStringList{QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("__env__")};
    }
    void configShowShowsTheEnvOnlyConfig()
    {
        QFETCH(bool, inProject);
        QFETCH(QStringList, args);
        TempProject p;
        if (inProject)
            NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("NOORM_CONNECTION_DIALECT"), QStringLiteral("postgres"));
        env.insert(QStringLiteral("NOORM_CONNECTION_HOST"), QStringLiteral("db.ci"));
        env.insert(QStringLiteral("NOORM_CONNECTION_DATABASE"), QStringLiteral("app"));
        env.insert(QStringLiteral("NOORM_CONNECTION_PASSWORD"), QStringLiteral("Ci-Secret-42"));
        Run r = noorm(QStringList{QStringLiteral("--json")} + args, p.root(), {}, &env);
        QVERIFY2(r.code == 0, r.out.constData());
        const QJsonObject shown = r.json().object();
        QCOMPARE(shown[QStringLiteral("name")].toString(), QStringLiteral("__env__"));
        QCOMPARE(shown[QStringLiteral("connection")][QStringLiteral("host")].toString(), QStringLiteral("db.ci"));
        QCOMPARE(shown[QStringLiteral("connection")][QStringLiteral("password")].toString(), QStringLiteral("********"));
        QCOMPARE(shown[QStringLiteral("sources")][QStringLiteral("connection.host")].toString(), QStringLiteral("environment"));
        QCOMPARE(shown[QStringLiteral("sources")][QStringLiteral("connection.pool.max")].toString(), QStringLiteral("default"));
        QVERIFY(!r.out.contains("Ci-Secret-42"));
        r = noorm(args, p.root(), {}, &env);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("__env__") && r.out.contains("db.ci") && r.out.contains("environment"), r.out.constData());
        QVERIFY(!r.out.contains("Ci-Secret-42") && !r.err.contains("Ci-Secret-42"));
    }

    void nonNumericPortFromEnvironmentNamesTheVariable()
    {
        TempProject p;
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("NOORM_CONNECTION_DIALECT"), QStringLiteral("postgres"));
        env.insert(QStringLiteral("NOORM_CONNECTION_DATABASE"), QStringLiteral("app"));
        env.insert(QStringLiteral("NOORM_CONNECTION_PORT"), QStringLiteral("abc"));
        const Run r = noorm({QStringLiteral("config"), QStringLiteral("validate"), QStringLiteral("--offline")}, p.root(), {}, &env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("NOORM_CONNECTION_PORT") && r.err.contains("got \"abc\""), r.err.constData());
    }

    // `settings show` prints the effective settings, defaults filled in, not just the file.
    void settingsShowFillsInDefaults()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        p.write(QStringLiteral(".noorm/settings.yml"), "schemaVersion: 1\npaths:\n  sql: ./db\n");
        Run r = noorm({QStringLiteral("settings"), QStringLiteral("show")}, p.root());
        QVERIFY2(r.code == 0, r.err.constData());
        for (const char *line : {"sql: ./db", "changes: ./changes", "include: []", "level: info", "maxFiles: 5", "stages: {}"})
            QVERIFY2(r.out.contains(line), (QByteArray(line) + " missing from:\n" + r.out).constData());
        r = noorm({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("show")}, p.root());
        QCOMPARE(r.code, 0);
        const QJsonObject shown = r.json().object();
        QCOMPARE(shown[QStringLiteral("paths")][QStringLiteral("sql")].toString(), QStringLiteral("./db"));
        QCOMPARE(shown[QStringLiteral("paths")][QStringLiteral("changes")].toString(), QStringLiteral("./changes"));
        QCOMPARE(shown[QStringLiteral("logging")][QStringLiteral("level")].toString(), QStringLiteral("info"));
        QCOMPARE(shown[QStringLiteral("logging")][QStringLiteral("maxFiles")].toInt(), 5);
        QVERIFY(shown[QStringLiteral("build")][QStringLiteral("include")].isArray());
        QVERIFY(shown[QStringLiteral("stages")].isObject());
        QCOMPARE(shown[QStringLiteral("strict")][QStringLiteral("enabled")].toBool(true), false);
        QCOMPARE(p.read(QStringLiteral(".noorm/settings.yml")), QByteArray("schemaVersion: 1\npaths:\n  sql: ./db\n")); // untouched
    }

    void versionReportsIdentityAndProject()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        const Run r = noorm({QStringLiteral("--json"), QStringLiteral("version")}, p.root());
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[QStringLiteral("version")].toString(), QStringLiteral(NOORM_VERSION));
        QCOMPARE(r.json()[QStringLiteral("identity")][QStringLiteral("exists")].toBool(), true);
        QCOMPARE(r.json()[QStringLiteral("project")][QStringLiteral("found")].toBool(), true);
        QCOMPARE(noorm({QStringLiteral("-v")}, p.root()).code, 0);
    }

    // libpq and libsqlite3 (and the libraries libpq brings) are loaded when a PostgreSQL or
    // SQLite connection needs them, not at every start (3-5 ms each time); a SQLite build
    // still reaches SQLite through them (a cancel, a native read).
    void startsWithoutTheDatabaseClientLibraries()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        QProcessEnvironment traced = noorm.env();
        traced.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        const Run version = noorm({QStringLiteral("version")}, p.root(), {}, &traced);
        QCOMPARE(version.code, 0);
        QVERIFY2(version.err.contains("libQt6Core"), "LD_DEBUG lists the libraries loaded");
        QVERIFY2(!version.err.contains("libpq.so"), version.err.constData());
        QVERIFY2(!version.err.contains("libsqlite3.so"), version.err.constData());
        QVERIFY2(!version.err.contains("libldap"), version.err.constData()); // libpq's
    }

    // The CLI and the desktop app may write the state at the same time: nothing is lost.
    void parallelWritersLoseNothing()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        constexpr int kWriters = 10;
        const auto runAll = [&](const std::function<QStringList(int)> &args, const std::function<QByteArray(int)> &input) {
            std::vector<std::unique_ptr<QProcess>> procs;
            for (int i = 0; i < kWriters; ++i) {
                auto proc = std::make_unique<QProcess>();
                proc->setProgram(noorm.program());
                proc->setArguments(args(i));
                proc->setWorkingDirectory(p.root());
                proc->setProcessEnvironment(m_env);
                procs.push_back(std::move(proc));
            }
            for (auto &proc : procs) // started together, then fed: they race on the state
                proc->start();
            for (int i = 0; i < kWriters; ++i) {
                procs[i]->write(input(i));
                procs[i]->closeWriteChannel();
            }
            int failures = 0;
            for (auto &proc : procs) {
                if (!proc->waitForFinished(60000) || proc->exitCode() != 0) {
                    qWarning("%s", proc->readAllStandardError().constData());
                    ++failures;
                }
            }
            return failures;
        };
        QCOMPARE(runAll([](int i) {
                            return QStringList{QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("c%1").arg(i),
                                               QStringLiteral("--dialect"), QStringLiteral("sqlite"),
                                               QStringLiteral("--database"), QStringLiteral("c%1.db").arg(i)};
                        },
                        [](int) { return QByteArray(); }),
                 0);
        Run r = noorm({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("list")}, p.root());
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().array().size(), kWriters);
        QCOMPARE(runAll([](int i) {
                            return QStringList{QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--global"),
                                               QStringLiteral("KEY_%1").arg(i)};
                        },
                        [](int i) { return QByteArray("value-") + QByteArray::number(i) + "\n"; }),
                 0);
        r = noorm({QStringLiteral("--json"), QStringLiteral("secret"), QStringLiteral("list"), QStringLiteral("--global")},
                  p.root());
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().array().size(), kWriters);
    }

    // `config validate` only looks: no database file, no tracking tables.
    void validateChangesNothingInTheDatabase()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        NOORM_VERIFY_RUN(noorm.addSqliteConfig(p.root(), QStringLiteral("dev"), QStringLiteral("dev.db")));
        Run r = noorm({QStringLiteral("config"), QStringLiteral("validate"), QStringLiteral("dev")}, p.root());
        QVERIFY2(r.code == 0, r.out.constData());
        QVERIFY2(r.out.contains("not created yet"), r.out.constData());
        QVERIFY(!QFile::exists(p.path(QStringLiteral("dev.db"))));
        QVERIFY(noorm({QStringLiteral("run"), QStringLiteral("build")}, p.root()).code == 0); // creates both
        r = noorm({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("validate"), QStringLiteral("dev")},
                  p.root());
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[QStringLiteral("connection")][QStringLiteral("tracking")][QStringLiteral("state")].toString(),
                 QStringLiteral("current"));
    }

    // A committed settings.yml cannot aim the log (and its rotation) at another file.
    void committedLogFileCannotOverwriteOtherFiles()
    {
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        QTemporaryDir victimDir;
        const QString victim = victimDir.filePath(QStringLiteral("app.conf"));
        QFile v(victim);
        QVERIFY(v.open(QIODevice::WriteOnly));
        v.write("precious=1\n");
        v.close();
        p.write(QStringLiteral(".noorm/settings.yml"),
                "logging:\n  file: " + victim.toUtf8() + "\n  maxSize: 1b\n  maxFiles: 1\n");
        const Run r = noorm({QStringLiteral("config"), QStringLiteral("list")}, p.root());
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("logging.file"), r.err.constData());
        QFile check(victim);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("precious=1\n"));
        QVERIFY(QFile::exists(p.path(QStringLiteral(".noorm/state/noorm.log"))));
        QCOMPARE(noorm::test::permissionBits(p.path(QStringLiteral(".noorm/state/noorm.log"))), 0600);
    }

    void identityFolderIsPrivate()
    {
        QTemporaryDir home;
        QProcessEnvironment env = m_env;
        const QString dir = home.filePath(QStringLiteral(".noorm"));
        env.insert(QStringLiteral("NOORM_HOME"), dir);
        TempProject p;
        const Run r = noorm({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Private User"),
                             QStringLiteral("--email"), QStringLiteral("private@noorm.dev")},
                            p.root(), {}, &env);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(noorm::test::permissionBits(dir), 0700);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
