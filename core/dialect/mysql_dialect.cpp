#include "dialect/mysql_dialect.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace noorm {

QString MysqlDialect::connectOptions(const ConnectionConfig &c) const
{
    QStringList options{QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=5")};
    if (c.ssl.isObject()) {
        const QJsonObject ssl = c.ssl.toObject();
        const std::pair<const char *, const char *> files[] = {
            {"ca", "SSL_CA"}, {"cert", "SSL_CERT"}, {"key", "SSL_KEY"}};
        bool any = false;
        for (const auto &[jsonKey, option] : files) {
            const QString path = ssl.value(QLatin1String(jsonKey)).toString();
            if (!path.isEmpty()) {
                options << QLatin1String(option) + QLatin1Char('=') + path;
                any = true;
            }
        }
        if (!any)
            options << QStringLiteral("SSL_CAPATH=/etc/ssl/certs");
    } else if (c.ssl.isBool() && c.ssl.toBool()) {
        // Qt 6.4's QMYSQL switches TLS on only when some SSL_* option is set.
        options << QStringLiteral("SSL_CAPATH=/etc/ssl/certs");
    }
    return options.join(QLatin1Char(';'));
}

ConnectFailure MysqlDialect::classifyConnectError(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("1049"))
        return ConnectFailure::MissingDatabase;
    if (code == QLatin1String("1045") || code == QLatin1String("1044") || code == QLatin1String("1698"))
        return ConnectFailure::BadCredentials;
    if (code == QLatin1String("2002") || code == QLatin1String("2003") || code == QLatin1String("2005")
        || code == QLatin1String("2013"))
        return ConnectFailure::Unreachable;
    const QString text = error.text();
    if (text.contains(QLatin1String("Unknown database"), Qt::CaseInsensitive))
        return ConnectFailure::MissingDatabase;
    if (text.contains(QLatin1String("Access denied"), Qt::CaseInsensitive))
        return ConnectFailure::BadCredentials;
    if (text.contains(QLatin1String("Can't connect"), Qt::CaseInsensitive))
        return ConnectFailure::Unreachable;
    return ConnectFailure::Other;
}

bool MysqlDialect::isUniqueViolation(const QSqlError &error) const
{
    return error.nativeErrorCode() == QLatin1String("1062"); // ER_DUP_ENTRY
}

QString MysqlDialect::quoteIdentifier(const QString &identifier) const
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('`'), QLatin1String("``"));
    return QLatin1Char('`') + escaped + QLatin1Char('`');
}

QString MysqlDialect::quoteString(const QString &value) const
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString MysqlDialect::tableExistsSql(const QString &schema, const QString &table) const
{
    const QString schemaSql = schema.isEmpty() ? QStringLiteral("DATABASE()") : quoteString(schema);
    return QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_schema = %1 AND table_name = %2")
        .arg(schemaSql, quoteString(table));
}

InsertStatement MysqlDialect::insertReturningId(const QString &qualifiedTable, const QStringList &columns) const
{
    return {QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(qualifiedTable, columns.join(QStringLiteral(", ")), placeholders(int(columns.size()))),
            QStringLiteral("SELECT LAST_INSERT_ID()")};
}

QString MysqlDialect::databaseExistsSql(const QString &database) const
{
    return QStringLiteral("SELECT 1 FROM information_schema.schemata WHERE schema_name = %1")
        .arg(quoteString(database));
}

QStringList MysqlDialect::createDatabaseSql(const QString &database) const
{
    return {QStringLiteral("CREATE DATABASE IF NOT EXISTS %1").arg(quoteIdentifier(database))};
}

QStringList MysqlDialect::dropDatabaseSql(const QString &database) const
{
    return {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quoteIdentifier(database))};
}

QString MysqlDialect::defaultSql(const TrackingColumn &column) const
{
    // MySQL 8 in strict mode rejects a literal default on TEXT (error 1101); writers
    // always supply those values.
    if (column.type == ColumnType::Text)
        return {};
    return Dialect::defaultSql(column);
}

SplitRules MysqlDialect::splitRules() const
{
    // The mysql/mariadb client's add_line().
    SplitRules r;
    r.delimiterDirective = true;
    r.backslashEscapes = true;
    r.backtickIdentifiers = true;
    r.hashComments = true;
    r.dashCommentNeedsSpace = true;
    r.executableComments = true;
    return r;
}

std::unique_ptr<StatementInterrupter> MysqlDialect::interrupterFor(const QSqlDatabase &db, const Config &config) const
{
    QSqlQuery id(db);
    if (!id.exec(QStringLiteral("SELECT CONNECTION_ID()")) || !id.next())
        return nullptr;
    return makeMysqlInterrupter(config, id.value(0).toLongLong());
}

} // namespace noorm
