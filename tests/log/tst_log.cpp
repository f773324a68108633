// The JSON-lines log: levels, rotation by size, masking of secrets.

#include "log/logger.h"
#include "tempproject.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace noorm;

class TestLog : public QObject {
    Q_OBJECT
private slots:
    void writesJsonLinesAtOrAboveLevel()
    {
        test::TempProject p;
        LogOptions o;
        o.file = p.path(QStringLiteral(".noorm/state/noorm.log"));
        o.level = LogLevel::Warn;
        Logger::instance().configure(o);
        Logger::instance().setContext(QJsonObject{{QStringLiteral("config"), QStringLiteral("dev")}});
        Logger::instance().info(QStringLiteral("build:start"), QStringLiteral("not written"));
        Logger::instance().warn(QStringLiteral("build:slow"), QStringLiteral("written"));
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
        test::TempProject p;
        LogOptions o;
        o.file = p.path(QStringLiteral("noorm.log"));
        o.level = LogLevel::Verbose;
        Logger::instance().configure(o);
        Logger::instance().registerSecret(QStringLiteral("Tr0ub4dor&3"));
        Logger::instance().error(QStringLiteral("connect"), QStringLiteral("auth failed for Tr0ub4dor&3"),
                                 QJsonObject{{QStringLiteral("password"), QStringLiteral("other-pw")},
                                             {QStringLiteral("nested"), QJsonObject{{QStringLiteral("apiKey"), QStringLiteral("k-123")}}},
                                             {QStringLiteral("note"), QStringLiteral("contains Tr0ub4dor&3 too")}});
        const QByteArray text = p.read(QStringLiteral("noorm.log"));
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains("Tr0ub4dor&3"));
        QVERIFY(!text.contains("other-pw"));
        QVERIFY(!text.contains("k-123"));
        QVERIFY(text.contains("********"));
        QCOMPARE(Logger::instance().mask(QStringLiteral("x Tr0ub4dor&3 y")), QStringLiteral("x ******** y"));
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
        QFETCH(QString, secret);
        QFETCH(QString, shown);
        Logger::instance().registerSecret(secret);
        const QString masked = Logger::instance().mask(QStringLiteral("value ") + shown + QStringLiteral(" end"));
        QVERIFY2(masked.contains(QLatin1String("********")), qPrintable(masked));
        // Nothing of the secret between the quotes survives.
        QVERIFY2(!masked.contains(secret.left(3)), qPrintable(masked));
        QVERIFY2(masked.endsWith(QLatin1String(" end")), qPrintable(masked));
    }

    void masksOverlappingSecretsWhole()
    {
        Logger::instance().registerSecret(QStringLiteral("overlapAAA"));
        Logger::instance().registerSecret(QStringLiteral("AAAoverlapped-tail"));
        Logger::instance().registerSecret(QStringLiteral("short-pw"));
        Logger::instance().registerSecret(QStringLiteral("short-pw-but-longer"));
        const QString masked = Logger::instance().mask(QStringLiteral("[overlapAAAoverlapped-tail] [short-pw-but-longer]"));
        QCOMPARE(masked, QStringLiteral("[********] [********]"));
    }

    void logFileIsPrivateAndNeverWrittenThroughALink()
    {
        test::TempProject p;
        LogOptions o;
        o.file = p.path(QStringLiteral(".noorm/state/noorm.log"));
        Logger::instance().configure(o);
        Logger::instance().error(QStringLiteral("x"), QStringLiteral("first"));
        QCOMPARE(test::permissionBits(o.file), 0600);
        QCOMPARE(test::permissionBits(p.path(QStringLiteral(".noorm/state"))), 0700);
        // A link planted where the log goes: nothing is written through it.
        const QString victim = p.write(QStringLiteral("victim.conf"), "keep\n");
        QVERIFY(QFile::remove(o.file));
        QVERIFY(QFile::link(victim, o.file));
        Logger::instance().error(QStringLiteral("x"), QStringLiteral("second"));
        QCOMPARE(p.read(QStringLiteral("victim.conf")), QByteArray("keep\n"));
        Logger::instance().configure(LogOptions{});
    }

    void rotatesBySizeKeepingMaxFiles()
    {
        test::TempProject p;
        LogOptions o;
        o.file = p.path(QStringLiteral("noorm.log"));
        o.level = LogLevel::Info;
        o.maxSizeBytes = 400;
        o.maxFiles = 3;
        Logger::instance().configure(o);
        for (int i = 0; i < 60; ++i)
            Logger::instance().info(QStringLiteral("tick"), QStringLiteral("line %1 ").arg(i) + QString(40, QLatin1Char('x')));
        QVERIFY(QFile::exists(o.file));
        QVERIFY(QFile::exists(o.file + QStringLiteral(".1")));
        QVERIFY(QFile::exists(o.file + QStringLiteral(".2")));
        QVERIFY(!QFile::exists(o.file + QStringLiteral(".3")));
        QVERIFY(QFileInfo(o.file).size() <= 400);
        QVERIFY(p.read(QStringLiteral("noorm.log")).contains("line 59"));
    }

    void disabledOrSilentWritesNothing()
    {
        test::TempProject p;
        LogOptions o;
        o.file = p.path(QStringLiteral("noorm.log"));
        o.enabled = false;
        Logger::instance().configure(o);
        Logger::instance().error(QStringLiteral("x"), QStringLiteral("y"));
        o.enabled = true;
        o.level = LogLevel::Silent;
        Logger::instance().configure(o);
        Logger::instance().error(QStringLiteral("x"), QStringLiteral("y"));
        QVERIFY(!QFile::exists(o.file));
    }
};

QTEST_GUILESS_MAIN(TestLog)
#include "tst_log.moc"
