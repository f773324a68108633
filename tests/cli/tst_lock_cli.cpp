// `noorm lock ...` end to end: the text and JSON of every command and their exit codes,
// and against one database (a SQLite file, live PostgreSQL, live MariaDB) six `lock
// acquire` processes racing with exactly one winner, and a dead holder's expired lock
// taken over.

#include "cli_runner.h"
#include "db/connection.h"
#include "dialect/tracking_tables.h"
#include "live.h"
#include "live_config.h"
#include "tempproject.h"

#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QtTest>

using namespace noorm;
using noorm::test::Cli;
using noorm::test::CliRun;
using noorm::test::TempProject;

namespace {

const QString kUser = QStringLiteral("Test User <test@noorm.dev>");
const QString kOther = QStringLiteral("Other Person <other@noorm.dev>");
const QString kEnvConfig = QStringLiteral("__env__"); // the config name of env-only mode

QString isoPattern() { return QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"); }

// Starts `noorm args...` without waiting, for processes that must run at the same time.
std::unique_ptr<QProcess> start(const QStringList &args, const QProcessEnvironment &env, const QString &cwd)
{
    auto p = std::make_unique<QProcess>();
    p->setProgram(Cli::program());
    p->setArguments(args);
    p->setWorkingDirectory(cwd);
    p->setProcessEnvironment(env);
    p->start();
    p->closeWriteChannel();
    return p;
}

} // namespace

// One database reached in env-only mode (NOORM_CONNECTION_*), its lock row for __env__
// cleared before and after.
struct Target {
    const Cli &cli;
    TempProject project;
    Config config;
    QProcessEnvironment env;
    std::unique_ptr<Connection> connection;

    ~Target() { clear(); }
    CliRun noorm(const QStringList &args, const QString &identity = kUser) const
    {
        QProcessEnvironment e = env;
        e.insert(QStringLiteral("NOORM_IDENTITY"), identity);
        return cli(args, project.root(), {}, &e);
    }
    QString table() const { return connection->dialect().tracking().table(tracking::lock::table); }
    void clear()
    {
        if (connection)
            (void)connection->query(QStringLiteral("DELETE FROM %1 WHERE config_name = ?").arg(table()), {kEnvConfig});
    }
    qint64 rowCount()
    {
        Result<QVariant> n =
            connection->scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE config_name = ?").arg(table()), {kEnvConfig});
        return n ? n->toLongLong() : -1;
    }
};

#define TARGET(t, runner)                                                                          \
    QFETCH(QString, dialect);                                                                      \
    Target t{runner};                                                                              \
    t.env = (runner).env();                                                                        \
    if (dialect == QLatin1String("sqlite")) {                                                      \
        t.config.connection.dialect = dialect;                                                     \
        t.config.connection.database = t.project.path(QStringLiteral("ci.db"));                    \
    } else {                                                                                       \
        const auto server = noorm::test::liveServer(dialect);                                      \
        if (!server) {                                                                             \
            if (noorm::test::isCi())                                                               \
                QFAIL("live server missing under CI=true");                                        \
            QSKIP("no live server (run scripts/test.sh)");                                         \
        }                                                                                          \
        t.config = noorm::test::liveConfig(*server);                                               \
        t.env.insert(QStringLiteral("NOORM_CONNECTION_HOST"), server->host);                       \
        t.env.insert(QStringLiteral("NOORM_CONNECTION_PORT"), QString::number(server->port));      \
        t.env.insert(QStringLiteral("NOORM_CONNECTION_USER"), server->user);                       \
        t.env.insert(QStringLiteral("NOORM_CONNECTION_PASSWORD"), server->password);               \
    }                                                                                              \
    t.env.insert(QStringLiteral("NOORM_CONNECTION_DIALECT"), dialect);                             \
    t.env.insert(QStringLiteral("NOORM_CONNECTION_DATABASE"), t.config.connection.database);       \
    {                                                                                              \
        /* db create makes the file and the tracking tables */                                       \
        const CliRun first = t.noorm({QStringLiteral("db"), QStringLiteral("create")});                 \
        QVERIFY2(first.code == 0, first.err.constData());                                          \
        Result<std::unique_ptr<Connection>> opened = Connection::open(t.config, t.project.root()); \
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));              \
        t.connection = std::move(opened).value();                                                  \
        t.clear();                                                                                 \
    }

class TestLockCli : public QObject {
    Q_OBJECT

    Cli m_cli;

    static void dialects()
    {
        noorm::test::addDialectRows("dialect", {QStringLiteral("sqlite"), QStringLiteral("postgres"), QStringLiteral("mysql")});
    }

private slots:
    void statusAcquireReleaseAndTheirOutput_data() { dialects(); }
    void statusAcquireReleaseAndTheirOutput()
    {
        TARGET(t, m_cli);
        const QStringList json{QStringLiteral("--json"), QStringLiteral("lock")};
        CliRun r = t.noorm({QStringLiteral("lock"), QStringLiteral("status")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("No active lock\n"));
        r = t.noorm(json + QStringList{QStringLiteral("status")});
        QCOMPARE(r.object(), (QJsonObject{{QStringLiteral("isLocked"), false}, {QStringLiteral("lock"), QJsonValue::Null}}));

        r = t.noorm(json + QStringList{QStringLiteral("acquire"), QStringLiteral("--reason"), QStringLiteral("Deploy v2"),
                                       QStringLiteral("--timeout"), QStringLiteral("10m")});
        QVERIFY2(r.code == 0, r.out.constData());
        QCOMPARE(r.object().keys(), (QStringList{QStringLiteral("acquired"), QStringLiteral("expiresAt"), QStringLiteral("lockedBy")}));
        QCOMPARE(r.object().value(QStringLiteral("acquired")).toBool(), true);
        QCOMPARE(r.object().value(QStringLiteral("lockedBy")).toString(), kUser);
        const QDateTime expires = QDateTime::fromString(r.object().value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
        QVERIFY(expires > QDateTime::currentDateTimeUtc().addSecs(9 * 60));

        r = t.noorm({QStringLiteral("lock"), QStringLiteral("status")});
        QCOMPARE(r.code, 0);
        const QRegularExpression status(QStringLiteral("^Locked by %1\n  since: %2\n  expires: %2\n  reason: Deploy v2\n$")
                                            .arg(QRegularExpression::escape(kUser), isoPattern()));
        QVERIFY2(status.match(QString::fromUtf8(r.out)).hasMatch(), r.out.constData());
        r = t.noorm(json + QStringList{QStringLiteral("status")});
        QCOMPARE(r.object().value(QStringLiteral("isLocked")).toBool(), true);
        const QJsonObject lock = r.object().value(QStringLiteral("lock")).toObject();
        QCOMPARE(lock.keys(), (QStringList{QStringLiteral("expiresAt"), QStringLiteral("lockedAt"), QStringLiteral("lockedBy")}));
        QCOMPARE(lock.value(QStringLiteral("lockedBy")).toString(), kUser);

        // Held: by yourself from an earlier command, and by someone else.
        for (const QString &who : {kUser, kOther}) {
            r = t.noorm({QStringLiteral("lock"), QStringLiteral("acquire")}, who);
            QCOMPARE(r.code, 3);
            QVERIFY2(r.err.startsWith(QStringLiteral("error: Lock for '__env__' held by %1 since ").arg(kUser).toUtf8()),
                     r.err.constData());
            QVERIFY(r.err.contains("(Deploy v2)"));
        }
        r = t.noorm(json + QStringList{QStringLiteral("acquire")}, kOther);
        QCOMPARE(r.code, 3);
        QCOMPARE(r.object()[QStringLiteral("error")][QStringLiteral("code")].toInt(), 3);

        r = t.noorm({QStringLiteral("lock"), QStringLiteral("release")}, kOther);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("Cannot release lock for '__env__': held by %1, not %2").arg(kUser, kOther).toUtf8()),
                 r.err.constData());
        r = t.noorm(json + QStringList{QStringLiteral("release")});
        QVERIFY2(r.code == 0, r.out.constData());
        QCOMPARE(r.object(), (QJsonObject{{QStringLiteral("released"), true}}));
        QCOMPARE(t.rowCount(), 0);
        r = t.noorm({QStringLiteral("lock"), QStringLiteral("release")});
        QCOMPARE(r.code, 5);
        QVERIFY(r.err.contains(QStringLiteral("No lock found for '__env__' held by %1").arg(kUser).toUtf8()));

        r = t.noorm({QStringLiteral("lock"), QStringLiteral("acquire")});
        QCOMPARE(r.code, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^Lock acquired\n  lockedBy: %1\n  expiresAt: %2\n$")
                                        .arg(QRegularExpression::escape(kUser), isoPattern()))
                     .match(QString::fromUtf8(r.out))
                     .hasMatch(),
                 r.out.constData());
        r = t.noorm({QStringLiteral("lock"), QStringLiteral("release")});
        QCOMPARE(r.out, QByteArray("Lock released\n"));
    }

    void forceReleasesAnyonesLockAfterAsking_data()
    {
        noorm::test::addDialectRows("dialect", {QStringLiteral("sqlite")});
    }
    void forceReleasesAnyonesLockAfterAsking()
    {
        TARGET(t, m_cli);
        QCOMPARE(t.noorm({QStringLiteral("lock"), QStringLiteral("acquire")}, kOther).code, 0);
        CliRun r = t.noorm({QStringLiteral("lock"), QStringLiteral("force")});
        QCOMPARE(r.code, 4); // no TTY and no --yes
        QVERIFY2(r.err.contains(QStringLiteral("Force-release the lock of config '__env__', held by %1 since").arg(kOther).toUtf8()),
                 r.err.constData());
        QCOMPARE(t.rowCount(), 1);
        r = t.noorm({QStringLiteral("--yes"), QStringLiteral("lock"), QStringLiteral("force")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("Lock force-released (was held by %1)\n").arg(kOther).toUtf8());
        QCOMPARE(t.rowCount(), 0);
        r = t.noorm({QStringLiteral("--json"), QStringLiteral("lock"), QStringLiteral("force")}); // nothing to ask about
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object(), (QJsonObject{{QStringLiteral("released"), false}, {QStringLiteral("lockedBy"), QJsonValue::Null}}));

        QCOMPARE(t.noorm({QStringLiteral("lock"), QStringLiteral("acquire")}, kOther).code, 0);
        r = t.noorm({QStringLiteral("--json"), QStringLiteral("--yes"), QStringLiteral("lock"), QStringLiteral("force")});
        QCOMPARE(r.object(), (QJsonObject{{QStringLiteral("released"), true}, {QStringLiteral("lockedBy"), kOther}}));
    }

    void badOptionsAndDryRunTouchNothing()
    {
        TempProject p;
        QProcessEnvironment env = m_cli.env();
        env.insert(QStringLiteral("NOORM_IDENTITY"), kUser);
        env.insert(QStringLiteral("NOORM_CONNECTION_DIALECT"), QStringLiteral("sqlite"));
        env.insert(QStringLiteral("NOORM_CONNECTION_DATABASE"), p.path(QStringLiteral("ci.db")));
        const auto run = [&](const QStringList &args) { return m_cli(args, p.root(), {}, &env); };
        const QStringList acquire{QStringLiteral("lock"), QStringLiteral("acquire")};
        CliRun r = run(acquire + QStringList{QStringLiteral("--timeout"), QStringLiteral("5x")});
        QCOMPARE(r.code, 64);
        QVERIFY(r.err.contains("Invalid duration \"5x\""));
        QCOMPARE(run(acquire + QStringList{QStringLiteral("--timeout"), QStringLiteral("0")}).code, 64);
        QCOMPARE(run(acquire + QStringList{QStringLiteral("--wait"), QStringLiteral("soon")}).code, 64);
        r = run(QStringList{QStringLiteral("--dry-run")} + acquire + QStringList{QStringLiteral("--timeout"), QStringLiteral("90s")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("Would acquire the lock of config '__env__' as %1 (expires after 1m30s)\n").arg(kUser).toUtf8());
        QVERIFY(!QFile::exists(p.path(QStringLiteral("ci.db"))));
        QCOMPARE(run({QStringLiteral("lock"), QStringLiteral("--help")}).code, 0);
    }

    void racingAcquiresHaveExactlyOneWinner_data() { dialects(); }
    void racingAcquiresHaveExactlyOneWinner()
    {
        TARGET(t, m_cli);
        QProcessEnvironment env = t.env;
        env.insert(QStringLiteral("NOORM_IDENTITY"), kUser); // one user, six processes
        std::vector<std::unique_ptr<QProcess>> racers;
        for (int i = 0; i < 6; ++i)
            racers.push_back(start({QStringLiteral("lock"), QStringLiteral("acquire"), QStringLiteral("--reason"),
                                    QStringLiteral("racer %1").arg(i)},
                                   env, t.project.root()));
        int winners = 0;
        for (const auto &racer : racers) {
            QVERIFY2(racer->waitForFinished(60000), "a racer did not finish within 60 s");
            const CliRun r{racer->exitCode(), racer->readAllStandardOutput(), racer->readAllStandardError()};
            if (r.code == 0) {
                ++winners;
                continue;
            }
            QVERIFY2(r.code == 3, r.err.constData());
            QVERIFY2(r.err.startsWith(QStringLiteral("error: Lock for '__env__' held by %1 since ").arg(kUser).toUtf8()),
                     r.err.constData());
        }
        QCOMPARE(winners, 1);
        QCOMPARE(t.rowCount(), 1);
    }

    void aDeadHoldersExpiredLockIsTakenOver_data() { dialects(); }
    void aDeadHoldersExpiredLockIsTakenOver()
    {
        // The holder was killed mid-run: its row stays until it expires, then anyone takes it.
        TARGET(t, m_cli);
        const QString ghost = kOther + QStringLiteral(" (pid 999999 on gone)");
        const TrackingSql &sql = t.connection->dialect().tracking();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Result<QSqlQuery> written = t.connection->query(
            QStringLiteral("INSERT INTO %1 (config_name, locked_by, locked_at, expires_at, reason) VALUES (?, ?, ?, ?, ?)")
                .arg(t.table()),
            {kEnvConfig, ghost, sql.formatTimestamp(now.addSecs(-600)), sql.formatTimestamp(now.addSecs(-300)),
             QStringLiteral("Build")});
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));

        QCOMPARE(t.noorm({QStringLiteral("lock"), QStringLiteral("status")}).out, QByteArray("No active lock\n"));
        const CliRun r = t.noorm({QStringLiteral("--json"), QStringLiteral("lock"), QStringLiteral("acquire")});
        QVERIFY2(r.code == 0, r.out.constData());
        QCOMPARE(r.object().value(QStringLiteral("lockedBy")).toString(), kUser);
        QCOMPARE(t.rowCount(), 1);
    }

    // A run of this machine killed before it released its lock: status says the holder's
    // process has ended, and its user may release it (`lock release` said it was someone
    // else's, and status showed it as active as any).
    void aKilledRunsLockIsShownAsEndedAndItsUserReleasesIt_data() { dialects(); }
    void aKilledRunsLockIsShownAsEndedAndItsUserReleasesIt()
    {
        TARGET(t, m_cli);
        QProcess ended; // a pid that was this machine's and is no more
        ended.start(QStringLiteral("true"), QStringList());
        QVERIFY(ended.waitForStarted());
        const qint64 gonePid = ended.processId();
        QVERIFY(ended.waitForFinished());
        const auto write = [&](const QString &by) {
            const TrackingSql &sql = t.connection->dialect().tracking();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            Result<QSqlQuery> written = t.connection->query(
                QStringLiteral("INSERT INTO %1 (config_name, locked_by, locked_at, expires_at, reason) VALUES (?, ?, ?, ?, ?)").arg(t.table()),
                {kEnvConfig, by, sql.formatTimestamp(now), sql.formatTimestamp(now.addSecs(300)), QStringLiteral("Build")});
            return bool(written);
        };
        const QString tag = QStringLiteral(" (pid %1 on %2)").arg(gonePid).arg(QSysInfo::machineHostName());
        QVERIFY(write(kOther + tag));
        const CliRun status = t.noorm({QStringLiteral("--json"), QStringLiteral("lock"), QStringLiteral("status")});
        QVERIFY2(status.code == 0, status.err.constData());
        QCOMPARE(status.object().value(QStringLiteral("lock")).toObject().value(QStringLiteral("holderEnded")).toBool(), true);
        QVERIFY(t.noorm({QStringLiteral("lock"), QStringLiteral("status")}).out.contains("(its process has ended)"));
        // Someone else's stays theirs to release (or to force).
        QCOMPARE(t.noorm({QStringLiteral("lock"), QStringLiteral("release")}).code, 3);
        QCOMPARE(t.rowCount(), 1);
        t.clear();
        QVERIFY(write(kUser + tag));
        const CliRun released = t.noorm({QStringLiteral("lock"), QStringLiteral("release")});
        QVERIFY2(released.code == 0, released.output().constData());
        QCOMPARE(t.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLockCli)
#include "tst_lock_cli.moc"
