#pragma once
// Config resolution: which config a command uses and what its fields are.
// Name: explicit (-c) > NOORM_CONFIG > active config; none of those and NOORM_CONNECTION_DIALECT
// plus NOORM_CONNECTION_DATABASE set gives env-only mode (config "__env__").
// Fields, later wins: defaults < stage defaults < stored config < NOORM_* environment < flags,
// except protection, which the environment and flags can only add.

#include "common/result.h"
#include "config/config.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

namespace noorm {

struct Settings;
struct State;

struct ResolveRequest {
    QString name;        // -c/--config; empty = NOORM_CONFIG, then the active config
    QJsonObject flags;   // config-shaped overrides from command-line flags
    QString stage;       // explicit stage; empty = the stage named like the config
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
};

struct CompletenessCheck {
    bool complete = true;
    QStringList missingSecrets;
    QStringList violations;
};

// The resolved config; ErrorKind::NotFound for a named config that does not exist, and an
// error saying how to add one when there is no config at all.
Result<Config> resolveConfig(const State &state, const Settings &settings, const ResolveRequest &request);

// Where each value of the config resolveConfig gives came from: dotted key
// ("connection.host") → "default", "stage", "config", "environment" or "flag".
Result<QJsonObject> configSources(const State &state, const Settings &settings, const ResolveRequest &request);

// True when the config's dialect keeps its database in a file (connection.database is a
// path, there is no host); false for an unknown dialect.
bool usesDatabaseFile(const Config &config);

// The original's schema rules: name pattern, dialect, port range, database, host, paths.
Status validateConfig(const Config &config);

// The settings' paths (paths.sql, paths.changes; none where they are empty) as a
// config-shaped JSON layer: what a config that names no paths of its own uses.
QJsonObject settingsPathsJson(const Settings &settings);

// Stage defaults as a config-shaped JSON layer.
QJsonObject stageDefaultsJson(const Settings &settings, const QString &stageName);

CompletenessCheck checkCompleteness(const Config &config, const State &state, const Settings &settings,
                                    const QString &stageName = QString());

// The completeness check as an error listing what is missing (runs refuse incomplete configs).
Status requireComplete(const Config &config, const State &state, const Settings &settings);

// Protection is the config's flag OR its stage's `defaults.protected` (the stage named like
// the config unless `stageName` says otherwise). resolveConfig applies the same rule: the
// environment and flags may add protection, never remove it.
bool isEffectivelyProtected(const Config &config, const Settings &settings, const QString &stageName = QString());

// A stage's protection cannot be taken off its config: refused when config-shaped `fields`
// set protected to false for a config whose stage says protected: true.
Status checkStageProtection(const QString &configName, const QJsonObject &fields, const Settings &settings);

// A config linked to a locked stage cannot be deleted, nor renamed.
Status canDeleteConfig(const QString &configName, const Settings &settings);
Status canRenameConfig(const QString &configName, const Settings &settings);

} // namespace noorm
