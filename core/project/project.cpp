#include "project/project.h"

#include "common/private_file.h"
#include "settings/settings_file.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace noorm {

namespace {

QString canonical(const QString &path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? QDir::cleanPath(QFileInfo(path).absoluteFilePath()) : c;
}

Status writeNew(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(path, tr("cannot write: %1").arg(file.errorString()));
    file.write(content);
    if (!file.commit())
        return Error::io(path, tr("cannot write: %1").arg(file.errorString()));
    return {};
}

} // namespace

QString Project::settingsPath(const QString &root) { return root + QStringLiteral("/.noorm/settings.yml"); }
QString Project::stateDir(const QString &root) { return root + QStringLiteral("/.noorm/state"); }

ProjectLocation Project::find(const QString &startDir)
{
    ProjectLocation location;
    location.originalCwd = canonical(QDir::currentPath());
    const QString home = canonical(QDir::homePath());
    QString current = canonical(startDir.isEmpty() ? location.originalCwd : startDir);
    while (true) {
        if (current == home)
            break; // ~/.noorm is the global folder, never a project
        if (QFileInfo(current + QStringLiteral("/.noorm")).isDir()) {
            location.root = current;
            break;
        }
        const QString parent = QFileInfo(current).path();
        if (parent == current || current.isEmpty())
            break;
        current = parent;
    }
    return location;
}

Result<InitReport> Project::init(const QString &dir)
{
    const QString root = canonical(dir);
    if (QFileInfo(root + QStringLiteral("/.noorm/settings.yml")).exists()) {
        Error e = Error::refused(tr("%1 is already a noorm project (.noorm/settings.yml exists); "
                                                "nothing was changed")
                                     .arg(root));
        e.file = root + QStringLiteral("/.noorm/settings.yml");
        return e;
    }
    InitReport report;
    report.root = root;
    QDir rootDir(root);
    for (const QString &sub : {QStringLiteral(".noorm"), QStringLiteral(".noorm/state"), QStringLiteral("sql"),
                               QStringLiteral("changes")}) {
        if (sub == QLatin1String(".noorm/state")) {
            // Yours alone from the start (state, history, log), not from the first save.
            if (Status made = makePrivateDir(rootDir.filePath(sub)); !made)
                return made.error();
        } else if (!rootDir.exists(sub)) {
            if (!rootDir.mkpath(sub))
                return Error::io(rootDir.filePath(sub), tr("cannot create folder"));
            report.created << sub + QLatin1Char('/');
        }
    }
    if (Status s = writeNew(settingsPath(root), SettingsFile::initialContent()); !s)
        return s.error();
    report.created << QStringLiteral(".noorm/settings.yml");
    const QString gitignore = root + QStringLiteral("/.noorm/.gitignore");
    if (!QFileInfo::exists(gitignore)) {
        if (Status s = writeNew(gitignore, "state/\n"); !s)
            return s.error();
        report.created << QStringLiteral(".noorm/.gitignore");
    }
    // Empty folders are not tracked by git: keep them with a .gitkeep.
    for (const QString &sub : {QStringLiteral("sql"), QStringLiteral("changes")}) {
        const QString keep = rootDir.filePath(sub + QStringLiteral("/.gitkeep"));
        if (QDir(rootDir.filePath(sub)).isEmpty())
            (void)writeNew(keep, QByteArray());
    }
    return report;
}

} // namespace noorm
