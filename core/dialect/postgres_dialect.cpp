#include "dialect/postgres_dialect.h"

#include "dialect/client_libraries.h"
#include "dialect/postgres_catalog.h"
#include "dialect/postgres_copy.h"
#include "dialect/postgres_notices.h"
#include "dialect/postgres_rows.h"
#include "dialect/postgres_password.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>

namespace noorm {

namespace {

constexpr QLatin1String kTrackingSchema("noorm");

// A libpq conninfo value: single-quoted with \ and ' escaped.
QString conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

class PostgresSyntax final : public SqlSyntax {
public:
    QString quoteString(const QString &value) const override
    {
        // With standard_conforming_strings off (a server or session may set it) a backslash
        // in '...' escapes the next character, and a doubled quote alone would no longer
        // keep the value inside its literal. An E'...' literal means the same under both
        // settings: backslashes doubled, quotes doubled.
        if (!value.contains(QLatin1Char('\\')))
            return SqlSyntax::quoteString(value);
        QString escaped = value;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        return QLatin1Char('E') + SqlSyntax::quoteString(escaped);
    }
};

// Dates and times are the server's text, as psql shows them (their column keeps its date
// or time type): QPSQL's QDate, QTime and QDateTime keep milliseconds only (…05.123456 read
// …05.123), move a timestamptz to UTC without saying so, read infinity and a time with a
// zone as no value and a BC date as the AD one. The text comes from the PGresult QPSQL
// holds (one row of it when the query is forward-only, as it reads those a row at a time).
class PostgresServerValues final : public ServerValues {
public:
    PostgresServerValues(const QSqlQuery &query, QList<int> columns) : m_query(query), m_columns(std::move(columns)) {}
    void put(QVariantList &values) override
    {
        const QSqlResult *result = m_query.result();
        const QVariant handle = result ? result->handle() : QVariant();
        // QPSQL's handle: the PGresult (its struct is pg_result).
        if (qstrcmp(handle.typeName(), "PGresult*") != 0 && qstrcmp(handle.typeName(), "pg_result*") != 0)
            return;
        const auto *rows = *static_cast<PGresult *const *>(handle.constData());
        const Result<const LibPq *> pq = libPq();
        const int row = m_query.isForwardOnly() ? 0 : m_query.at();
        if (!rows || !pq || row < 0 || row >= (*pq)->PQntuples(rows))
            return;
        for (const int i : std::as_const(m_columns)) {
            if (!(*pq)->PQgetisnull(rows, row, i)) // a NULL stays as Qt gave it, typed as its column
                values[i] = QString::fromUtf8((*pq)->PQgetvalue(rows, row, i));
        }
    }

private:
    const QSqlQuery &m_query;
    const QList<int> m_columns;
};

class PostgresConnection final : public ConnectionRules, private SqlWriter {
public:
    explicit PostgresConnection(const SqlSyntax &syntax) : SqlWriter(syntax) {}

    bool inlinesBindValues() const override { return true; }

    QStringList qtDrivers() const override { return {QStringLiteral("QPSQL")}; }
    QString driverPackage() const override { return QStringLiteral("libqt6sql6-psql"); }
    int defaultPort() const override { return 5432; }

    QString connectOptions(const ConnectionConfig &c) const override
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

    Result<QString> changeOwnPasswordSql(const QSqlDatabase &db, const ConnectionConfig &c, const Secret &newPassword) const override
    {
        // The login role (SESSION_USER): a role's default SET ROLE changes CURRENT_USER.
        Result<QString> verifier = postgresPasswordVerifier(db, c.user, newPassword);
        if (!verifier)
            return verifier.error();
        return QStringLiteral("ALTER ROLE SESSION_USER PASSWORD %1").arg(syntax().quoteString(*verifier));
    }
    Result<qint64> copyIn(const QSqlDatabase &db, const QString &statement, const QString &data) const override
    {
        return postgresCopyIn(db, statement, data);
    }
    void receiveNotices(const QSqlDatabase &db, const NoticeHandler *to) const override { receivePostgresNotices(db, to); }
    std::unique_ptr<ServerValues> serverValues(const QSqlQuery &query) const override
    {
        QList<int> columns; // the dates and times
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i) {
            const int type = record.field(i).metaType().id();
            if (type == QMetaType::QDate || type == QMetaType::QTime || type == QMetaType::QDateTime)
                columns << i;
        }
        if (columns.isEmpty())
            return nullptr;
        return std::make_unique<PostgresServerValues>(query, std::move(columns));
    }

    std::unique_ptr<NativeRowReader> readRows(const QSqlDatabase &db, const QString &statement) const override
    {
        return readPostgresRows(db, statement);
    }
    QStringList readOnlySessionSql() const override
    {
        return {QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")};
    }
    // The settings pg_dump and psql scripts set for their own session (a role, the search
    // path, the checks and messages), back to what the session started with; then noorm's
    // own setup again. Not client_encoding or DateStyle, which the driver set.
    QStringList sessionRestoreSql(const QList<SqlStatement> &, const ConnectionConfig &) const override
    {
        QStringList restore{QStringLiteral("RESET ROLE"),
                            QStringLiteral("SELECT count(pg_catalog.set_config(name, reset_val, false)) FROM pg_catalog.pg_settings "
                                           "WHERE source = 'session' AND name IN ('search_path', 'check_function_bodies', "
                                           "'xmloption', 'client_min_messages', 'row_security', 'default_tablespace', "
                                           "'default_table_access_method', 'default_with_oids', 'statement_timeout', 'lock_timeout', "
                                           "'idle_in_transaction_session_timeout', 'standard_conforming_strings', "
                                           "'session_replication_role', 'synchronous_commit')")};
        return restore + sessionSetupSql();
    }
    QStringList sessionSetupSql() const override
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
                    .arg(userEntry, syntax().quoteString(QString(kTrackingSchema)))};
    }

    ConnectFailure classifyConnectError(const QSqlError &error) const override
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

    bool lostConnection(const QSqlError &error) const override
    {
        // SQLSTATE class 08 (connection exception), 57P01-57P03 (administrator shutdown,
        // crash shutdown, cannot connect now), 57P05 and 25P03 (idle session, idle in
        // transaction timeouts); libpq's own words only where the server sent no code (a
        // RAISE EXCEPTION of those words is the user's, and has one).
        static const QStringList codes{QStringLiteral("57P01"), QStringLiteral("57P02"), QStringLiteral("57P03"),
                                       QStringLiteral("57P05"), QStringLiteral("25P03")};
        const QString code = error.nativeErrorCode();
        if (code.startsWith(QLatin1String("08")) || codes.contains(code))
            return true;
        if (!code.isEmpty())
            return false;
        const QString text = error.text();
        return text.contains(QLatin1String("server closed the connection unexpectedly"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("no connection to the server"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("terminating connection"), Qt::CaseInsensitive);
    }

    QString serverVersionSql() const override { return QStringLiteral("SELECT current_setting('server_version')"); }
    std::unique_ptr<StatementInterrupter> interrupterFor(const QSqlDatabase &db, const Config &, const QVariantList &) const override
    {
        return makePostgresInterrupter(db);
    }
};

class PostgresScripts final : public ScriptRules {
public:
    SplitRules splitRules() const override
    {
        // psql's lexer (psqlscan.l).
        SplitRules r;
        r.parenthesesHoldSemicolons = true;
        r.beginAtomicBodies = true;
        r.dollarQuotes = true;
        r.escapeStringPrefix = true;
        r.nestedBlockComments = true;
        r.metaCommandsAreErrors = true;
        r.copyFromStdinData = true;
        return r;
    }
    bool transactionalDdl() const override { return true; }
    bool runsMultiStatementScripts() const override { return true; }
};

class PostgresTracking final : public TrackingSql {
public:
    using TrackingSql::TrackingSql;

    QString schema() const override { return QString(kTrackingSchema); }
    QString defaultSchema() const override { return QStringLiteral("public"); }
    int schemaVersion() const override { return 2; }
    QStringList createSchemaSql() const override { return {QStringLiteral("CREATE SCHEMA IF NOT EXISTS noorm")}; }
    QString schemaExistsSql() const override
    {
        return QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = %1").arg(syntax().quoteString(schema()));
    }
    QString moveLegacyTableSql(const QString &table) const override
    {
        // Indexes and serial sequences move with the table.
        return QStringLiteral("ALTER TABLE %1.%2 SET SCHEMA %3").arg(defaultSchema(), table, schema());
    }
    QString tableExistsSql(const QString &schemaName, const QString &table) const override
    {
        const QString schemaSql =
            schemaName.isEmpty() ? QStringLiteral("current_schema()") : syntax().quoteString(schemaName);
        return QStringLiteral("SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = %1 AND tablename = %2")
            .arg(schemaSql, syntax().quoteString(table));
    }
    InsertStatement insertReturningId(const QString &qualifiedTable, const QStringList &columns) const override
    {
        return {insertSql(qualifiedTable, columns, {}, QStringLiteral(" RETURNING id")), {}};
    }
    bool isUniqueViolation(const QSqlError &error) const override
    {
        return error.nativeErrorCode() == QLatin1String("23505"); // SQLSTATE unique_violation
    }

protected:
    QString idColumnSql() const override { return QStringLiteral("id serial primary key"); }
};

class PostgresDatabases final : public DatabaseAdminSql {
public:
    using DatabaseAdminSql::DatabaseAdminSql;

    QString maintenanceDatabase() const override { return QStringLiteral("postgres"); }
    QString existsSql(const QString &database) const override
    {
        return QStringLiteral("SELECT 1 FROM pg_database WHERE datname = %1").arg(syntax().quoteString(database));
    }
    QStringList createSql(const QString &database) const override
    {
        return {QStringLiteral("CREATE DATABASE %1").arg(syntax().quoteIdentifier(database))};
    }
    QStringList dropSql(const QString &database) const override
    {
        return {QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                               "WHERE datname = %1 AND pid <> pg_backend_pid()")
                    .arg(syntax().quoteString(database)),
                QStringLiteral("DROP DATABASE IF EXISTS %1").arg(syntax().quoteIdentifier(database))};
    }
};

} // namespace

// One TRUNCATE of every table: foreign keys among them are no obstacle, one from a table
// left out is an error (no CASCADE: it would empty that table too).
class PostgresTeardown final : public TeardownSql {
public:
    using TeardownSql::TeardownSql;
    QStringList truncateSql(const QList<TableName> &tables, bool) const override
    {
        if (tables.isEmpty())
            return {};
        return {QStringLiteral("TRUNCATE TABLE %1 RESTART IDENTITY").arg(quotedList(tables))};
    }
    QString dropSql(const DropTarget &t) const override
    {
        const QString name = qualified(t.object);
        switch (t.kind) {
        case DropKind::ForeignKey:
            return QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT IF EXISTS %2")
                .arg(qualified({t.object.schema, t.table}), syntax().quoteIdentifier(t.object.name));
        case DropKind::View: return QStringLiteral("DROP VIEW IF EXISTS %1 CASCADE").arg(name);
        case DropKind::MaterializedView: return QStringLiteral("DROP MATERIALIZED VIEW IF EXISTS %1 CASCADE").arg(name);
        case DropKind::Table: return QStringLiteral("DROP TABLE IF EXISTS %1 CASCADE").arg(name);
        case DropKind::ForeignTable: return QStringLiteral("DROP FOREIGN TABLE IF EXISTS %1 CASCADE").arg(name); // DROP TABLE refuses one
        case DropKind::Event: return QString(); // none: the catalog lists none
        case DropKind::Aggregate: return QStringLiteral("DROP AGGREGATE IF EXISTS %1(%2)").arg(name, t.arguments.isEmpty() ? QStringLiteral("*") : t.arguments);
        case DropKind::OperatorFamily: // its operator classes go with it; an index using one went with its table
            return QStringLiteral("DROP OPERATOR FAMILY IF EXISTS %1 USING %2").arg(name, syntax().quoteIdentifier(t.arguments));
        case DropKind::Operator:
            // An operator's name is its symbol, never quoted (+-*/<>=~!@#%^&|`? only).
            return QStringLiteral("DROP OPERATOR IF EXISTS %1.%2 (%3)")
                .arg(syntax().quoteIdentifier(t.object.schema), t.object.name, t.arguments);
        case DropKind::Function: return QStringLiteral("DROP FUNCTION IF EXISTS %1(%2)").arg(name, t.arguments);
        case DropKind::Procedure: return QStringLiteral("DROP PROCEDURE IF EXISTS %1(%2)").arg(name, t.arguments);
        case DropKind::Sequence: return QStringLiteral("DROP SEQUENCE IF EXISTS %1").arg(name);
        case DropKind::TextSearchConfiguration: return QStringLiteral("DROP TEXT SEARCH CONFIGURATION IF EXISTS %1").arg(name);
        case DropKind::TextSearchDictionary: return QStringLiteral("DROP TEXT SEARCH DICTIONARY IF EXISTS %1").arg(name);
        case DropKind::Collation: return QStringLiteral("DROP COLLATION IF EXISTS %1").arg(name);
        case DropKind::Type: return QStringLiteral("DROP TYPE IF EXISTS %1").arg(name);
        case DropKind::Domain: return QStringLiteral("DROP DOMAIN IF EXISTS %1").arg(name);
        // No CASCADE: the catalog found nothing left in it (Catalog::schemasTeardownEmptiesSql).
        case DropKind::Schema: return QStringLiteral("DROP SCHEMA IF EXISTS %1").arg(syntax().quoteIdentifier(t.object.name));
        }
        return QString();
    }
};

const Dialect &postgresDialect()
{
    static const PostgresSyntax syntax;
    static const PostgresConnection connection(syntax);
    static const PostgresScripts scripts;
    static const PostgresTracking tracking(syntax);
    static const PostgresDatabases databases(syntax);
    static const std::unique_ptr<Catalog> catalog = makePostgresCatalog(syntax);
    static const PostgresTeardown teardown(syntax);
    static const Dialect dialect(DialectId::Postgres, {syntax, connection, scripts, tracking, databases, *catalog, teardown});
    return dialect;
}

} // namespace noorm
