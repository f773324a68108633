#pragma once
// A test's database over dialects: a config for "sqlite" (app.db in the test's project) or
// a live server, and its connection with the tracking tables ensured. Header-only, for
// tests that link noorm_db.

#include "db/connection.h"
#include "db/tracking_schema.h"
#include "live_config.h"

#include <memory>

namespace noorm::test {

// Opens `config` and ensures its tracking tables.
inline Result<std::unique_ptr<Connection>> openTracked(const Config &config, const QString &projectRoot)
{
    Result<std::unique_ptr<Connection>> opened = Connection::open(config, projectRoot);
    if (!opened)
        return opened;
    if (Result<TrackingStatus> ensured = TrackingSchema::ensure(**opened); !ensured)
        return ensured.error();
    return opened;
}

// A statement that runs until it is interrupted, on `dialectName`'s database: for cancel tests.
inline QString endlessStatement(const QString &dialectName)
{
    if (dialectName == QLatin1String("postgres"))
        return QStringLiteral("SELECT pg_sleep(3600);");
    if (dialectName == QLatin1String("mysql"))
        return QStringLiteral("SELECT SLEEP(3600);");
    return QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c;");
}

} // namespace noorm::test

// In a test function: `config` becomes a uniquely named config on `dialectName`'s database
// (a live server is required as NOORM_REQUIRE_LIVE says; sqlite: app.db in the project).
#define NOORM_CONFIG_FOR_DIALECT(config, dialectName)                                            \
    if ((dialectName) == QLatin1String("postgres")) {                                            \
        NOORM_REQUIRE_LIVE(pgServer, "postgres");                                                \
        config = ::noorm::test::liveConfig(pgServer);                                            \
    } else if ((dialectName) == QLatin1String("mysql")) {                                        \
        NOORM_REQUIRE_LIVE(myServer, "mysql");                                                   \
        config = ::noorm::test::liveConfig(myServer);                                            \
    } else {                                                                                     \
        config.connection.dialect = QStringLiteral("sqlite");                                    \
        config.connection.database = QStringLiteral("app.db");                                   \
    }                                                                                            \
    config.name = ::noorm::test::uniqueName(QStringLiteral("cfg"))

// In a test function: `f.connection` opened on `f.config`, tracking tables ensured.
#define NOORM_OPEN_TRACKED(f)                                                                    \
    do {                                                                                         \
        Result<std::unique_ptr<Connection>> opened_ = ::noorm::test::openTracked(f.config, f.project.root()); \
        QVERIFY2(opened_, qPrintable(opened_ ? QString() : opened_.error().toString()));        \
        f.connection = std::move(opened_).value();                                               \
    } while (false)
