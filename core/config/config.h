#pragma once
// Config: one named connection as stored in the encrypted state, field for field the
// original noorm's shape (name, type, isTest, protected, connection, paths, identity),
// so a state written by either tool loads in the other. Unknown JSON keys are kept.

#include "common/secret.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace noorm {

struct ConnectionConfig {
    QString dialect;             // a name in kDialects (dialect/dialect_list.h)
    QString host;                // default localhost (not for sqlite)
    std::optional<int> port;     // default per dialect
    QString database;            // a file path on sqlite
    QString user;
    Secret password;
    QJsonValue ssl;              // bool or {rejectUnauthorized, ca, cert, key}; Undefined = unset
    std::optional<int> poolMin;
    std::optional<int> poolMax;
    QJsonObject extra;           // keys this version does not know, kept on rewrite

    bool sslEnabled() const;
};

struct Config {
    QString name;
    QString type = QStringLiteral("local"); // local | remote
    bool isTest = false;
    bool isProtected = false;    // JSON "protected"
    ConnectionConfig connection;
    QString sqlPath = QStringLiteral("./sql");
    QString changesPath = QStringLiteral("./changes");
    QString identity;            // optional audit-name override
    QJsonObject extra;

    QJsonObject toJson() const;  // includes the password: only for the encrypted state
    static Config fromJson(const QJsonObject &json);
};

} // namespace noorm
