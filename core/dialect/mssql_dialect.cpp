#include "dialect/mssql_dialect.h"

#include "dialect/mssql_catalog.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace noorm {

namespace {

constexpr int kDefaultPort = 1433;

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

class MssqlSyntax final : public SqlSyntax {
public:
    QString quoteIdentifier(const QString &identifier) const override
    {
        QString escaped = identifier;
        escaped.replace(QLatin1Char(']'), QLatin1String("]]"));
        return QLatin1Char('[') + escaped + QLatin1Char(']');
    }
    QString quoteString(const QString &value) const override
    {
        return QLatin1Char('N') + SqlSyntax::quoteString(value);
    }
    QString selectLimitSql(const QString &body, int limit) const override
    {
        return QStringLiteral("SELECT TOP %1 %2").arg(limit).arg(body);
    }
};

class MssqlConnection final : public ConnectionRules, private SqlWriter {
public:
    explicit MssqlConnection(const SqlSyntax &syntax) : SqlWriter(syntax) {}
    // A login changing its own password names the old one (without ALTER ANY LOGIN).
    Result<QString> changeOwnPasswordSql(const QSqlDatabase &, const ConnectionConfig &c, const Secret &newPassword) const override
    {
        return QStringLiteral("ALTER LOGIN %1 WITH PASSWORD = %2 OLD_PASSWORD = %3")
            .arg(syntax().quoteIdentifier(c.user), syntax().quoteString(newPassword.reveal()), syntax().quoteString(c.password.reveal()));
    }
    QStringList qtDrivers() const override { return {QStringLiteral("QODBC")}; }
    QString driverPackage() const override { return QStringLiteral("libqt6sql6-odbc and tdsodbc"); }
    int defaultPort() const override { return kDefaultPort; }

    QString connectOptions(const ConnectionConfig &) const override
    {
        return QStringLiteral("SQL_ATTR_LOGIN_TIMEOUT=5");
    }
    void configure(QSqlDatabase &db, const ConnectionConfig &c, const QString &) const override
    {
        // Everything goes in the connection string; QODBC would append UID/PWD unescaped.
        db.setDatabaseName(odbcConnectionString(c));
        db.setConnectOptions(connectOptions(c));
    }
    ConnectFailure classifyConnectError(const QSqlError &error) const override
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
    QString serverVersionSql() const override
    {
        return QStringLiteral("SELECT CAST(SERVERPROPERTY('ProductVersion') AS nvarchar(128))");
    }
};

class MssqlScripts final : public ScriptRules {
public:
    SplitRules splitRules() const override
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
    bool transactionalDdl() const override { return true; }
    // T-SQL has no RELEASE: a savepoint lasts until its transaction ends.
    QString savepointSql(const QString &name) const override { return QStringLiteral("SAVE TRANSACTION ") + name; }
    QString releaseSavepointSql(const QString &) const override { return {}; }
    QString rollbackToSavepointSql(const QString &name) const override
    {
        return QStringLiteral("ROLLBACK TRANSACTION ") + name;
    }
};

class MssqlTracking final : public TrackingSql {
public:
    using TrackingSql::TrackingSql;

    QString schema() const override { return QStringLiteral("noorm"); }
    QString defaultSchema() const override { return QStringLiteral("dbo"); }
    int schemaVersion() const override { return 2; }
    QStringList createSchemaSql() const override
    {
        // CREATE SCHEMA must be alone in its batch, hence EXEC.
        return {QStringLiteral("IF SCHEMA_ID('noorm') IS NULL EXEC('CREATE SCHEMA noorm')")};
    }
    QString schemaExistsSql() const override
    {
        return QStringLiteral("SELECT 1 FROM sys.schemas WHERE name = %1").arg(syntax().quoteString(schema()));
    }
    QString moveLegacyTableSql(const QString &table) const override
    {
        return QStringLiteral("ALTER SCHEMA %1 TRANSFER %2.%3").arg(schema(), defaultSchema(), table);
    }
    QString tableExistsSql(const QString &schemaName, const QString &table) const override
    {
        const QString schemaSql =
            schemaName.isEmpty() ? QStringLiteral("SCHEMA_NAME()") : syntax().quoteString(schemaName);
        return QStringLiteral("SELECT 1 FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = %1 AND TABLE_NAME = %2")
            .arg(schemaSql, syntax().quoteString(table));
    }
    InsertStatement insertReturningId(const QString &qualifiedTable, const QStringList &columns) const override
    {
        return {insertSql(qualifiedTable, columns, QStringLiteral(" OUTPUT INSERTED.id"), {}), {}};
    }
    bool isUniqueViolation(const QSqlError &error) const override
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

protected:
    QString columnType(const TrackingColumn &column) const override
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
    QString idColumnSql() const override { return QStringLiteral("id int IDENTITY(1,1) PRIMARY KEY"); }
};

class MssqlDatabases final : public DatabaseAdminSql {
public:
    using DatabaseAdminSql::DatabaseAdminSql;

    QString maintenanceDatabase() const override { return QStringLiteral("master"); }
    QString existsSql(const QString &database) const override
    {
        return QStringLiteral("SELECT 1 FROM sys.databases WHERE name = %1").arg(syntax().quoteString(database));
    }
    QStringList createSql(const QString &database) const override
    {
        return {QStringLiteral("CREATE DATABASE %1").arg(syntax().quoteIdentifier(database))};
    }
    QStringList dropSql(const QString &database) const override
    {
        // Single-user mode disconnects everyone else first.
        return {QStringLiteral("IF DB_ID(%1) IS NOT NULL BEGIN ALTER DATABASE %2 SET SINGLE_USER WITH ROLLBACK "
                               "IMMEDIATE; DROP DATABASE %2; END")
                    .arg(syntax().quoteString(database), syntax().quoteIdentifier(database))};
    }
};

} // namespace

QString odbcConnectionString(const ConnectionConfig &c)
{
    QStringList parts{QStringLiteral("DRIVER={FreeTDS}")};
    parts << QStringLiteral("SERVER=") + odbcValue(c.host.isEmpty() ? QStringLiteral("localhost") : c.host);
    parts << QStringLiteral("PORT=%1").arg(c.port.value_or(kDefaultPort));
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

// TRUNCATE refuses a table any foreign key references, even a disabled one: constraints
// off, DELETE, identity reseeded, constraints back on and checked.
class MssqlTeardown final : public TeardownSql {
public:
    using TeardownSql::TeardownSql;
    QStringList truncateSql(const QList<TableName> &tables, bool) const override
    {
        QStringList sql;
        for (const TableName &t : tables)
            sql << QStringLiteral("ALTER TABLE %1 NOCHECK CONSTRAINT ALL").arg(qualified(t));
        for (const TableName &t : tables) {
            const QString literal = syntax().quoteString(qualified(t)); // N'…' already
            sql << QStringLiteral("DELETE FROM %1").arg(qualified(t))
                << QStringLiteral("IF OBJECTPROPERTY(OBJECT_ID(%1), 'TableHasIdentity') = 1 DBCC CHECKIDENT (%1, RESEED, 0)").arg(literal);
        }
        for (const TableName &t : tables)
            sql << QStringLiteral("ALTER TABLE %1 WITH CHECK CHECK CONSTRAINT ALL").arg(qualified(t));
        return sql;
    }
    QString dropSql(const DropTarget &t) const override
    {
        const QString name = qualified(t.object);
        switch (t.kind) {
        case DropKind::ForeignKey:
            return QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT IF EXISTS %2")
                .arg(qualified({t.object.schema, t.table}), syntax().quoteIdentifier(t.object.name));
        case DropKind::View:
        case DropKind::MaterializedView: return QStringLiteral("DROP VIEW IF EXISTS %1").arg(name);
        case DropKind::Table:
        case DropKind::ForeignTable: return QStringLiteral("DROP TABLE IF EXISTS %1").arg(name); // none: the catalog lists no foreign table
        case DropKind::Function: return QStringLiteral("DROP FUNCTION IF EXISTS %1").arg(name);
        case DropKind::Procedure: return QStringLiteral("DROP PROCEDURE IF EXISTS %1").arg(name);
        case DropKind::Sequence: return QStringLiteral("DROP SEQUENCE IF EXISTS %1").arg(name);
        case DropKind::Type:
        case DropKind::Domain: return QStringLiteral("DROP TYPE IF EXISTS %1").arg(name);
        case DropKind::Schema: return QString(); // none planned (Catalog::schemasTeardownEmptiesSql)
        case DropKind::Event:
        case DropKind::Aggregate:
        case DropKind::OperatorFamily:
        case DropKind::Operator:
        case DropKind::TextSearchConfiguration:
        case DropKind::TextSearchDictionary:
        case DropKind::Collation: return QString(); // none: the catalog lists none
        }
        return QString();
    }
};

const Dialect &mssqlDialect()
{
    static const MssqlSyntax syntax;
    static const MssqlConnection connection(syntax);
    static const MssqlScripts scripts;
    static const MssqlTracking tracking(syntax);
    static const MssqlDatabases databases(syntax);
    static const std::unique_ptr<Catalog> catalog = makeMssqlCatalog(syntax);
    static const MssqlTeardown teardown(syntax);
    static const Dialect dialect(DialectId::MsSql, {syntax, connection, scripts, tracking, databases, *catalog, teardown});
    return dialect;
}

} // namespace noorm
