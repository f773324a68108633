#include "state/state.h"

#include "common/version.h"

#include <QJsonValue>
#include <algorithm>

namespace noorm {

namespace {

const char *const kKnownKeys[] = {"version", "schemaVersion", "activeConfig", "configs",
                                  "secrets", "globalSecrets", "knownUsers", "vaultSync", "pendingPasswords"};

Error badField(const QString &key, const QString &what)
{
    Error e = Error::invalidData(tr("state field \"%1\" %2").arg(key, what));
    e.key = key;
    return e;
}

// A missing or null field is the migration's default; any other wrong type is damage.
Result<QJsonObject> objectField(const QJsonObject &json, const QString &key)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return QJsonObject();
    if (!v.isObject())
        return badField(key, QStringLiteral("is not an object"));
    return v.toObject();
}

Result<QMap<QString, Secret>> secretMap(const QJsonObject &json, const QString &where)
{
    QMap<QString, Secret> out;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!it.value().isString())
            return badField(where + QLatin1Char('.') + it.key(), QStringLiteral("is not a string"));
        out.insert(it.key(), Secret(it.value().toString()));
    }
    return out;
}

QJsonObject secretObject(const QMap<QString, Secret> &secrets)
{
    QJsonObject out;
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        out.insert(it.key(), it.value().reveal());
    return out;
}

} // namespace

QJsonObject State::toJson() const
{
    QJsonObject json = extra;
    json.insert(QStringLiteral("version"), version);
    json.insert(QStringLiteral("schemaVersion"), schemaVersion);
    json.insert(QStringLiteral("activeConfig"), activeConfig.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(activeConfig));
    QJsonObject configsJson;
    for (auto it = configs.begin(); it != configs.end(); ++it)
        configsJson.insert(it.key(), it.value().toJson());
    json.insert(QStringLiteral("configs"), configsJson);
    QJsonObject secretsJson;
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        secretsJson.insert(it.key(), secretObject(it.value()));
    json.insert(QStringLiteral("secrets"), secretsJson);
    json.insert(QStringLiteral("globalSecrets"), secretObject(globalSecrets));
    json.insert(QStringLiteral("knownUsers"), knownUsers);
    if (!vaultSync.isEmpty())
        json.insert(QStringLiteral("vaultSync"), vaultSync);
    if (!pendingPasswords.isEmpty())
        json.insert(QStringLiteral("pendingPasswords"), secretObject(pendingPasswords));
    return json;
}

QString State::newerWriter(const QJsonObject &json)
{
    const QJsonValue schema = json.value(QStringLiteral("schemaVersion"));
    const QString version = json.value(QStringLiteral("version")).toString();
    const bool newerSchema = schema.isDouble() && schema.toInt() > kSchemaVersion;
    const bool newerPackage = schema.isDouble() && !version.isEmpty()
        && compareVersions(version, QStringLiteral(NOORM_VERSION)) > 0;
    if (!newerSchema && !newerPackage)
        return QString();
    return QStringLiteral("noorm %1 (state schema %2)")
        .arg(version.isEmpty() ? QStringLiteral("of unknown version") : version)
        .arg(schema.toInt());
}

Result<State> State::fromJson(const QJsonObject &json)
{
    State s;
    // No schemaVersion = written before versioning (the original's StateManager never
    // writes it): schema 0, which the v1 migration turns into 1 by filling defaults.
    const QJsonValue schema = json.value(QStringLiteral("schemaVersion"));
    if (!schema.isUndefined() && !schema.isDouble())
        return badField(QStringLiteral("schemaVersion"), QStringLiteral("is not a number"));
    // A newer schema is kept as read, so the state shows where it came from; StateStore
    // refuses to save over it.
    s.schemaVersion = std::max(schema.isDouble() ? schema.toInt() : 0, kSchemaVersion);

    if (const QJsonValue v = json.value(QStringLiteral("version")); v.isString() && !v.toString().isEmpty())
        s.version = v.toString();
    const QJsonValue active = json.value(QStringLiteral("activeConfig"));
    if (!active.isUndefined() && !active.isNull() && !active.isString())
        return badField(QStringLiteral("activeConfig"), QStringLiteral("is not a string"));
    s.activeConfig = active.toString();

    auto configs = objectField(json, QStringLiteral("configs"));
    if (!configs)
        return configs.error();
    for (auto it = configs->begin(); it != configs->end(); ++it) {
        if (!it.value().isObject())
            return badField(QStringLiteral("configs.") + it.key(), QStringLiteral("is not an object"));
        Config c = Config::fromJson(it.value().toObject());
        if (c.name.isEmpty())
            c.name = it.key();
        s.configs.insert(it.key(), c);
    }

    auto secrets = objectField(json, QStringLiteral("secrets"));
    if (!secrets)
        return secrets.error();
    for (auto it = secrets->begin(); it != secrets->end(); ++it) {
        if (!it.value().isObject())
            return badField(QStringLiteral("secrets.") + it.key(), QStringLiteral("is not an object"));
        auto map = secretMap(it.value().toObject(), QStringLiteral("secrets.") + it.key());
        if (!map)
            return map.error();
        s.secrets.insert(it.key(), *map);
    }

    auto globals = objectField(json, QStringLiteral("globalSecrets"));
    if (!globals)
        return globals.error();
    auto globalMap = secretMap(*globals, QStringLiteral("globalSecrets"));
    if (!globalMap)
        return globalMap.error();
    s.globalSecrets = *globalMap;

    auto users = objectField(json, QStringLiteral("knownUsers"));
    if (!users)
        return users.error();
    s.knownUsers = *users;

    auto synced = objectField(json, QStringLiteral("vaultSync"));
    if (!synced)
        return synced.error();
    s.vaultSync = *synced;

    auto pending = objectField(json, QStringLiteral("pendingPasswords"));
    if (!pending)
        return pending.error();
    auto pendingMap = secretMap(*pending, QStringLiteral("pendingPasswords"));
    if (!pendingMap)
        return pendingMap.error();
    s.pendingPasswords = *pendingMap;

    s.extra = json;
    for (const char *key : kKnownKeys)
        s.extra.remove(QLatin1String(key));
    return s;
}

} // namespace noorm
