#include "dialect/mysql_dialect.h"

#include "dialect/mysql_catalog.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace noorm {

namespace {

class MysqlSyntax final : public SqlSyntax {
public:
    QString quoteIdentifier(const QString &identifier) const override
    {
        QString escaped = identifier;
        escaped.replace(QLatin1Char('`'), QLatin1String("``"));
        return QLatin1Char('`') + escaped + QLatin1Char('`');
    }
    QString quoteString(const QString &value) const override
    {
        // MySQL reads backslash escapes inside string literals (the default sql_mode).
        QString escaped = value;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        return SqlSyntax::quoteString(escaped);
    }
};

class MysqlConnection final : public ConnectionRules {
public:
    QStringList qtDrivers() const override { return {QStringLiteral("QMYSQL"), QStringLiteral("QMARIADB")}; }
    QString driverPackage() const override { return QStringLiteral("libqt6sql6-mysql"); }
    int defaultPort() const override { return 3306; }
    QStringList readOnlySessionSql() const override { return {QStringLiteral("SET SESSION TRANSACTION READ ONLY")}; }

    QString connectOptions(const ConnectionConfig &c) const override
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

    ConnectFailure classifyConnectError(const QSqlError &error) const override
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

    QString serverVersionSql() const override { return QStringLiteral("SELECT VERSION()"); }

    std::unique_ptr<StatementInterrupter> interrupterFor(const QSqlDatabase &db, const Config &config) const override
    {
        QSqlQuery id(db);
        if (!id.exec(QStringLiteral("SELECT CONNECTION_ID()")) || !id.next())
            return nullptr;
        return makeMysqlInterrupter(*this, config, id.value(0).toLongLong());
    }
};

class MysqlScripts final : public ScriptRules {
public:
    SplitRules splitRules() const override
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
    bool transactionalDdl() const override { return false; }
};

class MysqlTracking final : public TrackingSql {
public:
    using TrackingSql::TrackingSql;

    int schemaVersion() const override { return 1; }
    QString tableExistsSql(const QString &schema, const QString &table) const override
    {
        const QString schemaSql = schema.isEmpty() ? QStringLiteral("DATABASE()") : syntax().quoteString(schema);
        return QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_schema = %1 AND table_name = %2")
            .arg(schemaSql, syntax().quoteString(table));
    }
    InsertStatement insertReturningId(const QString &qualifiedTable, const QStringList &columns) const override
    {
        return {insertSql(qualifiedTable, columns, {}, {}), QStringLiteral("SELECT LAST_INSERT_ID()")};
    }
    bool isUniqueViolation(const QSqlError &error) const override
    {
        return error.nativeErrorCode() == QLatin1String("1062"); // ER_DUP_ENTRY
    }

protected:
    bool declaresIndexesInTable() const override { return true; }
    QString idColumnSql() const override { return QStringLiteral("id integer primary key auto_increment"); }
    QString defaultSql(const TrackingColumn &column) const override
    {
        // MySQL 8 in strict mode rejects a literal default on TEXT (error 1101); writers
        // always supply those values.
        if (column.type == ColumnType::Text)
            return {};
        return TrackingSql::defaultSql(column);
    }
};

class MysqlDatabases final : public DatabaseAdminSql {
public:
    using DatabaseAdminSql::DatabaseAdminSql;

    QString maintenanceDatabase() const override { return {}; }
    QString existsSql(const QString &database) const override
    {
        return QStringLiteral("SELECT 1 FROM information_schema.schemata WHERE schema_name = %1")
            .arg(syntax().quoteString(database));
    }
    QStringList createSql(const QString &database) const override
    {
        return {QStringLiteral("CREATE DATABASE IF NOT EXISTS %1").arg(syntax().quoteIdentifier(database))};
    }
    QStringList dropSql(const QString &database) const override
    {
        return {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(syntax().quoteIdentifier(database))};
    }
};

} // namespace

// TRUNCATE (it also restarts AUTO_INCREMENT) with foreign key checks off: InnoDB refuses
// to truncate a referenced table otherwise.
class MysqlTeardown final : public TeardownSql {
public:
    using TeardownSql::TeardownSql;
    QStringList truncateSql(const QList<TableName> &tables, bool) const override
    {
        QStringList sql{QStringLiteral("SET FOREIGN_KEY_CHECKS = 0")};
        for (const TableName &t : tables)
            sql << QStringLiteral("TRUNCATE TABLE %1").arg(qualified(t));
        sql << QStringLiteral("SET FOREIGN_KEY_CHECKS = 1");
        return sql;
    }
    QStringList foreignKeysOffSql() const override { return {QStringLiteral("SET FOREIGN_KEY_CHECKS = 0")}; }
    QStringList foreignKeysOnSql() const override { return {QStringLiteral("SET FOREIGN_KEY_CHECKS = 1")}; }
    QString dropSql(const DropTarget &t) const override
    {
        const QString name = qualified(t.object);
        switch (t.kind) {
        case DropKind::ForeignKey:
            return QStringLiteral("ALTER TABLE %1 DROP FOREIGN KEY %2")
                .arg(qualified({t.object.schema, t.table}), syntax().quoteIdentifier(t.object.name));
        case DropKind::View:
        case DropKind::MaterializedView: return QStringLiteral("DROP VIEW IF EXISTS %1").arg(name);
        case DropKind::Table: return QStringLiteral("DROP TABLE IF EXISTS %1").arg(name);
        case DropKind::Function: return QStringLiteral("DROP FUNCTION IF EXISTS %1").arg(name);
        case DropKind::Procedure: return QStringLiteral("DROP PROCEDURE IF EXISTS %1").arg(name);
        case DropKind::Sequence: return QStringLiteral("DROP SEQUENCE IF EXISTS %1").arg(name);
        case DropKind::Type:
        case DropKind::Domain: return QString();
        }
        return QString();
    }
};

const Dialect &mysqlDialect()
{
    static const MysqlSyntax syntax;
    static const MysqlConnection connection;
    static const MysqlScripts scripts;
    static const MysqlTracking tracking(syntax);
    static const MysqlDatabases databases(syntax);
    static const std::unique_ptr<Catalog> catalog = makeMysqlCatalog(syntax);
    static const MysqlTeardown teardown(syntax);
    static const Dialect dialect(DialectId::MySql, {syntax, connection, scripts, tracking, databases, *catalog, teardown});
    return dialect;
}

} // namespace noorm
