#pragma once
// Environment overrides: NOORM_<PATH>_<TO>_<FIELD> variables mapped to a nested config
// object the way the original does it (strip the prefix, all-caps segments lowercased,
// each `_` one level, values typed except for keys containing "password").
// Behaviour variables (NOORM_CONFIG, NOORM_YES, NOORM_JSON, ...) are not config keys.

#include "common/result.h"

#include <QJsonObject>
#include <QProcessEnvironment>

namespace noorm {

// The config-shaped overrides found in `env`; an invalid NOORM_CONNECTION_DIALECT is an error.
Result<QJsonObject> configFromEnvironment(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// True for variables that steer noorm's behaviour and never become config keys.
bool isBehaviourVariable(const QString &name);

// Deep merge: keys of `over` win; nested objects merge recursively.
QJsonObject mergeJson(QJsonObject base, const QJsonObject &over);

} // namespace noorm
