// noorm run inspect [file]: what a template can use from `$` (data files, helpers,
// built-ins, config, secret names, environment), without rendering it; without a file, the
// templates there are to inspect. Core's RunOperation does the work.

#include "runtime.h"

#include "operations/run_operation.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QJsonArray>

namespace noorm::cli {

namespace {

struct InspectFlags {
    std::string file;
    bool expand = false;
};

QString shown(const QString &root, const QString &path)
{
    return Output::printable(path.isEmpty() ? path : QDir(root).relativeFilePath(path));
}

void printEntries(const Runtime &rt, const QString &root, const QString &title, const QList<TemplateContextEntry> &entries,
                  bool expand)
{
    if (entries.isEmpty())
        return;
    rt.out.text(title);
    for (const TemplateContextEntry &e : entries) {
        QString line = QStringLiteral("  %1 %2").arg((QStringLiteral("$.") + e.key).leftJustified(24), Output::printable(e.type));
        if (!e.source.isEmpty())
            line += QStringLiteral("  (%1)").arg(shown(root, e.source));
        rt.out.text(line);
        if (expand && e.type != QLatin1String("Function"))
            for (const QString &s : e.shape)
                rt.out.text(QStringLiteral("      ") + Output::printable(s));
    }
}

QString keyList(const QStringList &keys)
{
    return keys.isEmpty() ? QStringLiteral("no keys") : QStringLiteral("%1 key(s): %2").arg(keys.size()).arg(keys.join(QStringLiteral(", ")));
}

int inspectCommand(Runtime &rt, const InspectFlags &flags)
{
    Result<Workspace *> ws = rt.workspaceOrDetached();
    if (!ws)
        return rt.out.fail(ws.error());
    RunRequest request;
    request.mode = flags.file.empty() ? RunMode::Build : RunMode::File;
    if (!flags.file.empty())
        request.paths << QString::fromStdString(flags.file);
    request.config.name = QString::fromStdString(rt.globals.config);
    RunOperation operation(**ws, request, rt.confirmer());
    const QString root = (*ws)->hasProject() ? (*ws)->root() : QDir::currentPath();

    if (flags.file.empty()) {
        Result<QStringList> templates = operation.templates();
        if (!templates)
            return rt.out.fail(templates.error());
        QJsonArray list;
        for (const QString &t : *templates) {
            rt.out.text(shown(root, t));
            list.append(QDir(root).relativeFilePath(t));
        }
        if (templates->isEmpty())
            rt.out.note(QStringLiteral("No templates (.sql.tmpl files) in the config's SQL folder"));
        rt.out.document(QJsonObject{{QStringLiteral("templates"), list}});
        return 0;
    }

    Result<TemplateInspection> inspection = operation.inspect();
    if (!inspection)
        return rt.out.fail(inspection.error());
    const TemplateInspection &i = *inspection;
    rt.out.text(QStringLiteral("Template %1").arg(shown(root, i.file)));
    printEntries(rt, root, QStringLiteral("Data files"), i.dataFiles, flags.expand);
    printEntries(rt, root, QStringLiteral("Helpers"), i.helpers, false);
    QStringList builtins;
    for (const QString &b : i.builtins)
        builtins << QStringLiteral("$.") + b;
    rt.out.text(QStringLiteral("Built-ins"));
    rt.out.text(QStringLiteral("  ") + builtins.join(QStringLiteral(" ")));
    printEntries(rt, root, QStringLiteral("Config"), {i.config}, flags.expand);
    rt.out.text(QStringLiteral("Secrets (names only)"));
    rt.out.text(QStringLiteral("  %1 %2").arg(QStringLiteral("$.secrets").leftJustified(24), Output::printable(keyList(i.secrets))));
    rt.out.text(QStringLiteral("  %1 %2").arg(QStringLiteral("$.globalSecrets").leftJustified(24), Output::printable(keyList(i.globalSecrets))));
    rt.out.text(QStringLiteral("Environment"));
    rt.out.text(QStringLiteral("  %1 %2 variable(s)").arg(QStringLiteral("$.env").leftJustified(24)).arg(i.environmentVariables));
    rt.out.document(i.toJson(root));
    return 0;
}

} // namespace

void addRunInspectCommand(CLI::App *run, Runtime &rt)
{
    auto flags = std::make_shared<InspectFlags>();
    CLI::App *cmd = run->add_subcommand(
        "inspect", "Show what a template can use from $ (data files, helpers, built-ins, config, secrets) without rendering it");
    cmd->add_option("file", flags->file, "The .sql.tmpl file; without it, list the templates to inspect");
    cmd->add_flag("--expand", flags->expand, "Show the members of each data file and of the config");
    cmd->footer("JSON: {file,dataFiles:[{key,type,shape,source}],helpers:[...],builtins,config,secrets,globalSecrets,env}\n"
                "      without a file: {templates:[...]}\n"
                "Secrets are listed by name; no value is shown. Helper and data modules run; the template does not.\n"
                "Exit: 0 ok, 1 config error, 2 a data file or helper failed to load (as in run), 5 file not found,\n"
                "      64 not a template or usage.\n"
                "To see the SQL it renders: noorm run file <file> --preview");
    cmd->callback([&rt, flags] { rt.setAction([&rt, flags] { return inspectCommand(rt, *flags); }); });
}

} // namespace noorm::cli
