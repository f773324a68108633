#include "dialect/sqlite_dialect.h"

#include "dialect/sqlite_catalog.h"
#include "dialect/sqlite_rows.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>

namespace noorm {

namespace {

class SqliteConnection final : public ConnectionRules {
public:
    QStringList qtDrivers() const override { return {QStringLiteral("QSQLITE")}; }
    QString driverPackage() const override { return QStringLiteral("libqt6sql6-sqlite"); }
    int defaultPort() const override { return 0; }
    bool isFileBased() const override { return true; }

    QString connectOptions(const ConnectionConfig &) const override
    {
        // Wait for another writer instead of failing at once with "database is locked".
        return QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    }
    void configure(QSqlDatabase &db, const ConnectionConfig &c, const QString &projectRoot) const override
    {
        db.setDatabaseName(databaseFile(c, projectRoot));
        db.setConnectOptions(connectOptions(c));
    }
    QString databaseFile(const ConnectionConfig &c, const QString &projectRoot) const override
    {
        if (c.database == QLatin1String(":memory:"))
            return c.database;
        QString path = c.database;
        if (path.startsWith(QLatin1String("~/")))
            path = QDir::homePath() + path.mid(1);
        const QDir root(projectRoot.isEmpty() ? QDir::currentPath() : projectRoot);
        return QDir::cleanPath(root.absoluteFilePath(path));
    }
    // The original's driver (better-sqlite3) enforces foreign keys; so do we.
    QStringList sessionSetupSql() const override { return {QStringLiteral("PRAGMA foreign_keys = ON")}; }
    QStringList readOnlySessionSql() const override { return {QStringLiteral("PRAGMA query_only = ON")}; }
    std::optional<BorrowedSetting> borrowedSetting() const override
    {
        return BorrowedSetting{QStringLiteral("PRAGMA journal_mode"), QStringLiteral("delete"),
                               QStringLiteral("PRAGMA journal_mode = TRUNCATE"),
                               QStringLiteral("PRAGMA journal_mode = DELETE")};
    }
    ConnectFailure classifyConnectError(const QSqlError &error) const override
    {
        return error.nativeErrorCode() == QLatin1String("26") ? ConnectFailure::NotADatabase : ConnectFailure::Other; // SQLITE_NOTADB
    }
    // The schema's version reads the file's header: a file that is no database fails here,
    // at connect, not at the first statement that reads it.
    QString serverVersionSql() const override { return QStringLiteral("SELECT sqlite_version(), schema_version FROM pragma_schema_version"); }
    std::unique_ptr<StatementInterrupter> interrupterFor(const QSqlDatabase &db, const Config &, const QVariantList &) const override
    {
        return makeSqliteInterrupter(db);
    }
    std::unique_ptr<NativeRowReader> readRows(const QSqlDatabase &db, const QString &statement) const override
    {
        return readSqliteRows(db, statement);
    }
};

class SqliteScripts final : public ScriptRules {
public:
    SplitRules splitRules() const override
    {
        // The sqlite3 shell: sqlite3_complete() decides where a statement ends.
        SplitRules r;
        r.triggerBodies = true;
        r.backtickIdentifiers = true;
        r.bracketIdentifiers = true;
        return r;
    }
    bool transactionalDdl() const override { return true; }
    bool groupsChangesInOneTransaction() const override { return true; }
};

class SqliteTracking final : public TrackingSql {
public:
    using TrackingSql::TrackingSql;

    int schemaVersion() const override { return 1; }
    QString tableExistsSql(const QString &, const QString &table) const override
    {
        return QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = %1")
            .arg(syntax().quoteString(table));
    }
    InsertStatement insertReturningId(const QString &qualifiedTable, const QStringList &columns) const override
    {
        // RETURNING needs SQLite 3.35 (Debian 12 ships 3.40).
        return {insertSql(qualifiedTable, columns, {}, QStringLiteral(" RETURNING id")), {}};
    }
    QString formatTimestamp(const QDateTime &time) const override
    {
        // The original stores JavaScript's Date.toISOString() text.
        return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    }
    QString comparableTimestampSql(const QString &expression) const override
    {
        // julianday() reads both "2024-01-15T10:30:00.000Z" and "2024-01-15 10:30:00"; the
        // texts themselves do not compare ('T' > ' ').
        return QStringLiteral("julianday(%1)").arg(expression);
    }
    bool isUniqueViolation(const QSqlError &error) const override
    {
        // QSQLITE reports extended result codes: 2067 SQLITE_CONSTRAINT_UNIQUE, 1555
        // SQLITE_CONSTRAINT_PRIMARYKEY; plain 19 (SQLITE_CONSTRAINT) covers every kind of
        // constraint, so the message decides then.
        const QString code = error.nativeErrorCode();
        if (code == QLatin1String("2067") || code == QLatin1String("1555"))
            return true;
        return code == QLatin1String("19")
               && error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
    }

protected:
    QString idColumnSql() const override { return QStringLiteral("id integer primary key autoincrement"); }
};

// A SQLite database is created and removed as a file; there is no SQL for it.
class SqliteDatabases final : public DatabaseAdminSql {
public:
    using DatabaseAdminSql::DatabaseAdminSql;
    QString maintenanceDatabase() const override { return {}; }
    QString existsSql(const QString &) const override { return {}; }
    QStringList createSql(const QString &) const override { return {}; }
    QStringList dropSql(const QString &) const override { return {}; }
};

} // namespace

// No TRUNCATE: DELETE each table with foreign keys off (PRAGMA foreign_keys only changes
// outside a transaction), and forget the AUTOINCREMENT counters in sqlite_sequence.
class SqliteTeardown final : public TeardownSql {
public:
    using TeardownSql::TeardownSql;
    QString counterTable() const override { return QStringLiteral("sqlite_sequence"); }
    QStringList truncateSql(const QList<TableName> &tables, bool counterTableExists) const override
    {
        QStringList sql{QStringLiteral("PRAGMA foreign_keys = OFF")};
        QStringList names;
        for (const TableName &t : tables) {
            sql << QStringLiteral("DELETE FROM %1").arg(qualified(t));
            names << syntax().quoteString(t.name);
        }
        if (counterTableExists && !tables.isEmpty())
            sql << QStringLiteral("DELETE FROM sqlite_sequence WHERE name IN (%1)").arg(names.join(QStringLiteral(", ")));
        sql << QStringLiteral("PRAGMA foreign_keys = ON");
        return sql;
    }
    QStringList foreignKeysOffSql() const override { return {QStringLiteral("PRAGMA foreign_keys = OFF")}; }
    QStringList foreignKeysOnSql() const override { return {QStringLiteral("PRAGMA foreign_keys = ON")}; }
    QString dropSql(const DropTarget &t) const override
    {
        switch (t.kind) {
        case DropKind::View:
        case DropKind::MaterializedView: return QStringLiteral("DROP VIEW IF EXISTS %1").arg(qualified(t.object));
        case DropKind::Table: return QStringLiteral("DROP TABLE IF EXISTS %1").arg(qualified(t.object));
        default: return QString(); // foreign keys go with their table; no routines, sequences or types
        }
    }
};

const Dialect &sqliteDialect()
{
    static const SqlSyntax syntax;
    static const SqliteConnection connection;
    static const SqliteScripts scripts;
    static const SqliteTracking tracking(syntax);
    static const SqliteDatabases databases(syntax);
    static const std::unique_ptr<Catalog> catalog = makeSqliteCatalog(syntax);
    static const SqliteTeardown teardown(syntax);
    static const Dialect dialect(DialectId::Sqlite, {syntax, connection, scripts, tracking, databases, *catalog, teardown});
    return dialect;
}

} // namespace noorm
