// checkForUpdate: the one part of the update check that uses the network (Qt Network), in a
// library of its own (noorm_update_fetch) so that what only reads the settings does not
// pull Qt Network into the CLI; the CLI runs it from libnoorm-update.so.
#include "update/update_check.h"

#include "common/private_file.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

namespace noorm {

namespace {

constexpr qint64 kMaxDownload = 512LL * 1024 * 1024;

// The response body, or an error; waits in a local event loop up to `timeout` in all.
Result<QByteArray> get(const QUrl &url, std::chrono::milliseconds timeout)
{
    if (!isFetchable(url))
        return Error::refused(QObject::tr("Not fetched: %1 (only https, or http to this machine)").arg(url.toDisplayString()));
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/vnd.github+json, application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("noorm/%1").arg(QStringLiteral(NOORM_VERSION)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(int(timeout.count()));
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxDownload)
            reply->abort();
    });
    QTimer::singleShot(timeout, reply, &QNetworkReply::abort); // a slow server cannot hold it longer
    loop.exec();
    const QByteArray body = reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();
    const QString message = reply->errorString();
    reply->deleteLater();
    if (error != QNetworkReply::NoError)
        return Error::connection(QObject::tr("%1: %2").arg(url.toDisplayString(), message));
    return body;
}

} // namespace

Result<UpdateInfo> checkForUpdate(const UpdateCheckOptions &options)
{
    Result<UserSettings> settings = UserSettings::load(options.home);
    if (!settings)
        return settings.error();
    if (!settings->checkUpdates)
        return UpdateInfo{QString(options.currentVersion), {}, false, {}, {}, {}}; // off: nothing to say
    if (!options.force && !isUpdateCheckDue(*settings))
        return knownUpdate(*settings, options.currentVersion);
    // Noted before asking, so the commands meanwhile start no second check.
    settings->lastCheck = QDateTime::currentDateTimeUtc();
    if (Status saved = settings->saveCheck(options.home); !saved)
        return saved.error();
    Result<QByteArray> body = get(QUrl(updateFeedOf(*settings)), options.timeout);
    Result<UpdateInfo> info = body ? parseReleaseFeed(*body, options.currentVersion) : Result<UpdateInfo>(body.error());
    if (info) {
        settings->cachedVersion = info->latest;
        settings->cachedRelease = info->releaseUrl;
        settings->cachedPackage = info->packageUrl;
    }
    if (info && info->available && settings->autoUpdate && !info->packageUrl.isEmpty()) {
        const QString name = QUrl(info->packageUrl).fileName();
        const QString target = QDir(options.home).filePath(QStringLiteral("updates/") + name);
        if (Result<QByteArray> deb = get(QUrl(info->packageUrl), options.timeout);
            deb && deb->startsWith("!<arch>\ndebian-binary") && makePrivateDir(QFileInfo(target).absolutePath()) &&
            writeFileAtomically(target, *deb, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
            settings->downloadedPackage = target;
            info->downloaded = target;
        }
    }
    if (Status saved = settings->saveCheck(options.home); !saved)
        return saved.error();
    return info;
}

} // namespace noorm
