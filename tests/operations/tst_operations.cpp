// core/operations: run build as the desktop app drives it — on a worker thread through a
// Job, progress queued to the caller's thread, the protected-config question asked through
// the front end's callback, and a cancel that stops a statement in flight.

#include "identity/identity_service.h"
#include "operations/change_operation.h"
#include "operations/database_operation.h"
#include "operations/job.h"
#include "operations/run_operation.h"
#include "operations/sql_operation.h"
#include "operations/teardown_operation.h"
#include "db/transaction.h"
#include "live_database.h"
#include "workspace/database_commands.h"
#include "project/project.h"
#include "sql/result_writers.h"
#include "tempproject.h"
#include "workspace/workspace.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace noorm;
using noorm::test::TempProject;

namespace {

// An env-only SQLite config: no state file, so no keychain is needed.
RunRequest sqliteRun(const TempProject &p, bool isProtected = false)
{
    RunRequest request;
    request.config.env = QProcessEnvironment();
    request.config.env.insert(QStringLiteral("NOORM_CONNECTION_DIALECT"), QStringLiteral("sqlite"));
    request.config.env.insert(QStringLiteral("NOORM_CONNECTION_DATABASE"), p.path(QStringLiteral("app.db")));
    if (isProtected)
        request.config.env.insert(QStringLiteral("NOORM_PROTECTED"), QStringLiteral("true"));
    return request;
}

Result<RunOutcome> waitFor(const Job<RunOutcome> &job)
{
    QFutureWatcher<Result<RunOutcome>> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(job.future());
    if (!job.isFinished() && !finished.wait(60000))
        qFatal("the job did not finish");
    return job.result();
}

} // namespace

class TestOperations : public QObject {
    Q_OBJECT

private slots:
    void runsBuildOnAWorkerWithProgressAndConfirmation()
    {
        TempProject p;
        QVERIFY(Project::init(p.root()));
        p.write(QStringLiteral("sql/001_a.sql"), "CREATE TABLE a (id INTEGER);");
        p.write(QStringLiteral("sql/002_b.sql"), "INSERT INTO a VALUES (1);");
        Result<Workspace> ws = Workspace::open(std::make_shared<IdentityService>(), p.root());
        QVERIFY(ws);
        QThread *askedOn = nullptr;
        QString phrase;
        RunOperation operation(*ws, sqliteRun(p, true), [&](const ConfirmationRequest &ask) -> Status {
            askedOn = QThread::currentThread();
            phrase = ask.phrase;
            return {};
        });
        QList<FileProgress> progress;
        QList<QThread *> shownOn;
        connect(&operation, &RunOperation::fileProgress, this, [&](const FileProgress &fp) {
            progress << fp;
            shownOn << QThread::currentThread();
        });
        const Job<RunOutcome> job = Job<RunOutcome>::start([&](Cancellation &c) { return operation.run(c); });
        Result<RunOutcome> outcome = waitFor(job);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
        QVERIFY(outcome->report.succeeded());
        QCOMPARE(outcome->report.filesRun, 2);
        QVERIFY(askedOn && askedOn != QThread::currentThread()); // asked from the worker
        QVERIFY(phrase.startsWith(QLatin1String("yes-")));
        QTRY_COMPARE(progress.size(), 4); // pending and done, per file
        for (QThread *t : std::as_const(shownOn))
            QCOMPARE(t, QThread::currentThread()); // delivered in the front end's thread
    }

    // The original's observer events, by name and with its fields, for SDK programs.
    void emitsTheOriginalsEventsByName()
    {
        TempProject p;
        QVERIFY(Project::init(p.root()));
        p.write(QStringLiteral("sql/001_a.sql"), "CREATE TABLE a (id INTEGER);");
        p.write(QStringLiteral("sql/002_b.sql"), "INSERT INTO a VALUES (1);");
        p.write(QStringLiteral("changes/2026-01-01-add-b/change/001_b.sql"), "CREATE TABLE b (id INTEGER);");
        p.write(QStringLiteral("changes/2026-01-01-add-b/revert/001_b.sql"), "DROP TABLE b;");
        Result<Workspace> ws = Workspace::open(std::make_shared<IdentityService>(), p.root());
        QVERIFY(ws);
        QList<std::pair<QString, QVariantMap>> events;
        const auto record = [&](const QString &name, const QVariantMap &data) { events.append({name, data}); };
        const auto names = [&] {
            QStringList n;
            for (const auto &e : std::as_const(events))
                n << e.first;
            return n;
        };
        Cancellation cancel;
        {
            RunOperation build(*ws, sqliteRun(p), {});
            connect(&build, &RunOperation::event, this, record);
            QVERIFY(build.run(cancel));
        }
        QCOMPARE(names(), (QStringList{QStringLiteral("lock:acquired"), QStringLiteral("build:start"), QStringLiteral("file:before"),
                                       QStringLiteral("file:after"), QStringLiteral("file:before"), QStringLiteral("file:after"),
                                       QStringLiteral("build:complete")}));
        QCOMPARE(events.at(1).second.value(QStringLiteral("fileCount")).toInt(), 2);
        QCOMPARE(events.at(3).second.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QVERIFY(events.at(3).second.contains(QStringLiteral("durationMs")));
        QVERIFY(events.at(3).second.value(QStringLiteral("filepath")).toString().endsWith(QLatin1String("001_a.sql")));
        QCOMPARE(events.last().second.value(QStringLiteral("filesRun")).toInt(), 2);
        QCOMPARE(events.last().second.value(QStringLiteral("status")).toString(), QStringLiteral("success"));

        events.clear();
        {
            RunOperation again(*ws, sqliteRun(p), {});
            connect(&again, &RunOperation::event, this, record);
            QVERIFY(again.run(cancel));
        }
        QVERIFY(names().contains(QStringLiteral("file:skip")));
        for (const auto &e : std::as_const(events))
            if (e.first == QLatin1String("file:skip"))
                QCOMPARE(e.second.value(QStringLiteral("reason")).toString(), QStringLiteral("unchanged"));

        events.clear();
        ChangeRequest changes;
        changes.config = sqliteRun(p).config;
        {
            ChangeOperation apply(*ws, changes, {});
            connect(&apply, &ChangeOperation::event, this, record);
            Result<ChangeBatch> batch = apply.fastForward(cancel);
            QVERIFY2(batch && batch->succeeded(), qPrintable(batch ? QString() : batch.error().toString()));
        }
        QCOMPARE(names(), (QStringList{QStringLiteral("change:start"), QStringLiteral("change:file"), QStringLiteral("change:complete")}));
        QCOMPARE(events.at(0).second.value(QStringLiteral("name")).toString(), QStringLiteral("2026-01-01-add-b"));
        QCOMPARE(events.at(0).second.value(QStringLiteral("direction")).toString(), QStringLiteral("change"));
        QCOMPARE(events.at(1).second.value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(events.at(2).second.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    }

    void refusedConfirmationRunsNothing()
    {
        TempProject p;
        QVERIFY(Project::init(p.root()));
        p.write(QStringLiteral("sql/001_a.sql"), "CREATE TABLE a (id INTEGER);");
        Result<Workspace> ws = Workspace::open(std::make_shared<IdentityService>(), p.root());
        QVERIFY(ws);
        RunOperation operation(*ws, sqliteRun(p, true), [](const ConfirmationRequest &) -> Status {
            return Error::refused(QStringLiteral("no"));
        });
        const Job<RunOutcome> job = Job<RunOutcome>::start([&](Cancellation &c) { return operation.run(c); });
        Result<RunOutcome> outcome = waitFor(job);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().kind, ErrorKind::Refused);
        QVERIFY(!QFile::exists(p.path(QStringLiteral("app.db"))));
    }

    void createsAndDropsADatabaseAskingBeforeTheDrop()
    {
        TempProject p;
        QVERIFY(Project::init(p.root()));
        Result<Workspace> ws = Workspace::open(std::make_shared<IdentityService>(), p.root());
        QVERIFY(ws);
        QStringList asked;
        bool answer = false;
        DatabaseOperation operation(*ws, sqliteRun(p).config, [&](const ConfirmationRequest &ask) -> Status {
            asked << ask.question;
            return answer ? Status() : Status(Error::refused(QStringLiteral("declined")));
        });
        const QString file = p.path(QStringLiteral("app.db"));
        Result<Config> planned = operation.plan(ProtectedAction::DbCreate);
        QVERIFY(planned);
        QVERIFY(!QFile::exists(file)); // the plan touches nothing
        Result<DatabaseCreation> made = operation.create();
        QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
        QVERIFY(made->created);
        QVERIFY(made->trackingVersion > 0);
        QVERIFY(asked.isEmpty()); // an unprotected create asks nothing
        QVERIFY(QFile::exists(file));

        Result<DatabaseDrop> declined = operation.drop();
        QVERIFY(!declined);
        QCOMPARE(declined.error().kind, ErrorKind::Refused);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QLatin1String("Everything in it is lost")), qPrintable(asked.first()));
        QVERIFY(QFile::exists(file));
        answer = true;
        Result<DatabaseDrop> dropped = operation.drop();
        QVERIFY(dropped);
        QVERIFY(dropped->dropped);
        QVERIFY(!QFile::exists(file));
    }

    void dropOfAProtectedDatabaseIsRefusedWithoutAsking()
    {
        TempProject p;
        QVERIFY(Project::init(p.root()));
        p.write(QStringLiteral("app.db"), "");
        Result<Workspace> ws = Workspace::open(std::make_shared<IdentityService>(), p.root());
        QVERIFY(ws);
        bool asked = false;
        DatabaseOperation operation(*ws, sqliteRun(p, true).config, [&](const ConfirmationRequest &) -> Status {
            asked = true;
            return {};
        });
        QCOMPARE(operation.plan(ProtectedAction::DbDrop).error().kind, ErrorKind::Refused); // a dry run too
        Result<DatabaseDrop> dropped = operation.drop();
        QVERIFY(!dropped);
        QCOMPARE(dropped.error().kind, ErrorKind::Refused);
        QVERIFY(!asked);
        QVERIFY(QFile::exists(p.path(QStringLiteral("app.db"))));
    }

    // `sql --csv` takes its rows as text (ResultSink::textRow); the history keeps them as
    // the values they are, as it does for rows that come as QVariants.
    void historyKeepsTheValuesOfRowsThatCameAsText()
    {
        TempProject p;
        QVERIFY(Project::init(p.root()));
        Result<Workspace> ws = Workspace::open(std::make_shared<IdentityService>(), p.root());
        QVERIFY(ws);
        char *buffer = nullptr;
        size_t size = 0;
        FILE *out = open_memstream(&buffer, &size);
        std::unique_ptr<ResultSink> csvWriter = makeResultWriter(ResultFormat::Csv, out);
        QVERIFY(csvWriter->takesTextRows());
        Result<SqlRun> ran = [&] {
            const std::unique_ptr<ResultSink> csv = std::move(csvWriter); // flushed when it goes
            Cancellation cancellation;
            SqlOperation operation(*ws, SqlRequest{QStringLiteral("SELECT 7 AS n, 'a,b' AS s, NULL AS z, x'00ff' AS b, 2.5 AS r"),
                                                   QStringLiteral("<command line>"), sqliteRun(p).config},
                                   {});
            return operation.run(*csv, cancellation);
        }();
        std::fclose(out);
        const QByteArray csv(buffer, qsizetype(size));
        std::free(buffer);
        QVERIFY2(ran && !ran->outcome.failed(), qPrintable(ran ? QString() : ran.error().toString()));
        QCOMPARE(csv, QByteArray("n,s,z,b,r\r\n7,\"a,b\",,\\x00ff,2.5\r\n"));
        QVERIFY(ran->history);
        Redactor redactor;
        SqlHistory history(p.root(), ran->config.name, redactor);
        Result<SqlKeptResult> kept = history.results(*ran->history);
        QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().toString()));
        QCOMPARE(kept->rows.size(), 1);
        const QJsonObject row = kept->rows.at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("n")), QJsonValue(7));
        QCOMPARE(row.value(QStringLiteral("s")), QJsonValue(QStringLiteral("a,b")));
        QVERIFY(row.value(QStringLiteral("z")).isNull());
        QCOMPARE(row.value(QStringLiteral("b")), QJsonValue(QStringLiteral("\\x00ff")));
        QCOMPARE(row.value(QStringLiteral("r")), QJsonValue(2.5));
    }

    void cancelStopsAStatementInFlight()
    {
        TempProject p;
        QVERIFY(Project::init(p.root()));
        p.write(QStringLiteral("sql/001_endless.sql"),
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c;");
        Result<Workspace> ws = Workspace::open(std::make_shared<IdentityService>(), p.root());
        QVERIFY(ws);
        RunOperation operation(*ws, sqliteRun(p), {});
        const Job<RunOutcome> job = Job<RunOutcome>::start([&](Cancellation &c) { return operation.run(c); });
        QTRY_VERIFY_WITH_TIMEOUT(job.cancellation()->hasStatementInFlight() || job.isFinished(), 30000);
        QVERIFY(!job.isFinished());
        QTRY_VERIFY_WITH_TIMEOUT((job.cancel(), job.isFinished()), 30000);
        Result<RunOutcome> outcome = job.result();
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
        QCOMPARE(outcome->report.filesFailed, 1);
        QCOMPARE(outcome->report.firstError->kind, ErrorKind::Cancelled);
    }

    // Ctrl-C during `db teardown` (a DROP waiting for another session's lock): the statement
    // is interrupted. Where DDL is transactional nothing was dropped; where each DROP commits
    // at once (MariaDB) the builds were marked stale before the first, so the next build
    // rebuilds what is gone. Before, the teardown went on to the end whatever the signal,
    // and a MariaDB teardown stopped part way left no trace.
    void cancelStopsATeardown_data() { noorm::test::addDialectRows("dialect", {QStringLiteral("postgres"), QStringLiteral("mysql")}); }
    void cancelStopsATeardown()
    {
        QFETCH(QString, dialect);
        TempProject p;
        QVERIFY(Project::init(p.root()));
        Config config;
        NOORM_CONFIG_FOR_DIALECT(config, dialect);
        const bool pg = dialect == QLatin1String("postgres");
        config.connection.database = noorm::test::uniqueName(QStringLiteral("teardown"));
        Result<DatabaseCreation> created = createDatabase(config, p.root());
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        const auto dropAtEnd = qScopeGuard([&] { (void)dropDatabase(config, p.root()); });
        {
            Result<std::unique_ptr<Connection>> other = Connection::open(config, p.root());
            QVERIFY(other);
            QVERIFY((*other)->exec(QStringLiteral("CREATE TABLE a_gone (id int)"))); // dropped first
            QVERIFY((*other)->exec(QStringLiteral("CREATE TABLE z_read (id int)")));
            Result<Transaction> reading = Transaction::begin(**other); // holds a lock DROP TABLE z_read waits for
            QVERIFY(reading);
            QVERIFY((*other)->exec(QStringLiteral("SELECT * FROM z_read")));

            Result<Workspace> ws = Workspace::open(std::make_shared<IdentityService>(), p.root());
            QVERIFY(ws);
            ResolveRequest request;
            request.env = QProcessEnvironment();
            request.env.insert(QStringLiteral("NOORM_CONNECTION_DIALECT"), config.connection.dialect);
            request.env.insert(QStringLiteral("NOORM_CONNECTION_HOST"), config.connection.host);
            request.env.insert(QStringLiteral("NOORM_CONNECTION_PORT"), QString::number(config.connection.port.value_or(0)));
            request.env.insert(QStringLiteral("NOORM_CONNECTION_USER"), config.connection.user);
            request.env.insert(QStringLiteral("NOORM_CONNECTION_PASSWORD"), config.connection.password.reveal());
            request.env.insert(QStringLiteral("NOORM_CONNECTION_DATABASE"), config.connection.database);
            TeardownOperation operation(*ws, request, [](const ConfirmationRequest &) { return Status(); });
            const Job<TeardownPlan> job = Job<TeardownPlan>::start([&](Cancellation &c) { return operation.teardown(c); });
            // On a failed check, let the teardown go before the job is waited for on the way out.
            const auto letGo = qScopeGuard([&] { (void)reading->rollback(); });
            const auto waiting = [&] {
                if (!pg) {
                    Result<QVariant> n = (*other)->scalar(QStringLiteral("SELECT count(*) FROM information_schema.processlist "
                                                                         "WHERE state LIKE 'Waiting for table metadata lock%'"));
                    return n && n->toInt() > 0;
                }
                (void)(*other)->exec(QStringLiteral("SELECT pg_stat_clear_snapshot()")); // a transaction sees one snapshot otherwise
                Result<QVariant> n = (*other)->scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                                                     "AND wait_event_type = 'Lock'"));
                return n && n->toInt() > 0;
            };
            QTRY_VERIFY_WITH_TIMEOUT(waiting() || job.isFinished(), 30000);
            if (job.isFinished()) // QVERIFY2 would wait for the result even when the job is still going
                QFAIL(qPrintable(job.result() ? QStringLiteral("finished without waiting") : job.result().error().toString()));
            job.cancel();
            QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 30000);
            const Result<TeardownPlan> torn = job.result();
            QVERIFY(!torn);
            QCOMPARE(torn.error().kind, ErrorKind::Cancelled);
            QVERIFY(reading->commit());
            QVERIFY((*other)->exec(QStringLiteral("SELECT * FROM z_read"))); // never dropped
            const QString tracking = pg ? QStringLiteral("noorm.") : QString();
            Result<QVariant> resets = (*other)->scalar(QStringLiteral("SELECT count(*) FROM %1__noorm_change__ WHERE name = '__reset__'").arg(tracking));
            QVERIFY(resets);
            if (pg) {
                QVERIFY2(torn.error().message.contains(QLatin1String("nothing was dropped")), qPrintable(torn.error().message));
                QVERIFY((*other)->exec(QStringLiteral("SELECT * FROM a_gone"))); // rolled back
                QCOMPARE(resets->toInt(), 0);
            } else {
                QVERIFY2(torn.error().message.contains(QLatin1String("1 statement before it took effect")), qPrintable(torn.error().message));
                QVERIFY(!(*other)->exec(QStringLiteral("SELECT * FROM a_gone")));
                QCOMPARE(resets->toInt(), 1); // the next build runs every file again
            }
            Result<QVariant> locks = (*other)->scalar(QStringLiteral("SELECT count(*) FROM %1__noorm_lock__").arg(tracking));
            QVERIFY(locks);
            QCOMPARE(locks->toInt(), 0); // released on the way out
        }
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
