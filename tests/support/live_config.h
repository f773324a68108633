#pragma once
// Configs for tests over dialects: a live server (live.h) as a noorm Config, and names that
// no other test or earlier run uses on a shared server. Header-only, so the support
// library stays free of core's modules; include it from tests that link noorm_config.

#include "config/config.h"
#include "live.h"

#include <QCoreApplication>
#include <QDateTime>

namespace noorm::test {

inline Config liveConfig(const LiveServer &server)
{
    Config config;
    config.connection.dialect = server.dialect;
    config.connection.host = server.host;
    config.connection.port = server.port;
    config.connection.user = server.user;
    config.connection.password = Secret(server.password);
    config.connection.database = server.database;
    return config;
}

inline QString uniqueName(const QString &stem)
{
    static int counter = 0;
    return QStringLiteral("%1_%2_%3_%4")
        .arg(stem)
        .arg(QCoreApplication::applicationPid())
        .arg(QDateTime::currentMSecsSinceEpoch() % 100000)
        .arg(++counter);
}

} // namespace noorm::test
