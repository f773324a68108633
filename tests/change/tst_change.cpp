// Change sets through ChangeOperation, as both front ends drive them: on a real SQLite file
// and live on PostgreSQL and MariaDB. Each test works on tables named for it alone, so the
// shared live databases never collide.

#include "change/applied_texts.h"
#include "change/change_set.h"
#include "runner/checksum.h"
#include "identity/identity_service.h"
#include "live_database.h"
#include "operations/change_operation.h"
#include "project/project.h"
#include "tempproject.h"
#include "workspace/workspace.h"

#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

using namespace noorm;
using noorm::test::TempProject;

namespace {

// The env-only config that ChangeOperation resolves: `config`'s connection in NOORM_* variables.
ResolveRequest envRequest(const Config &config, const TempProject &p)
{
    ResolveRequest request;
    request.env = QProcessEnvironment();
    const auto set = [&](const char *name, const QString &value) {
        if (!value.isEmpty())
            request.env.insert(QLatin1String(name), value);
    };
    set("NOORM_NAME", config.name);
    set("NOORM_CONNECTION_DIALECT", config.connection.dialect);
    set("NOORM_CONNECTION_HOST", config.connection.host);
    set("NOORM_CONNECTION_PORT", config.connection.port ? QString::number(*config.connection.port) : QString());
    set("NOORM_CONNECTION_USER", config.connection.user);
    set("NOORM_CONNECTION_PASSWORD", config.connection.password.reveal());
    set("NOORM_CONNECTION_DATABASE", config.connection.dialect == QLatin1String("sqlite") ? p.path(QStringLiteral("app.db"))
                                                                                           : config.connection.database);
    return request;
}

struct Fixture {
    TempProject project;
    Config config;
    QString prefix; // of every table the test makes
    std::optional<Workspace> workspace;
    std::unique_ptr<Connection> connection; // the test's own, to look at the database

    ChangeOperation operation(bool force = false)
    {
        ChangeRequest request;
        request.config = envRequest(config, project);
        request.force = force;
        return ChangeOperation(*workspace, request, [](const ConfirmationRequest &) { return Status(); });
    }
    void change(const QString &name, const QString &sql, const QString &revert = QString())
    {
        project.write(QStringLiteral("changes/%1/change/001_%1.sql").arg(name), sql.arg(prefix).toUtf8());
        if (!revert.isEmpty())
            project.write(QStringLiteral("changes/%1/revert/001_%1.sql").arg(name), revert.arg(prefix).toUtf8());
    }
    bool tableExists(const QString &table)
    {
        const QString name = prefix + table;
        const QString sql = config.connection.dialect == QLatin1String("sqlite")
            ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = ?")
            : QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = ?");
        Result<QSqlQuery> q = connection->query(sql, {name});
        return q && q->next() && q->value(0).toInt() > 0;
    }
    // Every column of the test's tables and views: "table.column type", sorted.
    QStringList schema()
    {
        const bool sqlite = config.connection.dialect == QLatin1String("sqlite");
        QStringList columns;
        if (sqlite) {
            Result<QSqlQuery> q = connection->query(
                QStringLiteral("SELECT m.name, p.name, p.type FROM sqlite_master m, pragma_table_info(m.name) p "
                               "WHERE m.name LIKE ?"), {prefix + QLatin1Char('%')});
            while (q && q->next())
                columns << q->value(0).toString() + QLatin1Char('.') + q->value(1).toString() + QLatin1Char(' ') + q->value(2).toString();
        } else {
            Result<QSqlQuery> q = connection->query(
                QStringLiteral("SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_name LIKE ?"),
                {prefix + QLatin1Char('%')});
            while (q && q->next())
                columns << q->value(0).toString() + QLatin1Char('.') + q->value(1).toString() + QLatin1Char(' ') + q->value(2).toString();
        }
        columns.sort();
        return columns;
    }
    void dropTables()
    {
        if (!connection || config.connection.dialect == QLatin1String("sqlite")) // skipped, or a file of its own
            return;
        for (const QString &c : schema())
            (void)connection->exec(QStringLiteral("DROP VIEW IF EXISTS %1").arg(c.section(QLatin1Char('.'), 0, 0)));
        for (const QString &c : schema())
            (void)connection->exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(c.section(QLatin1Char('.'), 0, 0)));
    }
    ~Fixture() { dropTables(); }
};

#define FIXTURE(f)                                                                               \
    QFETCH(QString, dialectName);                                                                \
    FIXTURE_FOR(f, dialectName)

#define SQLITE_FIXTURE(f)                                                                        \
    const QString dialectName = QStringLiteral("sqlite");                                        \
    FIXTURE_FOR(f, dialectName)

#define FIXTURE_FOR(f, dialectName)                                                              \
    Fixture f;                                                                                   \
    NOORM_CONFIG_FOR_DIALECT(f.config, dialectName);                                             \
    f.prefix = f.config.name + QStringLiteral("_");                                              \
    QVERIFY(Project::init(f.project.root()));                                                    \
    {                                                                                            \
        Result<Workspace> ws_ = Workspace::open(std::make_shared<IdentityService>(), f.project.root()); \
        QVERIFY(ws_);                                                                            \
        f.workspace.emplace(std::move(ws_).value());                                             \
    }                                                                                            \
    NOORM_OPEN_TRACKED(f)

#define BATCH(var, call)                                                                         \
    Cancellation var##_cancel;                                                                   \
    Result<ChangeBatch> var = (call);                                                            \
    QVERIFY2(var, qPrintable(var ? QString() : var.error().toString()))

const ChangeStatus *statusOf(const ChangeListing &listing, const QString &name)
{
    for (const ChangeStatus &s : listing.changes)
        if (s.name == name)
            return &s;
    return nullptr;
}

} // namespace

class TestChange : public QObject {
    Q_OBJECT

    void dialects()
    {
        QTest::addColumn<QString>("dialectName");
        for (const char *d : {"sqlite", "postgres", "mysql"})
            QTest::newRow(d) << QString::fromLatin1(d);
    }

private slots:
    // What ran is kept by checksum on this machine; an older text this machine never ran is
    // found in the project's git history; a checksum nobody has gives nothing.
    void findsTheTextThatRanHereOrInGit()
    {
        TempProject p;
        const QString file = p.write(QStringLiteral("changes/2026-01-01-x/change/001_x.sql"), "SELECT 1;\n");
        const AppliedTexts texts(p.root());
        texts.keep({{file, QStringLiteral("SELECT 1;\n")}}, {{file, textChecksum(QStringLiteral("SELECT 1;\n"))}});
        const std::optional<AppliedText> kept = texts.find(file, textChecksum(QStringLiteral("SELECT 1;\n")));
        QVERIFY(kept);
        QCOMPARE(kept->text, QStringLiteral("SELECT 1;\n"));
        QCOMPARE(kept->foundIn, QStringLiteral("this machine"));
        QCOMPARE(QFileInfo(texts.folder()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

        const auto git = [&](const QStringList &args) {
            QProcess g;
            g.setWorkingDirectory(p.root());
            g.start(QStringLiteral("git"), QStringList{QStringLiteral("-c"), QStringLiteral("user.name=T"), QStringLiteral("-c"),
                                                       QStringLiteral("user.email=t@example.com")} + args);
            return g.waitForFinished(10000) && g.exitCode() == 0;
        };
        QVERIFY(git({QStringLiteral("init"), QStringLiteral("-q")}));
        p.write(QStringLiteral("changes/2026-01-01-x/change/001_x.sql"), "SELECT 2; -- by a teammate\n");
        QVERIFY(git({QStringLiteral("add"), QStringLiteral(".")}));
        QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("teammate's version")}));
        p.write(QStringLiteral("changes/2026-01-01-x/change/001_x.sql"), "SELECT 3;\n");
        const std::optional<AppliedText> fromGit = texts.find(file, textChecksum(QStringLiteral("SELECT 2; -- by a teammate\n")));
        QVERIFY(fromGit);
        QCOMPARE(fromGit->text, QStringLiteral("SELECT 2; -- by a teammate\n"));
        QVERIFY2(fromGit->foundIn.startsWith(QLatin1String("git commit ")), qPrintable(fromGit->foundIn));
        QVERIFY(!texts.find(file, textChecksum(QStringLiteral("never written"))));
        QVERIFY(!texts.find(file, QStringLiteral("../../etc/passwd")));
    }

    void fastForwardAppliesInOrderOnceAndRecordsEveryRow_data() { dialects(); }
    void fastForwardAppliesInOrderOnceAndRecordsEveryRow()
    {
        FIXTURE(f);
        f.change(QStringLiteral("2026-01-01-users"), QStringLiteral("CREATE TABLE %1users (id INTEGER PRIMARY KEY, email VARCHAR(100));"),
                 QStringLiteral("DROP TABLE %1users;"));
        f.change(QStringLiteral("2026-01-02-name"), QStringLiteral("ALTER TABLE %1users ADD COLUMN name VARCHAR(100);"),
                 QStringLiteral("ALTER TABLE %1users DROP COLUMN name;"));
        ChangeOperation op = f.operation();
        QStringList started;
        connect(&op, &ChangeOperation::changeStarted, this, [&](const QString &name) { started << name; });
        Cancellation cancel;
        Result<ChangeBatch> batch = op.fastForward(cancel);
        QVERIFY2(batch, qPrintable(batch ? QString() : batch.error().toString()));
        QVERIFY(batch->succeeded());
        QCOMPARE(started, (QStringList{QStringLiteral("2026-01-01-users"), QStringLiteral("2026-01-02-name")}));
        QCOMPARE(batch->changes.at(0).reason, QStringLiteral("new"));
        QCOMPARE(f.schema().filter(f.prefix + QStringLiteral("users.name ")).size(), 1);

        Result<ChangeBatch> again = op.fastForward(cancel);
        QVERIFY(again);
        QVERIFY(again->changes.isEmpty()); // nothing pending

        Result<QList<ChangeRecord>> history = op.history();
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->first().name, QStringLiteral("2026-01-02-name")); // newest first
        for (const ChangeRecord &row : *history) {
            QCOMPARE(row.status, QStringLiteral("success"));
            QCOMPARE(row.direction, QStringLiteral("change"));
            QCOMPARE(row.cliVersion, QStringLiteral(NOORM_VERSION));
            QVERIFY(!row.executedBy.isEmpty());
            QCOMPARE(row.checksum.size(), 64);
        }
        Result<QList<ChangeFileRecord>> files = op.historyFiles(history->first().id);
        QVERIFY(files);
        QCOMPARE(files->size(), 1);
        QCOMPARE(files->first().status, QStringLiteral("success"));
    }

    // Where nothing rolls a failing change back (MySQL commits DDL at once), it says what of
    // it stayed, counting the statements of the failing file before the one that failed.
    void aFailedChangeSaysWhatOfItStayed_data() { dialects(); }
    void aFailedChangeSaysWhatOfItStayed()
    {
        FIXTURE(f);
        const QString name = QStringLiteral("2026-01-01-half");
        f.project.write(QStringLiteral("changes/%1/change/001_half.sql").arg(name),
                        QStringLiteral("CREATE TABLE %1half (id INTEGER);\nCREATE TABLE %1other (id INTEGER);\n"
                                       "ALTER TABLE %1missing ADD x INTEGER;\n").arg(f.prefix).toUtf8());
        ChangeOperation op = f.operation();
        BATCH(failed, op.fastForward(failed_cancel));
        QVERIFY(!failed->succeeded());
        const bool transactional = f.connection->dialect().scripts().transactionalDdl();
        QCOMPARE(f.tableExists(QStringLiteral("half")), !transactional);
        QCOMPARE(f.tableExists(QStringLiteral("other")), !transactional);
        const QString said = failed->firstError->message;
        const QString stayed = QStringLiteral("not rolled back: the first 2 statements of changes/%1/change/001_half.sql").arg(name);
        QVERIFY2(said.contains(stayed) == !transactional, qPrintable(said));
        QVERIFY2(!said.contains(QLatin1String("nothing of the change was applied")), qPrintable(said));
        // The failed file's count says the same: rolled back with the change, nothing stays.
        QCOMPARE(failed->changes.size(), 1);
        const QList<FileResult> &files = failed->changes.first().report.files;
        const auto bad = std::find_if(files.begin(), files.end(), [](const FileResult &r) { return r.status == FileStatus::Failed; });
        QVERIFY(bad != files.end());
        QCOMPARE(bad->statementsKept, transactional ? 0 : 2);
        Result<ChangeListing> listing = op.list();
        QVERIFY(listing);
        const ChangeStatus *status = statusOf(*listing, name);
        QVERIFY(status && status->applied);
        QVERIFY2(status->applied->errorMessage.contains(stayed) == !transactional, qPrintable(status->applied->errorMessage));
    }

    void aFailedChangeLeavesNothingWhereDdlIsTransactional_data() { dialects(); }
    void aFailedChangeLeavesNothingWhereDdlIsTransactional()
    {
        FIXTURE(f);
        const QString name = QStringLiteral("2026-01-01-broken");
        f.project.write(QStringLiteral("changes/%1/change/001_table.sql").arg(name),
                        QStringLiteral("CREATE TABLE %1made (id INTEGER);").arg(f.prefix).toUtf8());
        f.project.write(QStringLiteral("changes/%1/change/002_bad.sql").arg(name),
                        QStringLiteral("INSERT INTO %1missing VALUES (1);").arg(f.prefix).toUtf8());
        ChangeOperation op = f.operation();
        BATCH(failed, op.fastForward(failed_cancel));
        QVERIFY(!failed->succeeded());
        QCOMPARE(failed->firstError->kind, ErrorKind::Execution);
        const bool transactional = f.connection->dialect().scripts().transactionalDdl();
        QCOMPARE(f.tableExists(QStringLiteral("made")), !transactional);
        if (!transactional) // MySQL: DDL commits on its own, and the error says what stayed
            QVERIFY2(failed->firstError->message.contains(QLatin1String("001_table.sql")), qPrintable(failed->firstError->message));

        Result<ChangeListing> listing = op.list();
        QVERIFY(listing);
        const ChangeStatus *status = statusOf(*listing, name);
        QVERIFY(status);
        QCOMPARE(status->state, ChangeState::Failed);
        // As the original writes it, the file's name first; then where in it, and the file's
        // path is not said twice.
        QVERIFY2(status->applied->errorMessage.startsWith(QLatin1String("002_bad.sql: line 1, column 1: ")), qPrintable(status->applied->errorMessage));
        QVERIFY2(!status->applied->errorMessage.contains(QStringLiteral("%1/change/002_bad.sql").arg(name)), qPrintable(status->applied->errorMessage));
        Result<QList<ChangeFileRecord>> files = op.historyFiles(status->applied->id);
        QVERIFY(files);
        QCOMPARE(files->size(), 2);
        QCOMPARE(files->at(0).status, transactional ? QStringLiteral("skipped") : QStringLiteral("success"));
        QCOMPARE(files->at(1).status, QStringLiteral("failed"));

        // Fixed, it runs again: no table to edit by hand.
        if (!transactional)
            QVERIFY(f.connection->exec(QStringLiteral("DROP TABLE %1made").arg(f.prefix)));
        f.project.write(QStringLiteral("changes/%1/change/002_bad.sql").arg(name),
                        QStringLiteral("INSERT INTO %1made VALUES (1);").arg(f.prefix).toUtf8());
        BATCH(fixed, op.fastForward(fixed_cancel));
        QVERIFY(fixed->succeeded());
        QCOMPARE(fixed->changes.size(), 1);
        QCOMPARE(fixed->changes.first().reason, QStringLiteral("failed"));
        QVERIFY(f.tableExists(QStringLiteral("made")));
    }

    // Cancel while the change's second file runs a statement that never ends: the statement
    // is interrupted in the database, the error names it, and where DDL is transactional
    // nothing of the change is left and its rows say so.
    void cancelInterruptsAChangeAndLeavesNothingWhereDdlIsTransactional_data() { dialects(); }
    void cancelInterruptsAChangeAndLeavesNothingWhereDdlIsTransactional()
    {
        FIXTURE(f);
        const QString name = QStringLiteral("2026-01-01-slow");
        f.project.write(QStringLiteral("changes/%1/change/001_table.sql").arg(name),
                        QStringLiteral("CREATE TABLE %1made (id INTEGER);").arg(f.prefix).toUtf8());
        f.project.write(QStringLiteral("changes/%1/change/002_slow.sql").arg(name),
                        QStringLiteral("INSERT INTO %1made VALUES (1);\n%2\n").arg(f.prefix, noorm::test::endlessStatement(dialectName)).toUtf8());
        ChangeOperation op = f.operation();
        Cancellation cancellation;
        std::optional<Result<ChangeBatch>> batch;
        std::unique_ptr<QThread> worker(QThread::create([&] { batch = op.fastForward(cancellation); }));
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(cancellation.hasStatementInFlight() || worker->isFinished(), 30000);
        QVERIFY(!worker->isFinished());
        // Again until the worker is back: the first may come before the statement reached the server.
        QTRY_VERIFY_WITH_TIMEOUT((cancellation.cancel(), worker->isFinished()), 30000);
        QVERIFY(batch && *batch);
        const ChangeBatch &done = **batch;
        QVERIFY(!done.succeeded());
        QCOMPARE(done.firstError->kind, ErrorKind::Cancelled);
        QVERIFY2(done.firstError->file.endsWith(QLatin1String("002_slow.sql")), qPrintable(done.firstError->toString()));
        QCOMPARE(done.firstError->line, 2);
        const bool transactional = f.connection->dialect().scripts().transactionalDdl();
        QCOMPARE(f.tableExists(QStringLiteral("made")), !transactional);

        Result<ChangeListing> listing = op.list();
        QVERIFY(listing);
        const ChangeStatus *status = statusOf(*listing, name);
        QVERIFY(status);
        QCOMPARE(status->state, ChangeState::Failed);
        Result<QList<ChangeFileRecord>> files = op.historyFiles(status->applied->id);
        QVERIFY(files);
        QCOMPARE(files->size(), 2);
        QCOMPARE(files->at(0).status, transactional ? QStringLiteral("skipped") : QStringLiteral("success"));
        QCOMPARE(files->at(1).status, QStringLiteral("failed"));
    }

    void anEditedChangeIsReportedAndOnlyForceReappliesIt_data() { dialects(); }
    void anEditedChangeIsReportedAndOnlyForceReappliesIt()
    {
        FIXTURE(f);
        const QString name = QStringLiteral("2026-01-01-edited");
        f.change(name, QStringLiteral("CREATE TABLE %1e (id INTEGER);"), QStringLiteral("DROP TABLE %1e;"));
        ChangeOperation op = f.operation();
        BATCH(applied, op.fastForward(applied_cancel));
        QVERIFY(applied->succeeded());
        f.change(name, QStringLiteral("CREATE TABLE %1e (id INTEGER, note VARCHAR(20));"), QStringLiteral("DROP TABLE %1e;"));

        Result<ChangeListing> listing = op.list();
        QVERIFY(listing);
        const ChangeStatus *status = statusOf(*listing, name);
        QCOMPARE(status->state, ChangeState::Changed);
        QCOMPARE(status->changedFiles, QStringList{QStringLiteral("changes/%1/change/001_%1.sql").arg(name)});

        BATCH(ff, op.fastForward(ff_cancel));
        QVERIFY(ff->changes.isEmpty()); // not re-applied behind the user's back
        QCOMPARE(ff->warnings.size(), 1);
        QVERIFY(ff->warnings.first().contains(name));
        Cancellation cancel;
        Result<ChangeBatch> refused = op.run(name, cancel);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Refused);
        QCOMPARE(refused.error().hint.action, Hint::Action::Force);

        // Revert, then apply the edited version.
        BATCH(reverted, op.revert(name, reverted_cancel));
        QVERIFY(reverted->succeeded());
        QVERIFY(!f.tableExists(QStringLiteral("e")));
        BATCH(reapplied, op.fastForward(reapplied_cancel));
        QCOMPARE(reapplied->changes.size(), 1);
        QCOMPARE(reapplied->changes.first().reason, QStringLiteral("reverted"));
        QVERIFY(f.schema().join(QLatin1Char(',')).contains(QLatin1String("e.note")));
        // And --force re-applies an applied one (after its table is gone).
        QVERIFY(f.connection->exec(QStringLiteral("DROP TABLE %1e").arg(f.prefix)));
        BATCH(forced, f.operation(true).run(name, forced_cancel));
        QCOMPARE(forced->changes.first().reason, QStringLiteral("force"));
        QVERIFY(f.tableExists(QStringLiteral("e")));
    }

    void rewindThenFastForwardRestoresTheSameSchema_data() { dialects(); }
    void rewindThenFastForwardRestoresTheSameSchema()
    {
        FIXTURE(f);
        f.change(QStringLiteral("2026-01-01-a"), QStringLiteral("CREATE TABLE %1a (id INTEGER PRIMARY KEY);"),
                 QStringLiteral("DROP TABLE %1a;"));
        f.change(QStringLiteral("2026-01-02-b"), QStringLiteral("CREATE TABLE %1b (id INTEGER, a_id INTEGER REFERENCES %1a (id));"),
                 QStringLiteral("DROP TABLE %1b;"));
        f.change(QStringLiteral("2026-01-03-c"), QStringLiteral("ALTER TABLE %1a ADD COLUMN label VARCHAR(30);"),
                 QStringLiteral("ALTER TABLE %1a DROP COLUMN label;"));
        f.change(QStringLiteral("2026-01-04-v"), QStringLiteral("CREATE VIEW %1v AS SELECT id, label FROM %1a;"),
                 QStringLiteral("DROP VIEW %1v;"));
        ChangeOperation op = f.operation();
        BATCH(first, op.fastForward(first_cancel));
        QVERIFY(first->succeeded());
        const QStringList before = f.schema();
        QVERIFY(before.size() >= 6);

        BATCH(rewound, op.rewind(3, rewound_cancel));
        QVERIFY(rewound->succeeded());
        QCOMPARE(rewound->changes.size(), 3);
        QCOMPARE(rewound->changes.first().name, QStringLiteral("2026-01-04-v")); // newest first
        QVERIFY(f.tableExists(QStringLiteral("a")));
        QVERIFY(!f.tableExists(QStringLiteral("b")));
        QVERIFY(f.schema() != before);

        BATCH(again, op.fastForward(again_cancel));
        QCOMPARE(again->changes.size(), 3);
        QCOMPARE(f.schema(), before);

        // Down to a named change, and what cannot be reverted says why.
        BATCH(named, op.rewind(QStringLiteral("2026-01-03-c"), named_cancel));
        QCOMPARE(named->changes.size(), 2);
        Cancellation cancel;
        Result<ChangeBatch> twice = op.revert(QStringLiteral("2026-01-04-v"), cancel);
        QVERIFY(!twice);
        QCOMPARE(twice.error().kind, ErrorKind::Refused);
        QVERIFY2(twice.error().message.contains(QLatin1String("already reverted")), qPrintable(twice.error().message));
    }

    void aChangeMergedLaterIsAppliedOutOfOrderWithAWarning_data() { dialects(); }
    void aChangeMergedLaterIsAppliedOutOfOrderWithAWarning()
    {
        FIXTURE(f);
        f.change(QStringLiteral("2026-01-05-later"), QStringLiteral("CREATE TABLE %1later (id INTEGER);"));
        ChangeOperation op = f.operation();
        BATCH(first, op.fastForward(first_cancel));
        f.change(QStringLiteral("2026-01-01-from-a-branch"), QStringLiteral("CREATE TABLE %1branch (id INTEGER);"));
        Result<ChangeListing> listing = op.list();
        QVERIFY(listing);
        QVERIFY(statusOf(*listing, QStringLiteral("2026-01-01-from-a-branch"))->outOfOrder);
        BATCH(ff, op.fastForward(ff_cancel));
        QCOMPARE(ff->changes.size(), 1);
        QVERIFY(ff->warnings.join(QLatin1Char(' ')).contains(QLatin1String("out of order")));
        QVERIFY(f.tableExists(QStringLiteral("branch")));
    }

    // A failure in the middle of `change ff` keeps the changes before it, records the failed
    // one and runs nothing after it: on every dialect, grouped in one transaction or not.
    void aFailedChangeInFastForwardKeepsTheChangesBeforeIt_data() { dialects(); }
    void aFailedChangeInFastForwardKeepsTheChangesBeforeIt()
    {
        FIXTURE(f);
        f.change(QStringLiteral("2026-01-01-first"), QStringLiteral("CREATE TABLE %1first (id INTEGER);"));
        f.change(QStringLiteral("2026-01-02-broken"), QStringLiteral("CREATE TABLE %1half (id INTEGER);\nINSERT INTO %1missing VALUES (1);"));
        f.change(QStringLiteral("2026-01-03-after"), QStringLiteral("CREATE TABLE %1after (id INTEGER);"));
        ChangeOperation op = f.operation();
        BATCH(ff, op.fastForward(ff_cancel));
        QVERIFY(!ff->succeeded());
        QCOMPARE(ff->changes.size(), 2);
        QVERIFY(f.tableExists(QStringLiteral("first")));
        QCOMPARE(f.tableExists(QStringLiteral("half")), !f.connection->dialect().scripts().transactionalDdl());
        QVERIFY(!f.tableExists(QStringLiteral("after")));
        Result<ChangeListing> listing = op.list();
        QVERIFY(listing);
        QCOMPARE(statusOf(*listing, QStringLiteral("2026-01-01-first"))->state, ChangeState::Applied);
        QCOMPARE(statusOf(*listing, QStringLiteral("2026-01-02-broken"))->state, ChangeState::Failed);
        QCOMPARE(statusOf(*listing, QStringLiteral("2026-01-03-after"))->state, ChangeState::Pending);
    }

    // On SQLite `change ff` commits once, not once per change: while the second change
    // starts, another connection does not see the first yet. A change whose file opts out of
    // the transaction commits what ran before it first, so that runs as the file asks.
    void fastForwardOnSqliteCommitsOnceBeforeAFileOutsideTransactions()
    {
        SQLITE_FIXTURE(f);
        f.change(QStringLiteral("2026-01-01-a"), QStringLiteral("CREATE TABLE %1a (id INTEGER);"));
        f.change(QStringLiteral("2026-01-02-b"), QStringLiteral("CREATE TABLE %1b (id INTEGER);"));
        f.change(QStringLiteral("2026-01-03-own"), QStringLiteral("-- noorm:no-transaction\nCREATE TABLE %1own (id INTEGER);"));
        ChangeOperation op = f.operation();
        QMap<QString, QStringList> seenAtStart; // file -> the test's tables another connection saw
        connect(&op, &ChangeOperation::fileProgress, this, [&](const FileProgress &progress) {
            if (progress.status != FileStatus::Pending)
                return;
            QStringList seen;
            for (const QString &t : {QStringLiteral("a"), QStringLiteral("b")})
                if (f.tableExists(t))
                    seen << t;
            seenAtStart[QFileInfo(progress.filepath).fileName()] = seen;
        });
        BATCH(ff, op.fastForward(ff_cancel));
        QVERIFY(ff->succeeded());
        QCOMPARE(seenAtStart.value(QStringLiteral("001_2026-01-02-b.sql"), {QStringLiteral("?")}), QStringList());
        QCOMPARE(seenAtStart.value(QStringLiteral("001_2026-01-03-own.sql")), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(f.tableExists(QStringLiteral("a")));
        QVERIFY(f.tableExists(QStringLiteral("own")));
        Result<QList<ChangeRecord>> history = op.history();
        QVERIFY(history);
        QCOMPARE(history->size(), 3);
    }

    void aNoTransactionFileRunsTheChangeFileByFile()
    {
        SQLITE_FIXTURE(f);
        const QString name = QStringLiteral("2026-01-01-opt-out");
        f.project.write(QStringLiteral("changes/%1/change/001_table.sql").arg(name),
                        QStringLiteral("-- noorm:no-transaction\nCREATE TABLE %1kept (id INTEGER);").arg(f.prefix).toUtf8());
        f.project.write(QStringLiteral("changes/%1/change/002_bad.sql").arg(name), "INSERT INTO nowhere VALUES (1);");
        ChangeOperation op = f.operation();
        BATCH(failed, op.fastForward(failed_cancel));
        QVERIFY(!failed->succeeded());
        QVERIFY(f.tableExists(QStringLiteral("kept"))); // it ran on its own, as asked
        QVERIFY2(failed->firstError->message.contains(QLatin1String("not rolled back: changes/2026-01-01-opt-out/change/001_table.sql")),
                 qPrintable(failed->firstError->message));
    }

    void dryRunPlansAndChangesNothing_data() { dialects(); }
    void dryRunPlansAndChangesNothing()
    {
        FIXTURE(f);
        f.change(QStringLiteral("2026-01-01-planned"), QStringLiteral("CREATE TABLE %1planned (id INTEGER);"));
        ChangeRequest request;
        request.config = envRequest(f.config, f.project);
        request.dryRun = true;
        ChangeOperation op(*f.workspace, request, {}); // nobody to ask: a plan needs no one
        BATCH(plan, op.fastForward(plan_cancel));
        QVERIFY(plan->dryRun);
        QCOMPARE(plan->changes.size(), 1);
        QCOMPARE(plan->changes.first().reason, QStringLiteral("new"));
        QVERIFY(!f.tableExists(QStringLiteral("planned")));
        Result<QList<ChangeRecord>> history = f.operation().history();
        QVERIFY(history);
        QVERIFY(history->isEmpty());
    }

    void aMalformedFolderStopsFastForwardAndAnEmptyChangeFails_data() { dialects(); }
    void aMalformedFolderStopsFastForwardAndAnEmptyChangeFails()
    {
        FIXTURE(f);
        f.change(QStringLiteral("2026-01-02-fine"), QStringLiteral("CREATE TABLE %1fine (id INTEGER);"));
        f.project.write(QStringLiteral("changes/2026-01-01-broken/change/001_list.txt"), "nope.sql\n");
        ChangeOperation op = f.operation();
        Cancellation cancel;
        Result<ChangeBatch> stopped = op.fastForward(cancel);
        QVERIFY(!stopped); // it might be one that has to run first: never skipped
        QCOMPARE(stopped.error().file, QStringLiteral("2026-01-01-broken/change/001_list.txt"));
        QVERIFY(!f.tableExists(QStringLiteral("fine")));
        QVERIFY(QDir(f.project.path(QStringLiteral("changes/2026-01-01-broken"))).removeRecursively());

        f.change(QStringLiteral("2026-01-03-stub"), QStringLiteral("-- TODO: write the SQL\n"));
        BATCH(ff, op.fastForward(ff_cancel));
        QVERIFY(!ff->succeeded());
        QCOMPARE(ff->changes.size(), 2); // fine applied, the stub failed instead of counting as applied
        QVERIFY2(ff->firstError->message.contains(QLatin1String("no SQL statement")), qPrintable(ff->firstError->message));

        // The SQL written into a second file, the scaffold's stub left beside it: the change
        // applies, as with the original (a comment-only file runs as nothing).
        f.project.write(QStringLiteral("changes/2026-01-03-stub/change/002_real.sql"),
                        QStringLiteral("CREATE TABLE %1real (id INTEGER);").arg(f.prefix).toUtf8());
        BATCH(again, op.fastForward(again_cancel));
        QVERIFY2(again->succeeded(), again->firstError ? qPrintable(again->firstError->message) : "");
        QCOMPARE(again->changes.size(), 1);
        QVERIFY(f.tableExists(QStringLiteral("real")));
        const QList<FileResult> &files = again->changes.first().report.files;
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).status, FileStatus::Success);
    }

    // A change that failed and was rolled back whole left nothing to undo: revert refuses
    // (its revert files would drop what it never made, or what was there before it), unless
    // forced. Without DDL transactions what ran before the failure stays, and revert runs.
    // Before, revert ran the revert files of a change that had left nothing.
    void aChangeThatLeftNothingIsNotReverted_data() { dialects(); }
    void aChangeThatLeftNothingIsNotReverted()
    {
        FIXTURE(f);
        const QString name = QStringLiteral("2026-03-01-dup");
        f.change(name, QStringLiteral("CREATE TABLE %1d1 (x INTEGER);\nCREATE TABLE %1d1 (x INTEGER);\n"),
                 QStringLiteral("DROP TABLE IF EXISTS %1d1;\nCREATE TABLE %1reverted (x INTEGER);\n"));
        ChangeOperation op = f.operation();
        BATCH(applied, op.fastForward(applied_cancel));
        QVERIFY(!applied->succeeded());
        const bool transactional = f.connection->dialect().scripts().transactionalDdl();
        QCOMPARE(f.tableExists(QStringLiteral("d1")), !transactional);
        Cancellation cancel;
        Result<ChangeBatch> reverted = op.revert(name, cancel);
        if (transactional) {
            QVERIFY(!reverted);
            QCOMPARE(reverted.error().kind, ErrorKind::Refused);
            QVERIFY2(reverted.error().message.contains(QLatin1String("nothing to revert")), qPrintable(reverted.error().message));
            QVERIFY(!f.tableExists(QStringLiteral("reverted")));
            ChangeOperation forced = f.operation(true);
            BATCH(anyway, forced.revert(name, anyway_cancel));
            QVERIFY(anyway->succeeded());
        } else {
            QVERIFY2(reverted, qPrintable(reverted ? QString() : reverted.error().toString()));
            QVERIFY(reverted->succeeded());
            QVERIFY(!f.tableExists(QStringLiteral("d1")));
        }
        QVERIFY(f.tableExists(QStringLiteral("reverted")));
        QVERIFY(f.connection->exec(QStringLiteral("DROP TABLE %1reverted").arg(f.prefix)));

        // Applied once, then run again by force and failed: the first application is still
        // there, and revert undoes it.
        const QString rerun = QStringLiteral("2026-03-02-rerun");
        f.change(rerun, QStringLiteral("CREATE TABLE %1r1 (x INTEGER);\n"), QStringLiteral("DROP TABLE IF EXISTS %1r1;\n"));
        BATCH(once, op.run(rerun, once_cancel));
        QVERIFY(once->succeeded());
        f.change(rerun, QStringLiteral("CREATE TABLE %1r2 (x INTEGER);\nCREATE TABLE %1r2 (x INTEGER);\n"));
        ChangeOperation byForce = f.operation(true);
        BATCH(again, byForce.run(rerun, again_cancel));
        QVERIFY(!again->succeeded());
        (void)f.connection->exec(QStringLiteral("DROP TABLE IF EXISTS %1r2").arg(f.prefix));
        BATCH(undone, op.revert(rerun, undone_cancel));
        QVERIFY(undone->succeeded());
        QVERIFY(!f.tableExists(QStringLiteral("r1")));
    }

    void rewindRevertsTheMostRecentlyAppliedFirst_data() { dialects(); }
    void rewindRevertsTheMostRecentlyAppliedFirst()
    {
        FIXTURE(f);
        f.change(QStringLiteral("2026-01-05-b"), QStringLiteral("CREATE TABLE %1b (id INTEGER);"), QStringLiteral("DROP TABLE %1b;"));
        ChangeOperation op = f.operation();
        BATCH(first, op.fastForward(first_cancel));
        f.change(QStringLiteral("2026-01-01-a"), QStringLiteral("CREATE TABLE %1a (id INTEGER);"), QStringLiteral("DROP TABLE %1a;"));
        BATCH(second, op.fastForward(second_cancel)); // merged later, applied last
        BATCH(rewound, op.rewind(1, rewound_cancel));
        QCOMPARE(rewound->changes.first().name, QStringLiteral("2026-01-01-a"));
        QVERIFY(!f.tableExists(QStringLiteral("a")));
        QVERIFY(f.tableExists(QStringLiteral("b")));
    }

    // A revert that fails leaves the change applied (its forward row is the status, as in
    // the original), but the listing says the revert failed and, without DDL transactions,
    // which revert files stayed run: it said "success" with no word of it.
    void aFailedRevertIsNamedBesideTheAppliedChange_data() { dialects(); }
    void aFailedRevertIsNamedBesideTheAppliedChange()
    {
        FIXTURE(f);
        const QString name = QStringLiteral("2026-02-01-rv");
        f.project.write(QStringLiteral("changes/%1/change/001.sql").arg(name),
                        QStringLiteral("CREATE TABLE %1r1 (x INTEGER);\nCREATE TABLE %1r2 (x INTEGER);\n").arg(f.prefix).toUtf8());
        f.project.write(QStringLiteral("changes/%1/revert/001.sql").arg(name), QStringLiteral("DROP TABLE %1r1;\n").arg(f.prefix).toUtf8());
        f.project.write(QStringLiteral("changes/%1/revert/002.sql").arg(name), QStringLiteral("DROP TABLE %1r2_typo;\n").arg(f.prefix).toUtf8());
        ChangeOperation op = f.operation();
        BATCH(applied, op.fastForward(applied_cancel));
        QVERIFY(applied->succeeded());
        BATCH(reverted, op.revert(name, reverted_cancel));
        QVERIFY(!reverted->succeeded());
        const bool transactional = f.connection->dialect().scripts().transactionalDdl();
        QCOMPARE(f.tableExists(QStringLiteral("r1")), transactional);
        Result<ChangeListing> listing = op.list();
        QVERIFY(listing);
        const ChangeStatus *status = statusOf(*listing, name);
        QVERIFY(status);
        QCOMPARE(status->state, ChangeState::Applied);
        QVERIFY(status->failedRevert);
        QCOMPARE(status->failedRevert->status, QStringLiteral("failed"));
        const QString said = status->failedRevert->errorMessage;
        QVERIFY2(said.contains(QLatin1String("r2_typo")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("not rolled back: changes/%1/revert/001.sql").arg(name)) == !transactional, qPrintable(said));
        // The revert left nothing where it was rolled back; the change itself stays (it said
        // "nothing of the change was applied" of a change still applied).
        QVERIFY2(!said.contains(QLatin1String("nothing of the change was applied")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("nothing of the revert was applied")) == transactional, qPrintable(said));
        // Applied again after a fixed revert ran: no failure to name any more.
        f.project.write(QStringLiteral("changes/%1/revert/001.sql").arg(name), QStringLiteral("DROP TABLE IF EXISTS %1r1;\n").arg(f.prefix).toUtf8());
        f.project.write(QStringLiteral("changes/%1/revert/002.sql").arg(name), QStringLiteral("DROP TABLE %1r2;\n").arg(f.prefix).toUtf8());
        BATCH(fixed, op.revert(name, fixed_cancel));
        QVERIFY(fixed->succeeded());
        BATCH(again, op.fastForward(again_cancel));
        QVERIFY(again->succeeded());
        Result<ChangeListing> after = op.list();
        QVERIFY(after);
        QVERIFY(!statusOf(*after, name)->failedRevert);
        QCOMPARE(statusOf(*after, name)->state, ChangeState::Applied);
    }

    // --- on disk, no database

    void discoveryReportsMalformedFoldersAndManifestErrors()
    {
        TempProject p;
        QVERIFY(Project::init(p.root()));
        p.write(QStringLiteral("sql/views/001_v.sql"), "CREATE VIEW v AS SELECT 1 AS one;");
        p.write(QStringLiteral("changes/2026-01-01-ok/change/001_views.txt"), "# the view again\n\nviews/001_v.sql\n");
        p.write(QStringLiteral("changes/2026-01-02-missing/change/001_list.txt"), "views/001_v.sql\nviews/nope.sql\n");
        p.write(QStringLiteral("changes/2026-01-03-escape/change/001_list.txt"), "../../../etc/passwd\n");
        p.write(QStringLiteral("changes/2026-01-04-empty/change/readme.md"), "nothing to run");
        p.write(QStringLiteral("changes/notes/readme.md"), "not a change: no change/ folder");
        // A byte order mark before the first path (it was read as part of it: "no such file").
        p.write(QStringLiteral("changes/2026-01-05-bom/change/001_list.txt"), "\xEF\xBB\xBFviews/001_v.sql\r\n");
        const ChangeSetReader reader(p.path(QStringLiteral("changes")), p.path(QStringLiteral("sql")), ProjectPathGuard(p.root()));
        const ChangeDiscovery found = reader.discover();
        QCOMPARE(found.changes.size(), 2);
        QCOMPARE(found.changes.last().runOrder(ChangeDirection::Change), QStringList{p.path(QStringLiteral("sql/views/001_v.sql"))});
        const ChangeSet &ok = found.changes.first();
        QCOMPARE(ok.date, QDate(2026, 1, 1));
        QCOMPARE(ok.description, QStringLiteral("ok"));
        QCOMPARE(ok.runOrder(ChangeDirection::Change), QStringList{p.path(QStringLiteral("sql/views/001_v.sql"))});
        QCOMPARE(found.diagnostics.size(), 3);
        QHash<QString, Error> byFolder;
        for (const ChangeDiagnostic &d : found.diagnostics)
            byFolder.insert(d.folder, d.error);
        const Error missing = byFolder.value(QStringLiteral("2026-01-02-missing"));
        QCOMPARE(missing.file, QStringLiteral("2026-01-02-missing/change/001_list.txt"));
        QCOMPARE(missing.line, 2);
        const Error escape = byFolder.value(QStringLiteral("2026-01-03-escape"));
        QCOMPARE(escape.kind, ErrorKind::Refused);
        QCOMPARE(escape.line, 1);
        QVERIFY(byFolder.value(QStringLiteral("2026-01-04-empty")).message.contains(QLatin1String("no files")));

        // The checksum covers a manifest's own text and its files': editing either changes it.
        const QString before = *ok.checksum(ChangeDirection::Change);
        p.write(QStringLiteral("sql/views/001_v.sql"), "CREATE VIEW v AS SELECT 2 AS two;");
        QVERIFY(*ok.checksum(ChangeDirection::Change) != before);
    }

    void addScaffoldsTodaysFolderAndRefusesADuplicate()
    {
        TempProject p;
        QVERIFY(Project::init(p.root()));
        Result<Workspace> ws = Workspace::open(std::make_shared<IdentityService>(), p.root());
        QVERIFY(ws);
        Config config;
        config.name = QStringLiteral("dev");
        config.connection.dialect = QStringLiteral("sqlite");
        ChangeRequest request;
        request.config = envRequest(config, p);
        ChangeOperation op(*ws, request, {});
        Result<ChangeSet> made = op.add(QStringLiteral("Add Email Verification!"), QDate(2026, 3, 4));
        QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
        QCOMPARE(made->name, QStringLiteral("2026-03-04-add-email-verification"));
        QVERIFY(QFile::exists(p.path(QStringLiteral("changes/2026-03-04-add-email-verification/change/001_add-email-verification.sql"))));
        QVERIFY(QFile::exists(p.path(QStringLiteral("changes/2026-03-04-add-email-verification/revert/001_add-email-verification.sql"))));
        QVERIFY(made->hasChangelog);
        QCOMPARE(op.add(QStringLiteral("add email verification"), QDate(2026, 3, 4)).error().kind, ErrorKind::Refused);
        QCOMPARE(op.add(QStringLiteral("!!!"), QDate(2026, 3, 4)).error().kind, ErrorKind::InvalidInput);
        QCOMPARE(op.remove(QStringLiteral("2026-03-04-add-email-verification")).error().kind, ErrorKind::Refused); // nobody to ask
    }
};

QTEST_GUILESS_MAIN(TestChange)
#include "tst_change.moc"
