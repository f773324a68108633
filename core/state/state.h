#pragma once
// State: everything noorm keeps per project and per machine (configs, their secrets, global
// secrets, known users, the active config), as stored encrypted in .noorm/state/state.enc.
// The JSON field names are the original noorm's, so either tool can read the other's state;
// unknown top-level keys are kept so a newer writer's data survives a rewrite here.

#include "common/result.h"
#include "common/secret.h"
#include "config/config.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace noorm {

struct State {
    // The state's shape version (the original's CURRENT_VERSIONS.state), not the package's.
    static constexpr int kSchemaVersion = 1;

    QString version = QStringLiteral(NOORM_VERSION); // package version that last wrote it
    int schemaVersion = kSchemaVersion;
    QString activeConfig; // empty = null
    QMap<QString, Config> configs;
    QMap<QString, QMap<QString, Secret>> secrets; // config -> key -> value
    QMap<QString, Secret> globalSecrets;
    QJsonObject knownUsers; // identityHash -> {identityHash,email,name,publicKey,machine,os,lastSeen,source}
    QJsonObject vaultSync;  // database -> SHA-256 of the team vault's rows for you at the last `secrets sync` (ours; the original has none)
    QMap<QString, Secret> pendingPasswords; // config -> a rotated password the server may have already (ours): see password_rotation.h
    QJsonObject extra;      // unknown top-level keys, kept

    // Includes every secret in clear: only ever hand the result to the state cipher.
    QJsonObject toJson() const;
    // Applies the additive migrations (missing fields get defaults). A state from a newer
    // noorm is read as far as this build understands it (see newerWriter()).
    static Result<State> fromJson(const QJsonObject &json);

    // "noorm <version> (state schema <n>)" when a newer noorm wrote this decrypted state, so
    // rewriting it here would downgrade it; empty when this build may rewrite it. Newer means
    // a higher schemaVersion, or, for a state with a schemaVersion (this line of noorm writes
    // one), a higher package version. The original noorm writes none and numbers its releases
    // on its own line (0.x, 1.0.0-alpha.N), and its states are schema 1, which this build
    // reads whole: they stay writable, as both tools share them.
    static QString newerWriter(const QJsonObject &json);
};

} // namespace noorm
