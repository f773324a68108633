// core/lock on SQLite, PostgreSQL and MariaDB: acquire, status, release, force, renew,
// waiting and cancelling, expiry takeover (a killed holder), re-entrance within a process
// and into the user's session lock, who counts as another holder; the SQL per dialect
// (SQL Server: text only). Racing processes are in tests/cli/tst_lock_cli.cpp.

#include "db/connection.h"
#include "db/tracking_schema.h"
#include "dialect/tracking_tables.h"
#include "live.h"
#include "live_database.h"
#include "lock/lock.h"
#include "lock/lock_statements.h"
#include "tempproject.h"

#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSysInfo>
#include <QSqlQuery>
#include <QtTest>

using namespace noorm;
using namespace std::chrono_literals;
using noorm::test::TempProject;

namespace {

const QString kAlice = QStringLiteral("Alice Adams <alice@noorm.dev>");
const QString kBob = QStringLiteral("Bob Brown <bob@noorm.dev>");
const QString kGhost = QStringLiteral("Ghost <ghost@noorm.dev> (pid 999999 on gone)");

QString message(const Error &e) { return e.toString(); }

LockOptions withReason(const QString &reason)
{
    LockOptions options;
    options.reason = reason;
    return options;
}

LockOptions withTimeout(std::chrono::milliseconds timeout)
{
    LockOptions options;
    options.timeout = timeout;
    return options;
}

QString isoPattern() { return QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"); }

} // namespace

// One test's database (a SQLite file in the project, or a live server) with the tracking
// tables, and a config name of its own whose lock row is removed at the end.
struct Fixture {
    TempProject project;
    Config config;
    std::unique_ptr<Connection> connection;

    ~Fixture()
    {
        if (connection)
            (void)connection->query(QStringLiteral("DELETE FROM %1 WHERE config_name = ?").arg(table()), {config.name});
    }
    QString table() const { return connection->dialect().tracking().table(tracking::lock::table); }
    Lock lock(const QString &identity, LockScope scope = LockScope::Process)
    {
        return Lock(*connection, config.name, identity, scope);
    }
    QString at(qint64 secondsFromNow) const
    {
        return connection->dialect().tracking().formatTimestamp(QDateTime::currentDateTimeUtc().addSecs(secondsFromNow));
    }
    // A row as another tool (or a holder that died) left it; timestamps as given.
    void writeRow(const QString &lockedBy, const QString &lockedAt, const QString &expiresAt, const QString &reason = {})
    {
        Result<QSqlQuery> q = connection->query(
            QStringLiteral("INSERT INTO %1 (config_name, locked_by, locked_at, expires_at, reason) VALUES (?, ?, ?, ?, ?)")
                .arg(table()),
            {config.name, lockedBy, lockedAt, expiresAt, reason.isNull() ? QStringLiteral("") : reason});
        QVERIFY2(q, qPrintable(q ? QString() : message(q.error())));
    }
    void setHolder(const QString &lockedBy)
    {
        Result<QSqlQuery> q =
            connection->query(QStringLiteral("UPDATE %1 SET locked_by = ? WHERE config_name = ?").arg(table()),
                              {lockedBy, config.name});
        QVERIFY2(q, qPrintable(q ? QString() : message(q.error())));
    }
    void setExpiry(const QString &expiresAt)
    {
        Result<QSqlQuery> q =
            connection->query(QStringLiteral("UPDATE %1 SET expires_at = ? WHERE config_name = ?").arg(table()),
                              {expiresAt, config.name});
        QVERIFY2(q, qPrintable(q ? QString() : message(q.error())));
    }
    qint64 rowCount()
    {
        Result<QVariant> n =
            connection->scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE config_name = ?").arg(table()), {config.name});
        return n ? n->toLongLong() : -1;
    }
    std::optional<LockInfo> row()
    {
        Result<QSqlQuery> q = connection->query(
            QStringLiteral("SELECT locked_by, locked_at, expires_at, reason FROM %1 WHERE config_name = ?").arg(table()),
            {config.name});
        if (!q || !q->next())
            return std::nullopt;
        return LockInfo{config.name, q->value(0).toString(), TrackingSql::parseTimestamp(q->value(1)),
                        TrackingSql::parseTimestamp(q->value(2)), q->value(3).toString()};
    }
    QString rawExpiry()
    {
        Result<QVariant> v =
            connection->scalar(QStringLiteral("SELECT expires_at FROM %1 WHERE config_name = ?").arg(table()), {config.name});
        return v ? v->toString() : QString();
    }
};

#define FIXTURE(f)                                                                                 \
    QFETCH(QString, dialect);                                                                      \
    FIXTURE_FOR(f, dialect)

// A fixture on `dialectName`'s database.
#define FIXTURE_FOR(f, dialectName)                                                                \
    Fixture f;                                                                                     \
    NOORM_CONFIG_FOR_DIALECT(f.config, dialectName);                                               \
    NOORM_OPEN_TRACKED(f)

#define ACQUIRED(held, expr)                                                                       \
    Result<HeldLock> held = (expr);                                                                \
    QVERIFY2(held, qPrintable(held ? QString() : message(held.error())))

#define REFUSED(expr, errorCode)                                                                   \
    do {                                                                                           \
        const auto &refused_ = (expr);                                                             \
        QVERIFY(!refused_);                                                                        \
        QCOMPARE(refused_.error().kind, errorCode);                                                \
    } while (false)

class TestLock : public QObject {
    Q_OBJECT

    static void dialects()
    {
        noorm::test::addDialectRows("dialect", {QStringLiteral("sqlite"), QStringLiteral("postgres"), QStringLiteral("mysql")});
    }

private slots:
    void acquireWritesTheRowAndReleasesItWhenDone_data() { dialects(); }
    void acquireWritesTheRowAndReleasesItWhenDone()
    {
        FIXTURE(f);
        {
            ACQUIRED(held, f.lock(kAlice).acquire(withReason(QStringLiteral("Build"))));
            QVERIFY(held->ownsRow());
            const std::optional<LockInfo> row = f.row();
            QVERIFY(row);
            QCOMPARE(row->lockedBy, kAlice + Lock::processTag());
            QCOMPARE(row->reason, QStringLiteral("Build"));
            const qint64 span = row->lockedAt.secsTo(row->expiresAt); // the default timeout, 5 min
            QVERIFY2(span >= 299 && span <= 301, qPrintable(QString::number(span)));
            QCOMPARE(held->info().lockedBy, row->lockedBy);

            const Result<std::optional<LockInfo>> status = f.lock(kBob).status();
            QVERIFY(status && status->has_value());
            QCOMPARE((*status)->lockedBy, row->lockedBy);
        }
        QCOMPARE(f.rowCount(), 0);
        const Result<std::optional<LockInfo>> status = f.lock(kBob).status();
        QVERIFY(status && !status->has_value());
    }

    void anotherHolderIsRefusedAndNamed_data() { dialects(); }
    void anotherHolderIsRefusedAndNamed()
    {
        FIXTURE(f);
        ACQUIRED(held, f.lock(kAlice).acquire(withReason(QStringLiteral("Change: add-users"))));
        const Result<HeldLock> bob = f.lock(kBob).acquire();
        REFUSED(bob, ErrorKind::LockHeld);
        const QRegularExpression expected(QStringLiteral("^Lock for '%1' held by %2 since %3, expires %3 \\(Change: add-users\\)$")
                                              .arg(QRegularExpression::escape(f.config.name),
                                                   QRegularExpression::escape(kAlice + Lock::processTag()), isoPattern()));
        QVERIFY2(expected.match(bob.error().message).hasMatch(), qPrintable(bob.error().message));
        QCOMPARE(f.rowCount(), 1);
        QCOMPARE(f.row()->lockedBy, kAlice + Lock::processTag());
    }

    void theSameUserInAnotherProcessIsAnotherHolder_data() { dialects(); }
    void theSameUserInAnotherProcessIsAnotherHolder()
    {
        FIXTURE(f);
        f.writeRow(kAlice + QStringLiteral(" (pid 1 on elsewhere)"), f.at(-10), f.at(300));
        const Result<HeldLock> again = f.lock(kAlice).acquire();
        REFUSED(again, ErrorKind::LockHeld);
        QVERIFY2(again.error().message.contains(kAlice + QStringLiteral(" (pid 1 on elsewhere) since ")),
                 qPrintable(again.error().message));
    }

    void aSessionLockIsNotReenteredByAnotherSessionAcquire_data() { dialects(); }
    void aSessionLockIsNotReenteredByAnotherSessionAcquire()
    {
        // What `noorm lock acquire` twice (or six at once) does: the second cannot tell
        // the first from a racing process of the same user, so it is refused.
        FIXTURE(f);
        ACQUIRED(first, f.lock(kAlice, LockScope::Session).acquire());
        QCOMPARE(first->detach().lockedBy, kAlice);
        const Result<HeldLock> second = f.lock(kAlice, LockScope::Session).acquire();
        REFUSED(second, ErrorKind::LockHeld);
        QVERIFY(second.error().message.contains(QStringLiteral("held by %1 since").arg(kAlice)));
        QCOMPARE(f.rowCount(), 1);
        QCOMPARE(f.row()->lockedBy, kAlice); // as the original writes it
    }

    void reacquiringInTheSameProcessExtendsAndLeavesTheRowToItsOwner_data() { dialects(); }
    void reacquiringInTheSameProcessExtendsAndLeavesTheRowToItsOwner()
    {
        FIXTURE(f);
        ACQUIRED(outer, f.lock(kAlice).acquire(withTimeout(1min)));
        QVERIFY(outer->ownsRow());
        {
            ACQUIRED(inner, f.lock(kAlice).acquire(withTimeout(10min)));
            QVERIFY(!inner->ownsRow());
            QCOMPARE(inner->info().lockedBy, outer->info().lockedBy);
            QVERIFY(f.row()->expiresAt > QDateTime::currentDateTimeUtc().addSecs(9 * 60));
        }
        QCOMPARE(f.rowCount(), 1); // the inner one left it alone
        QVERIFY2(outer->release(), "outer release");
        QCOMPARE(f.rowCount(), 0);
    }

    void aProcessLockJoinsTheUsersSessionLock_data() { dialects(); }
    void aProcessLockJoinsTheUsersSessionLock()
    {
        // `noorm lock acquire`, then `noorm run build` by the same user: the build goes on
        // under the session lock and leaves it for `noorm lock release`.
        FIXTURE(f);
        ACQUIRED(session, f.lock(kAlice, LockScope::Session).acquire(withReason(QStringLiteral("Deploy"))));
        session->detach();
        {
            ACQUIRED(build, f.lock(kAlice).acquire(withReason(QStringLiteral("Build"))));
            QVERIFY(!build->ownsRow());
            QCOMPARE(build->info().lockedBy, kAlice);
            QCOMPARE(build->info().reason, QStringLiteral("Deploy"));
            QVERIFY2(build->renew(), "renewing a joined lock");
        }
        QCOMPARE(f.rowCount(), 1);
        REFUSED(f.lock(kBob).acquire(), ErrorKind::LockHeld);
        const Status released = f.lock(kAlice, LockScope::Session).release();
        QVERIFY2(released, qPrintable(released ? QString() : message(released.error())));
        QCOMPARE(f.rowCount(), 0);
    }

    void theExpiredLockOfAKilledHolderIsTakenOver_data() { dialects(); }
    void theExpiredLockOfAKilledHolderIsTakenOver()
    {
        FIXTURE(f);
        f.writeRow(kGhost, f.at(-600), f.at(-300), QStringLiteral("Change: died"));
        const Result<std::optional<LockInfo>> status = f.lock(kAlice).status();
        QVERIFY(status && !status->has_value()); // expired counts as free...
        QCOMPARE(f.rowCount(), 1);               // ...and reading deletes nothing
        ACQUIRED(held, f.lock(kAlice).acquire());
        QVERIFY(held->ownsRow());
        QCOMPARE(f.rowCount(), 1);
        QCOMPARE(f.row()->lockedBy, kAlice + Lock::processTag());
        QCOMPARE(f.row()->reason, QString());
    }

    // A process of this machine killed with SIGKILL leaves its row, unexpired: the next
    // acquire takes it over at once (it waited out the whole timeout, 5 min for a build),
    // where the holder's process is gone. One that runs, or on another machine, still holds.
    void theLockOfAHolderKilledOnThisMachineIsTakenOver_data() { dialects(); }
    void theLockOfAHolderKilledOnThisMachineIsTakenOver()
    {
        FIXTURE(f);
        QProcess living;
        living.start(QStringLiteral("cat"), {}); // runs until its stdin closes
        QVERIFY(living.waitForStarted());
        const auto stop = qScopeGuard([&] {
            living.closeWriteChannel();
            living.waitForFinished();
        });
        QProcess ended;
        ended.start(QStringLiteral("true"), {});
        QVERIFY(ended.waitForStarted());
        const qint64 endedPid = ended.processId(); // 0 once Qt has seen it end
        QVERIFY(ended.waitForFinished());
        const QString here = QSysInfo::machineHostName();
        const auto tagged = [&](qint64 pid, const QString &host) { return kAlice + QStringLiteral(" (pid %1 on %2)").arg(pid).arg(host); };

        f.writeRow(tagged(living.processId(), here), f.at(-10), f.at(300), QStringLiteral("Build"));
        REFUSED(f.lock(kBob).acquire(), ErrorKind::LockHeld); // alive: it holds
        f.setHolder(tagged(endedPid, QStringLiteral("elsewhere")));
        REFUSED(f.lock(kBob).acquire(), ErrorKind::LockHeld); // another machine's: it cannot be told
        f.setHolder(tagged(endedPid, here));
        ACQUIRED(held, f.lock(kBob).acquire());
        QVERIFY(held->ownsRow());
        QCOMPARE(f.row()->lockedBy, kBob + Lock::processTag());
    }

    void sqliteComparesBothTimestampFormatsByTime()
    {
        // The column default writes "YYYY-MM-DD HH:MM:SS", the original "...T...Z"; as text
        // "2024-01-15 23:00:00" sorts before "2024-01-15T22:00:00.000Z", as time it is later.
        FIXTURE_FOR(f, QStringLiteral("sqlite"));
        const auto plain = [](qint64 secondsFromNow) {
            return QDateTime::currentDateTimeUtc().addSecs(secondsFromNow).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        };
        f.writeRow(kGhost, plain(-60), plain(60));
        REFUSED(f.lock(kAlice).acquire(), ErrorKind::LockHeld);
        const Result<std::optional<LockInfo>> status = f.lock(kAlice).status();
        QVERIFY(status && status->has_value());
        QCOMPARE((*status)->lockedBy, kGhost);

        f.setExpiry(plain(-1));
        ACQUIRED(held, f.lock(kAlice).acquire());
        // New rows carry the original's ISO text.
        QVERIFY2(QRegularExpression(QStringLiteral("^%1$").arg(isoPattern())).match(f.rawExpiry()).hasMatch(),
                 qPrintable(f.rawExpiry()));
    }

    void renewIfDueRenewsOnceAThirdOfTheTimeoutHasPassed_data() { dialects(); }
    void renewIfDueRenewsOnceAThirdOfTheTimeoutHasPassed()
    {
        FIXTURE(f);
        ACQUIRED(held, f.lock(kAlice).acquire(withTimeout(3min)));
        f.setExpiry(f.at(10));
        QVERIFY(held->renewIfDue()); // just acquired: not due, nothing written
        QVERIFY(f.row()->expiresAt < QDateTime::currentDateTimeUtc().addSecs(60));
        QVERIFY(held->renewIfDue(std::chrono::steady_clock::now() + 61s));
        QVERIFY(f.row()->expiresAt > QDateTime::currentDateTimeUtc().addSecs(2 * 60));
        QVERIFY(qAbs(held->info().expiresAt.secsTo(f.row()->expiresAt)) <= 1); // what it wrote (MySQL: whole seconds)
    }

    void renewFailsOnceTheLockIsLost_data() { dialects(); }
    void renewFailsOnceTheLockIsLost()
    {
        FIXTURE(f);
        ACQUIRED(held, f.lock(kAlice).acquire());
        QVERIFY(f.lock(kBob).forceRelease());
        const Status gone = held->renew();
        REFUSED(gone, ErrorKind::Failed);
        QVERIFY2(gone.error().message.contains(QStringLiteral("was lost: its row is gone")), qPrintable(gone.error().message));
        QVERIFY(!held->isHeld());

        ACQUIRED(again, f.lock(kAlice).acquire());
        QVERIFY(f.lock(kBob).forceRelease());
        ACQUIRED(bob, f.lock(kBob).acquire());
        const Status taken = again->renew();
        REFUSED(taken, ErrorKind::LockHeld);
        QVERIFY2(taken.error().message.contains(QStringLiteral("was lost: now held by %1").arg(kBob)),
                 qPrintable(taken.error().message));
        QCOMPARE(f.row()->lockedBy, kBob + Lock::processTag()); // Bob's row untouched
    }

    // The holder's connection is busy with one statement longer than the timeout (nothing
    // calls renewIfDue): the heartbeat's own connection keeps the row alive past its first
    // expiry, so another holder is still refused. Before, the lock expired under a long
    // statement and a second build ran the same file beside the first.
    void theHeartbeatKeepsTheLockWhileTheHolderIsBusy_data() { dialects(); }
    void theHeartbeatKeepsTheLockWhileTheHolderIsBusy()
    {
        FIXTURE(f);
        ACQUIRED(held, f.lock(kAlice).acquire(withTimeout(3s))); // MySQL keeps whole seconds
        held->keepAlive(f.config, f.project.root());
        const QDateTime firstExpiry = f.row()->expiresAt;
        QTRY_VERIFY_WITH_TIMEOUT(f.row()->expiresAt > firstExpiry, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > firstExpiry.addMSecs(500), 15000);
        REFUSED(f.lock(kBob).acquire(), ErrorKind::LockHeld);
        QVERIFY(held->renewIfDue()); // still held, as far as the heartbeat knows
        QVERIFY(held->release());
        QCOMPARE(f.rowCount(), 0); // stopped before the row went: nothing writes it again
    }

    // A lock taken over meanwhile: the heartbeat finds the row someone else's, and the
    // holder's next check says so, naming them.
    void theHeartbeatReportsALostLock_data() { dialects(); }
    void theHeartbeatReportsALostLock()
    {
        FIXTURE(f);
        ACQUIRED(held, f.lock(kAlice).acquire(withTimeout(3s)));
        held->keepAlive(f.config, f.project.root());
        QVERIFY(f.lock(kBob).forceRelease());
        ACQUIRED(bob, f.lock(kBob).acquire());
        std::optional<Status> seen; // the first failure (QTRY_VERIFY evaluates once more after it)
        const auto lost = [&] {
            if (!seen)
                if (Status s = held->renewIfDue(); !s)
                    seen = s;
            return seen.has_value();
        };
        QTRY_VERIFY_WITH_TIMEOUT(lost(), 15000);
        QVERIFY2(seen->error().message.contains(QStringLiteral("was lost: now held by %1").arg(kBob)), qPrintable(seen->error().message));
        QCOMPARE(seen->error().kind, ErrorKind::LockHeld);
        QVERIFY(!held->isHeld());
        QCOMPARE(f.row()->lockedBy, kBob + Lock::processTag()); // Bob's row untouched
    }

    void releaseNeedsYourOwnLock_data() { dialects(); }
    void releaseNeedsYourOwnLock()
    {
        FIXTURE(f);
        Lock alice = f.lock(kAlice, LockScope::Session);
        const Status none = alice.release();
        REFUSED(none, ErrorKind::NotFound);
        QCOMPARE(none.error().message, QStringLiteral("No lock found for '%1' held by %2").arg(f.config.name, kAlice));

        ACQUIRED(bob, f.lock(kBob).acquire());
        const Status others = alice.release();
        REFUSED(others, ErrorKind::LockHeld);
        QCOMPARE(others.error().message, QStringLiteral("Cannot release lock for '%1': held by %2, not %3")
                                             .arg(f.config.name, kBob + Lock::processTag(), kAlice));
        QCOMPARE(f.rowCount(), 1);
    }

    void forceReleaseRemovesAnyonesLock_data() { dialects(); }
    void forceReleaseRemovesAnyonesLock()
    {
        FIXTURE(f);
        ACQUIRED(bob, f.lock(kBob).acquire(withReason(QStringLiteral("stuck"))));
        const Result<std::optional<LockInfo>> removed = f.lock(kAlice).forceRelease();
        QVERIFY(removed && removed->has_value());
        QCOMPARE((*removed)->lockedBy, kBob + Lock::processTag());
        QCOMPARE((*removed)->reason, QStringLiteral("stuck"));
        QCOMPARE(f.rowCount(), 0);
        const Result<std::optional<LockInfo>> nothing = f.lock(kAlice).forceRelease();
        QVERIFY(nothing && !nothing->has_value());
        const Status late = bob->release();
        REFUSED(late, ErrorKind::Failed);
        QVERIFY(late.error().message.contains(QStringLiteral("was no longer held")));
    }

    void waitingRetriesUntilTheHolderLeaves_data() { dialects(); }
    void waitingRetriesUntilTheHolderLeaves()
    {
        FIXTURE(f);
        Result<HeldLock> bobResult = f.lock(kBob).acquire();
        QVERIFY(bobResult);
        std::optional<HeldLock> bob(std::move(*bobResult));
        int pauses = 0;
        QString blockedBy;
        LockOptions options;
        options.wait = 5s;
        options.pause = [&](const LockInfo &blocking, std::chrono::milliseconds pause) {
            blockedBy = blocking.lockedBy;
            if (pause != 1s)
                return false;
            if (++pauses == 2)
                bob.reset(); // Bob is done
            return true;
        };
        ACQUIRED(held, f.lock(kAlice).acquire(options));
        QCOMPARE(pauses, 2);
        QCOMPARE(blockedBy, kBob + Lock::processTag());
        QVERIFY(held->ownsRow());
        QCOMPARE(f.row()->lockedBy, kAlice + Lock::processTag());
    }

    void waitingGivesUpAfterTheWaitLimit_data()
    {
        QTest::addColumn<int>("waitMs");
        QTest::addColumn<int>("pauses");
        QTest::newRow("no wait") << 0 << 0;
        QTest::newRow("3s") << 3000 << 3;
        QTest::newRow("2.5s") << 2500 << 3;
    }
    void waitingGivesUpAfterTheWaitLimit()
    {
        QFETCH(int, waitMs);
        QFETCH(int, pauses);
        FIXTURE_FOR(f, QStringLiteral("sqlite"));
        ACQUIRED(bob, f.lock(kBob).acquire());
        int paused = 0;
        LockOptions options;
        options.wait = std::chrono::milliseconds(waitMs);
        options.pause = [&](const LockInfo &, std::chrono::milliseconds) { return ++paused > 0; };
        REFUSED(f.lock(kAlice).acquire(options), ErrorKind::LockHeld);
        QCOMPARE(paused, pauses);
    }

    void cancellingStopsWaiting_data() { dialects(); }
    void cancellingStopsWaiting()
    {
        FIXTURE(f);
        ACQUIRED(bob, f.lock(kBob).acquire());
        Cancellation cancel;
        LockOptions options;
        options.wait = 30s;
        options.cancellation = &cancel;
        options.pause = [&](const LockInfo &, std::chrono::milliseconds) {
            cancel.cancel(); // e.g. the GUI's Cancel button, from another thread
            return true;
        };
        const Result<HeldLock> stopped = f.lock(kAlice).acquire(options);
        REFUSED(stopped, ErrorKind::Cancelled);
        QVERIFY2(stopped.error().message.startsWith(
                     QStringLiteral("Stopped waiting for the lock of '%1', held by %2 since ").arg(f.config.name, kBob + Lock::processTag())),
                 qPrintable(stopped.error().message));

        options.pause = nullptr; // cancelled before it starts: no try at all
        QVERIFY(bob->release());
        REFUSED(f.lock(kAlice).acquire(options), ErrorKind::Cancelled);
        QCOMPARE(f.rowCount(), 0);
        // The default pause wakes at once when cancelled, rather than after its 10 minutes.
        QVERIFY(!Lock::sleepUnlessCancelled(10min, &cancel));
    }

    void heldLockMovesOwnership_data() { dialects(); }
    void heldLockMovesOwnership()
    {
        FIXTURE(f);
        ACQUIRED(held, f.lock(kAlice).acquire());
        {
            HeldLock moved = std::move(*held);
            QVERIFY(!held->isHeld());
            QVERIFY(moved.isHeld());
            QCOMPARE(f.rowCount(), 1);
        }
        QCOMPARE(f.rowCount(), 0);
    }

    void theHolderNameFitsTheColumn_data() { dialects(); }
    void theHolderNameFitsTheColumn()
    {
        FIXTURE(f);
        const QString longIdentity = QStringLiteral("N").repeated(280) + QStringLiteral(" <n@noorm.dev>");
        Lock lock = f.lock(longIdentity);
        QCOMPARE(lock.holderName().size(), 255);
        QVERIFY(lock.holderName().endsWith(Lock::processTag()));
        QCOMPARE(f.lock(longIdentity, LockScope::Session).holderName().size(), 255);
        LockOptions options;
        options.reason = QStringLiteral("r").repeated(300);
        ACQUIRED(held, lock.acquire(options));
        QCOMPARE(f.row()->lockedBy, lock.holderName());
        QCOMPARE(f.row()->reason.size(), 255);
        ACQUIRED(again, lock.acquire()); // the same holder, as read back
        QVERIFY(!again->ownsRow());
    }

    void badOptionsAreUsageErrors()
    {
        FIXTURE_FOR(f, QStringLiteral("sqlite"));
        REFUSED(f.lock(kAlice).acquire(withTimeout(0ms)), ErrorKind::InvalidInput);
        // An expiry beyond what a timestamp holds (MySQL failed it as an execution error).
        REFUSED(f.lock(kAlice).acquire(withTimeout(std::chrono::hours(24 * 99999999LL))), ErrorKind::InvalidInput);
        LockOptions negativeWait;
        negativeWait.wait = -1s;
        REFUSED(f.lock(kAlice).acquire(negativeWait), ErrorKind::InvalidInput);
        LockOptions noPoll;
        noPoll.pollInterval = 0ms;
        REFUSED(f.lock(kAlice).acquire(noPoll), ErrorKind::InvalidInput);
        QCOMPARE(f.rowCount(), 0);
    }

    void statementsPerDialect_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("expiredCondition");
        QTest::newRow("mssql") << "mssql" << "noorm.__noorm_lock__" << "expires_at < ?";
        QTest::newRow("postgres") << "postgres" << "noorm.__noorm_lock__" << "expires_at < ?";
        QTest::newRow("mysql") << "mysql" << "__noorm_lock__" << "expires_at < ?";
        QTest::newRow("sqlite") << "sqlite" << "__noorm_lock__" << "julianday(expires_at) < julianday(?)";
    }
    void statementsPerDialect()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, table);
        QFETCH(QString, expiredCondition);
        const LockStatements sql(dialectFor(dialect)->tracking());
        QCOMPARE(sql.select(),
                 QStringLiteral("SELECT locked_by, locked_at, expires_at, reason FROM %1 WHERE config_name = ?").arg(table));
        QCOMPARE(sql.removeExpired(), QStringLiteral("DELETE FROM %1 WHERE config_name = ? AND %2").arg(table, expiredCondition));
        QCOMPARE(sql.insert(), QStringLiteral("INSERT INTO %1 (config_name, locked_by, locked_at, expires_at, reason) "
                                              "VALUES (?, ?, ?, ?, ?)")
                                   .arg(table));
        QCOMPARE(sql.setExpiry(), QStringLiteral("UPDATE %1 SET expires_at = ? WHERE config_name = ? AND locked_by = ?").arg(table));
        QCOMPARE(sql.remove(), QStringLiteral("DELETE FROM %1 WHERE config_name = ? AND locked_by = ?").arg(table));
        QCOMPARE(sql.removeAny(), QStringLiteral("DELETE FROM %1 WHERE config_name = ?").arg(table));
    }
};

QTEST_GUILESS_MAIN(TestLock)
#include "tst_lock.moc"
