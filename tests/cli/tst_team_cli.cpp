// A team of three on one live PostgreSQL database, end to end through the `noorm` binary,
// each with a HOME (identity, keychain entry) and a project of their own: Alice shares the
// config, puts secrets and a service role's password in the vault, Bob and Carol sync them;
// Carol leaves (revoked), a new value and a rotated password reach Bob and not her; a vault
// write that fails after the server took the new password leaves Alice able to connect and
// rotate again. Afterwards nothing on disk or in the tracking tables holds a secret value or
// a private key in clear.

#include "cli_runner.h"
#include "live_config.h"
#include "tempproject.h"

#include "db/connection.h"
#include "identity/identity_service.h"
#include "workspace/workspace.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace noorm;
using noorm::test::TempProject;
using Run = noorm::test::CliRun;

namespace {

QString message(const Error &e) { return e.toString(); }

struct Member {
    noorm::test::Cli cli;
    TempProject project;
    QString name, email;
    Run operator()(const QStringList &args, const QByteArray &input = {}) const { return cli(args, project.root(), input); }
    // What this member's noorm keeps in its encrypted state, read as noorm reads it.
    Result<Workspace> workspace() const
    {
        auto identity = std::make_shared<IdentityService>(IdentityOptions{cli.home(), std::nullopt, {}});
        return Workspace::open(identity, project.root());
    }
    QString password(const QString &config) const
    {
        Result<Workspace> ws = workspace();
        if (!ws)
            return QString();
        Result<const State *> st = ws->state();
        return st ? (*st)->configs.value(config).connection.password.reveal() : QString();
    }
};

QStringList with(const QString &config, QStringList args) { return QStringList{QStringLiteral("--config"), config} + args; }

} // namespace

class TestTeamCli : public QObject {
    Q_OBJECT

    std::optional<noorm::test::LiveServer> m_server;
    std::unique_ptr<Connection> m_admin;
    QString m_database, m_role;
    const QString m_rolePassword = QStringLiteral("svc-initial-4b1f");
    Member alice, bob, carol;
    QStringList m_values; // every secret value the run used, for the final scan
    QString m_privateKeys[3];

    Status admin(const QString &sql) { return m_admin->exec(sql); }
    Run svcConnects(const Member &m) const
    {
        return m(with(QStringLiteral("svc"), {QStringLiteral("sql"), QStringLiteral("-q"), QStringLiteral("--csv"), QStringLiteral("SELECT current_user")}));
    }

private slots:
    void initTestCase()
    {
        m_server = noorm::test::liveServer(QStringLiteral("postgres"));
        if (!m_server) {
            if (noorm::test::isCi())
                QFAIL("live postgres server missing under CI=true (run scripts/test.sh)");
            qWarning("SKIPPED live test: no postgres server (run scripts/test.sh)");
            QSKIP("no live postgres server");
        }
        QVERIFY2(!m_server->adminUser.isEmpty(), "NOORM_TEST_PG_ADMIN_USER is not set (run scripts/test.sh)");
        Config adminConfig = noorm::test::liveConfig(*m_server);
        adminConfig.name = QStringLiteral("admin");
        adminConfig.connection.user = m_server->adminUser;
        adminConfig.connection.password = Secret(m_server->adminPassword);
        adminConfig.connection.database = QStringLiteral("postgres");
        Result<std::unique_ptr<Connection>> opened = Connection::open(adminConfig, QString());
        QVERIFY2(opened, qPrintable(opened ? QString() : message(opened.error())));
        m_admin = std::move(opened).value();
        m_database = noorm::test::uniqueName(QStringLiteral("team"));
        m_role = noorm::test::uniqueName(QStringLiteral("kestrel_svc"));
        QVERIFY(admin(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(m_database, m_server->user)));
        QVERIFY(admin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_role, m_rolePassword)));
        m_values << m_rolePassword << m_server->password;

        alice.name = QStringLiteral("Alice");
        alice.email = QStringLiteral("alice@example.com");
        bob.name = QStringLiteral("Bob");
        bob.email = QStringLiteral("bob@example.com");
        carol.name = QStringLiteral("Carol");
        carol.email = QStringLiteral("carol@example.com");
        for (Member *m : {&alice, &bob, &carol})
            NOORM_VERIFY_RUN((*m)({QStringLiteral("init"), QStringLiteral("--name"), m->name, QStringLiteral("--email"), m->email}));
        NOORM_VERIFY_RUN(alice.cli.addLiveConfig(alice.project.root(), QStringLiteral("team"), QStringLiteral("postgres"), m_database));
        NOORM_VERIFY_RUN(alice({QStringLiteral("config"), QStringLiteral("add"), QStringLiteral("svc"), QStringLiteral("--dialect"),
                                QStringLiteral("postgres"), QStringLiteral("--host"), m_server->host, QStringLiteral("--port"),
                                QString::number(m_server->port), QStringLiteral("--database"), m_database, QStringLiteral("--user"), m_role,
                                QStringLiteral("--stdin")},
                               m_rolePassword.toUtf8() + "\n"));
        NOORM_VERIFY_RUN(alice(with(QStringLiteral("team"), {QStringLiteral("db"), QStringLiteral("create")})));
    }

    void cleanupTestCase()
    {
        if (!m_admin)
            return;
        (void)admin(QStringLiteral("SET client_min_messages = warning"));
        (void)admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
        (void)admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_role));
    }

    // Alice exports both configs to each teammate's public key; they import them with the
    // team role's credentials of their own (team) and none at all (svc: the vault gives it).
    void sharesTheConfigs()
    {
        for (Member *m : {&bob, &carol}) {
            const Run key = (*m)({QStringLiteral("--json"), QStringLiteral("identity"), QStringLiteral("export")});
            NOORM_VERIFY_RUN(key);
            const QString publicKey = key.object().value(QStringLiteral("publicKey")).toString();
            for (const QString &config : {QStringLiteral("team"), QStringLiteral("svc")}) {
                const QString file = QStringLiteral("%1-%2.noorm.enc").arg(config, m->name);
                NOORM_VERIFY_RUN(alice({QStringLiteral("config"), QStringLiteral("export"), config, QStringLiteral("--to"), publicKey,
                                        QStringLiteral("-o"), file}));
                QStringList import{QStringLiteral("config"), QStringLiteral("import"), alice.project.path(file)};
                if (config == QLatin1String("team"))
                    NOORM_VERIFY_RUN((*m)(import + QStringList{QStringLiteral("--user"), m_server->user, QStringLiteral("--stdin")},
                                          m_server->password.toUtf8() + "\n"));
                else // the service role's user, and no password: the vault gives it
                    NOORM_VERIFY_RUN((*m)(import + QStringList{QStringLiteral("--user"), m_role}));
            }
            // Using the database registers them: they become recipients.
            NOORM_VERIFY_RUN((*m)({QStringLiteral("config"), QStringLiteral("use"), QStringLiteral("team")}));
        }
        QVERIFY(svcConnects(bob).code != 0); // no password yet
    }

    // A secret and the service role's password for everyone; each teammate is told the vault
    // changed, syncs, and has both: svc connects with a password nobody typed.
    void syncsSecretsAndAPasswordToEveryone()
    {
        const QByteArray token = "api-token-one-6e0c";
        m_values << QString::fromUtf8(token);
        const Run set = alice(with(QStringLiteral("team"), {QStringLiteral("--json"), QStringLiteral("secrets"), QStringLiteral("set"),
                                                            QStringLiteral("API_TOKEN"), QStringLiteral("--stdin")}),
                              token + "\n");
        NOORM_VERIFY_RUN(set);
        QCOMPARE(set.object().value(QStringLiteral("recipients")).toArray().size(), 3);
        const Run rotated = alice(with(QStringLiteral("team"), {QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("secrets"),
                                                                QStringLiteral("rotate"), QStringLiteral("svc"), QStringLiteral("--database-password")}));
        NOORM_VERIFY_RUN(rotated);
        QCOMPARE(rotated.object().value(QStringLiteral("recipients")).toArray().size(), 3);
        QCOMPARE(rotated.object().value(QStringLiteral("vaultKey")).toString(), QStringLiteral("password:") + m_role);
        const QString first = alice.password(QStringLiteral("svc"));
        QVERIFY(!first.isEmpty() && first != m_rolePassword);
        m_values << first;
        NOORM_VERIFY_RUN(svcConnects(alice));
        // What Alice wrote herself does not make her out of sync.
        const Run writer = alice(with(QStringLiteral("team"), {QStringLiteral("change"), QStringLiteral("list")}));
        NOORM_VERIFY_RUN(writer);
        QVERIFY2(!writer.err.contains("out of sync"), writer.err.constData());
        QCOMPARE(alice.password(QStringLiteral("svc")), first);

        // Bob's stage requires API_TOKEN: a run fills it from the vault by itself.
        bob.project.write(QStringLiteral(".noorm/settings.yml"),
                          "stages:\n  team:\n    secrets:\n      - key: API_TOKEN\n        type: api_key\n        required: true\n");
        bob.project.write(QStringLiteral("sql/001_t.sql"), "CREATE TABLE IF NOT EXISTS team_t (id int);\n");
        const Run build = bob(with(QStringLiteral("team"), {QStringLiteral("run"), QStringLiteral("build")}));
        NOORM_VERIFY_RUN(build);
        QVERIFY2(build.err.contains("Filled from the team vault: API_TOKEN"), build.err.constData());
        QVERIFY2(build.err.contains("Your secrets are out of sync — run `noorm secrets sync`"), build.err.constData());

        for (Member *m : {&bob, &carol}) {
            const Run synced = (*m)(with(QStringLiteral("team"), {QStringLiteral("--json"), QStringLiteral("secrets"), QStringLiteral("sync")}));
            NOORM_VERIFY_RUN(synced);
            QCOMPARE(synced.object().value(QStringLiteral("received")).toArray(), QJsonArray{QStringLiteral("API_TOKEN (config team)")});
            QCOMPARE(synced.object().value(QStringLiteral("passwords")).toArray(), QJsonArray{QStringLiteral("svc")});
            const Run connects = svcConnects(*m);
            NOORM_VERIFY_RUN(connects);
            QCOMPARE(connects.out, QByteArray("current_user\r\n") + m_role.toUtf8() + "\r\n");
            // In sync now: no warning.
            const Run quiet = (*m)(with(QStringLiteral("team"), {QStringLiteral("change"), QStringLiteral("list")}));
            NOORM_VERIFY_RUN(quiet);
            QVERIFY2(!quiet.err.contains("out of sync"), quiet.err.constData());
        }
    }

    // Carol leaves: what she could read is listed, her copies go, the others are sealed again;
    // a new value and a rotated password reach Bob and not her, though she is still registered.
    void revokedMemberCannotReadWhatFollows()
    {
        const Run revoked = alice(with(QStringLiteral("team"), {QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("secrets"),
                                                                QStringLiteral("revoke"), carol.email}));
        NOORM_VERIFY_RUN(revoked);
        const QJsonArray exposed = revoked.object().value(QStringLiteral("exposed")).toArray();
        QVERIFY2(exposed.contains(QStringLiteral("API_TOKEN (config team)")) && exposed.contains(QStringLiteral("password:%1 (config svc)").arg(m_role)),
                 revoked.out.constData());
        const Run text = alice(with(QStringLiteral("team"), {QStringLiteral("--yes"), QStringLiteral("secrets"), QStringLiteral("revoke"), carol.email}));
        NOORM_VERIFY_RUN(text); // again: nothing left of hers
        QVERIFY2(text.out.contains("They could read no secret"), text.out.constData());
        // identity list marks her revoked (it listed her as any teammate).
        const Run users = alice(with(QStringLiteral("team"), {QStringLiteral("identity"), QStringLiteral("list")}));
        NOORM_VERIFY_RUN(users);
        QVERIFY2(QString::fromUtf8(users.out).contains(QRegularExpression(QStringLiteral("Carol[^\\n]*\\(revoked\\)[^\\n]*%1").arg(QRegularExpression::escape(carol.email)))),
                 users.out.constData());
        const Run usersJson = alice(with(QStringLiteral("team"), {QStringLiteral("--json"), QStringLiteral("identity"), QStringLiteral("list")}));
        int revokedCount = 0;
        for (const QJsonValue &u : usersJson.json().array())
            revokedCount += u.toObject().value(QStringLiteral("revoked")).toBool() ? 1 : 0;
        QCOMPARE(revokedCount, 1);

        const QByteArray token2 = "api-token-two-91d7";
        m_values << QString::fromUtf8(token2);
        const Run set = alice(with(QStringLiteral("team"), {QStringLiteral("--json"), QStringLiteral("secrets"), QStringLiteral("set"),
                                                            QStringLiteral("API_TOKEN")}),
                              token2 + "\n");
        NOORM_VERIFY_RUN(set);
        QCOMPARE(set.object().value(QStringLiteral("recipients")).toArray().size(), 2);
        QVERIFY(!set.out.contains("Carol"));
        // Naming her is refused.
        const Run named = alice(with(QStringLiteral("team"), {QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("X"),
                                                              QStringLiteral("--recipients"), carol.email}),
                                "x\n");
        QVERIFY2(named.code == 4 && named.err.contains("was revoked"), named.output().constData());

        NOORM_VERIFY_RUN(alice(with(QStringLiteral("team"), {QStringLiteral("--yes"), QStringLiteral("secrets"), QStringLiteral("rotate"),
                                                             QStringLiteral("svc"), QStringLiteral("--database-password")})));
        const QString second = alice.password(QStringLiteral("svc"));
        m_values << second;

        const Run carolSync = carol(with(QStringLiteral("team"), {QStringLiteral("--json"), QStringLiteral("secrets"), QStringLiteral("sync")}));
        NOORM_VERIFY_RUN(carolSync);
        QCOMPARE(carolSync.object().value(QStringLiteral("received")).toArray(), QJsonArray());
        QVERIFY(carolSync.object().value(QStringLiteral("notForYou")).toArray().contains(QStringLiteral("API_TOKEN (config team)")));
        QVERIFY(svcConnects(carol).code != 0); // the old password no longer connects

        NOORM_VERIFY_RUN(bob(with(QStringLiteral("team"), {QStringLiteral("secrets"), QStringLiteral("sync")})));
        QCOMPARE(bob.password(QStringLiteral("svc")), second);
        NOORM_VERIFY_RUN(svcConnects(bob));
        Result<Workspace> ws = bob.workspace();
        QVERIFY2(ws, qPrintable(ws ? QString() : message(ws.error())));
        QCOMPARE((*ws->state())->secrets.value(QStringLiteral("team")).value(QStringLiteral("API_TOKEN")).reveal(), QString::fromUtf8(token2));
    }

    // The vault write fails after the server took the new password: Alice's config has it (she
    // connects), the error says the vault was not updated, and rotating again once it can be
    // written brings Bob along.
    void aFailedVaultWriteAfterTheServerChangedLocksNobodyOut()
    {
        Config owner = noorm::test::liveConfig(*m_server);
        owner.name = QStringLiteral("owner");
        owner.connection.database = m_database;
        Result<std::unique_ptr<Connection>> opened = Connection::open(owner, QString());
        QVERIFY2(opened, qPrintable(opened ? QString() : message(opened.error())));
        Connection &db = **opened;
        QVERIFY(db.exec(QStringLiteral("CREATE FUNCTION refuse_vault() RETURNS trigger LANGUAGE plpgsql AS "
                                       "$$BEGIN RAISE EXCEPTION 'vault writes are off'; END$$")));
        QVERIFY(db.exec(QStringLiteral("CREATE TRIGGER refuse_vault BEFORE INSERT ON noorm.__noorm_secrets__ FOR EACH ROW EXECUTE FUNCTION refuse_vault()")));
        const QString before = alice.password(QStringLiteral("svc"));
        const Run failed = alice(with(QStringLiteral("team"), {QStringLiteral("--yes"), QStringLiteral("secrets"), QStringLiteral("rotate"),
                                                               QStringLiteral("svc"), QStringLiteral("--database-password")}));
        QVERIFY(failed.code != 0);
        QVERIFY2(failed.err.contains("changed on the server and saved in your config, but the vault was not updated")
                     && failed.err.contains("vault writes are off"),
                 failed.err.constData());
        const QString during = alice.password(QStringLiteral("svc"));
        QVERIFY(!during.isEmpty() && during != before);
        m_values << during;
        QVERIFY2(!failed.output().contains(during.toUtf8()), failed.output().constData());
        NOORM_VERIFY_RUN(svcConnects(alice));
        QVERIFY(svcConnects(bob).code != 0);

        QVERIFY(db.exec(QStringLiteral("DROP TRIGGER refuse_vault ON noorm.__noorm_secrets__")));
        NOORM_VERIFY_RUN(alice(with(QStringLiteral("team"), {QStringLiteral("--yes"), QStringLiteral("secrets"), QStringLiteral("rotate"),
                                                             QStringLiteral("svc"), QStringLiteral("--database-password")})));
        m_values << alice.password(QStringLiteral("svc"));
        NOORM_VERIFY_RUN(bob(with(QStringLiteral("team"), {QStringLiteral("secrets"), QStringLiteral("sync")})));
        NOORM_VERIFY_RUN(svcConnects(bob));
    }

    // As if a rotation was killed after the server took the new password: it is pending in
    // Alice's state, her config still has the old one; the next rotation connects with the
    // pending one and carries on, and clears it.
    void aRotationKilledAfterTheServerChangedIsCarriedOn()
    {
        const QString pending = QStringLiteral("pending9c2dAa1x");
        m_values << pending;
        {
            Result<Workspace> ws = alice.workspace();
            QVERIFY2(ws, qPrintable(ws ? QString() : message(ws.error())));
            QVERIFY(ws->updateState([&](State &st) -> Status {
                st.pendingPasswords.insert(QStringLiteral("svc"), Secret(pending));
                return {};
            }));
        }
        QVERIFY(admin(QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(m_role, pending)));
        QVERIFY(svcConnects(alice).code != 0);
        NOORM_VERIFY_RUN(alice(with(QStringLiteral("team"), {QStringLiteral("--yes"), QStringLiteral("secrets"), QStringLiteral("rotate"),
                                                             QStringLiteral("svc"), QStringLiteral("--database-password")})));
        NOORM_VERIFY_RUN(svcConnects(alice));
        const QString now = alice.password(QStringLiteral("svc"));
        QVERIFY(now != pending);
        m_values << now;
        Result<Workspace> ws = alice.workspace();
        QVERIFY(ws);
        QVERIFY((*ws->state())->pendingPasswords.isEmpty());
        NOORM_VERIFY_RUN(bob(with(QStringLiteral("team"), {QStringLiteral("secrets"), QStringLiteral("sync")})));
        NOORM_VERIFY_RUN(svcConnects(bob));
    }

    // Every file under the three HOMEs and projects, and every row of noorm's tables: no
    // secret value and no private key in clear.
    void nothingHoldsASecretInClear()
    {
        QList<QByteArray> needles;
        for (const QString &v : std::as_const(m_values))
            if (!v.isEmpty())
                needles << v.toUtf8();
        for (const Member *m : {&alice, &bob, &carol}) {
            auto identity = std::make_shared<IdentityService>(IdentityOptions{m->cli.home(), std::nullopt, {}});
            Result<Secret> key = identity->privateKey();
            QVERIFY2(key, qPrintable(key ? QString() : message(key.error())));
            const QByteArray hex = key->revealBytes();
            QByteArray raw = QByteArray::fromHex(hex);
            needles << hex << hex.toUpper() << raw.toBase64() << raw.right(32) << raw.right(32).toBase64() << raw.right(32).toHex();
        }
        QStringList roots;
        for (const Member *m : {&alice, &bob, &carol})
            roots << m->cli.home() << m->project.root();
        int files = 0;
        for (const QString &root : std::as_const(roots)) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                ++files;
                for (const QByteArray &n : std::as_const(needles))
                    QVERIFY2(!bytes.contains(n), qPrintable(QStringLiteral("%1 holds a secret in clear").arg(f.fileName())));
            }
        }
        QVERIFY(files > 20);
        Config owner = noorm::test::liveConfig(*m_server);
        owner.name = QStringLiteral("owner");
        owner.connection.database = m_database;
        Result<std::unique_ptr<Connection>> opened = Connection::open(owner, QString());
        QVERIFY(opened);
        int rows = 0;
        for (const char *table : {"__noorm_version__", "__noorm_change__", "__noorm_executions__", "__noorm_lock__", "__noorm_identities__",
                                  "__noorm_secrets__"}) {
            QSqlQuery q((*opened)->database());
            QVERIFY2(q.exec(QStringLiteral("SELECT * FROM noorm.%1").arg(QLatin1String(table))), table);
            while (q.next()) {
                ++rows;
                for (int i = 0; i < q.record().count(); ++i)
                    for (const QByteArray &n : std::as_const(needles))
                        QVERIFY2(!q.value(i).toString().toUtf8().contains(n), table);
            }
        }
        QVERIFY(rows > 10);
    }
};

QTEST_GUILESS_MAIN(TestTeamCli)
#include "tst_team_cli.moc"
