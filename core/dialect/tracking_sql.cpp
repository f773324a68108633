#include "dialect/tracking_sql.h"

#include <QTimeZone>

namespace noorm {

namespace {

QString joinNames(const std::vector<QLatin1String> &names)
{
    QStringList list;
    for (const QLatin1String &name : names)
        list << QString(name);
    return list.join(QStringLiteral(", "));
}

} // namespace

QString TrackingSql::table(const QString &name) const
{
    const QString where = schema();
    return where.isEmpty() ? name : where + QLatin1Char('.') + name;
}

QString TrackingSql::moveLegacyTableSql(const QString &) const { return {}; }

QString TrackingSql::presenceProbeSql(const QString &name) const
{
    return syntax().selectLimitSql(QStringLiteral("1 FROM %1").arg(table(name)), 1);
}

QString TrackingSql::defaultSql(const TrackingColumn &column) const
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

QString TrackingSql::columnType(const TrackingColumn &column) const
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

QString TrackingSql::columnSql(const TrackingColumn &column) const
{
    if (column.type == ColumnType::Id)
        return idColumnSql();
    QString sql = column.name + QLatin1Char(' ') + columnType(column) + QStringLiteral(" NOT NULL")
                  + defaultSql(column);
    if (column.unique)
        sql += QStringLiteral(" UNIQUE");
    return sql;
}

QStringList TrackingSql::createTableSql(const TrackingTable &tracked) const
{
    QStringList parts;
    for (const TrackingColumn &column : tracked.columns)
        parts << columnSql(column);
    for (const auto &unique : tracked.uniqueTogether)
        parts << QStringLiteral("UNIQUE (%1)").arg(joinNames(unique));
    if (declaresIndexesInTable()) {
        for (const TrackingIndex &index : tracked.indexes)
            parts << QStringLiteral("INDEX %1 (%2)").arg(index.name, joinNames(index.columns));
    }
    // Table-level FOREIGN KEY: MySQL silently ignores the inline REFERENCES form.
    for (const TrackingForeignKey &fk : tracked.foreignKeys) {
        parts << QStringLiteral("FOREIGN KEY (%1) REFERENCES %2 (%3)%4")
                     .arg(fk.column, table(fk.referencedTable), fk.referencedColumn,
                          fk.cascadeOnDelete ? QStringLiteral(" ON DELETE CASCADE") : QString());
    }
    QStringList statements;
    statements << QStringLiteral("CREATE TABLE %1%2 (%3)")
                      .arg(createsTablesIfMissing() ? QStringLiteral("IF NOT EXISTS ") : QString(), table(tracked.name),
                           parts.join(QStringLiteral(", ")));
    if (declaresIndexesInTable())
        return statements;
    for (const TrackingIndex &index : tracked.indexes) {
        statements << QStringLiteral("CREATE INDEX %1 ON %2 (%3)")
                          .arg(index.name, table(tracked.name), joinNames(index.columns));
    }
    return statements;
}

QStringList TrackingSql::coreTablesDdl() const
{
    // Tables first, then indexes, in the order the original's migration v1 runs them.
    QStringList tables;
    QStringList indexes;
    for (const TrackingTable &tracked : tracking::coreTables()) {
        const QStringList statements = createTableSql(tracked);
        tables << statements.first();
        indexes << statements.mid(1);
    }
    return tables + indexes;
}

QString TrackingSql::insertSql(const QString &qualifiedTable, const QStringList &columns, const QString &between,
                               const QString &after)
{
    return QStringLiteral("INSERT INTO %1 (%2)%3 VALUES (%4)%5")
        .arg(qualifiedTable, columns.join(QStringLiteral(", ")), between,
             SqlSyntax::placeholders(int(columns.size())), after);
}

QString TrackingSql::formatTimestamp(const QDateTime &time) const
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QDateTime TrackingSql::parseTimestamp(const QVariant &value)
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

} // namespace noorm
