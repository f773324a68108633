// noorm config add|edit|rm|copy|use|list|show|validate

#include "runtime.h"
#include "validators.h"

#include "dialect/dialect_list.h"
#include "prompt.h"
#include "workspace/config_share.h"
#include "workspace/config_store.h"
#include "workspace/identity_registry.h"

#include <QJsonArray>

namespace noorm::cli {

namespace {

// Flags shared by `config add` and `config edit`; each set flag becomes a config field.
struct ConfigFlags {
    std::string dialect, host, database, filename, user, type, sqlPath, changesPath, identity;
    std::optional<int> port, poolMin, poolMax;
    TriFlag isTest, isProtected;
    bool password = false, stdinPassword = false, use = false;

    void addTo(CLI::App *cmd)
    {
        addDialectOption(cmd, dialect, dialectNames().join(QStringLiteral(" | ")).toStdString());
        cmd->add_option("--host", host, "Server host (default localhost)");
        cmd->add_option("--port", port, "Server port (default per dialect)")->check(CLI::Range(1, 65535));
        cmd->add_option("--database", database, "Database name, or the file path for sqlite");
        cmd->add_option("--filename", filename, "SQLite file path (same as --database)");
        cmd->add_option("--user", user, "User name");
        cmd->add_flag("--password", password, "Ask for the password (hidden prompt on a TTY, else first line of stdin)");
        cmd->add_flag("--stdin", stdinPassword, "Read the password from the first line of stdin");
        cmd->add_option("--type", type, "local | remote")->check(CLI::IsMember({"local", "remote"}));
        isTest.addTo(cmd, "--test,!--no-test", "Mark as a test database (or not)");
        isProtected.addTo(cmd, "--protected,!--no-protected", "Protect against destructive operations (or not)");
        cmd->add_option("--sql-path", sqlPath, "SQL folder, relative to the project (default: paths.sql of settings.yml, ./sql)");
        cmd->add_option("--changes-path", changesPath, "Changes folder (default: paths.changes of settings.yml, ./changes)");
        cmd->add_option("--identity", identity, "Audit name override for this config, e.g. 'CI Bot <ci@x>'");
        cmd->add_option("--pool-min", poolMin, "Pool minimum")->check(wholeNumberFrom(0));
        cmd->add_option("--pool-max", poolMax, "Pool maximum")->check(wholeNumberFrom(1));
        cmd->add_flag("--use", use, "Make it the active config");
    }

    Result<QJsonObject> toJson() const
    {
        QJsonObject json, conn, paths, pool;
        auto set = [](QJsonObject &o, const char *key, const std::string &v) {
            if (!v.empty())
                o.insert(QLatin1String(key), QString::fromStdString(v));
        };
        set(conn, "dialect", dialect);
        set(conn, "host", host);
        set(conn, "database", database.empty() ? filename : database);
        set(conn, "user", user);
        if (port)
            conn.insert(QStringLiteral("port"), *port);
        if (poolMin)
            pool.insert(QStringLiteral("min"), *poolMin);
        if (poolMax)
            pool.insert(QStringLiteral("max"), *poolMax);
        if (!pool.isEmpty())
            conn.insert(QStringLiteral("pool"), pool);
        if (password || stdinPassword) {
            Result<Secret> secret = readSecret(QStringLiteral("Password"));
            if (!secret)
                return secret.error();
            conn.insert(QStringLiteral("password"), secret->reveal());
        }
        set(json, "type", type);
        set(json, "identity", identity);
        set(paths, "sql", sqlPath);
        set(paths, "changes", changesPath);
        if (isTest.get())
            json.insert(QStringLiteral("isTest"), *isTest.get());
        if (isProtected.get())
            json.insert(QStringLiteral("protected"), *isProtected.get());
        if (!conn.isEmpty())
            json.insert(QStringLiteral("connection"), conn);
        if (!paths.isEmpty())
            json.insert(QStringLiteral("paths"), paths);
        return json;
    }
};

QString yesNo(bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); }

QString trackingLine(const TrackingInspection &t)
{
    QString line;
    switch (t.state) {
    case TrackingInspection::State::Missing:
        line = QStringLiteral("missing (the first run or `noorm db create` creates them)");
        break;
    case TrackingInspection::State::Outdated:
        line = QStringLiteral("outdated (v%1; the next run upgrades them to v%2)").arg(t.version).arg(t.expectedVersion);
        break;
    case TrackingInspection::State::Current:
        line = QStringLiteral("current (v%1)").arg(t.version);
        break;
    case TrackingInspection::State::Newer:
        line = QStringLiteral("newer (v%1; this noorm supports v%2: upgrade noorm)").arg(t.version).arg(t.expectedVersion);
        break;
    }
    if (!t.legacyTables.isEmpty())
        line += QStringLiteral("; to move into the noorm schema: %1").arg(t.legacyTables.join(QStringLiteral(", ")));
    if (t.vaultMissing && t.state == TrackingInspection::State::Current)
        line += QStringLiteral("; the vault table is created on the next run");
    return line;
}

void printValidation(const Output &out, const ConfigValidation &v)
{
    out.document(v.toJson());
    out.text(QStringLiteral("Config %1").arg(v.name));
    out.text(QStringLiteral("  complete:   %1").arg(yesNo(v.completeness.complete)));
    for (const QString &m : v.completeness.missingSecrets)
        // Named, since the config checked need not be the active one.
        out.text(QStringLiteral("  missing secret: %1 (set it with `noorm -c %2 secret set %1`)").arg(m, v.name));
    for (const QString &m : v.completeness.violations)
        out.text(QStringLiteral("  violation: %1").arg(m));
    if (!v.connection.attempted)
        return;
    if (v.connection.databaseMissing) {
        out.text(QStringLiteral("  database:   not created yet (the first run or `noorm db create` creates it)"));
        return;
    }
    if (!v.connection.ok && !v.connection.tracking) {
        out.text(QStringLiteral("  connection: failed: %1").arg(v.connection.error));
        return;
    }
    out.text(QStringLiteral("  connection: ok (%1)").arg(v.connection.serverVersion));
    out.text(QStringLiteral("  tracking:   %1").arg(trackingLine(*v.connection.tracking)));
}

// "connection.host" out of nested JSON.
QJsonValue valueAt(const QJsonObject &json, const QString &dottedKey)
{
    QJsonValue v = json;
    for (const QString &part : dottedKey.split(QLatin1Char('.')))
        v = v.toObject().value(part);
    return v;
}

// `config show` as text; each value of the env-only config says where it came from, as
// does each value of a stored one that the environment or a flag changes.
void printConfig(const Output &out, const QJsonObject &shown)
{
    const QJsonObject sources = shown.value(QStringLiteral("sources")).toObject();
    const QJsonObject overrides = shown.value(QStringLiteral("overrides")).toObject();
    const QString name = shown.value(QStringLiteral("name")).toString();
    if (!sources.isEmpty())
        out.text(QStringLiteral("%1 (env-only: from NOORM_* variables, no stored config)").arg(name));
    else
        out.text(name + (shown.value(QStringLiteral("isActive")).toBool() ? QStringLiteral(" (active)") : QString()));
    const QList<QPair<QString, QString>> fields = {
        {QStringLiteral("dialect"), QStringLiteral("connection.dialect")}, {QStringLiteral("host"), QStringLiteral("connection.host")},
        {QStringLiteral("port"), QStringLiteral("connection.port")}, {QStringLiteral("database"), QStringLiteral("connection.database")},
        {QStringLiteral("user"), QStringLiteral("connection.user")}, {QStringLiteral("password"), QStringLiteral("connection.password")},
        {QStringLiteral("type"), QStringLiteral("type")}, {QStringLiteral("test"), QStringLiteral("isTest")},
        {QStringLiteral("protected"), QStringLiteral("protected")}, {QStringLiteral("sql"), QStringLiteral("paths.sql")},
        {QStringLiteral("changes"), QStringLiteral("paths.changes")}, {QStringLiteral("identity"), QStringLiteral("identity")},
    };
    for (const auto &[label, key] : fields) {
        const QJsonValue v = valueAt(shown, key);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
            continue;
        const QString text = v.isBool() ? yesNo(v.toBool()) : v.toVariant().toString();
        const QString source = sources.value(key).toString(overrides.value(key).toString());
        out.text(QStringLiteral("  %1 %2%3").arg(label.leftJustified(10), text,
                                                 source.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(source)));
    }
    if (const qsizetype secrets = shown.value(QStringLiteral("secrets")).toArray().size(); secrets > 0)
        out.text(QStringLiteral("  %1 %2").arg(QStringLiteral("secrets").leftJustified(10)).arg(secrets));
}

} // namespace

// A config field that is not valid came from this command line (its flags and name): a
// usage error, exit 64, as a bad --dialect or --port is (it was invalid-data, exit 1).
static Error asUsage(Error error)
{
    if (error.kind == ErrorKind::InvalidData && !error.key.isEmpty() && error.file.isEmpty())
        error.kind = ErrorKind::InvalidInput;
    return error;
}

void addConfigCommands(CLI::App &root, Runtime &rt)
{
    CLI::App *config = addGroup(root, "config", "Manage configs: named database connections");

    auto *list = config->add_subcommand("list", "List configs (JSON: [{name,type,isTest,protected,isActive,dialect,database}])");
    list->callback([&rt] {
        rt.setAction([&rt] {
            Result<Workspace *> ws = rt.workspace();
            if (!ws)
                return rt.out.fail(ws.error());
            Result<QList<ConfigSummary>> configs = ConfigStore(**ws).list();
            if (!configs)
                return rt.out.fail(configs.error());
            QJsonArray arr;
            QList<QStringList> rows;
            for (const ConfigSummary &c : *configs) {
                arr.append(c.toJson());
                rows << QStringList{(c.isActive ? QStringLiteral("* ") : QStringLiteral("  ")) + c.name, c.dialect,
                                    c.database, c.type, c.isTest ? QStringLiteral("test") : QString(),
                                    c.isProtected ? QStringLiteral("protected") : QString()};
            }
            rt.out.document(arr);
            if (configs->isEmpty())
                rt.out.text(QStringLiteral("No configs yet. Add one: noorm config add dev --dialect sqlite --database ./dev.db"));
            else
                rt.out.table({QStringLiteral("  NAME"), QStringLiteral("DIALECT"), QStringLiteral("DATABASE"),
                              QStringLiteral("TYPE"), QStringLiteral("TEST"), QStringLiteral("PROTECTED")},
                             rows);
            return 0;
        });
    });

    auto showName = std::make_shared<std::string>();
    auto *show = config->add_subcommand("show", "Show a config (password redacted); the env-only one with where each value came from");
    show->add_option("name", *showName, "Config name (default: -c, NOORM_CONFIG, the active config, or env-only)");
    show->callback([&rt, showName] {
        rt.setAction([&rt, showName] {
            Result<Workspace *> ws = rt.workspaceOrDetached();
            if (!ws)
                return rt.out.fail(ws.error());
            ResolveRequest request;
            request.name = QString::fromStdString(showName->empty() ? rt.globals.config : *showName);
            Result<QJsonObject> shown = ConfigStore(**ws).show(request);
            if (!shown)
                return rt.out.fail(shown.error());
            rt.out.document(*shown);
            printConfig(rt.out, *shown);
            return 0;
        });
    });

    struct AddOptions {
        std::string name;
        ConfigFlags flags;
    };
    auto addOpts = std::make_shared<AddOptions>();
    auto *add = config->add_subcommand("add", "Add a config. Passwords come from a hidden prompt or stdin, never argv");
    add->add_option("name", addOpts->name, "Config name (letters, digits, - and _)")->required();
    addOpts->flags.addTo(add);
    add->callback([&rt, addOpts] {
        rt.setAction([&rt, addOpts] {
            Result<Workspace *> ws = rt.workspace();
            if (!ws)
                return rt.out.fail(ws.error());
            Result<QJsonObject> fields = addOpts->flags.toJson();
            if (!fields)
                return rt.out.fail(fields.error());
            fields->insert(QStringLiteral("name"), QString::fromStdString(addOpts->name));
            if (rt.globals.dryRun) {
                rt.out.text(QStringLiteral("Would add config %1").arg(QString::fromStdString(addOpts->name)));
                rt.out.document(QJsonObject{{QStringLiteral("dryRun"), true}});
                return 0;
            }
            Result<Config> added = ConfigStore(**ws).add(*fields, addOpts->flags.use);
            if (!added)
                return rt.out.fail(asUsage(added.error()));
            rt.out.document(ConfigStore::redacted(*added));
            rt.out.text(QStringLiteral("Added config %1 (%2, %3)")
                            .arg(added->name, added->connection.dialect, added->connection.database));
            return 0;
        });
    });

    struct EditOptions {
        std::string name, rename;
        ConfigFlags flags;
    };
    auto editOpts = std::make_shared<EditOptions>();
    auto *edit = config->add_subcommand("edit", "Change fields of a config (only the flags given)");
    edit->add_option("name", editOpts->name, "Config name")->required();
    edit->add_option("--rename", editOpts->rename, "New name for the config");
    editOpts->flags.addTo(edit);
    edit->callback([&rt, editOpts] {
        rt.setAction([&rt, editOpts] {
            Result<Workspace *> ws = rt.workspace();
            if (!ws)
                return rt.out.fail(ws.error());
            Result<QJsonObject> changes = editOpts->flags.toJson();
            if (!changes)
                return rt.out.fail(changes.error());
            const QString name = QString::fromStdString(editOpts->name);
            ConfigStore store(**ws);
            Result<Config> edited = store.edit(name, *changes, QString::fromStdString(editOpts->rename));
            if (!edited)
                return rt.out.fail(asUsage(edited.error()));
            if (editOpts->flags.use)
                if (Status s = store.use(edited->name); !s)
                    return rt.out.fail(s.error());
            rt.out.document(ConfigStore::redacted(*edited));
            rt.out.text(QStringLiteral("Updated config %1").arg(edited->name));
            return 0;
        });
    });

    auto rmName = std::make_shared<std::string>();
    auto *rm = config->add_subcommand("rm", "Remove a config and its secrets (asks; --yes in scripts)");
    rm->alias("remove");
    rm->add_option("name", *rmName, "Config name")->required();
    rm->callback([&rt, rmName] {
        rt.setAction([&rt, rmName] {
            Result<Workspace *> ws = rt.workspace();
            if (!ws)
                return rt.out.fail(ws.error());
            const QString name = QString::fromStdString(*rmName);
            Result<const State *> state = (*ws)->state();
            if (!state)
                return rt.out.fail(state.error());
            const auto it = (*state)->configs.constFind(name);
            if (it == (*state)->configs.constEnd())
                return rt.out.fail(Error::notFound(QStringLiteral("Config \"%1\" not found").arg(name)));
            const QString phrase = isEffectivelyProtected(*it, (*ws)->settings()) ? QStringLiteral("yes-") + name : QString();
            if (Status ok = confirm(QStringLiteral("Remove config \"%1\" and its secrets?").arg(name), phrase,
                                    rt.globals.yes);
                !ok)
                return rt.out.fail(ok.error());
            if (Status s = ConfigStore(**ws).remove(name); !s)
                return rt.out.fail(s.error());
            rt.out.document(QJsonObject{{QStringLiteral("removed"), name}});
            rt.out.text(QStringLiteral("Removed config %1").arg(name));
            return 0;
        });
    });

    struct ExportOptions {
        std::string name, to, output;
        bool force = false;
    };
    auto exportOpts = std::make_shared<ExportOptions>();
    auto *exportCmd = config->add_subcommand("export", "Encrypt a config and its secrets for one teammate (no user or password) "
                                                       "into <name>.noorm.enc");
    exportCmd->add_option("name", exportOpts->name, "Config name")->required();
    exportCmd->add_option("--to", exportOpts->to, "Their public key (noorm identity export), email or identity hash")->required();
    exportCmd->add_option("-o,--output", exportOpts->output, "Write here instead of ./<name>.noorm.enc");
    exportCmd->add_flag("--force", exportOpts->force, "Replace the file if it exists");
    exportCmd->callback([&rt, exportOpts] {
        rt.setAction([&rt, exportOpts] {
            Result<Workspace *> ws = rt.workspace();
            if (!ws)
                return rt.out.fail(ws.error());
            ConfigShare share(**ws);
            Result<ExportedConfig> exported = share.exportConfig(QString::fromStdString(exportOpts->name), QString::fromStdString(exportOpts->to));
            if (!exported)
                return rt.out.fail(exported.error());
            const QString path = exportOpts->output.empty() ? exported->suggestedFileName : QString::fromStdString(exportOpts->output);
            if (Status ok = ConfigShare::writeFile(path, exported->fileContents, exportOpts->force); !ok)
                return rt.out.fail(ok.error());
            rt.out.document(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("config"), exported->configName},
                                        {QStringLiteral("recipient"), exported->recipientEmail},
                                        {QStringLiteral("secrets"), QJsonArray::fromStringList(exported->secretKeys)}});
            rt.out.text(QStringLiteral("Wrote %1: config %2 with %3, for %4 only (without user and password)")
                            .arg(Output::printable(path), exported->configName, plural(exported->secretKeys.size(), "secret", "secrets"))
                            .arg(exported->recipientEmail.isEmpty() ? QStringLiteral("that key") : Output::printable(exported->recipientEmail)));
            return 0;
        });
    });

    struct ImportOptions {
        std::string file, name, user;
        bool password = false, stdinPassword = false;
    };
    auto importOpts = std::make_shared<ImportOptions>();
    auto *importCmd = config->add_subcommand("import", "Import a config a teammate exported for you, with your own user and password");
    importCmd->add_option("file", importOpts->file, "The .noorm.enc file")->required();
    importCmd->add_option("--name", importOpts->name, "Save it under this name (default: its own)");
    importCmd->add_option("--user", importOpts->user, "Your database user");
    importCmd->add_flag("--password", importOpts->password, "Ask for your password (hidden prompt on a TTY, else first line of stdin)");
    importCmd->add_flag("--stdin", importOpts->stdinPassword, "Read your password from the first line of stdin");
    importCmd->callback([&rt, importOpts] {
        rt.setAction([&rt, importOpts] {
            Result<Workspace *> ws = rt.workspace();
            if (!ws)
                return rt.out.fail(ws.error());
            ConfigShare share(**ws);
            Result<SharedConfig> shared = share.open(QString::fromStdString(importOpts->file));
            if (!shared)
                return rt.out.fail(shared.error());
            ConfigImport request;
            request.name = QString::fromStdString(importOpts->name);
            request.user = QString::fromStdString(importOpts->user);
            if (importOpts->password || importOpts->stdinPassword) {
                Result<Secret> secret = readSecret(QStringLiteral("Password"));
                if (!secret)
                    return rt.out.fail(secret.error());
                request.password = *secret;
                request.passwordGiven = true;
            }
            if (Status ok = ConfigShare::checkRequest(request); !ok) // before asking to replace
                return rt.out.fail(ok.error());
            const QString name = request.name.isEmpty() ? shared->config.value(QStringLiteral("name")).toString() : request.name;
            Result<const State *> state = (*ws)->state();
            if (!state)
                return rt.out.fail(state.error());
            if (const auto existing = (*state)->configs.constFind(name); existing != (*state)->configs.constEnd()) {
                // A protected one asks as `config rm` does: its name typed out.
                const QString phrase = isEffectivelyProtected(*existing, (*ws)->settings()) ? QStringLiteral("yes-") + name : QString();
                if (Status ok = confirm(QStringLiteral("Config \"%1\" exists: replace it and its secrets with the imported one?").arg(name),
                                        phrase, rt.globals.yes);
                    !ok)
                    return rt.out.fail(ok.error());
                request.replace = true;
            }
            Result<Config> imported = share.import(*shared, request);
            if (!imported) // a --name that is no name: a usage error, as for config add
                return rt.out.fail(asUsage(imported.error()));
            rt.out.document(QJsonObject{{QStringLiteral("imported"), imported->name}, {QStringLiteral("from"), shared->sender},
                                        {QStringLiteral("secrets"), QJsonArray::fromStringList(shared->secrets.keys())}});
            rt.out.text(QStringLiteral("Imported config %1 from %2 (%3, %4) with %5")
                            .arg(imported->name, Output::printable(shared->sender), imported->connection.dialect,
                                 Output::printable(imported->connection.database), plural(shared->secrets.size(), "secret", "secrets")));
            return 0;
        });
    });

    auto useName = std::make_shared<std::string>();
    auto *use = config->add_subcommand("use", "Make a config the active one");
    use->add_option("name", *useName, "Config name")->required();
    use->callback([&rt, useName] {
        rt.setAction([&rt, useName] {
            Result<Workspace *> ws = rt.workspace();
            if (!ws)
                return rt.out.fail(ws.error());
            const QString name = QString::fromStdString(*useName);
            if (Status s = ConfigStore(**ws).use(name); !s)
                return rt.out.fail(s.error());
            // As the original: register here and learn the team's identities, without blocking on it.
            if (Result<Config> resolved = (*ws)->resolveConfig(ResolveRequest{name}); resolved) {
                if (Result<QList<KnownUser>> users = syncKnownUsers(**ws, *resolved); !users)
                    rt.out.warning(QStringLiteral("warning: identities not synced with %1: %2").arg(name, users.error().message));
            }
            rt.out.document(QJsonObject{{QStringLiteral("activeConfig"), name}});
            rt.out.text(QStringLiteral("Active config set to: %1").arg(name));
            return 0;
        });
    });

    auto copyNames = std::make_shared<std::pair<std::string, std::string>>();
    auto *copy = config->add_subcommand("copy", "Copy a config (and its secrets) under a new name");
    copy->alias("cp");
    copy->add_option("source", copyNames->first, "Existing config")->required();
    copy->add_option("target", copyNames->second, "New config name")->required();
    copy->callback([&rt, copyNames] {
        rt.setAction([&rt, copyNames] {
            Result<Workspace *> ws = rt.workspace();
            if (!ws)
                return rt.out.fail(ws.error());
            Result<Config> copied = ConfigStore(**ws).copy(QString::fromStdString(copyNames->first),
                                                           QString::fromStdString(copyNames->second));
            if (!copied)
                return rt.out.fail(copied.error());
            rt.out.document(ConfigStore::redacted(*copied));
            rt.out.text(QStringLiteral("Copied config %1 to %2")
                            .arg(QString::fromStdString(copyNames->first), copied->name));
            return 0;
        });
    });

    struct ValidateOptions {
        std::string name, stage;
        bool offline = false;
    };
    auto valOpts = std::make_shared<ValidateOptions>();
    auto *validate = config->add_subcommand(
        "validate", "Check a config: required secrets, stage rules, and a live connection (server version)");
    validate->add_option("name", valOpts->name, "Config name (default: -c, NOORM_CONFIG, active, or env-only)");
    validate->add_option("--stage", valOpts->stage, "Check against this stage (default: the stage named like the config)");
    validate->add_flag("--offline", valOpts->offline, "Skip the connection test");
    validate->callback([&rt, valOpts] {
        rt.setAction([&rt, valOpts] {
            Result<Workspace *> ws = rt.workspaceOrDetached();
            if (!ws)
                return rt.out.fail(ws.error());
            ResolveRequest request;
            request.name = valOpts->name.empty() ? QString::fromStdString(rt.globals.config)
                                                 : QString::fromStdString(valOpts->name);
            request.stage = QString::fromStdString(valOpts->stage);
            Result<ConfigValidation> v = ConfigStore(**ws).validate(request, !valOpts->offline);
            if (!v)
                return rt.out.fail(v.error());
            printValidation(rt.out, *v);
            return v->ok() ? 0 : 1;
        });
    });
}

} // namespace noorm::cli
