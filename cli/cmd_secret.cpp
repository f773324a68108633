// noorm secret set|list|rm: secrets of the active (or -c) config, or --global ones.
// Values come from a hidden prompt or stdin, never argv, and are never printed.

#include "runtime.h"

#include "prompt.h"
#include "workspace/secret_store.h"

#include <QJsonArray>

namespace noorm::cli {

namespace {

// The config a secret belongs to: empty for --global.
Result<QString> secretScope(Runtime &rt, bool global)
{
    if (global)
        return QString();
    Result<Config> config = rt.resolveConfig();
    if (!config)
        return config.error();
    return config->name;
}

QString scopeLabel(const QString &config)
{
    return config.isEmpty() ? QStringLiteral("global") : QStringLiteral("config \"%1\"").arg(config);
}

} // namespace

void addSecretCommands(CLI::App &root, Runtime &rt)
{
    CLI::App *secret = addGroup(root, "secret", "Secrets of a config (or --global), kept in the encrypted state");

    struct Options {
        std::string key;
        bool global = false;
        bool stdinValue = false; // the value comes from stdin whenever it is not a terminal anyway
    };
    auto setOpts = std::make_shared<Options>();
    auto *set = secret->add_subcommand("set", "Set a secret; the value comes from a hidden prompt or stdin (all of it: a PEM key keeps its lines)");
    set->add_option("key", setOpts->key, "Secret key, e.g. DB_ADMIN_PASSWORD")->required();
    set->add_flag("--global", setOpts->global, "A global secret (shared by every config)");
    // As `config add --stdin`: what happens anyway when stdin is not a terminal.
    set->add_flag("--stdin", setOpts->stdinValue, "Read the value from stdin, every line of it (a hidden prompt on a terminal)");
    set->callback([&rt, setOpts] {
        rt.setAction([&rt, setOpts] {
            Result<Workspace *> ws = rt.workspace();
            if (!ws)
                return rt.out.fail(ws.error());
            Result<QString> scope = secretScope(rt, setOpts->global);
            if (!scope)
                return rt.out.fail(scope.error());
            const QString key = QString::fromStdString(setOpts->key);
            Result<Secret> value = readSecretText(QStringLiteral("Value for %1").arg(key));
            if (!value)
                return rt.out.fail(value.error());
            if (Status s = SecretStore(**ws).set(*scope, key, *value); !s)
                return rt.out.fail(s.error());
            rt.out.document(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("set"), true},
                                        {QStringLiteral("config"), scope->isEmpty() ? QJsonValue() : QJsonValue(*scope)}});
            rt.out.text(QStringLiteral("Secret %1 set (%2)").arg(key, scopeLabel(*scope)));
            return 0;
        });
    });

    auto listOpts = std::make_shared<Options>();
    auto *list = secret->add_subcommand("list", "List secret keys (never values), with what settings.yml requires");
    list->add_flag("--global", listOpts->global, "Global secrets");
    list->callback([&rt, listOpts] {
        rt.setAction([&rt, listOpts] {
            Result<Workspace *> ws = rt.workspace();
            if (!ws)
                return rt.out.fail(ws.error());
            Result<QString> scope = secretScope(rt, listOpts->global);
            if (!scope)
                return rt.out.fail(scope.error());
            Result<QList<SecretEntry>> entries = SecretStore(**ws).list(*scope);
            if (!entries)
                return rt.out.fail(entries.error());
            QJsonArray arr;
            QList<QStringList> rows;
            for (const SecretEntry &e : *entries) {
                arr.append(e.toJson());
                rows << QStringList{e.key, e.isSet ? QStringLiteral("set") : QStringLiteral("MISSING"),
                                    e.required ? QStringLiteral("required") : QString(), e.type};
            }
            rt.out.document(arr);
            if (entries->isEmpty())
                rt.out.text(QStringLiteral("No secrets (%1)").arg(scopeLabel(*scope)));
            else
                rt.out.table({QStringLiteral("KEY"), QStringLiteral("STATUS"), QStringLiteral("REQUIRED"), QStringLiteral("TYPE")}, rows);
            return 0;
        });
    });

    auto rmOpts = std::make_shared<Options>();
    auto *rm = secret->add_subcommand("rm", "Remove a secret (asks; --yes in scripts)");
    rm->add_option("key", rmOpts->key, "Secret key")->required();
    rm->add_flag("--global", rmOpts->global, "A global secret");
    rm->callback([&rt, rmOpts] {
        rt.setAction([&rt, rmOpts] {
            Result<Workspace *> ws = rt.workspace();
            if (!ws)
                return rt.out.fail(ws.error());
            Result<QString> scope = secretScope(rt, rmOpts->global);
            if (!scope)
                return rt.out.fail(scope.error());
            const QString key = QString::fromStdString(rmOpts->key);
            if (Status ok = confirm(QStringLiteral("Remove secret %1 (%2)?").arg(key, scopeLabel(*scope)), QString(), rt.globals.yes); !ok)
                return rt.out.fail(ok.error());
            if (Status s = SecretStore(**ws).remove(*scope, key); !s)
                return rt.out.fail(s.error());
            rt.out.document(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("removed"), true}});
            rt.out.text(QStringLiteral("Secret %1 removed (%2)").arg(key, scopeLabel(*scope)));
            return 0;
        });
    });
}

} // namespace noorm::cli
