// The JSON-lines log: levels, rotation by size, masking of secrets.

#include "log/logger.h"
#include "tempproject.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QThread>
#include <QUuid>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace noorm;

class TestLog : public QObject {
    Q_OBJECT
private slots:
    void writesJsonLinesAtOrAboveLevel()
    {
        Logger logger;
        test::TempProject p;
        LogOptions o;
        o.file = p.path(QStringLiteral(".noorm/state/noorm.log"));
        o.level = LogLevel::Warn;
        logger.configure(o);
        logger.setContext(QJsonObject{{QStringLiteral("config"), QStringLiteral("dev")}});
        logger.info(QStringLiteral("build:start"), QStringLiteral("not written"));
        logger.warn(QStringLiteral("build:slow"), QStringLiteral("written"));
        const QList<QByteArray> lines = p.read(QStringLiteral(".noorm/state/noorm.log")).trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject line = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(line[QStringLiteral("level")].toString(), QStringLiteral("warn"));
        QCOMPARE(line[QStringLiteral("type")].toString(), QStringLiteral("build:slow"));
        QCOMPARE(line[QStringLiteral("context")][QStringLiteral("config")].toString(), QStringLiteral("dev"));
        QVERIFY(QDateTime::fromString(line[QStringLiteral("time")].toString(), Qt::ISODateWithMs).isValid());
    }

    void masksRegisteredSecretsAndSecretFields()
    {
        Logger logger;
        test::TempProject p;
        LogOptions o;
        o.file = p.path(QStringLiteral("noorm.log"));
        o.level = LogLevel::Verbose;
        logger.configure(o);
        logger.registerSecret(QStringLiteral("Tr0ub4dor&3"));
        logger.error(QStringLiteral("connect"), QStringLiteral("auth failed for Tr0ub4dor&3"),
                     QJsonObject{{QStringLiteral("password"), QStringLiteral("other-pw")},
                                 {QStringLiteral("nested"), QJsonObject{{QStringLiteral("apiKey"), QStringLiteral("k-123")}}},
                                 {QStringLiteral("note"), QStringLiteral("contains Tr0ub4dor&3 too")}});
        const QByteArray text = p.read(QStringLiteral("noorm.log"));
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains("Tr0ub4dor&3"));
        QVERIFY(!text.contains("other-pw"));
        QVERIFY(!text.contains("k-123"));
        QVERIFY(text.contains("********"));
        QCOMPARE(logger.mask(QStringLiteral("x Tr0ub4dor&3 y")), QStringLiteral("x ******** y"));
    }

    // A template's $.quote/$.escape doubles quotes, $.json and drivers escape with
    // backslashes: every such form of a secret is masked too.
    void masksQuotedAndEscapedFormsOfSecrets_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("shown");
        QTest::newRow("sql-quoted") << QStringLiteral("it's-a-pw") << QStringLiteral("'it''s-a-pw'");
        QTest::newRow("json") << QStringLiteral("dq\"and\\back") << QStringLiteral("\"dq\\\"and\\\\back\"");
        QTest::newRow("backslash") << QStringLiteral("o'neil\"s") << QStringLiteral("'o\\'neil\\\"s'");
        QTest::newRow("json-then-quoted") << QStringLiteral("a'b\"c") << QStringLiteral("'\"a''b\\\"c\"'");
    }
    void masksQuotedAndEscapedFormsOfSecrets()
    {
        Logger logger;
        QFETCH(QString, secret);
        QFETCH(QString, shown);
        logger.registerSecret(secret);
        const QString masked = logger.mask(QStringLiteral("value ") + shown + QStringLiteral(" end"));
        QVERIFY2(masked.contains(QLatin1String("********")), qPrintable(masked));
        // Nothing of the secret between the quotes survives.
        QVERIFY2(!masked.contains(secret.left(3)), qPrintable(masked));
        QVERIFY2(masked.endsWith(QLatin1String(" end")), qPrintable(masked));
    }

    void masksOverlappingSecretsWhole()
    {
        Logger logger;
        logger.registerSecret(QStringLiteral("overlapAAA"));
        logger.registerSecret(QStringLiteral("AAAoverlapped-tail"));
        logger.registerSecret(QStringLiteral("short-pw"));
        logger.registerSecret(QStringLiteral("short-pw-but-longer"));
        const QString masked = logger.mask(QStringLiteral("[overlapAAAoverlapped-tail] [short-pw-but-longer]"));
        QCOMPARE(masked, QStringLiteral("[********] [********]"));
    }

    void logFileIsPrivateAndNeverWrittenThroughALink()
    {
        Logger logger;
        test::TempProject p;
        LogOptions o;
        o.file = p.path(QStringLiteral(".noorm/state/noorm.log"));
        logger.configure(o);
        logger.error(QStringLiteral("x"), QStringLiteral("first"));
        QCOMPARE(test::permissionBits(o.file), 0600);
        QCOMPARE(test::permissionBits(p.path(QStringLiteral(".noorm/state"))), 0700);
        // A link planted where the log goes: nothing is written through it.
        const QString victim = p.write(QStringLiteral("victim.conf"), "keep\n");
        QVERIFY(QFile::remove(o.file));
        QVERIFY(QFile::link(victim, o.file));
        logger.error(QStringLiteral("x"), QStringLiteral("second"));
        QCOMPARE(p.read(QStringLiteral("victim.conf")), QByteArray("keep\n"));
    }

    void rotatesBySizeKeepingMaxFiles()
    {
        Logger logger;
        test::TempProject p;
        LogOptions o;
        o.file = p.path(QStringLiteral("noorm.log"));
        o.level = LogLevel::Info;
        o.maxSizeBytes = 400;
        o.maxFiles = 3;
        logger.configure(o);
        for (int i = 0; i < 60; ++i)
            logger.info(QStringLiteral("tick"), QStringLiteral("line %1 ").arg(i) + QString(40, QLatin1Char('x')));
        QVERIFY(QFile::exists(o.file));
        QVERIFY(QFile::exists(o.file + QStringLiteral(".1")));
        QVERIFY(QFile::exists(o.file + QStringLiteral(".2")));
        QVERIFY(!QFile::exists(o.file + QStringLiteral(".3")));
        QVERIFY(QFileInfo(o.file).size() <= 400);
        QVERIFY(p.read(QStringLiteral("noorm.log")).contains("line 59"));
    }

    void disabledOrSilentWritesNothing()
    {
        Logger logger;
        test::TempProject p;
        LogOptions o;
        o.file = p.path(QStringLiteral("noorm.log"));
        o.enabled = false;
        logger.configure(o);
        logger.error(QStringLiteral("x"), QStringLiteral("y"));
        o.enabled = true;
        o.level = LogLevel::Silent;
        logger.configure(o);
        logger.error(QStringLiteral("x"), QStringLiteral("y"));
        QVERIFY(!QFile::exists(o.file));
    }

    // Operations run on worker threads: one registers the secrets it reads while another
    // masks and logs with the same logger. Each mask shows every secret registered before it
    // began masked, every secret whose registration began after it ended as it is, and
    // nothing else changed; at the end every secret is masked, in the log too. The registering thread
    // waits for the masking one every kBatch secrets, so the two interleave without sleeps.
    void registeringOnOneThreadWhileAnotherMasksIsRaceFree()
    {
        test::TempProject p;
        Logger logger;
        LogOptions o;
        o.file = p.path(QStringLiteral("noorm.log"));
        logger.configure(o);
        constexpr int kSecrets = 1000;
        constexpr int kBatch = 20;
        QStringList secrets;
        for (int i = 0; i < kSecrets; ++i)
            secrets << QStringLiteral("pw%1-%2").arg(i).arg(QUuid::createUuid().toString(QUuid::Id128));

        std::atomic<int> started{0};    // registrations begun
        std::atomic<int> registered{0}; // registrations done
        std::atomic<bool> done{false};
        QSemaphore masked; // one release per mask, so the registering thread can wait for some
        std::unique_ptr<QThread> registering(QThread::create([&] {
            for (int i = 0; i < kSecrets; ++i) {
                started.store(i + 1, std::memory_order_release);
                logger.registerSecret(secrets[i]);
                registered.store(i + 1, std::memory_order_release);
                if ((i + 1) % kBatch == 0)
                    masked.acquire(); // at least one mask ran since the last batch
            }
            done = true;
        }));
        QStringList wrong;
        int masks = 0;
        std::unique_ptr<QThread> masking(QThread::create([&] {
            while (!done.load()) {
                const int before = registered.load(std::memory_order_acquire);
                // The newest registered secret, an older one, and one maybe not registered yet.
                const QList<int> shown{qMax(0, before - 1), before / 2, qMin(kSecrets - 1, before)};
                QStringList words;
                for (int i : shown)
                    words << secrets[i];
                const QString text = words.join(QLatin1Char(' '));
                const QStringList out = logger.mask(text).split(QLatin1Char(' '));
                logger.info(QStringLiteral("tick"), text);
                const int after = started.load(std::memory_order_acquire);
                const bool sameShape = out.size() == shown.size();
                for (qsizetype k = 0; k < shown.size(); ++k) {
                    const int i = shown[k];
                    const QString word = sameShape ? out[k] : QString();
                    const bool ok = word == Redactor::mask() ? i < after : word == secrets[i] && i >= before;
                    if (!ok)
                        wrong << QStringLiteral("%1 (registered %2, begun %3) shown as \"%4\"").arg(i).arg(before).arg(after).arg(word);
                }
                ++masks;
                masked.release();
            }
        }));
        registering->start();
        masking->start();
        QVERIFY(registering->wait(60'000));
        QVERIFY(masking->wait(60'000));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 5).join(QStringLiteral("; "))));
        QVERIFY(masks >= kSecrets / kBatch);

        const QString all = secrets.join(QLatin1Char(' '));
        QCOMPARE(logger.mask(all), QStringList(kSecrets, Redactor::mask()).join(QLatin1Char(' ')));
        logger.info(QStringLiteral("final"), all);
        const QByteArray last = p.read(QStringLiteral("noorm.log")).trimmed().split('\n').last();
        QVERIFY(last.contains("\"final\""));
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!last.contains(secret.toUtf8()), qPrintable(secret));
    }
};

QTEST_GUILESS_MAIN(TestLog)
#include "tst_log.moc"
