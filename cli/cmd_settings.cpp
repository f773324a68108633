// noorm settings show

#include "runtime.h"

#include "settings/settings_file.h"

namespace noorm::cli {

void addSettingsCommands(CLI::App &root, Runtime &rt)
{
    CLI::App *settings = addGroup(root, "settings", "The team's shared .noorm/settings.yml");
    auto *show = settings->add_subcommand("show", "Print the effective settings (defaults filled in)");
    show->callback([&rt] {
        rt.setAction([&rt] {
            Result<Workspace *> ws = rt.workspace();
            if (!ws)
                return rt.out.fail(ws.error());
            const QByteArray yaml = SettingsFile::toYaml((*ws)->settings());
            rt.out.document(QJsonObject{{QStringLiteral("settings"), QString::fromUtf8(yaml)}});
            rt.out.text(QString::fromUtf8(yaml).trimmed());
            return 0;
        });
    });
}

} // namespace noorm::cli
