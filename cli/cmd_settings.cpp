// noorm settings show | stage add/rm | secret add/rm | rule add/rm | build

#include "runtime.h"
#include "validators.h"

#include "settings/settings_file.h"

#include <QJsonArray>

namespace noorm::cli {

namespace {

QStringList toQt(const std::vector<std::string> &v)
{
    QStringList out;
    for (const std::string &s : v)
        out << QString::fromStdString(s);
    return out;
}

// Loads the project's settings, applies `edit`, saves atomically, prints `done`.
int editSettings(Runtime &rt, const std::function<Status(Settings &)> &edit, const QString &done)
{
    Result<Workspace *> ws = rt.workspace();
    if (!ws)
        return rt.out.fail(ws.error());
    Settings updated = (*ws)->settings();
    if (Status s = edit(updated); !s)
        return rt.out.fail(s.error());
    if (rt.globals.dryRun) {
        rt.out.text(QString::fromUtf8(SettingsFile::toYaml(updated)).trimmed());
        rt.out.document(QJsonObject{{QStringLiteral("dryRun"), true}});
        return 0;
    }
    (*ws)->settings() = updated;
    if (Status s = (*ws)->saveSettings(); !s)
        return rt.out.fail(s.error());
    rt.out.document(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("message"), done}});
    rt.out.text(done);
    return 0;
}

} // namespace

void addSettingsCommands(CLI::App &root, Runtime &rt)
{
    CLI::App *settings = addGroup(root, "settings", "The team's shared .noorm/settings.yml");
    auto *show = settings->add_subcommand("show", "Print the effective settings (defaults filled in)");
    show->callback([&rt] {
        rt.setAction([&rt] {
            Result<Workspace *> ws = rt.workspace();
            if (!ws)
                return rt.out.fail(ws.error());
            const QByteArray yaml = SettingsFile::effectiveYaml((*ws)->settings());
            rt.out.document(SettingsFile::toJson((*ws)->settings()));
            rt.out.text(QString::fromUtf8(yaml).trimmed());
            return 0;
        });
    });

    // settings stage add|rm
    CLI::App *stage = addGroup(*settings, "stage", "Add or remove stages (config templates)");
    struct StageOptions {
        std::string name, description, dialect, host, database, user;
        std::optional<int> port;
        TriFlag isTest, isProtected, ssl;
        bool locked = false;
    };
    auto so = std::make_shared<StageOptions>();
    auto *stageAdd = stage->add_subcommand("add", "Add a stage (or replace it with --replace)");
    stageAdd->add_option("name", so->name, "Stage name")->required();
    stageAdd->add_option("--description", so->description, "What the stage is for");
    stageAdd->add_flag("--locked", so->locked, "Configs of this stage cannot be deleted");
    addDialectOption(stageAdd, so->dialect, "Default dialect");
    stageAdd->add_option("--host", so->host, "Default host");
    stageAdd->add_option("--port", so->port, "Default port")->check(CLI::Range(1, 65535));
    stageAdd->add_option("--database", so->database, "Default database");
    stageAdd->add_option("--user", so->user, "Default user");
    so->isTest.addTo(stageAdd, "--test,!--no-test", "Configs of this stage are test databases");
    so->isProtected.addTo(stageAdd, "--protected,!--no-protected", "Configs of this stage are protected");
    so->ssl.addTo(stageAdd, "--ssl,!--no-ssl", "Default SSL");
    auto replace = std::make_shared<bool>(false);
    stageAdd->add_flag("--replace", *replace, "Replace an existing stage of that name");
    stageAdd->callback([&rt, so, replace] {
        rt.setAction([&rt, so, replace] {
            Stage st;
            st.name = QString::fromStdString(so->name);
            st.description = QString::fromStdString(so->description);
            st.locked = so->locked;
            auto opt = [](const std::string &s) { return s.empty() ? std::optional<QString>() : QString::fromStdString(s); };
            st.defaults.dialect = opt(so->dialect);
            st.defaults.host = opt(so->host);
            st.defaults.database = opt(so->database);
            st.defaults.user = opt(so->user);
            st.defaults.port = so->port;
            st.defaults.isTest = so->isTest.get();
            st.defaults.isProtected = so->isProtected.get();
            st.defaults.ssl = so->ssl.get();
            return editSettings(rt, [&](Settings &s) { return *replace ? s.setStage(st) : s.addStage(st); },
                                QStringLiteral("Stage %1 saved to settings.yml").arg(st.name));
        });
    });
    auto stageRmName = std::make_shared<std::string>();
    auto *stageRm = stage->add_subcommand("rm", "Remove a stage");
    stageRm->add_option("name", *stageRmName, "Stage name")->required();
    stageRm->callback([&rt, stageRmName] {
        rt.setAction([&rt, stageRmName] {
            const QString name = QString::fromStdString(*stageRmName);
            return editSettings(rt, [&](Settings &s) { return s.removeStage(name); },
                                QStringLiteral("Stage %1 removed").arg(name));
        });
    });

    // settings secret add|rm  (root-level, or --stage)
    CLI::App *secret = addGroup(*settings, "secret", "Declare required secrets (definitions only, never values)");
    struct SecretOptions {
        std::string key, type = "string", description, stage;
        bool optional = false;
    };
    auto sec = std::make_shared<SecretOptions>();
    auto *secretAdd = secret->add_subcommand("add", "Declare a secret every config (or a stage's configs) must have");
    secretAdd->add_option("key", sec->key, "Secret key, e.g. DB_ADMIN_PASSWORD")->required();
    secretAdd->add_option("--type", sec->type, "string | password | api_key | connection_string")
        ->check(CLI::IsMember({"string", "password", "api_key", "connection_string"}));
    secretAdd->add_option("--description", sec->description, "What it is for");
    secretAdd->add_option("--stage", sec->stage, "Declare it for this stage only");
    secretAdd->add_flag("--optional", sec->optional, "Not required for completeness");
    secretAdd->callback([&rt, sec] {
        rt.setAction([&rt, sec] {
            StageSecret def;
            def.key = QString::fromStdString(sec->key);
            def.type = QString::fromStdString(sec->type);
            def.description = QString::fromStdString(sec->description);
            def.required = !sec->optional;
            const QString stageName = QString::fromStdString(sec->stage);
            return editSettings(
                rt,
                [&](Settings &s) { return stageName.isEmpty() ? s.addSecret(def) : s.addStageSecret(stageName, def); },
                QStringLiteral("Secret %1 declared%2")
                    .arg(def.key, stageName.isEmpty() ? QString() : QStringLiteral(" for stage ") + stageName));
        });
    });
    auto secRm = std::make_shared<SecretOptions>();
    auto *secretRm = secret->add_subcommand("rm", "Remove a secret declaration");
    secretRm->add_option("key", secRm->key, "Secret key")->required();
    secretRm->add_option("--stage", secRm->stage, "From this stage");
    secretRm->callback([&rt, secRm] {
        rt.setAction([&rt, secRm] {
            const QString key = QString::fromStdString(secRm->key);
            const QString stageName = QString::fromStdString(secRm->stage);
            return editSettings(
                rt,
                [&](Settings &s) { return stageName.isEmpty() ? s.removeSecret(key) : s.removeStageSecret(stageName, key); },
                QStringLiteral("Secret %1 removed").arg(key));
        });
    });

    // settings rule add|rm
    CLI::App *rule = addGroup(*settings, "rule", "Rules: include/exclude SQL folders for matching configs");
    struct RuleOptions {
        std::string description, name, type;
        TriFlag isTest, isProtected;
        std::vector<std::string> include, exclude;
        int index = -1;
    };
    auto ro = std::make_shared<RuleOptions>();
    auto *ruleAdd = rule->add_subcommand("add", "Append a rule (conditions are AND-ed; later rules win)");
    ruleAdd->add_option("--description", ro->description, "What the rule is for");
    ruleAdd->add_option("--match-name", ro->name, "Config name to match");
    ruleAdd->add_option("--match-type", ro->type, "local | remote")->check(CLI::IsMember({"local", "remote"}));
    ro->isTest.addTo(ruleAdd, "--match-test,!--match-not-test", "Match test configs (or not)");
    ro->isProtected.addTo(ruleAdd, "--match-protected,!--match-not-protected", "Match protected configs (or not)");
    ruleAdd->add_option("--include", ro->include, "Folders to include (repeatable)");
    ruleAdd->add_option("--exclude", ro->exclude, "Folders to exclude (repeatable)");
    ruleAdd->callback([&rt, ro] {
        rt.setAction([&rt, ro] {
            Rule r;
            r.description = QString::fromStdString(ro->description);
            if (!ro->name.empty())
                r.match.name = QString::fromStdString(ro->name);
            if (!ro->type.empty())
                r.match.type = QString::fromStdString(ro->type);
            r.match.isTest = ro->isTest.get();
            r.match.isProtected = ro->isProtected.get();
            r.include = toQt(ro->include);
            r.exclude = toQt(ro->exclude);
            return editSettings(rt, [&](Settings &s) { return s.addRule(r); }, QStringLiteral("Rule added"));
        });
    });
    auto ruleIndex = std::make_shared<int>(0);
    auto *ruleRm = rule->add_subcommand("rm", "Remove a rule by its position (1 = first)");
    ruleRm->add_option("position", *ruleIndex, "1-based position")->required()->check(wholeNumberFrom(1));
    ruleRm->callback([&rt, ruleIndex] {
        rt.setAction([&rt, ruleIndex] {
            return editSettings(rt, [&](Settings &s) { return s.removeRule(*ruleIndex - 1); },
                                QStringLiteral("Rule %1 removed").arg(*ruleIndex));
        });
    });

    // settings build --include/--exclude: only the lists given change; a flag with no folder empties its list.
    struct BuildOptions {
        std::vector<std::string> include, exclude;
        CLI::Option *includeOption = nullptr, *excludeOption = nullptr;
    };
    auto bo = std::make_shared<BuildOptions>();
    auto *build = settings->add_subcommand("build", "Set build.include / build.exclude (folders under the SQL path)");
    bo->includeOption = build->add_option("--include", bo->include, "Folders to include (replaces the list; none empties it)")
                            ->expected(0, CLI::detail::expected_max_vector_size);
    bo->excludeOption = build->add_option("--exclude", bo->exclude, "Folders to exclude (replaces the list; none empties it)")
                            ->expected(0, CLI::detail::expected_max_vector_size);
    build->callback([&rt, bo] {
        rt.setAction([&rt, bo] {
            // CLI11 hands a flag given without values over as one empty string.
            auto given = [](const CLI::Option *option, const std::vector<std::string> &folders) {
                QStringList list = toQt(folders);
                list.removeAll(QString());
                return option->count() > 0 ? std::optional<QStringList>(list) : std::nullopt;
            };
            return editSettings(
                rt,
                [&](Settings &s) {
                    s.setBuild(given(bo->includeOption, bo->include), given(bo->excludeOption, bo->exclude));
                    return Status();
                },
                QStringLiteral("Build paths saved"));
        });
    });
}

} // namespace noorm::cli
