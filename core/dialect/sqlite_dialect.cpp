#include "dialect/sqlite_dialect.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>

namespace noorm {

QString SqliteDialect::connectOptions(const ConnectionConfig &) const
{
    // Wait for another writer instead of failing at once with "database is locked".
    return QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
}

void SqliteDialect::configure(QSqlDatabase &db, const ConnectionConfig &c, const QString &projectRoot) const
{
    db.setDatabaseName(databaseFile(c, projectRoot));
    db.setConnectOptions(connectOptions(c));
}

QString SqliteDialect::databaseFile(const ConnectionConfig &c, const QString &projectRoot) const
{
    if (c.database == QLatin1String(":memory:"))
        return c.database;
    QString path = c.database;
    if (path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    const QDir root(projectRoot.isEmpty() ? QDir::currentPath() : projectRoot);
    return QDir::cleanPath(root.absoluteFilePath(path));
}

ConnectFailure SqliteDialect::classifyConnectError(const QSqlError &) const
{
    return ConnectFailure::Other;
}

QString SqliteDialect::quoteIdentifier(const QString &identifier) const
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString SqliteDialect::tableExistsSql(const QString &schema, const QString &table) const
{
    Q_UNUSED(schema);
    return QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = %1").arg(quoteString(table));
}

InsertStatement SqliteDialect::insertReturningId(const QString &qualifiedTable, const QStringList &columns) const
{
    // RETURNING needs SQLite 3.35 (Debian 12 ships 3.40).
    return {QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                .arg(qualifiedTable, columns.join(QStringLiteral(", ")), placeholders(int(columns.size()))),
            {}};
}

QString SqliteDialect::comparableTimestampSql(const QString &expression) const
{
    // julianday() reads both "2024-01-15T10:30:00.000Z" and "2024-01-15 10:30:00"; the
    // texts themselves do not compare ('T' > ' ').
    return QStringLiteral("julianday(%1)").arg(expression);
}

bool SqliteDialect::isUniqueViolation(const QSqlError &error) const
{
    // QSQLITE reports extended result codes: 2067 SQLITE_CONSTRAINT_UNIQUE, 1555
    // SQLITE_CONSTRAINT_PRIMARYKEY; plain 19 (SQLITE_CONSTRAINT) covers every kind of
    // constraint, so the message decides then.
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("2067") || code == QLatin1String("1555"))
        return true;
    return code == QLatin1String("19") && error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

QString SqliteDialect::formatTimestamp(const QDateTime &time) const
{
    // The original stores JavaScript's Date.toISOString() text.
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

SplitRules SqliteDialect::splitRules() const
{
    // The sqlite3 shell: sqlite3_complete() decides where a statement ends.
    SplitRules r;
    r.triggerBodies = true;
    r.backtickIdentifiers = true;
    r.bracketIdentifiers = true;
    return r;
}

std::unique_ptr<StatementInterrupter> SqliteDialect::interrupterFor(const QSqlDatabase &db, const Config &) const
{
    return makeSqliteInterrupter(db);
}

} // namespace noorm
