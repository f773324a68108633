#include "dialect/mssql_dialect.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace noorm {

namespace {

QString odbcValue(const QString &value)
{
    const bool needsBraces = value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('{'))
                             || value.contains(QLatin1Char('}')) || value.contains(QLatin1Char('='))
                             || value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '));
    if (!needsBraces)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('}'), QLatin1String("}}"));
    return QLatin1Char('{') + escaped + QLatin1Char('}');
}

} // namespace

QString odbcConnectionString(const ConnectionConfig &c)
{
    QStringList parts{QStringLiteral("DRIVER={FreeTDS}")};
    parts << QStringLiteral("SERVER=") + odbcValue(c.host.isEmpty() ? QStringLiteral("localhost") : c.host);
    parts << QStringLiteral("PORT=%1").arg(c.port.value_or(1433));
    if (!c.database.isEmpty())
        parts << QStringLiteral("DATABASE=") + odbcValue(c.database);
    if (!c.user.isEmpty())
        parts << QStringLiteral("UID=") + odbcValue(c.user);
    if (!c.password.isEmpty())
        parts << QStringLiteral("PWD=") + odbcValue(c.password.reveal());
    parts << QStringLiteral("TDS_Version=7.4");
    if (c.sslEnabled())
        parts << QStringLiteral("Encryption=require");
    return parts.join(QLatin1Char(';'));
}

QString MssqlDialect::connectOptions(const ConnectionConfig &) const
{
    return QStringLiteral("SQL_ATTR_LOGIN_TIMEOUT=5");
}

void MssqlDialect::configure(QSqlDatabase &db, const ConnectionConfig &c, const QString &projectRoot) const
{
    Q_UNUSED(projectRoot);
    // Everything goes in the connection string; QODBC would append UID/PWD unescaped.
    db.setDatabaseName(odbcConnectionString(c));
    db.setConnectOptions(connectOptions(c));
}

ConnectFailure MssqlDialect::classifyConnectError(const QSqlError &error) const
{
    const QString text = error.text();
    auto has = [&](const char *needle) { return text.contains(QLatin1String(needle), Qt::CaseInsensitive); };
    if (has("Cannot open database") || error.nativeErrorCode().contains(QLatin1String("4060")))
        return ConnectFailure::MissingDatabase;
    if (has("Login failed") || error.nativeErrorCode().contains(QLatin1String("18456")))
        return ConnectFailure::BadCredentials;
    if (has("Adaptive Server is unavailable") || has("Unable to connect") || has("timeout")
        || has("Unknown host"))
        return ConnectFailure::Unreachable;
    return ConnectFailure::Other;
}

bool MssqlDialect::isUniqueViolation(const QSqlError &error) const
{
    // 2627: UNIQUE/PRIMARY KEY constraint, 2601: unique index. QODBC hands back the native
    // number; the text is the fallback when a driver gives only the SQLSTATE (23000).
    const QString code = error.nativeErrorCode();
    if (code.contains(QLatin1String("2627")) || code.contains(QLatin1String("2601")))
        return true;
    const QString text = error.text();
    return text.contains(QLatin1String("Violation of UNIQUE KEY constraint"), Qt::CaseInsensitive)
           || text.contains(QLatin1String("Cannot insert duplicate key"), Qt::CaseInsensitive);
}

QString MssqlDialect::quoteIdentifier(const QString &identifier) const
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char(']'), QLatin1String("]]"));
    return QLatin1Char('[') + escaped + QLatin1Char(']');
}

QString MssqlDialect::quoteString(const QString &value) const
{
    return QLatin1Char('N') + Dialect::quoteString(value);
}

QString MssqlDialect::selectLimitSql(const QString &body, int limit) const
{
    return QStringLiteral("SELECT TOP %1 %2").arg(limit).arg(body);
}

QStringList MssqlDialect::createTrackingSchemaSql() const
{
    // CREATE SCHEMA must be alone in its batch, hence EXEC.
    return {QStringLiteral("IF SCHEMA_ID('noorm') IS NULL EXEC('CREATE SCHEMA noorm')")};
}

QString MssqlDialect::trackingSchemaExistsSql() const
{
    return QStringLiteral("SELECT 1 FROM sys.schemas WHERE name = %1").arg(quoteString(trackingSchema()));
}

QString MssqlDialect::moveLegacyTableSql(const QString &table) const
{
    return QStringLiteral("ALTER SCHEMA %1 TRANSFER %2.%3").arg(trackingSchema(), defaultSchema(), table);
}

QString MssqlDialect::tableExistsSql(const QString &schema, const QString &table) const
{
    const QString schemaSql = schema.isEmpty() ? QStringLiteral("SCHEMA_NAME()") : quoteString(schema);
    return QStringLiteral("SELECT 1 FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = %1 AND TABLE_NAME = %2")
        .arg(schemaSql, quoteString(table));
}

InsertStatement MssqlDialect::insertReturningId(const QString &qualifiedTable, const QStringList &columns) const
{
    return {QStringLiteral("INSERT INTO %1 (%2) OUTPUT INSERTED.id VALUES (%3)")
                .arg(qualifiedTable, columns.join(QStringLiteral(", ")), placeholders(int(columns.size()))),
            {}};
}

QString MssqlDialect::databaseExistsSql(const QString &database) const
{
    return QStringLiteral("SELECT 1 FROM sys.databases WHERE name = %1").arg(quoteString(database));
}

QStringList MssqlDialect::createDatabaseSql(const QString &database) const
{
    return {QStringLiteral("CREATE DATABASE %1").arg(quoteIdentifier(database))};
}

QStringList MssqlDialect::dropDatabaseSql(const QString &database) const
{
    // Single-user mode disconnects everyone else first.
    return {QStringLiteral("IF DB_ID(%1) IS NOT NULL BEGIN ALTER DATABASE %2 SET SINGLE_USER WITH ROLLBACK "
                           "IMMEDIATE; DROP DATABASE %2; END")
                .arg(quoteString(database), quoteIdentifier(database))};
}

QString MssqlDialect::columnType(const TrackingColumn &column) const
{
    switch (column.type) {
    case ColumnType::Varchar:
        return QStringLiteral("nvarchar(%1)").arg(column.length);
    case ColumnType::Text:
        return QStringLiteral("nvarchar(max)");
    case ColumnType::Integer:
    case ColumnType::Id:
        return QStringLiteral("int");
    case ColumnType::Timestamp:
        return QStringLiteral("datetime2");
    }
    return QStringLiteral("int");
}

SplitRules MssqlDialect::splitRules() const
{
    // sqlcmd sends whole batches; the server parses the statements inside.
    SplitRules r;
    r.semicolonEnds = false;
    r.goBatchSeparator = true;
    r.bracketIdentifiers = true;
    r.bracketDoubledEscape = true;
    r.nestedBlockComments = true;
    return r;
}

} // namespace noorm
