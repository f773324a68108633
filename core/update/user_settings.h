#pragma once
// UserSettings: the user's own preferences in NOORM_HOME/settings.yml (~/.noorm/settings.yml),
// the file the original noorm keeps for the same purpose, with its keys: checkUpdates
// (default true), autoUpdate (default false), lastCheck and cachedVersion; ours add
// updateFeed (the releases feed to ask), cachedRelease and cachedPackage (the .deb to get)
// and downloadedPackage. Keys this version does not know are kept when it saves.

#include "common/result.h"

#include <QDateTime>
#include <QString>

namespace noorm {

struct UserSettings {
    bool checkUpdates = true;
    bool autoUpdate = false;
    QDateTime lastCheck;       // when the feed was last asked (invalid: never)
    QString cachedVersion;     // the newest release it named
    QString cachedRelease;     // that release's page
    QString cachedPackage;     // that release's .deb (URL), if it has one
    QString downloadedPackage; // where autoUpdate put it
    QString updateFeed;        // empty: the default feed

    static QString path(const QString &home); // home/settings.yml
    // A missing file is the defaults; a file that does not parse is an error naming it.
    static Result<UserSettings> load(const QString &home);
    // Atomically, under a lock file, keeping the keys it does not know.
    Status save(const QString &home) const;
    // Only what a check found (lastCheck, the cached release, the download), read again
    // under the lock: the user's own preferences, edited meanwhile, stay as they are.
    Status saveCheck(const QString &home) const;
};

// A team may turn the check off for its project: `cli: {checkUpdates: false}` in the
// project's settings.yml. Only off: a committed file cannot turn on autoUpdate, which would
// write outside the project. A missing or unreadable file allows it.
bool projectAllowsUpdateCheck(const QString &projectSettingsFile);

} // namespace noorm
