#pragma once
// SecretStore: config secrets and global secrets in the encrypted state (`noorm secret`).
// Values are never listed; `list` says which keys are set and which the settings require.

#include "common/result.h"
#include "common/secret.h"

#include <QJsonObject>
#include <QList>

namespace noorm {

class Workspace;

struct SecretEntry {
    QString key;
    bool isSet = false;
    bool required = false;   // declared required by settings.yml (stage or root)
    QString type;            // declared type, when declared
    QJsonObject toJson() const;
};

// A secret's key as noorm and the original take it: a letter or _, then letters, digits,
// _, . and - (the vault's keys too: a synced one becomes a local secret).
Status checkSecretKey(const QString &key);

class SecretStore {
public:
    explicit SecretStore(Workspace &workspace) : m_ws(workspace) {}

    // `configName` empty = global secret. The config must exist for config secrets.
    Status set(const QString &configName, const QString &key, const Secret &value);
    Status remove(const QString &configName, const QString &key);
    Result<QList<SecretEntry>> list(const QString &configName);
    // One value, for a front end that shows or copies it when the user asks (never listed).
    Result<Secret> value(const QString &configName, const QString &key);

private:
    Workspace &m_ws;
};

} // namespace noorm
