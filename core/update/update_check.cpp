#include "update/update_check.h"

#include "common/shell_quote.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace noorm {

namespace {

QString bare(QString version)
{
    version = version.trimmed();
    if (version.startsWith(QLatin1Char('v')) || version.startsWith(QLatin1Char('V')))
        version.remove(0, 1);
    return version;
}

Result<UpdateInfo> fromRelease(const QJsonObject &release, const QString &current)
{
    UpdateInfo info;
    info.current = bare(current);
    info.latest = bare(release.value(QStringLiteral("tag_name")).toString());
    // What the feed says is shown to the user: a version, not arbitrary text.
    static const QRegularExpression version(QStringLiteral("^\\d+(\\.\\d+)*(-[0-9A-Za-z.]+)?\\z"));
    if (!version.match(info.latest).hasMatch())
        return Error::invalidData(QObject::tr("The releases feed names no version (tag_name)"));
    if (const QUrl page(release.value(QStringLiteral("html_url")).toString()); page.isValid() && isFetchable(page))
        info.releaseUrl = page.toString(QUrl::FullyEncoded);
    // A package's file name goes into the command the user is told to run: a plain name only.
    static const QRegularExpression debName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9.+~_-]*_amd64\\.deb\\z"));
    for (const QJsonValue &asset : release.value(QStringLiteral("assets")).toArray()) {
        const QUrl url(asset.toObject().value(QStringLiteral("browser_download_url")).toString());
        if (debName.match(asset.toObject().value(QStringLiteral("name")).toString()).hasMatch() && debName.match(url.fileName()).hasMatch()
            && isFetchable(url))
            info.packageUrl = url.toString(QUrl::FullyEncoded);
    }
    info.available = compareVersions(info.latest, info.current) > 0;
    return info;
}

} // namespace

QString installCommand(const UpdateInfo &info)
{
    if (info.downloaded.isEmpty())
        return QStringLiteral("sudo apt install ./%1").arg(QUrl(info.packageUrl).fileName()); // a checked plain name
    return QStringLiteral("sudo apt install ") + shellQuoted(info.downloaded);
}

Result<UpdateInfo> parseReleaseFeed(const QByteArray &json, const QString &currentVersion)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::invalidData(QObject::tr("The releases feed is not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    if (doc.isObject())
        return fromRelease(doc.object(), currentVersion);
    std::optional<UpdateInfo> newest;
    for (const QJsonValue &value : doc.array()) {
        const QJsonObject release = value.toObject();
        if (release.value(QStringLiteral("draft")).toBool() || release.value(QStringLiteral("prerelease")).toBool())
            continue;
        Result<UpdateInfo> info = fromRelease(release, currentVersion);
        if (info && (!newest || compareVersions(info->latest, newest->latest) > 0))
            newest = *info;
    }
    if (!newest)
        return Error::invalidData(QObject::tr("The releases feed lists no release"));
    return *newest;
}

UpdateInfo knownUpdate(const UserSettings &settings, const QString &currentVersion)
{
    UpdateInfo info;
    info.current = bare(currentVersion);
    info.latest = bare(settings.cachedVersion);
    info.releaseUrl = settings.cachedRelease;
    info.packageUrl = settings.cachedPackage;
    info.available = !info.latest.isEmpty() && compareVersions(info.latest, info.current) > 0;
    if (info.available && !settings.downloadedPackage.isEmpty() && QFileInfo::exists(settings.downloadedPackage)
        && settings.downloadedPackage.contains(info.latest))
        info.downloaded = settings.downloadedPackage;
    return info;
}

bool isUpdateCheckDue(const UserSettings &settings, const QDateTime &now)
{
    return !settings.lastCheck.isValid() || settings.lastCheck.secsTo(now) >= 24 * 3600 || settings.lastCheck > now;
}

QString updateFeedOf(const UserSettings &settings)
{
    const QString env = qEnvironmentVariable("NOORM_UPDATE_FEED");
    if (!env.isEmpty())
        return env;
    return settings.updateFeed.isEmpty() ? QString::fromLatin1(kDefaultUpdateFeed) : settings.updateFeed;
}

bool isFetchable(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    const QString host = url.host();
    return url.scheme() == QLatin1String("http") && (host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") || host == QLatin1String("::1"));
}

} // namespace noorm
