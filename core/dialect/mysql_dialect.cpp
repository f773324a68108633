#include "dialect/mysql_dialect.h"

#include "dialect/mysql_catalog.h"
#include "dialect/mysql_rows.h"
#include "dialect/mysql_values.h"

#include <QCoreApplication>
#include <algorithm>
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
    std::optional<QString> stringLiteral(const QString &value) const override
    {
        // Under NO_BACKSLASH_ESCAPES (a file may set it for the session) a doubled backslash
        // is two backslashes: such a value is bound instead.
        if (value.contains(QLatin1Char('\\')))
            return std::nullopt;
        return SqlSyntax::quoteString(value);
    }
};

class MysqlConnection final : public ConnectionRules, private SqlWriter {
public:
    explicit MysqlConnection(const SqlSyntax &syntax) : SqlWriter(syntax) {}
    Result<QString> changeOwnPasswordSql(const QSqlDatabase &, const ConnectionConfig &, const Secret &newPassword) const override
    {
        return QStringLiteral("ALTER USER CURRENT_USER() IDENTIFIED BY %1").arg(syntax().quoteString(newPassword.reveal()));
    }
    QStringList qtDrivers() const override { return {QStringLiteral("QMYSQL"), QStringLiteral("QMARIADB")}; }
    QString driverPackage() const override { return QStringLiteral("libqt6sql6-mysql"); }
    int defaultPort() const override { return 3306; }
    QStringList readOnlySessionSql() const override { return {QStringLiteral("SET SESSION TRANSACTION READ ONLY")}; }
    // QMYSQL prepares a statement with binds in three round trips (prepare, execute, close).
    bool inlinesBindValues() const override { return true; }

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

    bool lostConnection(const QSqlError &error) const override
    {
        // CR_SERVER_GONE_ERROR, CR_SERVER_LOST, CR_SERVER_LOST_EXTENDED; ER_CONNECTION_KILLED
        // (MariaDB), ER_CLIENT_INTERACTION_TIMEOUT (MySQL 8).
        static const QStringList codes{QStringLiteral("2006"), QStringLiteral("2013"), QStringLiteral("2055"),
                                       QStringLiteral("1927"), QStringLiteral("4031")};
        return codes.contains(error.nativeErrorCode());
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

    std::unique_ptr<ServerValues> serverValues(const QSqlQuery &query) const override { return mysqlServerValues(query); }
    // A file's USE of another database (mariadb-dump --databases writes one): the config's
    // database again, where noorm's tracking tables are.
    QStringList sessionRestoreSql(const QList<SqlStatement> &ran, const ConnectionConfig &c) const override
    {
        const bool uses = std::any_of(ran.begin(), ran.end(), [](const SqlStatement &s) {
            const QString text = s.text.trimmed();
            return text.startsWith(QLatin1String("USE"), Qt::CaseInsensitive) && (text.size() == 3 || !text.at(3).isLetterOrNumber());
        });
        if (!uses || c.database.isEmpty())
            return {};
        return {QStringLiteral("USE ") + syntax().quoteIdentifier(c.database)};
    }
    // QMYSQL stores a whole result before its first row: rows that only become text (`sql
    // --csv`, an export) are read as they arrive instead.
    std::unique_ptr<NativeRowReader> readRows(const QSqlDatabase &db, const QString &statement) const override
    {
        return readMysqlRows(db, statement);
    }

    std::optional<QSqlError> scriptErrorAsAlone(const QSqlError &error) const override
    {
        // ER_PARSE_ERROR and ER_SYNTAX_ERROR quote the text from the error on: in a script,
        // the statements after it too ("near 'x;\nINSERT …' at line 1").
        if (error.nativeErrorCode() == QLatin1String("1064") || error.nativeErrorCode() == QLatin1String("1149"))
            return std::nullopt;
        // The driver's own words (its translation context), for a statement run alone.
        const auto driverSays = [](const char *text) {
            return QStringLiteral("QMYSQL: ") + QCoreApplication::translate("QMYSQLResult", text);
        };
        QString driver = error.driverText();
        if (driver == driverSays("Unable to execute next query"))
            driver = driverSays("Unable to execute query");
        else if (driver == driverSays("Unable to store next result"))
            driver = driverSays("Unable to store result");
        return QSqlError(driver, error.databaseText(), error.type(), error.nativeErrorCode());
    }

    QString serverVersionSql() const override { return QStringLiteral("SELECT VERSION(), CONNECTION_ID()"); }

    std::unique_ptr<StatementInterrupter> interrupterFor(const QSqlDatabase &, const Config &config,
                                                         const QVariantList &session) const override
    {
        bool ok = false;
        const qint64 id = session.value(1).toLongLong(&ok);
        return ok ? makeMysqlInterrupter(*this, config, id) : nullptr;
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
    // QMYSQL connects with CLIENT_MULTI_STATEMENTS: a script is one round trip, each
    // statement's result read by QSqlQuery::nextResult().
    bool runsMultiStatementScripts() const override { return true; }
    BatchPart batchPart(const SqlStatement &statement) const override;
    QString batchGuardSql() const override
    {
        // '\'' is a quote with backslash escapes, an unterminated string under
        // NO_BACKSLASH_ESCAPES. The other two end in bytes that gbk, big5, sjis and cp932 read
        // as the first half of a character with the backslash after it (UTF-8 E4 B8 81 and
        // E4 B8 AD before 5C): under those client character sets they do not end where they
        // should and the guard fails to parse. utf8mb4, latin1 and the like read them whole.
        return QStringLiteral("DO '\\'', '\u4E01\\'', '\u4E2D\\''");
    }
};

// The first words that name a statement which returns no rows and ends where the mysql
// client's splitting ends it (no compound body): DML, DDL on tables and views, transaction
// control. Not SELECT, CALL, EXECUTE, SHOW, BEGIN (a BEGIN NOT ATOMIC block) or IF/WHILE/
// LOOP/CASE (MariaDB's compound statements): they run alone.
bool startsAMemberStatement(const QString &first, const QString &second)
{
    static const QStringList members{
        QStringLiteral("INSERT"), QStringLiteral("REPLACE"), QStringLiteral("UPDATE"), QStringLiteral("DELETE"),
        QStringLiteral("DROP"), QStringLiteral("TRUNCATE"), QStringLiteral("RENAME"), QStringLiteral("COMMIT"),
        QStringLiteral("ROLLBACK"), QStringLiteral("SAVEPOINT"), QStringLiteral("RELEASE"), QStringLiteral("LOCK"),
        QStringLiteral("UNLOCK"), QStringLiteral("GRANT"), QStringLiteral("REVOKE"), QStringLiteral("USE")};
    return members.contains(first) || (first == QLatin1String("START") && second == QLatin1String("TRANSACTION"));
}

// CREATE or ALTER of a stored program, whose body may hold ';': read up to the word that
// names the kind of object. Unknown after a dozen words: taken as one (the safe guess).
bool createsAStoredProgram(const QStringList &words)
{
    static const QStringList programs{QStringLiteral("PROCEDURE"), QStringLiteral("FUNCTION"), QStringLiteral("TRIGGER"),
                                      QStringLiteral("EVENT"), QStringLiteral("PACKAGE")};
    static const QStringList others{
        QStringLiteral("TABLE"), QStringLiteral("VIEW"), QStringLiteral("INDEX"), QStringLiteral("UNIQUE"),
        QStringLiteral("FULLTEXT"), QStringLiteral("SPATIAL"), QStringLiteral("DATABASE"), QStringLiteral("SCHEMA"),
        QStringLiteral("SEQUENCE"), QStringLiteral("TEMPORARY"), QStringLiteral("USER"), QStringLiteral("ROLE"),
        QStringLiteral("SERVER"), QStringLiteral("TABLESPACE")};
    for (const QString &word : words.mid(1)) {
        if (programs.contains(word))
            return true;
        if (others.contains(word))
            return false;
    }
    return true;
}

ScriptRules::BatchPart MysqlScripts::batchPart(const SqlStatement &statement) const
{
    const QStringList words = leadingWords(statement.text, 12);
    const QString first = words.value(0);
    if ((first == QLatin1String("CREATE") || first == QLatin1String("ALTER")) && createsAStoredProgram(words))
        return BatchPart::Last;
    // A ';' the splitter left inside (a DELIMITER block of several statements, or only a
    // string): the server might find more than one statement in it.
    if (statement.text.contains(QLatin1Char(';')))
        return BatchPart::Alone;
    if (first == QLatin1String("CREATE") || first == QLatin1String("ALTER"))
        return BatchPart::Member;
    if (first == QLatin1String("SET")) {
        if (words.value(1) == QLatin1String("STATEMENT")) // SET STATEMENT … FOR <any statement, a CALL too>
            return BatchPart::Alone;
        // sql_mode (NO_BACKSLASH_ESCAPES) and the client character set change how the server
        // reads quotes: what follows goes in a batch of its own, behind its guard.
        for (const char *setting : {"SQL_MODE", "NAMES", "CHARACTER", "CHARSET"}) {
            if (statement.text.contains(QLatin1String(setting), Qt::CaseInsensitive))
                return BatchPart::Last;
        }
        return BatchPart::Member;
    }
    return startsAMemberStatement(first, words.value(1)) ? BatchPart::Member : BatchPart::Alone;
}

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
        return {insertSql(qualifiedTable, columns, {}, {}), true};
    }
    bool isUniqueViolation(const QSqlError &error) const override
    {
        return error.nativeErrorCode() == QLatin1String("1062"); // ER_DUP_ENTRY
    }

protected:
    bool declaresIndexesInTable() const override { return true; }
    bool createsTablesIfMissing() const override { return true; }
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
        case DropKind::Table:
        case DropKind::ForeignTable: return QStringLiteral("DROP TABLE IF EXISTS %1").arg(name); // none: the catalog lists no foreign table
        case DropKind::Event: return QStringLiteral("DROP EVENT IF EXISTS %1").arg(name);
        case DropKind::Function: return QStringLiteral("DROP FUNCTION IF EXISTS %1").arg(name);
        case DropKind::Procedure: return QStringLiteral("DROP PROCEDURE IF EXISTS %1").arg(name);
        case DropKind::Sequence: return QStringLiteral("DROP SEQUENCE IF EXISTS %1").arg(name);
        case DropKind::Aggregate:
        case DropKind::OperatorFamily:
        case DropKind::Operator:
        case DropKind::TextSearchConfiguration:
        case DropKind::TextSearchDictionary:
        case DropKind::Collation:
        case DropKind::Type:
        case DropKind::Domain: return QString(); // none: the catalog lists none
        case DropKind::Schema: return QString(); // a MySQL schema is a database
        }
        return QString();
    }
};

const Dialect &mysqlDialect()
{
    static const MysqlSyntax syntax;
    static const MysqlConnection connection(syntax);
    static const MysqlScripts scripts;
    static const MysqlTracking tracking(syntax);
    static const MysqlDatabases databases(syntax);
    static const std::unique_ptr<Catalog> catalog = makeMysqlCatalog(syntax);
    static const MysqlTeardown teardown(syntax);
    static const Dialect dialect(DialectId::MySql, {syntax, connection, scripts, tracking, databases, *catalog, teardown});
    return dialect;
}

} // namespace noorm
