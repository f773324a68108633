#include "dialect/postgres_dialect.h"

#include <QJsonObject>
#include <QSqlError>

namespace noorm {

namespace {

// A libpq conninfo value: single-quoted with \ and ' escaped.
QString conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

QString PostgresDialect::connectOptions(const ConnectionConfig &c) const
{
    // Unreachable hosts fail within 5 s instead of the OS TCP timeout.
    QStringList options{QStringLiteral("connect_timeout=5")};
    if (c.ssl.isBool()) {
        options << (c.ssl.toBool() ? QStringLiteral("sslmode=require") : QStringLiteral("sslmode=disable"));
    } else if (c.ssl.isObject()) {
        // The original passes the object to node-postgres: rejectUnauthorized defaults to
        // true, which libpq can only honour against a given root certificate.
        const QJsonObject ssl = c.ssl.toObject();
        const bool verify = ssl.value(QStringLiteral("rejectUnauthorized")).toBool(true);
        const QString ca = ssl.value(QStringLiteral("ca")).toString();
        options << ((verify && !ca.isEmpty()) ? QStringLiteral("sslmode=verify-full")
                                              : QStringLiteral("sslmode=require"));
        const std::pair<const char *, const char *> files[] = {
            {"ca", "sslrootcert"}, {"cert", "sslcert"}, {"key", "sslkey"}};
        for (const auto &[jsonKey, libpqKey] : files) {
            const QString path = ssl.value(QLatin1String(jsonKey)).toString();
            if (!path.isEmpty())
                options << QLatin1String(libpqKey) + QLatin1Char('=') + conninfoValue(path);
        }
    }
    return options.join(QLatin1Char(';'));
}

QStringList PostgresDialect::sessionSetupSql() const
{
    // For a role named like the tracking schema, the default search_path "$user", public
    // resolves to schema noorm once noorm made it, and every plain CREATE TABLE would land
    // there. Without "$user" the path is what psql with that role resolved before noorm
    // came (that schema did not exist): public. Paths without "$user", set by the role or
    // the database, stay as they are.
    const QString userEntry = QStringLiteral("btrim(entry) IN ('\"$user\"', '$user')");
    return {QStringLiteral("SELECT set_config('search_path', array_to_string(ARRAY("
                           "SELECT entry FROM unnest(string_to_array(current_setting('search_path'), ',')) "
                           "WITH ORDINALITY AS path(entry, n) WHERE NOT %1 ORDER BY n), ','), false) "
                           "WHERE current_user = %2 AND EXISTS (SELECT 1 FROM unnest(string_to_array("
                           "current_setting('search_path'), ',')) AS path(entry) WHERE %1)")
                .arg(userEntry, quoteString(trackingSchema()))};
}

ConnectFailure PostgresDialect::classifyConnectError(const QSqlError &error) const
{
    const QString text = error.text();
    auto has = [&](const char *needle) { return text.contains(QLatin1String(needle), Qt::CaseInsensitive); };
    if (has("database \"") && has("does not exist"))
        return ConnectFailure::MissingDatabase;
    if (has("password authentication failed") || has("role \"") || has("no password supplied")
        || has("pg_hba.conf"))
        return ConnectFailure::BadCredentials;
    if (has("could not connect") || has("connection refused") || has("timeout expired")
        || has("could not translate host name") || has("no route to host") || has("network is unreachable")
        || has("connection to server"))
        return ConnectFailure::Unreachable;
    return ConnectFailure::Other;
}

bool PostgresDialect::isUniqueViolation(const QSqlError &error) const
{
    return error.nativeErrorCode() == QLatin1String("23505"); // SQLSTATE unique_violation
}

QString PostgresDialect::quoteIdentifier(const QString &identifier) const
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QStringList PostgresDialect::createTrackingSchemaSql() const
{
    return {QStringLiteral("CREATE SCHEMA IF NOT EXISTS noorm")};
}

QString PostgresDialect::trackingSchemaExistsSql() const
{
    return QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = %1").arg(quoteString(trackingSchema()));
}

QString PostgresDialect::moveLegacyTableSql(const QString &table) const
{
    // Indexes and serial sequences move with the table.
    return QStringLiteral("ALTER TABLE %1.%2 SET SCHEMA %3").arg(defaultSchema(), table, trackingSchema());
}

QString PostgresDialect::tableExistsSql(const QString &schema, const QString &table) const
{
    const QString schemaSql = schema.isEmpty() ? QStringLiteral("current_schema()") : quoteString(schema);
    return QStringLiteral("SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = %1 AND tablename = %2")
        .arg(schemaSql, quoteString(table));
}

InsertStatement PostgresDialect::insertReturningId(const QString &qualifiedTable, const QStringList &columns) const
{
    return {QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                .arg(qualifiedTable, columns.join(QStringLiteral(", ")), placeholders(int(columns.size()))),
            {}};
}

QString PostgresDialect::databaseExistsSql(const QString &database) const
{
    return QStringLiteral("SELECT 1 FROM pg_database WHERE datname = %1").arg(quoteString(database));
}

QStringList PostgresDialect::createDatabaseSql(const QString &database) const
{
    return {QStringLiteral("CREATE DATABASE %1").arg(quoteIdentifier(database))};
}

QStringList PostgresDialect::dropDatabaseSql(const QString &database) const
{
    return {QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE datname = %1 AND pid <> pg_backend_pid()")
                .arg(quoteString(database)),
            QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quoteIdentifier(database))};
}

SplitRules PostgresDialect::splitRules() const
{
    // psql's lexer (psqlscan.l).
    SplitRules r;
    r.parenthesesHoldSemicolons = true;
    r.beginAtomicBodies = true;
    r.dollarQuotes = true;
    r.escapeStringPrefix = true;
    r.nestedBlockComments = true;
    r.metaCommandsAreErrors = true;
    return r;
}

std::unique_ptr<StatementInterrupter> PostgresDialect::interrupterFor(const QSqlDatabase &db, const Config &) const
{
    return makePostgresInterrupter(db);
}

} // namespace noorm
