#include "live.h"

namespace noorm::test {

void addDialectRows(const char *column, const QStringList &dialects)
{
    QTest::addColumn<QString>(column);
    for (const QString &dialect : dialects)
        QTest::newRow(qPrintable(dialect)) << dialect;
}

bool isCi() { return qEnvironmentVariable("CI") == QLatin1String("true"); }

std::optional<LiveServer> liveServer(const QString &dialect)
{
    const QString prefix = dialect == QLatin1String("postgres") ? QStringLiteral("NOORM_TEST_PG_")
                                                                 : QStringLiteral("NOORM_TEST_MYSQL_");
    auto env = [&](const char *name) { return qEnvironmentVariable(qPrintable(prefix + QLatin1String(name))); };
    if (env("HOST").isEmpty() || env("PORT").isEmpty())
        return std::nullopt;
    return LiveServer{dialect,         env("HOST"),     env("PORT").toInt(), env("USER"), env("PASSWORD"),
                      env("DATABASE"), env("ADMIN_USER"), env("ADMIN_PASSWORD")};
}

} // namespace noorm::test
