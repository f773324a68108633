#pragma once
// Project discovery and `noorm init`. A project is the nearest folder, walking up from the
// working directory, that holds `.noorm/`; the walk stops at the home directory, whose
// `.noorm/` is the user's global folder, never a project.

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace noorm {

struct ProjectLocation {
    QString root;         // absolute, canonical; empty when outside a project
    QString originalCwd;
    bool found() const { return !root.isEmpty(); }
};

struct InitReport {
    QString root;
    QStringList created;  // paths created, relative to root
};

class Project {
public:
    static ProjectLocation find(const QString &startDir = QString());
    // Creates .noorm/settings.yml, .noorm/.gitignore (state/), sql/, changes/ in `dir`.
    // Refuses (ErrorKind::Refused) when `dir` already holds a project.
    static Result<InitReport> init(const QString &dir);

    static QString settingsPath(const QString &root);  // <root>/.noorm/settings.yml
    static QString stateDir(const QString &root);      // <root>/.noorm/state
};

} // namespace noorm
