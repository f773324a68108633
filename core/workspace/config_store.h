#pragma once
// ConfigStore: the config commands (add, edit, rm, copy, use, list, show, validate) over a
// Workspace. Each call changes the state in memory and saves it atomically; a failed call
// leaves the state file as it was.

#include "common/result.h"
#include "config/config.h"
#include "db/tracking_schema.h"
#include "workspace/config_resolver.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace noorm {

class Workspace;

struct ConfigSummary {
    QString name;
    QString type;
    bool isTest = false;
    bool isProtected = false;
    bool isActive = false;
    QString dialect;
    QString database;
    QJsonObject toJson() const; // {name,type,isTest,protected,isActive,dialect,database}
};

struct ConnectionCheck {
    bool attempted = false;
    bool ok = false;
    QString serverVersion;
    QString error;
    bool databaseMissing = false;           // a file database that does not exist yet
    std::optional<TrackingInspection> tracking; // after a successful connection
    QJsonObject toJson() const;
};

struct ConfigValidation {
    QString name;
    CompletenessCheck completeness;
    ConnectionCheck connection;
    bool ok() const { return completeness.complete && (!connection.attempted || connection.ok); }
    QJsonObject toJson() const; // {name, complete, missingSecrets, violations, connection}
};

// A password given empty (--password with nothing on stdin, or an empty line) is refused,
// as `secret set` refuses an empty value, rather than saved as "no password". `fields` is
// config-shaped JSON; no password in it is no error. ErrorKind::InvalidInput, key
// connection.password.
Status checkPasswordGiven(const QJsonObject &fields);

// Connects to `config` as it is (stored or not: the desktop's "Test connection" on a form)
// and reports the server version and the tracking tables' state. Changes nothing: a file
// database that does not exist yet is not created (databaseMissing).
ConnectionCheck checkConnection(const Config &config, const QString &projectRoot);

class ConfigStore {
public:
    explicit ConfigStore(Workspace &workspace) : m_ws(workspace) {}

    // list() and show() report the effective protection (the config's flag OR its stage's).
    // NOORM_PROTECTED=true in `env` protects every config.
    Result<QList<ConfigSummary>> list(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // Stored config fields, password replaced by "********" when set.
    Result<QJsonObject> show(const QString &name);
    // The config `request` names or resolves to (-c, NOORM_CONFIG, the active one, or the
    // env-only one): a stored config as show(name) gives it; the env-only config as resolved
    // (password masked) with `sources`, where each value came from (see configSources). A
    // stored config that the environment or a flag changes (NOORM_PROTECTED, NOORM_CONNECTION_HOST)
    // shows as a command would use it, with `overrides`: {"protected": "environment", ...}.
    Result<QJsonObject> show(const ResolveRequest &request);
    // `fields` is config-shaped JSON (name, type, isTest, protected, connection{...}, paths{...}, identity).
    Result<Config> add(const QJsonObject &fields, bool makeActive);
    // Applies `changes` (same shape) to a stored config; `rename` renames it (secrets follow).
    // The dialect cannot change after creation. add and edit refuse an empty password
    // (ErrorKind::InvalidInput) and protected set to false on a config whose stage says protected.
    Result<Config> edit(const QString &name, const QJsonObject &changes, const QString &rename = QString());
    Status remove(const QString &name);
    Result<Config> copy(const QString &source, const QString &target);
    Status use(const QString &name);
    // Completeness (stage secrets, constraints) and, when `connect`, a live connection that
    // reports the server version and the state of the tracking tables. Changes nothing:
    // no file database is created, no tracking table is created or upgraded.
    Result<ConfigValidation> validate(const ResolveRequest &request, bool connect = true);

    static QJsonObject redacted(const Config &config);

private:
    Result<QJsonObject> showStored(const ResolveRequest &request);
    Workspace &m_ws;
};

} // namespace noorm
