#include "workspace/config_resolver.h"

#include "config/env_overrides.h"
#include "dialect/dialect.h"
#include "settings/settings.h"
#include "state/state.h"

#include <QRegularExpression>

namespace noorm {

namespace {

const QString kEnvOnlyName = QStringLiteral("__env__");

QJsonObject defaultsJson()
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("local")},
        {QStringLiteral("isTest"), false},
        {QStringLiteral("protected"), false},
        {QStringLiteral("paths"), QJsonObject{{QStringLiteral("sql"), QStringLiteral("./sql")},
                                              {QStringLiteral("changes"), QStringLiteral("./changes")}}},
        {QStringLiteral("connection"), QJsonObject{{QStringLiteral("host"), QStringLiteral("localhost")},
                                                   {QStringLiteral("pool"), QJsonObject{{QStringLiteral("min"), 0},
                                                                                        {QStringLiteral("max"), 10}}}}},
    };
}

Error invalid(const QString &key, const QString &message)
{
    Error e = Error::invalidData(message);
    e.key = key;
    return e;
}

Result<Config> finish(QJsonObject merged, const QString &name)
{
    if (!merged.contains(QStringLiteral("name")) || merged.value(QStringLiteral("name")).toString().isEmpty())
        merged.insert(QStringLiteral("name"), name);
    Config config = Config::fromJson(merged);
    if (usesDatabaseFile(config))
        config.connection.host.clear(); // the default host means nothing to a file
    if (Status s = validateConfig(config); !s)
        return s.error();
    return config;
}

bool stageProtects(const Settings &settings, const QString &stageName)
{
    const Stage *stage = settings.stage(stageName);
    return stage && stage->defaults.isProtected.value_or(false);
}

// `done` is what a locked stage's config cannot be: "deleted", "renamed".
Status unlessLockedStage(const QString &configName, const Settings &settings, const QString &done)
{
    if (const Stage *stage = settings.stage(configName); stage && stage->locked)
        return Error::refused(
            QStringLiteral("Config \"%1\" is linked to a locked stage and cannot be %2").arg(configName, done));
    return {};
}

} // namespace

QJsonObject settingsPathsJson(const Settings &settings)
{
    QJsonObject paths; // a path settings.yml leaves empty is not one
    if (!settings.sqlPath.isEmpty())
        paths.insert(QStringLiteral("sql"), settings.sqlPath);
    if (!settings.changesPath.isEmpty())
        paths.insert(QStringLiteral("changes"), settings.changesPath);
    return paths.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("paths"), paths}};
}

QJsonObject stageDefaultsJson(const Settings &settings, const QString &stageName)
{
    const Stage *stage = settings.stage(stageName);
    if (!stage)
        return {};
    const StageDefaults &d = stage->defaults;
    QJsonObject conn;
    if (d.dialect) conn.insert(QStringLiteral("dialect"), *d.dialect);
    if (d.host) conn.insert(QStringLiteral("host"), *d.host);
    if (d.port) conn.insert(QStringLiteral("port"), *d.port);
    if (d.database) conn.insert(QStringLiteral("database"), *d.database);
    if (d.user) conn.insert(QStringLiteral("user"), *d.user);
    if (d.password) conn.insert(QStringLiteral("password"), *d.password);
    if (d.ssl) conn.insert(QStringLiteral("ssl"), *d.ssl);
    QJsonObject json;
    if (!conn.isEmpty())
        json.insert(QStringLiteral("connection"), conn);
    if (d.isTest) json.insert(QStringLiteral("isTest"), *d.isTest);
    if (d.isProtected) json.insert(QStringLiteral("protected"), *d.isProtected);
    return json;
}

namespace {

// One source of a config's values, lowest first: "default", "stage", "config" (stored),
// "environment", "flag".
struct Layer {
    QString source;
    QJsonObject json;
};

struct Resolution {
    QString name;
    QString stageName;
    const Config *stored = nullptr; // null for the env-only config
    QList<Layer> layers;

    // The environment and flags may add protection, never remove it: NOORM_PROTECTED=false
    // must not open a protected config to `db drop`.
    bool protectedBelowOverrides(const Settings &settings) const
    {
        return (stored && stored->isProtected) || stageProtects(settings, stageName);
    }
};

Result<Resolution> resolutionOf(const State &state, const Settings &settings, const ResolveRequest &request)
{
    Resolution r;
    r.name = request.name;
    if (r.name.isEmpty())
        r.name = request.env.value(QStringLiteral("NOORM_CONFIG"));
    if (r.name.isEmpty())
        r.name = state.activeConfig;

    Result<QJsonObject> env = configFromEnvironment(request.env);
    if (!env)
        return env.error();

    if (r.name.isEmpty()) {
        const QJsonObject conn = env->value(QStringLiteral("connection")).toObject();
        if (!conn.contains(QStringLiteral("dialect")) || !conn.contains(QStringLiteral("database"))) {
            if (!state.configs.isEmpty()) // there are configs, none is active: say which to choose from
                return Error::notFound(tr("No config is active")).withHint(Hint::Action::UseConfig, state.configs.keys().join(QStringLiteral(", ")));
            return Error::notFound(tr("No config available")).withHint(Hint::Action::AddConfig);
        }
        r.name = env->value(QStringLiteral("name")).toString(request.flags.value(QStringLiteral("name")).toString(kEnvOnlyName));
    } else {
        const auto it = state.configs.constFind(r.name);
        if (it == state.configs.constEnd())
            return Error::notFound(tr("Config \"%1\" not found").arg(r.name));
        r.stored = &*it;
    }

    r.stageName = request.stage.isEmpty() ? r.name : request.stage;
    r.layers << Layer{QStringLiteral("default"), defaultsJson()}
             << Layer{QStringLiteral("settings"), settingsPathsJson(settings)}
             << Layer{QStringLiteral("stage"), stageDefaultsJson(settings, r.stageName)};
    if (r.stored)
        r.layers << Layer{QStringLiteral("config"), r.stored->toJson()};
    r.layers << Layer{QStringLiteral("environment"), *env} << Layer{QStringLiteral("flag"), request.flags};
    return r;
}

// Records `source` for every value `json` sets, by dotted key.
void noteSources(QJsonObject &sources, const QJsonObject &json, const QString &source, const QString &prefix = QString())
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it->isObject())
            noteSources(sources, it->toObject(), source, key);
        else
            sources.insert(key, source);
    }
}

} // namespace

Result<Config> resolveConfig(const State &state, const Settings &settings, const ResolveRequest &request)
{
    Result<Resolution> r = resolutionOf(state, settings, request);
    if (!r)
        return r.error();
    QJsonObject merged;
    for (const Layer &layer : std::as_const(r->layers))
        merged = mergeJson(merged, layer.json);
    Result<Config> config = finish(merged, r->name);
    if (config && r->protectedBelowOverrides(settings))
        config->isProtected = true;
    return config;
}

Result<QJsonObject> configSources(const State &state, const Settings &settings, const ResolveRequest &request)
{
    Result<Resolution> r = resolutionOf(state, settings, request);
    if (!r)
        return r.error();
    QJsonObject sources;
    for (const Layer &layer : std::as_const(r->layers))
        noteSources(sources, layer.json, layer.source);
    if (r->protectedBelowOverrides(settings))
        sources.insert(QStringLiteral("protected"), r->stored && r->stored->isProtected ? QStringLiteral("config")
                                                                                        : QStringLiteral("stage"));
    return sources;
}

bool isEffectivelyProtected(const Config &config, const Settings &settings, const QString &stageName)
{
    return config.isProtected || stageProtects(settings, stageName.isEmpty() ? config.name : stageName);
}

Status checkStageProtection(const QString &configName, const QJsonObject &fields, const Settings &settings)
{
    const QJsonValue wanted = fields.value(QStringLiteral("protected"));
    if (!wanted.isBool() || wanted.toBool() || !stageProtects(settings, configName))
        return {};
    Error e = Error::refused(tr("Stage \"%1\" sets protected: true (settings.yml "
                                            "stages.%1.defaults.protected); config \"%1\" cannot be unprotected")
                                 .arg(configName));
    e.key = QStringLiteral("protected");
    return e;
}

bool usesDatabaseFile(const Config &config)
{
    const Dialect *dialect = dialectFor(config.connection.dialect);
    return dialect && dialect->connection().isFileBased();
}

Status validateConfig(const Config &config)
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_-]+\\z"));
    if (config.name.isEmpty())
        return invalid(QStringLiteral("name"), QStringLiteral("Config name is required"));
    if (!namePattern.match(config.name).hasMatch())
        return invalid(QStringLiteral("name"),
                       QStringLiteral("Config name \"%1\" must contain only letters, numbers, hyphens, and underscores")
                           .arg(config.name));
    if (config.type != QLatin1String("local") && config.type != QLatin1String("remote"))
        return invalid(QStringLiteral("type"),
                       QStringLiteral("type must be local or remote, got \"%1\"").arg(config.type));
    const Dialect *dialect = dialectFor(config.connection.dialect);
    if (!dialect)
        return invalid(QStringLiteral("connection.dialect"),
                       QStringLiteral("connection.dialect must be one of %1, got \"%2\"")
                           .arg(dialectNamesText(), config.connection.dialect));
    if (config.connection.port && (*config.connection.port < 1 || *config.connection.port > 65535))
        return invalid(QStringLiteral("connection.port"),
                       QStringLiteral("connection.port must be between 1 and 65535, got %1").arg(*config.connection.port));
    const bool databaseFile = dialect->connection().isFileBased();
    if (config.connection.database.isEmpty())
        return invalid(QStringLiteral("connection.database"),
                       databaseFile ? QStringLiteral("Database file is required for %1").arg(dialect->name())
                                    : QStringLiteral("Database name is required"));
    if (!databaseFile && config.connection.host.isEmpty())
        return invalid(QStringLiteral("connection.host"), QStringLiteral("Host is required for non-SQLite databases"));
    if (config.connection.poolMin && *config.connection.poolMin < 0)
        return invalid(QStringLiteral("connection.pool.min"), QStringLiteral("connection.pool.min must be 0 or more"));
    if (config.connection.poolMax && *config.connection.poolMax < 1)
        return invalid(QStringLiteral("connection.pool.max"), QStringLiteral("connection.pool.max must be 1 or more"));
    if (config.sqlPath.isEmpty())
        return invalid(QStringLiteral("paths.sql"), QStringLiteral("SQL path is required"));
    if (config.changesPath.isEmpty())
        return invalid(QStringLiteral("paths.changes"), QStringLiteral("Changes path is required"));
    return {};
}

CompletenessCheck checkCompleteness(const Config &config, const State &state, const Settings &settings,
                                    const QString &stageName)
{
    CompletenessCheck result;
    const QString stageKey = stageName.isEmpty() ? config.name : stageName;
    const QMap<QString, Secret> configSecrets = state.secrets.value(config.name);
    auto isSet = [&](const QString &key) {
        return configSecrets.contains(key) || state.globalSecrets.contains(key);
    };
    for (const StageSecret &secret : settings.secrets) // universal secrets
        if (secret.required && !isSet(secret.key) && !result.missingSecrets.contains(secret.key))
            result.missingSecrets << secret.key;
    if (const Stage *stage = settings.stage(stageKey)) {
        for (const StageSecret &secret : stage->secrets)
            if (secret.required && !configSecrets.contains(secret.key) && !result.missingSecrets.contains(secret.key))
                result.missingSecrets << secret.key;
        if (stage->defaults.isProtected.value_or(false) && !config.isProtected)
            result.violations << QStringLiteral("Stage \"%1\" requires protected=true, but config has protected=false")
                                     .arg(stageKey);
        if (stage->defaults.isTest.value_or(false) && !config.isTest)
            result.violations << QStringLiteral("Stage \"%1\" requires isTest=true, but config has isTest=false")
                                     .arg(stageKey);
    }
    result.complete = result.missingSecrets.isEmpty() && result.violations.isEmpty();
    return result;
}

Status requireComplete(const Config &config, const State &state, const Settings &settings)
{
    const CompletenessCheck completeness = checkCompleteness(config, state, settings);
    if (completeness.complete)
        return {};
    QStringList missing;
    for (const QString &key : completeness.missingSecrets)
        missing << tr("missing secret %1").arg(key);
    missing << completeness.violations;
    Error error = Error::invalidData(tr("Config \"%1\" is incomplete: %2").arg(config.name, missing.join(QStringLiteral("; "))));
    if (!completeness.missingSecrets.isEmpty())
        error.withHint(Hint::Action::SetSecret, completeness.missingSecrets.constFirst());
    return error;
}

Status canDeleteConfig(const QString &configName, const Settings &settings)
{
    return unlessLockedStage(configName, settings, QStringLiteral("deleted"));
}

Status canRenameConfig(const QString &configName, const Settings &settings)
{
    return unlessLockedStage(configName, settings, QStringLiteral("renamed"));
}

} // namespace noorm
