#include "workspace/secret_store.h"

#include "log/logger.h"
#include "workspace/workspace.h"

#include <QRegularExpression>

namespace noorm {

Status checkSecretKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*\\z"));
    if (pattern.match(key).hasMatch())
        return {};
    Error e = Error::invalidInput(tr("Secret key \"%1\" must start with a letter or _ and contain only "
                                          "letters, digits, _, . and -").arg(key));
    e.key = key;
    return e;
}

namespace {

Error notSet(const QString &configName, const QString &key)
{
    return Error::notFound(tr("Secret %1 is not set%2")
                               .arg(key, configName.isEmpty() ? QStringLiteral(" (global)")
                                                              : QStringLiteral(" for config \"%1\"").arg(configName)));
}

// The secrets of `configName` ("" = the global ones).
QMap<QString, Secret> secretsOf(const State &state, const QString &configName)
{
    return configName.isEmpty() ? state.globalSecrets : state.secrets.value(configName);
}

} // namespace

QJsonObject SecretEntry::toJson() const
{
    QJsonObject json{{QStringLiteral("key"), key}, {QStringLiteral("set"), isSet}, {QStringLiteral("required"), required}};
    if (!type.isEmpty())
        json.insert(QStringLiteral("type"), type);
    return json;
}

Status SecretStore::set(const QString &configName, const QString &key, const Secret &value)
{
    if (Status s = checkSecretKey(key); !s)
        return s;
    if (value.isEmpty())
        return Error::invalidInput(tr("Secret %1: the value is empty").arg(key));
    m_ws.logger()->registerSecret(value.reveal());
    return m_ws.updateState([&](State &st) -> Status {
        if (configName.isEmpty()) {
            st.globalSecrets.insert(key, value);
            return {};
        }
        if (!st.configs.contains(configName))
            return Error::notFound(tr("Config \"%1\" not found").arg(configName));
        st.secrets[configName].insert(key, value);
        return {};
    });
}

Status SecretStore::remove(const QString &configName, const QString &key)
{
    return m_ws.updateState([&](State &st) -> Status {
        const bool removed = configName.isEmpty() ? st.globalSecrets.remove(key) > 0
                                                  : st.secrets[configName].remove(key) > 0;
        if (!removed)
            return notSet(configName, key);
        return {};
    });
}

Result<Secret> SecretStore::value(const QString &configName, const QString &key)
{
    Result<const State *> state = m_ws.state();
    if (!state)
        return state.error();
    const QMap<QString, Secret> values = secretsOf(**state, configName);
    const auto it = values.constFind(key);
    if (it == values.constEnd())
        return notSet(configName, key);
    return *it;
}

Result<QList<SecretEntry>> SecretStore::list(const QString &configName)
{
    Result<const State *> state = m_ws.state();
    if (!state)
        return state.error();
    const QMap<QString, Secret> values = secretsOf(**state, configName);
    QList<SecretEntry> out;
    auto find = [&out](const QString &key) -> SecretEntry & {
        for (SecretEntry &e : out)
            if (e.key == key)
                return e;
        out.append(SecretEntry{key, false, false, {}});
        return out.last();
    };
    for (auto it = values.begin(); it != values.end(); ++it)
        find(it.key()).isSet = true;
    if (!configName.isEmpty()) {
        for (const StageSecret &declared : m_ws.settings().requiredSecrets(configName)) {
            SecretEntry &e = find(declared.key);
            e.required = declared.required;
            e.type = declared.type;
            const bool universal = std::any_of(m_ws.settings().secrets.begin(), m_ws.settings().secrets.end(),
                                               [&](const StageSecret &s) { return s.key == declared.key; });
            if (!e.isSet && universal && (*state)->globalSecrets.contains(declared.key))
                e.isSet = true; // universal secrets may be satisfied globally, as in checkCompleteness
        }
    }
    return out;
}

} // namespace noorm
