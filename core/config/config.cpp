#include "config/config.h"

#include <QStringList>

namespace noorm {

namespace {

// Environment values arrive typed ("123" becomes a number): read scalars leniently.
QString str(const QJsonValue &v, const QString &fallback = QString())
{
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString(fallback);
}

bool boolean(const QJsonValue &v, bool fallback)
{
    if (v.isString())
        return v.toString() == QLatin1String("true") || v.toString() == QLatin1String("1");
    if (v.isDouble())
        return v.toDouble() != 0;
    return v.toBool(fallback);
}

int integer(const QJsonValue &v) { return v.isString() ? v.toString().toInt() : v.toInt(); }

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
    c.name = str(json.value(QStringLiteral("name")));
    c.type = str(json.value(QStringLiteral("type")), QStringLiteral("local"));
    c.isTest = boolean(json.value(QStringLiteral("isTest")), false);
    c.isProtected = boolean(json.value(QStringLiteral("protected")), false);
    c.identity = str(json.value(QStringLiteral("identity")));
    const QJsonObject paths = json.value(QStringLiteral("paths")).toObject();
    c.sqlPath = str(paths.value(QStringLiteral("sql")), QStringLiteral("./sql"));
    c.changesPath = str(paths.value(QStringLiteral("changes")), QStringLiteral("./changes"));
    c.extra = withoutKeys(json, {"name", "type", "isTest", "protected", "connection", "paths", "identity"});

    const QJsonObject conn = json.value(QStringLiteral("connection")).toObject();
    ConnectionConfig &cc = c.connection;
    cc.dialect = str(conn.value(QStringLiteral("dialect")));
    cc.host = str(conn.value(QStringLiteral("host")));
    if (conn.contains(QStringLiteral("port")))
        cc.port = integer(conn.value(QStringLiteral("port")));
    cc.database = str(conn.value(QStringLiteral("database")));
    if (cc.database.isEmpty()) // the original accepts `filename` for sqlite
        cc.database = str(conn.value(QStringLiteral("filename")));
    cc.user = str(conn.value(QStringLiteral("user")));
    cc.password = Secret(str(conn.value(QStringLiteral("password"))));
    cc.ssl = conn.value(QStringLiteral("ssl"));
    const QJsonObject pool = conn.value(QStringLiteral("pool")).toObject();
    if (pool.contains(QStringLiteral("min")))
        cc.poolMin = integer(pool.value(QStringLiteral("min")));
    if (pool.contains(QStringLiteral("max")))
        cc.poolMax = integer(pool.value(QStringLiteral("max")));
    cc.extra = withoutKeys(conn, {"dialect", "host", "port", "database", "filename", "user", "password",
                                  "ssl", "pool"});
    return c;
}

} // namespace noorm
