#include "dialect/dialect.h"

#include "dialect/mssql_dialect.h"
#include "dialect/mysql_dialect.h"
#include "dialect/postgres_dialect.h"
#include "dialect/sqlite_dialect.h"

#include <QSqlDatabase>
#include <QTimeZone>

namespace noorm {

std::unique_ptr<StatementInterrupter> Dialect::interrupterFor(const QSqlDatabase &, const Config &) const
{
    return nullptr;
}

QString Dialect::availableDriver() const
{
    for (const QString &driver : qtDrivers()) {
        if (QSqlDatabase::isDriverAvailable(driver))
            return driver;
    }
    return {};
}

void Dialect::configure(QSqlDatabase &db, const ConnectionConfig &c, const QString &projectRoot) const
{
    Q_UNUSED(projectRoot);
    db.setHostName(c.host.isEmpty() ? QStringLiteral("localhost") : c.host);
    db.setPort(c.port.value_or(defaultPort()));
    db.setDatabaseName(c.database);
    db.setUserName(c.user);
    db.setPassword(c.password.reveal());
    db.setConnectOptions(connectOptions(c));
}

QString Dialect::databaseFile(const ConnectionConfig &, const QString &) const { return {}; }

QString Dialect::serverAddress(const ConnectionConfig &c) const
{
    if (isFileBased())
        return c.database;
    return QStringLiteral("%1:%2")
        .arg(c.host.isEmpty() ? QStringLiteral("localhost") : c.host)
        .arg(c.port.value_or(defaultPort()));
}

QString Dialect::quoteString(const QString &value) const
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString Dialect::selectLimitSql(const QString &body, int limit) const
{
    return QStringLiteral("SELECT %1 LIMIT %2").arg(body).arg(limit);
}

QString Dialect::trackingTable(const QString &table) const
{
    const QString schema = trackingSchema();
    return schema.isEmpty() ? table : schema + QLatin1Char('.') + table;
}

QString Dialect::moveLegacyTableSql(const QString &) const { return {}; }

QString Dialect::presenceProbeSql(const QString &table) const
{
    return selectLimitSql(QStringLiteral("1 FROM %1").arg(trackingTable(table)), 1);
}

QString Dialect::defaultSql(const TrackingColumn &column) const
{
    switch (column.defaultValue) {
    case ColumnDefault::None:
        return {};
    case ColumnDefault::EmptyText:
        return QStringLiteral(" DEFAULT ''");
    case ColumnDefault::Zero:
        return QStringLiteral(" DEFAULT 0");
    case ColumnDefault::CurrentTimestamp:
        return QStringLiteral(" DEFAULT CURRENT_TIMESTAMP");
    }
    return {};
}

QString Dialect::columnType(const TrackingColumn &column) const
{
    switch (column.type) {
    case ColumnType::Varchar:
        return QStringLiteral("varchar(%1)").arg(column.length);
    case ColumnType::Text:
        return QStringLiteral("text");
    case ColumnType::Integer:
    case ColumnType::Id:
        return QStringLiteral("integer");
    case ColumnType::Timestamp:
        return QStringLiteral("timestamp");
    }
    return QStringLiteral("integer");
}

QString Dialect::columnSql(const TrackingColumn &column) const
{
    if (column.type == ColumnType::Id)
        return idColumnSql();
    QString sql = column.name + QLatin1Char(' ') + columnType(column) + QStringLiteral(" NOT NULL")
                  + defaultSql(column);
    if (column.unique)
        sql += QStringLiteral(" UNIQUE");
    return sql;
}

QString Dialect::placeholders(int count) const
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

static QString joinNames(const std::vector<QLatin1String> &names)
{
    QStringList list;
    for (const QLatin1String &name : names)
        list << QString(name);
    return list.join(QStringLiteral(", "));
}

QStringList Dialect::createTableSql(const TrackingTable &table) const
{
    QStringList parts;
    for (const TrackingColumn &column : table.columns)
        parts << columnSql(column);
    for (const auto &unique : table.uniqueTogether)
        parts << QStringLiteral("UNIQUE (%1)").arg(joinNames(unique));
    // Table-level FOREIGN KEY: MySQL silently ignores the inline REFERENCES form.
    for (const TrackingForeignKey &fk : table.foreignKeys) {
        parts << QStringLiteral("FOREIGN KEY (%1) REFERENCES %2 (%3)%4")
                     .arg(fk.column, trackingTable(fk.referencedTable), fk.referencedColumn,
                          fk.cascadeOnDelete ? QStringLiteral(" ON DELETE CASCADE") : QString());
    }
    QStringList statements;
    statements << QStringLiteral("CREATE TABLE %1 (%2)")
                      .arg(trackingTable(table.name), parts.join(QStringLiteral(", ")));
    for (const TrackingIndex &index : table.indexes) {
        statements << QStringLiteral("CREATE INDEX %1 ON %2 (%3)")
                          .arg(index.name, trackingTable(table.name), joinNames(index.columns));
    }
    return statements;
}

QStringList Dialect::coreTablesDdl() const
{
    // Tables first, then indexes, in the order the original's migration v1 runs them.
    QStringList tables;
    QStringList indexes;
    for (const TrackingTable &table : tracking::coreTables()) {
        const QStringList statements = createTableSql(table);
        tables << statements.first();
        indexes << statements.mid(1);
    }
    return tables + indexes;
}

QString Dialect::formatTimestamp(const QDateTime &time) const
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

Result<QList<SqlStatement>> Dialect::splitScript(const QString &script, const QString &fileName) const
{
    return StatementSplitter(splitRules()).split(script, fileName);
}

QDateTime Dialect::parseTimestamp(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime) {
        // Tracking columns carry no zone: the wall-clock value is UTC.
        const QDateTime dt = value.toDateTime();
        return QDateTime(dt.date(), dt.time(), QTimeZone::utc());
    }
    QString text = value.toString().trimmed();
    if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
        text[10] = QLatin1Char('T');
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), QTimeZone::utc());
    return dt.toUTC();
}

const Dialect *dialectFor(const QString &name)
{
    static const PostgresDialect postgres;
    static const MysqlDialect mysql;
    static const SqliteDialect sqlite;
    static const MssqlDialect mssql;
    if (name == QLatin1String("postgres"))
        return &postgres;
    if (name == QLatin1String("mysql"))
        return &mysql;
    if (name == QLatin1String("sqlite"))
        return &sqlite;
    if (name == QLatin1String("mssql"))
        return &mssql;
    return nullptr;
}

} // namespace noorm
