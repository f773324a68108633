#include "workspace/config_store.h"

#include "config/env_overrides.h"
#include "db/connection.h"
#include "dialect/dialect.h"
#include "workspace/database_commands.h"
#include "workspace/workspace.h"

#include <QFileInfo>
#include <QJsonArray>

namespace noorm {

namespace {

Error configNotFound(const QString &name)
{
    return Error::notFound(tr("Config \"%1\" not found").arg(name));
}

} // namespace

Status checkPasswordGiven(const QJsonObject &fields)
{
    const QJsonValue password = fields.value(QStringLiteral("connection")).toObject().value(QStringLiteral("password"));
    if (!password.isString() || !password.toString().isEmpty())
        return {};
    Error e = Error::invalidInput(tr("The password is empty; nothing was saved (type it at the prompt, or give it "
                                          "on the first line of stdin)"));
    e.key = QStringLiteral("connection.password");
    return e;
}

QJsonObject ConfigSummary::toJson() const
{
    return {{QStringLiteral("name"), name},         {QStringLiteral("type"), type},
            {QStringLiteral("isTest"), isTest},     {QStringLiteral("protected"), isProtected},
            {QStringLiteral("isActive"), isActive}, {QStringLiteral("dialect"), dialect},
            {QStringLiteral("database"), database}};
}

QJsonObject ConnectionCheck::toJson() const
{
    QJsonObject json{{QStringLiteral("attempted"), attempted}, {QStringLiteral("ok"), ok}};
    if (!serverVersion.isEmpty())
        json.insert(QStringLiteral("serverVersion"), serverVersion);
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    if (databaseMissing)
        json.insert(QStringLiteral("databaseMissing"), true);
    if (tracking)
        json.insert(QStringLiteral("tracking"),
                    QJsonObject{{QStringLiteral("state"), tracking->stateName()},
                                {QStringLiteral("version"), tracking->version},
                                {QStringLiteral("expectedVersion"), tracking->expectedVersion},
                                {QStringLiteral("legacyTables"), QJsonArray::fromStringList(tracking->legacyTables)},
                                {QStringLiteral("vaultMissing"), tracking->vaultMissing}});
    return json;
}

QJsonObject ConfigValidation::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("complete"), completeness.complete},
            {QStringLiteral("missingSecrets"), QJsonArray::fromStringList(completeness.missingSecrets)},
            {QStringLiteral("violations"), QJsonArray::fromStringList(completeness.violations)},
            {QStringLiteral("connection"), connection.toJson()}};
}

QJsonObject ConfigStore::redacted(const Config &config)
{
    QJsonObject json = config.toJson();
    QJsonObject conn = json.value(QStringLiteral("connection")).toObject();
    if (conn.contains(QStringLiteral("password")))
        conn.insert(QStringLiteral("password"), QStringLiteral("********"));
    json.insert(QStringLiteral("connection"), conn);
    return json;
}

Result<QList<ConfigSummary>> ConfigStore::list(const QProcessEnvironment &env)
{
    Result<const State *> state = m_ws.state();
    if (!state)
        return state.error();
    // NOORM_PROTECTED=true protects whichever config a command resolves to: every one.
    Result<QJsonObject> fromEnv = configFromEnvironment(env);
    const bool envProtects = fromEnv && fromEnv->value(QStringLiteral("protected")).toBool();
    QList<ConfigSummary> out;
    for (const Config &c : std::as_const((*state)->configs))
        out << ConfigSummary{c.name, c.type, c.isTest, envProtects || isEffectivelyProtected(c, m_ws.settings()),
                             c.name == (*state)->activeConfig, c.connection.dialect, c.connection.database};
    return out;
}

Result<QJsonObject> ConfigStore::show(const QString &name)
{
    Result<const State *> state = m_ws.state();
    if (!state)
        return state.error();
    const auto it = (*state)->configs.constFind(name);
    if (it == (*state)->configs.constEnd())
        return configNotFound(name);
    QJsonObject json = redacted(*it);
    json.insert(QStringLiteral("protected"), isEffectivelyProtected(*it, m_ws.settings()));
    json.insert(QStringLiteral("isActive"), name == (*state)->activeConfig);
    json.insert(QStringLiteral("secrets"), QJsonArray::fromStringList((*state)->secrets.value(name).keys()));
    return json;
}

Result<QJsonObject> ConfigStore::showStored(const ResolveRequest &request)
{
    Result<QJsonObject> stored = show(request.name);
    Result<const State *> state = m_ws.state();
    if (!stored || !state)
        return stored;
    // What the environment or a flag changes is what a command would use: show that, and say so.
    Result<Config> effective = m_ws.resolveConfig(request);
    Result<QJsonObject> sources = configSources(**state, m_ws.settings(), request);
    if (!effective || !sources)
        return stored;
    // Only a config's own fields: any other NOORM_* variable maps to a key nothing reads.
    static const QStringList kFields = {QStringLiteral("name"),     QStringLiteral("type"),  QStringLiteral("isTest"),
                                        QStringLiteral("protected"), QStringLiteral("identity"), QStringLiteral("connection"),
                                        QStringLiteral("paths")};
    const QJsonObject shown = redacted(*effective);
    QJsonObject json = *stored, overrides;
    for (auto it = sources->constBegin(); it != sources->constEnd(); ++it) {
        const QStringList path = it.key().split(QLatin1Char('.'));
        if ((it->toString() != QLatin1String("environment") && it->toString() != QLatin1String("flag")) || !kFields.contains(path.first()))
            continue;
        overrides.insert(it.key(), *it);
        if (path.size() == 1) {
            json.insert(path.first(), path.first() == QLatin1String("protected") ? QJsonValue(effective->isProtected) : shown.value(path.first()));
        } else if (path.size() == 2) {
            QJsonObject part = json.value(path.first()).toObject();
            part.insert(path.last(), shown.value(path.first()).toObject().value(path.last()));
            json.insert(path.first(), part);
        }
    }
    if (overrides.isEmpty())
        return stored;
    json.insert(QStringLiteral("overrides"), overrides);
    return json;
}

Result<QJsonObject> ConfigStore::show(const ResolveRequest &request)
{
    Result<const State *> state = m_ws.state();
    if (!state)
        return state.error();
    if ((*state)->configs.contains(request.name))
        return showStored(request);
    // A name that is not stored can only be the env-only config's: resolve without it.
    ResolveRequest unnamed = request;
    unnamed.name.clear();
    Result<Config> config = m_ws.resolveConfig(unnamed);
    if (!request.name.isEmpty() && (!config || config->name != request.name))
        return configNotFound(request.name);
    if (!config)
        return config.error();
    if ((*state)->configs.contains(config->name)) {
        ResolveRequest named = request;
        named.name = config->name;
        return showStored(named);
    }
    Result<QJsonObject> sources = configSources(**state, m_ws.settings(), unnamed);
    if (!sources)
        return sources.error();
    QJsonObject json = redacted(*config);
    json.insert(QStringLiteral("isActive"), false);
    json.insert(QStringLiteral("secrets"), QJsonArray());
    json.insert(QStringLiteral("sources"), *sources);
    return json;
}

Result<Config> ConfigStore::add(const QJsonObject &fields, bool makeActive)
{
    const QString name = fields.value(QStringLiteral("name")).toString();
    if (Status s = checkPasswordGiven(fields); !s)
        return s.error();
    if (Status s = checkStageProtection(name, fields, m_ws.settings()); !s)
        return s.error();
    // Stage defaults fill what the flags leave out (a config named like a stage belongs to
    // it), and the settings' paths what neither gives.
    Config config = Config::fromJson(
        mergeJson(mergeJson(settingsPathsJson(m_ws.settings()), stageDefaultsJson(m_ws.settings(), name)), fields));
    if (usesDatabaseFile(config))
        config.connection.host.clear();
    else if (config.connection.host.isEmpty())
        config.connection.host = QStringLiteral("localhost");
    if (Status s = validateConfig(config); !s)
        return s.error();
    const Status saved = m_ws.updateState([&](State &st) -> Status {
        if (st.configs.contains(name)) {
            Error e = Error::refused(tr("Config \"%1\" already exists").arg(name)).withHint(Hint::Action::EditConfig, name);
            e.key = QStringLiteral("name");
            return e;
        }
        st.configs.insert(name, config);
        if (makeActive || st.activeConfig.isEmpty())
            st.activeConfig = name;
        return {};
    });
    if (!saved)
        return saved.error();
    return config;
}

Result<Config> ConfigStore::edit(const QString &name, const QJsonObject &changes, const QString &rename)
{
    if (Status s = checkPasswordGiven(changes); !s)
        return s.error();
    Config updated;
    const Status saved = m_ws.updateState([&](State &st) -> Status {
        const auto it = st.configs.constFind(name);
        if (it == st.configs.constEnd())
            return configNotFound(name);
        if (Status s = checkStageProtection(name, changes, m_ws.settings()); !s)
            return s;
        const QString oldDialect = it->connection.dialect;
        updated = Config::fromJson(mergeJson(it->toJson(), changes));
        if (updated.connection.dialect != oldDialect) {
            Error e = Error::refused(tr("The dialect of config \"%1\" cannot change after creation (%2 → %3); "
                                                    "add a new config instead")
                                         .arg(name, oldDialect, updated.connection.dialect));
            e.key = QStringLiteral("connection.dialect");
            return e;
        }
        const QString newName = rename.isEmpty() ? name : rename;
        if (newName != name && st.configs.contains(newName))
            return Error::refused(tr("Config \"%1\" already exists").arg(newName));
        if (newName != name) {
            if (Status s = canRenameConfig(name, m_ws.settings()); !s)
                return s;
        }
        updated.name = newName;
        if (Status s = validateConfig(updated); !s)
            return s;
        st.configs.remove(name);
        st.configs.insert(newName, updated);
        if (newName != name) {
            if (st.secrets.contains(name))
                st.secrets.insert(newName, st.secrets.take(name));
            if (st.activeConfig == name)
                st.activeConfig = newName;
        }
        return {};
    });
    if (!saved)
        return saved.error();
    return updated;
}

Status ConfigStore::remove(const QString &name)
{
    return m_ws.updateState([&](State &st) -> Status {
        if (!st.configs.contains(name))
            return configNotFound(name);
        if (Status s = canDeleteConfig(name, m_ws.settings()); !s)
            return s;
        st.configs.remove(name);
        st.secrets.remove(name);
        if (st.activeConfig == name)
            st.activeConfig.clear();
        return {};
    });
}

Result<Config> ConfigStore::copy(const QString &source, const QString &target)
{
    Config copied;
    const Status saved = m_ws.updateState([&](State &st) -> Status {
        const auto it = st.configs.constFind(source);
        if (it == st.configs.constEnd())
            return configNotFound(source);
        if (st.configs.contains(target))
            return Error::refused(tr("Config \"%1\" already exists").arg(target));
        copied = *it;
        copied.name = target;
        if (Status s = validateConfig(copied); !s)
            return s;
        st.configs.insert(target, copied);
        if (st.secrets.contains(source))
            st.secrets.insert(target, st.secrets.value(source));
        return {};
    });
    if (!saved)
        return saved.error();
    return copied;
}

Status ConfigStore::use(const QString &name)
{
    return m_ws.updateState([&](State &st) -> Status {
        if (!st.configs.contains(name))
            return configNotFound(name);
        st.activeConfig = name;
        return {};
    });
}

Result<ConfigValidation> ConfigStore::validate(const ResolveRequest &request, bool connect)
{
    Result<Config> config = m_ws.resolveConfig(request);
    if (!config)
        return config.error();
    Result<const State *> state = m_ws.state();
    if (!state)
        return state.error();
    // A stage asked for by name must be one settings.yml has: a typo would check nothing.
    if (!request.stage.isEmpty() && !m_ws.settings().stage(request.stage)) {
        QStringList stages;
        for (const Stage &s : m_ws.settings().stages)
            stages << s.name;
        return Error::notFound(stages.isEmpty() ? tr("Stage \"%1\" not found: settings.yml has no stages").arg(request.stage)
                                                : tr("Stage \"%1\" not found in settings.yml (its stages: %2)")
                                                      .arg(request.stage, stages.join(QStringLiteral(", "))))
            .withKey(QStringLiteral("stages"));
    }
    ConfigValidation v;
    v.name = config->name;
    v.completeness = checkCompleteness(*config, **state, m_ws.settings(), request.stage);
    if (!connect)
        return v;
    v.connection = checkConnection(*config, m_ws.root());
    return v;
}

ConnectionCheck checkConnection(const Config &config, const QString &projectRoot)
{
    ConnectionCheck check;
    check.attempted = true;
    if (Connection::missingDatabaseFile(config, projectRoot)) {
        check.databaseMissing = true; // opening it would create it: the first run or `db create` will
        check.ok = true;
        return check;
    }
    Result<std::unique_ptr<Connection>> connection = Connection::open(config, projectRoot);
    if (!connection) {
        check.error = connection.error().toString();
        return check;
    }
    check.serverVersion = (*connection)->serverVersion();
    Result<TrackingInspection> tracking = TrackingSchema::inspect(**connection);
    if (!tracking) {
        check.error = tracking.error().toString();
        return check;
    }
    check.tracking = *tracking;
    check.ok = tracking->state != TrackingInspection::State::Newer;
    if (!check.ok)
        check.error = QStringLiteral("the tracking tables are at schema version %1, newer than the version %2 "
                                     "this noorm supports")
                          .arg(tracking->version)
                          .arg(tracking->expectedVersion);
    return check;
}

} // namespace noorm
