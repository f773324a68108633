#pragma once
// The update check: at most once a day, in the background, the releases feed (GitHub's
// releases JSON; `updateFeed` in the user's settings or NOORM_UPDATE_FEED says another) is
// asked for the newest release; what it said is kept in the user's settings, so a front end
// tells the user from there without waiting on the network: "Update available (v1 → v2)".
// With autoUpdate the release's .deb is downloaded next to the settings, never installed:
// the front end says how to install it. Offline, nothing is said and nothing fails loudly.

#include "common/result.h"
#include "common/version.h" // compareVersions: releases by semantic-versioning precedence
#include "update/user_settings.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <chrono>

namespace noorm {

inline constexpr char kDefaultUpdateFeed[] = "https://api.github.com/repos/noormdev/noorm/releases/latest";

struct UpdateInfo {
    QString current;
    QString latest;
    bool available = false;
    QString releaseUrl; // the release's page
    QString packageUrl; // its .deb, if it has one
    QString downloaded; // where autoUpdate put the .deb
};

// The command that installs it, the path quoted for the shell: "sudo apt install ./noorm_2.0.0_amd64.deb"
// (run where it was downloaded to) or "sudo apt install '/home/me/.noorm/updates/...'".
QString installCommand(const UpdateInfo &info);

// A GitHub release (releases/latest) or a list of them (the newest that is neither a draft
// nor a pre-release wins): tag_name, html_url and the amd64 .deb among the assets.
Result<UpdateInfo> parseReleaseFeed(const QByteArray &json, const QString &currentVersion);

// https, or http to this machine (a local mirror, the tests): nothing else is fetched.
bool isFetchable(const QUrl &url);

// What the user's settings already know, without the network.
UpdateInfo knownUpdate(const UserSettings &settings, const QString &currentVersion);

// Whether the feed is to be asked again: never asked, or more than a day ago.
bool isUpdateCheckDue(const UserSettings &settings, const QDateTime &now = QDateTime::currentDateTimeUtc());

// The feed the settings (or NOORM_UPDATE_FEED) name.
QString updateFeedOf(const UserSettings &settings);

struct UpdateCheckOptions {
    QString home;           // the user's noorm folder
    QString currentVersion; // NOORM_VERSION
    std::chrono::milliseconds timeout{8000};
    bool force = false;     // ask even if asked today
};

// The background step: if due, asks the feed, keeps what it said (lastCheck is kept even
// when offline, so a machine without network asks once a day, not on every command) and
// with autoUpdate downloads the .deb into home/updates/. Blocks for the network: run it off
// the GUI thread, or in a process of its own (the CLI's `noorm __update-check`).
Result<UpdateInfo> checkForUpdate(const UpdateCheckOptions &options);

} // namespace noorm
