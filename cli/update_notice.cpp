#include "update_notice.h"

#include "modules.h"
#include "runtime.h"

#include "identity/identity_service.h"
#include "project/project.h"
#include "update/update_check.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>

#include <cstdio>
#include <unistd.h>

namespace noorm::cli {

namespace {

bool interactive()
{
    return isatty(STDOUT_FILENO) && isatty(STDERR_FILENO) && qEnvironmentVariableIsEmpty("CI");
}

QString howToGet(const UpdateInfo &info)
{
    if (!info.downloaded.isEmpty())
        return QStringLiteral("Downloaded %1; install it with: %2").arg(Output::printable(info.downloaded), installCommand(info));
    if (!info.packageUrl.isEmpty())
        return QStringLiteral("Get %1, then: %2").arg(info.packageUrl, installCommand(info));
    return info.releaseUrl.isEmpty() ? QString() : QStringLiteral("See %1").arg(info.releaseUrl);
}

} // namespace

void noticeUpdates(bool json)
{
    if (json || !interactive())
        return;
    const QString home = IdentityService::defaultHome();
    Result<UserSettings> settings = UserSettings::load(home);
    if (!settings || !settings->checkUpdates)
        return; // a broken ~/.noorm/settings.yml is not this command's business
    if (const ProjectLocation project = Project::find(); project.found()
        && !projectAllowsUpdateCheck(QDir(project.root).filePath(QStringLiteral(".noorm/settings.yml"))))
        return;
    const UpdateInfo known = knownUpdate(*settings, QStringLiteral(NOORM_VERSION));
    if (known.available) {
        std::fprintf(stderr, "Update available (v%s → v%s)\n", qPrintable(known.current), qPrintable(known.latest));
        if (const QString how = howToGet(known); !how.isEmpty())
            std::fprintf(stderr, "  %s\n", qPrintable(how));
    }
    if (isUpdateCheckDue(*settings)) {
        QProcess check;
        check.setProgram(QCoreApplication::applicationFilePath());
        check.setArguments({QStringLiteral("__update-check")});
        check.setStandardInputFile(QProcess::nullDevice());
        check.setStandardOutputFile(QProcess::nullDevice());
        check.setStandardErrorFile(QProcess::nullDevice());
        check.startDetached();
    }
}

void addUpdateCheckCommand(CLI::App &root, Runtime &rt)
{
    CLI::App *cmd = root.add_subcommand("__update-check", "Ask the releases feed for a newer noorm (started by noorm itself)");
    cmd->group(""); // hidden
    cmd->callback([&rt] {
        rt.setAction([] {
            UpdateCheckOptions options;
            options.home = IdentityService::defaultHome();
            options.currentVersion = QStringLiteral(NOORM_VERSION);
            // From libnoorm-update.so, so no other command loads Qt Network. Offline, a broken
            // feed or no module: silent, tried again tomorrow.
            if (Result<void (*)()> entry = moduleFunction(QStringLiteral("noorm-update"), "noorm_check_for_update"))
                (void)reinterpret_cast<bool (*)(const UpdateCheckOptions *)>(*entry)(&options);
            return 0;
        });
    });
}

} // namespace noorm::cli
