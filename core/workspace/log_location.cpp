#include "workspace/log_location.h"

#include "project/project.h"
#include "project/project_path_guard.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileInfo>

namespace noorm {

namespace {

Status checkProjectLogFile(const Workspace &workspace, const QString &configured, const QString &absolute)
{
    const auto refuse = [&](const QString &why) {
        Error e = Error::refused(tr("logging.file \"%1\" is not used: %2").arg(configured, why));
        e.file = Project::settingsPath(workspace.root());
        e.key = QStringLiteral("logging.file");
        return e;
    };
    const QString noormDir = QDir(workspace.root()).filePath(QStringLiteral(".noorm"));
    if (!ProjectPathGuard(noormDir).check(absolute) || ProjectPathGuard::resolved(absolute) == ProjectPathGuard::resolved(noormDir))
        return refuse(QStringLiteral("the log must stay inside the project's .noorm/ folder "
                                     "(set NOORM_LOG_FILE to log elsewhere)"));
    if (!ProjectPathGuard::resolved(absolute).endsWith(QLatin1String(".log")))
        return refuse(QStringLiteral("the log file's name must end in .log"));
    if (QFileInfo(absolute).isSymLink())
        return refuse(QStringLiteral("it is a symbolic link"));
    return {};
}

LogOptions optionsFrom(const LoggingSettings &logging, const QString &file, const QString &userLevel)
{
    LogOptions options;
    options.enabled = logging.enabled;
    options.level = parseLogLevel(userLevel.isEmpty() ? logging.level : userLevel);
    options.file = file;
    options.maxSizeBytes = logging.maxSizeBytes();
    options.maxFiles = logging.maxFiles;
    return options;
}

} // namespace

Result<LogOptions> projectLogOptions(const Workspace &workspace, const QString &userFile, const QString &userLevel)
{
    const LoggingSettings &logging = workspace.settings().logging;
    if (!userFile.isEmpty())
        return optionsFrom(logging, QDir::cleanPath(QDir::current().absoluteFilePath(userFile)), userLevel);
    const QString absolute = workspace.absolutePath(logging.file);
    if (Status ok = checkProjectLogFile(workspace, logging.file, absolute); !ok)
        return ok.error();
    return optionsFrom(logging, absolute, userLevel);
}

LogOptions defaultLogOptions(const Workspace &workspace, const QString &userLevel)
{
    const QString file = LoggingSettings().file;
    const QString absolute = workspace.absolutePath(file);
    const bool safe = checkProjectLogFile(workspace, file, absolute).ok(); // e.g. .noorm/state is a link out
    return optionsFrom(workspace.settings().logging, safe ? absolute : QString(), userLevel);
}

} // namespace noorm
