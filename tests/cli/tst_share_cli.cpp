// `noorm config export` and `config import` end to end between two users, each with a HOME
// (identity, keychain entry) and a project of their own: the share carries the config and
// its secrets but no credentials, opens only with the recipient's key, and a damaged or
// misaddressed file changes nothing.

#include "cli_runner.h"
#include "tempproject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using noorm::test::TempProject;
using Run = noorm::test::CliRun;

class TestShareCli : public QObject {
    Q_OBJECT

    noorm::test::Cli alice, bob;
    TempProject aliceProject, bobProject;
    QString bobKey;
    QTemporaryDir m_shared; // the database both use
    const QByteArray secretValue = "tok-9f3c1e-very-secret";

    Run asAlice(const QStringList &args, const QByteArray &input = {}) const { return alice(args, aliceProject.root(), input); }
    Run asBob(const QStringList &args, const QByteArray &input = {}) const { return bob(args, bobProject.root(), input); }

private slots:
    void initTestCase()
    {
        NOORM_VERIFY_RUN(alice.initProject(aliceProject.root()));
        NOORM_VERIFY_RUN(alice.addSqliteConfig(aliceProject.root(), QStringLiteral("dev"), QStringLiteral("./dev.db"),
                                               {QStringLiteral("--protected")}));
        NOORM_VERIFY_RUN(asAlice({QStringLiteral("--config"), QStringLiteral("dev"), QStringLiteral("secret"), QStringLiteral("set"),
                                  QStringLiteral("API_KEY")},
                                 secretValue + "\n"));
        NOORM_VERIFY_RUN(asBob({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Bob"), QStringLiteral("--email"),
                                QStringLiteral("bob@example.com")}));
        const Run key = asBob({QStringLiteral("--json"), QStringLiteral("identity"), QStringLiteral("export")});
        NOORM_VERIFY_RUN(key);
        bobKey = key.object().value(QStringLiteral("publicKey")).toString();
        QVERIFY(bobKey.startsWith(QLatin1String("302a300506032b656e032100")));
    }

    // identity export -o: the key and a newline, readable by others (it is for them).
    void writesThePublicKeyToAFile()
    {
        const QString path = bobProject.path(QStringLiteral("bob.pub"));
        NOORM_VERIFY_RUN(asBob({QStringLiteral("identity"), QStringLiteral("export"), QStringLiteral("-o"), path}));
        QCOMPARE(bobProject.read(QStringLiteral("bob.pub")), bobKey.toUtf8() + '\n');
        QVERIFY(QFileInfo(path).permissions() & QFileDevice::ReadOther);
        // The same key again is fine; another file there is kept unless --force.
        NOORM_VERIFY_RUN(asBob({QStringLiteral("identity"), QStringLiteral("export"), QStringLiteral("-o"), path}));
        bobProject.write(QStringLiteral("notes.txt"), "my notes\n");
        const QString notes = bobProject.path(QStringLiteral("notes.txt"));
        const Run refused = asBob({QStringLiteral("identity"), QStringLiteral("export"), QStringLiteral("-o"), notes});
        QCOMPARE(refused.code, 4);
        QVERIFY2(refused.err.contains("exists already") && refused.err.contains("--force"), refused.err.constData());
        QCOMPARE(bobProject.read(QStringLiteral("notes.txt")), QByteArray("my notes\n"));
        NOORM_VERIFY_RUN(asBob({QStringLiteral("identity"), QStringLiteral("export"), QStringLiteral("-o"), notes, QStringLiteral("--force")}));
        QCOMPARE(bobProject.read(QStringLiteral("notes.txt")), bobKey.toUtf8() + '\n');
    }

    void exportsForOneRecipientAndImportsWithTheirOwnCredentials()
    {
        const Run exported = asAlice({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("export"), QStringLiteral("dev"),
                                      QStringLiteral("--to"), bobKey});
        NOORM_VERIFY_RUN(exported);
        QCOMPARE(exported.object().value(QStringLiteral("file")).toString(), QStringLiteral("dev.noorm.enc"));
        QCOMPARE(exported.object().value(QStringLiteral("secrets")).toArray(), QJsonArray{QStringLiteral("API_KEY")});
        const QByteArray file = aliceProject.read(QStringLiteral("dev.noorm.enc"));
        QVERIFY(!file.contains(secretValue));
        const QJsonObject payload = QJsonDocument::fromJson(file).object();
        QCOMPARE(payload.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(payload.value(QStringLiteral("sender")).toString(), QStringLiteral("test@noorm.dev"));
        QCOMPARE(payload.value(QStringLiteral("iv")).toString().size(), 32);
        // Exporting again does not silently replace the file.
        QCOMPARE(asAlice({QStringLiteral("config"), QStringLiteral("export"), QStringLiteral("dev"), QStringLiteral("--to"), bobKey}).code, 4);

        const QString path = aliceProject.path(QStringLiteral("dev.noorm.enc"));
        // Alice cannot open what she sealed for Bob.
        const Run notForAlice = asAlice({QStringLiteral("config"), QStringLiteral("import"), path, QStringLiteral("--name"), QStringLiteral("mine")});
        QVERIFY(notForAlice.code != 0);
        QVERIFY2(notForAlice.err.contains("cannot be opened with your key"), notForAlice.err.constData());

        const Run imported = asBob({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("import"), path, QStringLiteral("--user"),
                                    QStringLiteral("bob"), QStringLiteral("--stdin")},
                                   "bobs-own-password\n");
        NOORM_VERIFY_RUN(imported);
        QCOMPARE(imported.object().value(QStringLiteral("from")).toString(), QStringLiteral("test@noorm.dev"));
        const Run shown = asBob({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("dev")});
        NOORM_VERIFY_RUN(shown);
        const QJsonObject connection = shown.object().value(QStringLiteral("connection")).toObject();
        QCOMPARE(connection.value(QStringLiteral("user")).toString(), QStringLiteral("bob"));
        QCOMPARE(connection.value(QStringLiteral("password")).toString(), QStringLiteral("********"));
        QCOMPARE(connection.value(QStringLiteral("database")).toString(), QStringLiteral("./dev.db"));
        QCOMPARE(shown.object().value(QStringLiteral("protected")).toBool(), true); // protection travels with it
        const Run secrets = asBob({QStringLiteral("--json"), QStringLiteral("--config"), QStringLiteral("dev"), QStringLiteral("secret"),
                                   QStringLiteral("list")});
        NOORM_VERIFY_RUN(secrets);
        QVERIFY2(secrets.out.contains("API_KEY") && !secrets.out.contains(secretValue), secrets.out.constData());

        // Importing over it asks; headless without --yes it is refused, with --yes replaced.
        QCOMPARE(asBob({QStringLiteral("config"), QStringLiteral("import"), path, QStringLiteral("--user"), QStringLiteral("bob")}).code, 4);
        NOORM_VERIFY_RUN(asBob({QStringLiteral("--yes"), QStringLiteral("config"), QStringLiteral("import"), path, QStringLiteral("--user"),
                                QStringLiteral("robert")}));
        const Run replaced = asBob({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("dev")});
        QCOMPARE(replaced.object().value(QStringLiteral("connection")).toObject().value(QStringLiteral("user")).toString(), QStringLiteral("robert"));

        // A password given empty and a name that is none are bad arguments (empty was saved
        // as no password; the name exited 1).
        QCOMPARE(asBob({QStringLiteral("config"), QStringLiteral("import"), path, QStringLiteral("--name"), QStringLiteral("other"),
                        QStringLiteral("--user"), QStringLiteral("bob"), QStringLiteral("--stdin")}, "\n").code, 64);
        QCOMPARE(asBob({QStringLiteral("config"), QStringLiteral("import"), path, QStringLiteral("--name"), QStringLiteral("bad name")}).code, 64);
        // Replacing is an edit: no other dialect, no config of a locked stage (both replaced it).
        NOORM_VERIFY_RUN(asBob({QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("pgdev"), QStringLiteral("--dialect"),
                                QStringLiteral("postgres"), QStringLiteral("--database"), QStringLiteral("app")}));
        const Run otherDialect = asBob({QStringLiteral("--yes"), QStringLiteral("config"), QStringLiteral("import"), path, QStringLiteral("--name"),
                                        QStringLiteral("pgdev")});
        QCOMPARE(otherDialect.code, 4);
        QVERIFY2(otherDialect.err.contains("dialect cannot change"), otherDialect.err.constData());
        const QByteArray settings = bobProject.read(QStringLiteral(".noorm/settings.yml"));
        bobProject.write(QStringLiteral(".noorm/settings.yml"), "stages:\n  dev:\n    locked: true\n");
        const Run locked = asBob({QStringLiteral("--yes"), QStringLiteral("config"), QStringLiteral("import"), path, QStringLiteral("--user"),
                                  QStringLiteral("eve")});
        bobProject.write(QStringLiteral(".noorm/settings.yml"), settings);
        QCOMPARE(locked.code, 4);
        QVERIFY2(locked.err.contains("locked stage"), locked.err.constData());
        const Run kept = asBob({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("dev")});
        QCOMPARE(kept.object().value(QStringLiteral("connection")).toObject().value(QStringLiteral("user")).toString(), QStringLiteral("robert"));
        NOORM_VERIFY_RUN(asBob({QStringLiteral("config"), QStringLiteral("rm"), QStringLiteral("pgdev"), QStringLiteral("--yes")}));
    }

    void aDamagedFileIsRefusedAndChangesNothing()
    {
        const Run exported = asAlice({QStringLiteral("config"), QStringLiteral("export"), QStringLiteral("dev"), QStringLiteral("--to"), bobKey,
                                      QStringLiteral("-o"), QStringLiteral("damaged.noorm.enc")});
        NOORM_VERIFY_RUN(exported);
        QJsonObject payload = QJsonDocument::fromJson(aliceProject.read(QStringLiteral("damaged.noorm.enc"))).object();
        QString ciphertext = payload.value(QStringLiteral("ciphertext")).toString();
        ciphertext[4] = ciphertext[4] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        payload.insert(QStringLiteral("ciphertext"), ciphertext);
        const QString damaged = aliceProject.write(QStringLiteral("damaged.noorm.enc"), QJsonDocument(payload).toJson());
        const Run before = asBob({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("list")});
        const Run refused = asBob({QStringLiteral("config"), QStringLiteral("import"), damaged, QStringLiteral("--name"), QStringLiteral("other")});
        QVERIFY(refused.code != 0);
        QVERIFY2(refused.err.contains("damaged.noorm.enc") && refused.err.contains("cannot be opened"), refused.err.constData());
        payload.insert(QStringLiteral("version"), 2);
        aliceProject.write(QStringLiteral("damaged.noorm.enc"), QJsonDocument(payload).toJson());
        const Run newer = asBob({QStringLiteral("config"), QStringLiteral("import"), damaged, QStringLiteral("--name"), QStringLiteral("other")});
        QVERIFY2(newer.code != 0 && newer.err.contains("share version 2, from a newer noorm"), newer.err.constData());
        aliceProject.write(QStringLiteral("damaged.noorm.enc"), "{\"version\": 1, \"iv\": \"");
        const Run truncated = asBob({QStringLiteral("config"), QStringLiteral("import"), damaged, QStringLiteral("--name"), QStringLiteral("other")});
        QVERIFY2(truncated.code != 0 && truncated.err.contains("not a shared config"), truncated.err.constData());
        QCOMPARE(asBob({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("list")}).out, before.out);
    }

    // One database used by both: each registers in __noorm_identities__ when using it, learns
    // the other as a known user, and can export for them by email.
    void learnsTeammatesFromASharedDatabase()
    {
        const QString database = m_shared.filePath(QStringLiteral("team.db"));
        NOORM_VERIFY_RUN(alice.addSqliteConfig(aliceProject.root(), QStringLiteral("team"), database));
        NOORM_VERIFY_RUN(asAlice({QStringLiteral("--config"), QStringLiteral("team"), QStringLiteral("db"), QStringLiteral("create")}));
        // A command that uses the database registers its user too.
        NOORM_VERIFY_RUN(asAlice({QStringLiteral("--config"), QStringLiteral("team"), QStringLiteral("change"), QStringLiteral("list")}));
        NOORM_VERIFY_RUN(bob.addSqliteConfig(bobProject.root(), QStringLiteral("team"), database));
        NOORM_VERIFY_RUN(asBob({QStringLiteral("config"), QStringLiteral("use"), QStringLiteral("team")}));

        const Run rows = asBob({QStringLiteral("sql"), QStringLiteral("-q"), QStringLiteral("--csv"),
                                QStringLiteral("SELECT email, name FROM __noorm_identities__ ORDER BY email")});
        NOORM_VERIFY_RUN(rows);
        QCOMPARE(rows.out, QByteArray("email,name\r\nbob@example.com,Bob\r\ntest@noorm.dev,Test User\r\n"));

        const Run list = asBob({QStringLiteral("--json"), QStringLiteral("identity"), QStringLiteral("list")});
        NOORM_VERIFY_RUN(list);
        const QJsonArray users = list.json().array();
        QCOMPARE(users.size(), 2);
        QCOMPARE(users.at(0).toObject().value(QStringLiteral("isYou")).toBool(), true);
        QCOMPARE(users.at(1).toObject().value(QStringLiteral("email")).toString(), QStringLiteral("test@noorm.dev"));
        QCOMPARE(users.at(1).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("team"));
        const Run text = asBob({QStringLiteral("identity"), QStringLiteral("list")});
        QVERIFY2(text.out.contains("Bob (you)") && text.out.contains("Test User"), text.out.constData());

        // Bob exports for Alice by her email; she opens it with her key.
        NOORM_VERIFY_RUN(asBob({QStringLiteral("config"), QStringLiteral("export"), QStringLiteral("team"), QStringLiteral("--to"),
                                QStringLiteral("test@noorm.dev")}));
        NOORM_VERIFY_RUN(asAlice({QStringLiteral("config"), QStringLiteral("import"), bobProject.path(QStringLiteral("team.noorm.enc")),
                                  QStringLiteral("--name"), QStringLiteral("from-bob")}));
        // Or by her hash's first 8 characters, as identity list shows it (only the whole
        // hash was taken).
        const QString shortHash = users.at(1).toObject().value(QStringLiteral("identityHash")).toString().left(8);
        QCOMPARE(shortHash.size(), 8);
        NOORM_VERIFY_RUN(asBob({QStringLiteral("config"), QStringLiteral("export"), QStringLiteral("team"), QStringLiteral("--to"), shortHash,
                                QStringLiteral("-o"), QStringLiteral("by-hash.noorm.enc")}));
        NOORM_VERIFY_RUN(asAlice({QStringLiteral("config"), QStringLiteral("import"), bobProject.path(QStringLiteral("by-hash.noorm.enc")),
                                  QStringLiteral("--name"), QStringLiteral("from-bob-2")}));
        NOORM_VERIFY_RUN(asAlice({QStringLiteral("config"), QStringLiteral("rm"), QStringLiteral("from-bob-2"), QStringLiteral("--yes")}));
    }

    // The vault on that database: a secret set for everyone reaches Bob through sync; one set
    // for Alice alone does not; the database never holds a value in clear.
    void sharesSecretsThroughTheVault()
    {
        const QStringList team{QStringLiteral("--config"), QStringLiteral("team")};
        const QByteArray value = "vault-pass-7d2e", private_ = "alice-only-55ab";
        const Run set = asAlice(team + QStringList{QStringLiteral("--json"), QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("DB_PASSWORD")},
                                value + "\n");
        NOORM_VERIFY_RUN(set);
        QCOMPARE(set.object().value(QStringLiteral("recipients")).toArray().size(), 2);
        NOORM_VERIFY_RUN(asAlice(team + QStringList{QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("ONLY_ME"),
                                                    QStringLiteral("--recipients"), QStringLiteral("test@noorm.dev")},
                                 private_ + "\n"));
        const Run listed = asBob(team + QStringList{QStringLiteral("--json"), QStringLiteral("secrets"), QStringLiteral("list")});
        NOORM_VERIFY_RUN(listed);
        const QJsonArray entries = listed.json().array();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("DB_PASSWORD"));
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("forYou")).toBool(), true);
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("forYou")).toBool(), false);
        QVERIFY(!listed.out.contains(value) && !listed.out.contains(private_));
        // The text table gives the time as change history does, local and to the minute;
        // --json keeps ISO UTC.
        const QDateTime updated = QDateTime::fromString(entries.at(0).toObject().value(QStringLiteral("updatedAt")).toString(), Qt::ISODateWithMs);
        QVERIFY(updated.isValid());
        const Run listedText = asBob(team + QStringList{QStringLiteral("secrets"), QStringLiteral("list")});
        QVERIFY2(listedText.out.contains(updated.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")).toUtf8()), listedText.out.constData());
        QVERIFY2(!QString::fromUtf8(listedText.out).contains(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT"))), listedText.out.constData());

        const Run synced = asBob(team + QStringList{QStringLiteral("--json"), QStringLiteral("secrets"), QStringLiteral("sync")});
        NOORM_VERIFY_RUN(synced);
        QCOMPARE(synced.object().value(QStringLiteral("received")).toArray(), QJsonArray{QStringLiteral("DB_PASSWORD (config team)")});
        QCOMPARE(synced.object().value(QStringLiteral("notForYou")).toArray(), QJsonArray{QStringLiteral("ONLY_ME (config team)")});
        const Run local = asBob(team + QStringList{QStringLiteral("--json"), QStringLiteral("secret"), QStringLiteral("list")});
        QVERIFY2(local.out.contains("DB_PASSWORD") && !local.out.contains("ONLY_ME"), local.out.constData());

        QFile db(m_shared.filePath(QStringLiteral("team.db")));
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray bytes = db.readAll();
        QVERIFY(bytes.contains("DB_PASSWORD")); // the key is no secret
        QVERIFY(!bytes.contains(value) && !bytes.contains(private_));

        NOORM_VERIFY_RUN(asAlice(team + QStringList{QStringLiteral("secrets"), QStringLiteral("rm"), QStringLiteral("ONLY_ME")}));
        QCOMPARE(asAlice(team + QStringList{QStringLiteral("secrets"), QStringLiteral("rm"), QStringLiteral("ONLY_ME")}).code, 5);
        QCOMPARE(asAlice(team + QStringList{QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("X"), QStringLiteral("--recipients"),
                                            QStringLiteral("carol@example.com")},
                         "v\n").code,
                 5);
    }

    // A global vault secret lands in Bob's global secrets; a key of the vault's own and a
    // file database's password are refused; the vault tells Bob when it changed.
    void sharesGlobalSecretsAndWarnsWhenTheVaultChanged()
    {
        const QStringList team{QStringLiteral("--config"), QStringLiteral("team")};
        NOORM_VERIFY_RUN(asBob(team + QStringList{QStringLiteral("secrets"), QStringLiteral("sync")}));
        const Run inSync = asBob(team + QStringList{QStringLiteral("change"), QStringLiteral("list")});
        NOORM_VERIFY_RUN(inSync);
        QVERIFY2(!inSync.err.contains("out of sync"), inSync.err.constData());

        const QByteArray value = "global-sentry-dsn-3a1";
        NOORM_VERIFY_RUN(asAlice(team + QStringList{QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("SENTRY_DSN"),
                                                    QStringLiteral("--global")},
                                 value + "\n"));
        const Run stale = asBob(team + QStringList{QStringLiteral("change"), QStringLiteral("list")});
        NOORM_VERIFY_RUN(stale);
        QVERIFY2(stale.err.contains("Your secrets are out of sync — run `noorm secrets sync`"), stale.err.constData());
        const Run listed = asBob(team + QStringList{QStringLiteral("--json"), QStringLiteral("secrets"), QStringLiteral("list")});
        NOORM_VERIFY_RUN(listed);
        bool sawGlobal = false;
        for (const QJsonValue &e : listed.json().array())
            sawGlobal = sawGlobal || (e.toObject().value(QStringLiteral("key")).toString() == QLatin1String("SENTRY_DSN")
                                      && e.toObject().value(QStringLiteral("config")).toString().isEmpty());
        QVERIFY2(sawGlobal, listed.out.constData());
        const Run synced = asBob(team + QStringList{QStringLiteral("--json"), QStringLiteral("secrets"), QStringLiteral("sync")});
        NOORM_VERIFY_RUN(synced);
        QVERIFY2(synced.object().value(QStringLiteral("received")).toArray().contains(QStringLiteral("SENTRY_DSN (global)")), synced.out.constData());
        const Run global = asBob({QStringLiteral("--json"), QStringLiteral("secret"), QStringLiteral("list"), QStringLiteral("--global")});
        QVERIFY2(global.out.contains("SENTRY_DSN") && !global.out.contains(value), global.output().constData());
        const Run quiet = asBob(team + QStringList{QStringLiteral("change"), QStringLiteral("list")});
        QVERIFY2(!quiet.err.contains("out of sync"), quiet.err.constData());

        const Run reserved = asAlice(team + QStringList{QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("__noorm_revoked__")}, "x\n");
        QVERIFY2(reserved.code != 0 && reserved.err.contains("the vault's own"), reserved.output().constData());
        const Run filePassword = asAlice(team + QStringList{QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("--database-password")});
        QVERIFY2(filePassword.code != 0 && filePassword.err.contains("no password to share"), filePassword.output().constData());
        const Run rotate = asAlice(team + QStringList{QStringLiteral("--yes"), QStringLiteral("secrets"), QStringLiteral("rotate"),
                                                      QStringLiteral("--database-password")});
        QVERIFY2(rotate.code != 0, rotate.output().constData());
        NOORM_VERIFY_RUN(asAlice(team + QStringList{QStringLiteral("secrets"), QStringLiteral("rm"), QStringLiteral("SENTRY_DSN"), QStringLiteral("--global")}));
    }

    // A vault row changed in the database: sync names the secret, stops, and changes nothing.
    void aTamperedVaultRowIsRefusedAndChangesNothing()
    {
        const QStringList team{QStringLiteral("--config"), QStringLiteral("team")};
        // A vault key is a secret's key (it becomes one when synced): spaces were taken.
        const Run badKey = asAlice(team + QStringList{QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("bad key")}, "v\n");
        QVERIFY2(badKey.code == 64 && badKey.err.contains("must start with a letter"), badKey.output().constData());
        NOORM_VERIFY_RUN(asAlice(team + QStringList{QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("TAMPERED")}, "first-value\n"));
        NOORM_VERIFY_RUN(asAlice(team + QStringList{QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("INTACT")}, "intact-value\n"));
        // One hex digit of the ciphertext flipped, in every copy.
        NOORM_VERIFY_RUN(asAlice(team + QStringList{QStringLiteral("sql"), QStringLiteral("-q"),
                                                    QStringLiteral("UPDATE __noorm_secrets__ SET encrypted_value = replace(replace(replace("
                                                                   "encrypted_value, '\"ciphertext\":\"0', '\"ciphertext\":\"x'), "
                                                                   "'\"ciphertext\":\"', '\"ciphertext\":\"0'), '\"ciphertext\":\"0x', "
                                                                   "'\"ciphertext\":\"1') WHERE secret_key = 'TAMPERED'")}));
        // The tampered copy is listed and goes nowhere; the others still arrive (one row
        // anybody can write stopped everyone's sync).
        const Run synced = asBob(team + QStringList{QStringLiteral("--json"), QStringLiteral("secrets"), QStringLiteral("sync")});
        NOORM_VERIFY_RUN(synced);
        QVERIFY2(synced.object().value(QStringLiteral("received")).toArray().contains(QStringLiteral("INTACT (config team)")), synced.out.constData());
        const QJsonArray skipped = synced.object().value(QStringLiteral("skipped")).toArray();
        QVERIFY2(skipped.size() == 1 && skipped.at(0).toString().startsWith(QLatin1String("TAMPERED (config team): it cannot be opened with your key")),
                 synced.out.constData());
        const Run after = asBob(team + QStringList{QStringLiteral("--json"), QStringLiteral("secret"), QStringLiteral("list")});
        QVERIFY2(after.out.contains("INTACT") && !after.out.contains("TAMPERED"), after.out.constData());
        NOORM_VERIFY_RUN(asAlice(team + QStringList{QStringLiteral("secrets"), QStringLiteral("rm"), QStringLiteral("TAMPERED")}));
        NOORM_VERIFY_RUN(asAlice(team + QStringList{QStringLiteral("secrets"), QStringLiteral("rm"), QStringLiteral("INTACT")}));
    }

    // Anyone who can write the table can seal a value for Bob's key: a row whose sender is no
    // registered teammate is skipped, and the vault's own records cannot be removed.
    void aRowFromAnUnregisteredSenderIsSkipped()
    {
        const QStringList team{QStringLiteral("--config"), QStringLiteral("team")};
        NOORM_VERIFY_RUN(asAlice(team + QStringList{QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("GENUINE")}, "real\n"));
        NOORM_VERIFY_RUN(asAlice(team + QStringList{QStringLiteral("sql"), QStringLiteral("-q"),
                                                    QStringLiteral("INSERT INTO __noorm_secrets__ (config_name, secret_key, encrypted_value, "
                                                                   "recipient_hash, sender_hash, created_at, updated_at, cli_version) "
                                                                   "SELECT config_name, 'FORGED', encrypted_value, recipient_hash, "
                                                                   "'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff', "
                                                                   "created_at, updated_at, cli_version FROM __noorm_secrets__ WHERE secret_key = 'GENUINE'")}));
        const Run synced = asBob(team + QStringList{QStringLiteral("--json"), QStringLiteral("secrets"), QStringLiteral("sync")});
        NOORM_VERIFY_RUN(synced);
        QVERIFY2(synced.object().value(QStringLiteral("received")).toArray().contains(QStringLiteral("GENUINE (config team)")), synced.out.constData());
        QVERIFY2(synced.object().value(QStringLiteral("skipped")).toArray().contains(
                     QStringLiteral("FORGED (config team): set by an identity that is not a registered teammate here")),
                 synced.out.constData());
        const Run local = asBob(team + QStringList{QStringLiteral("--json"), QStringLiteral("secret"), QStringLiteral("list")});
        QVERIFY2(local.out.contains("GENUINE") && !local.out.contains("FORGED"), local.out.constData());
        const Run reserved = asAlice(team + QStringList{QStringLiteral("secrets"), QStringLiteral("rm"), QStringLiteral("__noorm_revoked__"),
                                                        QStringLiteral("--global")});
        QVERIFY2(reserved.code != 0 && reserved.err.contains("the vault's own"), reserved.output().constData());
        NOORM_VERIFY_RUN(asAlice(team + QStringList{QStringLiteral("sql"), QStringLiteral("-q"),
                                                    QStringLiteral("DELETE FROM __noorm_secrets__ WHERE secret_key IN ('FORGED', 'GENUINE')")}));
    }

    void refusesAnUnknownRecipient()
    {
        const Run unknown = asAlice({QStringLiteral("config"), QStringLiteral("export"), QStringLiteral("dev"), QStringLiteral("--to"),
                                     QStringLiteral("carol@example.com")});
        QCOMPARE(unknown.code, 5);
        QVERIFY2(unknown.err.contains("No known user \"carol@example.com\""), unknown.err.constData());
        const Run badKey = asAlice({QStringLiteral("config"), QStringLiteral("export"), QStringLiteral("dev"), QStringLiteral("--to"),
                                    QStringLiteral("302a300506032b656e032100abcd")});
        QVERIFY(badKey.code != 0);
        QVERIFY2(badKey.err.contains("Not an X25519 public key"), badKey.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestShareCli)
#include "tst_share_cli.moc"
