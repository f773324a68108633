#pragma once
// Live-database switches for tests. The test script (scripts/test.sh) starts PostgreSQL and
// MariaDB and exports NOORM_TEST_{PG,MYSQL}_{HOST,PORT,USER,PASSWORD,DATABASE}, and for the
// tests that make their own roles a superuser in NOORM_TEST_PG_ADMIN_{USER,PASSWORD}. The
// usual role is named like nothing of noorm's (not `noorm`, the tracking schema). Without
// them a live test skips, naming itself on stderr; with CI=true a skip is a failure.

#include <QString>
#include <QtTest>
#include <optional>

namespace noorm::test {

struct LiveServer {
    QString dialect; // postgres | mysql
    QString host;
    int port = 0;
    QString user;
    QString password;
    QString database;
    QString adminUser;     // a superuser, when the script made one (PostgreSQL)
    QString adminPassword;
};

// The server for `dialect` ("postgres" or "mysql"), if the test script started one.
std::optional<LiveServer> liveServer(const QString &dialect);
bool isCi();

// Data rows for a test over dialects: a QString column `column`, one row per dialect
// (named after it).
void addDialectRows(const char *column, const QStringList &dialects);

} // namespace noorm::test

// In a test function: get the live server or skip (fail under CI=true).
#define NOORM_REQUIRE_LIVE(var, dialect)                                                         \
    const auto var##_opt = ::noorm::test::liveServer(QStringLiteral(dialect));                   \
    if (!var##_opt) {                                                                            \
        if (::noorm::test::isCi())                                                               \
            QFAIL("live " dialect " server missing under CI=true (run scripts/test.sh)");        \
        qWarning("SKIPPED live test: no " dialect " server (run scripts/test.sh)");              \
        QSKIP("no live " dialect " server");                                                     \
    }                                                                                            \
    const ::noorm::test::LiveServer &var = *var##_opt
