#include "config/config.h"

#include <QStringList>

namespace noorm {

namespace {

QJsonObject withoutKeys(QJsonObject object, std::initializer_list<const char *> keys)
{
    for (const char *k : keys)
        object.remove(QLatin1String(k));
    return object;
}

} // namespace

bool ConnectionConfig::sslEnabled() const
{
    if (ssl.isBool())
        return ssl.toBool();
    return ssl.isObject();
}

QStringList knownDialects()
{
    return {QStringLiteral("postgres"), QStringLiteral("mysql"), QStringLiteral("sqlite"),
            QStringLiteral("mssql")};
}

bool isKnownDialect(const QString &dialect) { return knownDialects().contains(dialect); }

int defaultPort(const QString &dialect)
{
    if (dialect == QLatin1String("postgres"))
        return 5432;
    if (dialect == QLatin1String("mysql"))
        return 3306;
    if (dialect == QLatin1String("mssql"))
        return 1433;
    return 0;
}

QJsonObject Config::toJson() const
{
    QJsonObject conn = connection.extra;
    conn.insert(QStringLiteral("dialect"), connection.dialect);
    if (!connection.host.isEmpty())
        conn.insert(QStringLiteral("host"), connection.host);
    if (connection.port)
        conn.insert(QStringLiteral("port"), *connection.port);
    conn.insert(QStringLiteral("database"), connection.database);
    if (!connection.user.isEmpty())
        conn.insert(QStringLiteral("user"), connection.user);
    if (!connection.password.isEmpty())
        conn.insert(QStringLiteral("password"), connection.password.reveal());
    if (!connection.ssl.isUndefined() && !connection.ssl.isNull())
        conn.insert(QStringLiteral("ssl"), connection.ssl);
    if (connection.poolMin || connection.poolMax) {
        QJsonObject pool;
        if (connection.poolMin)
            pool.insert(QStringLiteral("min"), *connection.poolMin);
        if (connection.poolMax)
            pool.insert(QStringLiteral("max"), *connection.poolMax);
        conn.insert(QStringLiteral("pool"), pool);
    }

    QJsonObject json = extra;
    json.insert(QStringLiteral("name"), name);
    json.insert(QStringLiteral("type"), type);
    json.insert(QStringLiteral("isTest"), isTest);
    json.insert(QStringLiteral("protected"), isProtected);
    json.insert(QStringLiteral("connection"), conn);
    json.insert(QStringLiteral("paths"),
                QJsonObject{{QStringLiteral("sql"), sqlPath}, {QStringLiteral("changes"), changesPath}});
    if (!identity.isEmpty())
        json.insert(QStringLiteral("identity"), identity);
    return json;
}

Config Config::fromJson(const QJsonObject &json)
{
    Config c;
    c.name = json.value(QStringLiteral("name")).toString();
    c.type = json.value(QStringLiteral("type")).toString(QStringLiteral("local"));
    c.isTest = json.value(QStringLiteral("isTest")).toBool(false);
    c.isProtected = json.value(QStringLiteral("protected")).toBool(false);
    c.identity = json.value(QStringLiteral("identity")).toString();
    const QJsonObject paths = json.value(QStringLiteral("paths")).toObject();
    c.sqlPath = paths.value(QStringLiteral("sql")).toString(QStringLiteral("./sql"));
    c.changesPath = paths.value(QStringLiteral("changes")).toString(QStringLiteral("./changes"));
    c.extra = withoutKeys(json, {"name", "type", "isTest", "protected", "connection", "paths", "identity"});

    const QJsonObject conn = json.value(QStringLiteral("connection")).toObject();
    ConnectionConfig &cc = c.connection;
    cc.dialect = conn.value(QStringLiteral("dialect")).toString();
    cc.host = conn.value(QStringLiteral("host")).toString();
    if (conn.contains(QStringLiteral("port")))
        cc.port = conn.value(QStringLiteral("port")).toInt();
    cc.database = conn.value(QStringLiteral("database")).toString();
    if (cc.database.isEmpty()) // the original accepts `filename` for sqlite
        cc.database = conn.value(QStringLiteral("filename")).toString();
    cc.user = conn.value(QStringLiteral("user")).toString();
    cc.password = Secret(conn.value(QStringLiteral("password")).toString());
    cc.ssl = conn.value(QStringLiteral("ssl"));
    const QJsonObject pool = conn.value(QStringLiteral("pool")).toObject();
    if (pool.contains(QStringLiteral("min")))
        cc.poolMin = pool.value(QStringLiteral("min")).toInt();
    if (pool.contains(QStringLiteral("max")))
        cc.poolMax = pool.value(QStringLiteral("max")).toInt();
    cc.extra = withoutKeys(conn, {"dialect", "host", "port", "database", "filename", "user", "password",
                                  "ssl", "pool"});
    return c;
}

} // namespace noorm
