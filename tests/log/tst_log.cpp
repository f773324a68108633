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
