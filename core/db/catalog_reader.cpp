#include "db/catalog_reader.h"

#include "db/connection.h"
#include "dialect/tracking_tables.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPair>

#include <functional>
#include <optional>

namespace noorm {

namespace {

// Runs a catalog query and hands each row to `row`; an empty query has no rows.
Status eachRow(Connection &connection, const QString &sql, const std::function<void(const QSqlQuery &)> &row)
{
    if (sql.isEmpty())
        return {};
    Result<QSqlQuery> q = connection.query(sql);
    if (!q)
        return q.error();
    while (q->next())
        row(*q);
    return {};
}

// The rows of a catalog query as values: `make` turns a row into a std::optional<T>, empty
// for a row to leave out.
template <typename T, typename Make>
Result<QList<T>> collect(Connection &connection, const QString &sql, Make make)
{
    QList<T> values;
    Status ok = eachRow(connection, sql, [&](const QSqlQuery &q) {
        if (std::optional<T> value = make(q))
            values << std::move(*value);
    });
    if (!ok)
        return ok.error();
    return values;
}

QString text(const QSqlQuery &q, int column) { return q.isNull(column) ? QString() : q.value(column).toString(); }
bool flag(const QSqlQuery &q, int column) { return q.value(column).toInt() != 0; }

} // namespace

QString IndexInfo::keyText() const
{
    QStringList keys;
    for (qsizetype k = 0; k < columns.size(); ++k)
        keys << (descending.value(k) ? columns.at(k) + QStringLiteral(" DESC") : columns.at(k));
    QString text = keys.join(QStringLiteral(", "));
    if (!predicate.isEmpty())
        text += QStringLiteral(" WHERE ") + predicate;
    return text;
}

CatalogReader::CatalogReader(Connection &connection, NoormTables noorm) : m_connection(connection), m_noorm(noorm) {}

bool CatalogReader::hidden(const QString &table) const
{
    return m_noorm == NoormTables::Hidden && tracking::isTrackingTableName(table);
}

Result<QStringList> CatalogReader::schemas()
{
    const QString trackingSchema = m_connection.dialect().tracking().schema();
    const bool showAll = m_noorm == NoormTables::Shown || trackingSchema.isEmpty();
    return collect<QString>(m_connection, m_connection.dialect().catalog().schemasSql(),
                            [&](const QSqlQuery &q) -> std::optional<QString> {
                                const QString name = text(q, 0);
                                return showAll || name != trackingSchema ? std::optional(name) : std::nullopt;
                            });
}

Result<QList<TableInfo>> CatalogReader::tables(const CatalogScope &scope)
{
    const Catalog &catalog = m_connection.dialect().catalog();
    QList<TableInfo> tables;
    QHash<QPair<QString, QString>, qsizetype> indexOf; // (schema, name) -> position in tables
    Status ok = eachRow(m_connection, catalog.relationsSql(scope), [&](const QSqlQuery &q) {
        const QString kind = text(q, 2);
        TableInfo table{text(q, 0), text(q, 1),
                        kind == QLatin1String("view")                ? TableKind::View
                            : kind == QLatin1String("materialized view") ? TableKind::MaterializedView
                                                                         : TableKind::Table,
                        {}, {}, {}, {}};
        table.foreign = kind == QLatin1String("foreign table");
        if (!q.isNull(3))
            table.rowEstimate = q.value(3).toLongLong();
        if (!q.isNull(4))
            table.sizeBytes = q.value(4).toLongLong();
        if (!q.isNull(5))
            table.updatable = flag(q, 5);
        if (hidden(table.name))
            return;
        indexOf.insert({table.schema, table.name}, tables.size());
        tables << table;
    });
    if (!ok)
        return ok.error();
    // Rows of a table not listed (a hidden one, or one created meanwhile) are skipped.
    const auto tableOf = [&](const QSqlQuery &q) -> TableInfo * {
        const auto found = indexOf.constFind({text(q, 0), text(q, 1)});
        return found == indexOf.cend() ? nullptr : &tables[*found];
    };

    ok = eachRow(m_connection, catalog.columnsSql(scope), [&](const QSqlQuery &q) {
        if (TableInfo *table = tableOf(q))
            table->columns << ColumnInfo{text(q, 2), text(q, 3), flag(q, 4), text(q, 5), flag(q, 6),
                                         int(table->columns.size()) + 1, flag(q, 7), text(q, 8),
                                         q.isNull(9) ? QString() : catalog.generationExpression(text(q, 9), text(q, 2))};
    });
    if (!ok)
        return ok.error();

    // One row per index column: consecutive rows of one index make one IndexInfo.
    ok = eachRow(m_connection, catalog.indexesSql(scope), [&](const QSqlQuery &q) {
        TableInfo *table = tableOf(q);
        if (!table)
            return;
        const QString name = text(q, 2);
        if (table->indexes.isEmpty() || table->indexes.last().name != name)
            table->indexes << IndexInfo{name, {}, flag(q, 4), flag(q, 5), {}, text(q, 7)};
        table->indexes.last().columns << text(q, 3);
        table->indexes.last().descending << flag(q, 6);
    });
    if (!ok)
        return ok.error();

    // One row per key column, grouped by the constraint key (SQLite's keys have no name).
    const TableInfo *keyTable = nullptr;
    QString key;
    ok = eachRow(m_connection, catalog.foreignKeysSql(scope), [&](const QSqlQuery &q) {
        TableInfo *table = tableOf(q);
        if (!table)
            return;
        if (table != keyTable || text(q, 2) != key) {
            keyTable = table;
            key = text(q, 2);
            table->foreignKeys << ForeignKeyInfo{text(q, 3), {}, text(q, 5), text(q, 6), {}, text(q, 8), text(q, 9)};
        }
        table->foreignKeys.last().columns << text(q, 4);
        table->foreignKeys.last().referencedColumns << text(q, 7);
    });
    if (!ok)
        return ok.error();

    // One row per unique key column, one per check.
    ok = eachRow(m_connection, catalog.constraintsSql(scope), [&](const QSqlQuery &q) {
        TableInfo *table = tableOf(q);
        if (!table)
            return;
        const QString name = text(q, 2);
        const ConstraintKind kind = text(q, 3) == QLatin1String("check") ? ConstraintKind::Check : ConstraintKind::Unique;
        if (table->constraints.isEmpty() || table->constraints.last().name != name || table->constraints.last().kind != kind)
            table->constraints << ConstraintInfo{name, kind, {}, text(q, 5)};
        if (!q.isNull(4))
            table->constraints.last().columns << text(q, 4);
    });
    if (!ok)
        return ok.error();

    ok = eachRow(m_connection, catalog.viewReadsSql(scope), [&](const QSqlQuery &q) {
        if (TableInfo *view = tableOf(q); view && !hidden(text(q, 3)))
            view->reads << RelationName{text(q, 2), text(q, 3)};
    });
    if (!ok)
        return ok.error();

    ok = eachRow(m_connection, catalog.partitionsSql(scope), [&](const QSqlQuery &q) {
        if (TableInfo *table = tableOf(q))
            table->partitions << PartitionInfo{text(q, 2), text(q, 3), text(q, 4)};
    });
    if (!ok)
        return ok.error();
    return tables;
}

Result<QStringList> CatalogReader::schemasTeardownEmpties()
{
    QStringList schemas;
    Status ok = eachRow(m_connection, m_connection.dialect().catalog().schemasTeardownEmptiesSql(),
                        [&](const QSqlQuery &q) { schemas << text(q, 0); });
    if (!ok)
        return ok.error();
    return schemas;
}

Result<QList<DropTarget>> CatalogReader::teardownExtras()
{
    static const QHash<QString, DropKind> kinds{{QStringLiteral("aggregate"), DropKind::Aggregate},
                                                {QStringLiteral("operator"), DropKind::Operator},
                                                {QStringLiteral("operator family"), DropKind::OperatorFamily},
                                                {QStringLiteral("collation"), DropKind::Collation},
                                                {QStringLiteral("text search configuration"), DropKind::TextSearchConfiguration},
                                                {QStringLiteral("text search dictionary"), DropKind::TextSearchDictionary},
                                                {QStringLiteral("event"), DropKind::Event}};
    QList<DropTarget> extras;
    Status ok = eachRow(m_connection, m_connection.dialect().catalog().teardownExtrasSql(), [&](const QSqlQuery &q) {
        if (const auto kind = kinds.constFind(text(q, 0)); kind != kinds.cend())
            extras << DropTarget{*kind, {text(q, 1), text(q, 2)}, {}, text(q, 3)};
    });
    if (!ok)
        return ok.error();
    return extras;
}

Result<QList<RoutineInfo>> CatalogReader::routines(const CatalogScope &scope)
{
    const Catalog &catalog = m_connection.dialect().catalog();
    Result<QList<RoutineInfo>> routines =
        collect<RoutineInfo>(m_connection, catalog.routinesSql(scope), [](const QSqlQuery &q) -> std::optional<RoutineInfo> {
            const bool procedure = text(q, 2) == QLatin1String("procedure");
            return RoutineInfo{text(q, 0), text(q, 1), procedure ? RoutineKind::Procedure : RoutineKind::Function,
                               text(q, 3), text(q, 4), text(q, 5), {}};
        });
    if (!routines)
        return routines;
    // (schema, name, arguments, kind) -> position: MySQL's function and procedure may share a name.
    QHash<QString, qsizetype> indexOf;
    const auto key = [](const QString &schema, const QString &name, const QString &arguments, bool procedure) {
        return schema + QChar(0) + name + QChar(0) + arguments + QChar(0) + QLatin1Char(procedure ? 'p' : 'f');
    };
    for (qsizetype i = 0; i < routines->size(); ++i) {
        const RoutineInfo &r = routines->at(i);
        indexOf.insert(key(r.schema, r.name, r.arguments, r.kind == RoutineKind::Procedure), i);
    }
    Status ok = eachRow(m_connection, catalog.parametersSql(scope), [&](const QSqlQuery &q) {
        const auto found = indexOf.constFind(key(text(q, 0), text(q, 1), text(q, 3), text(q, 2) == QLatin1String("procedure")));
        if (found != indexOf.cend())
            (*routines)[*found].parameters << ParameterInfo{text(q, 4), text(q, 5), text(q, 6)};
    });
    if (!ok)
        return ok.error();
    return routines;
}

Result<QList<TriggerInfo>> CatalogReader::triggers(const CatalogScope &scope)
{
    return collect<TriggerInfo>(m_connection, m_connection.dialect().catalog().triggersSql(scope),
                                [this](const QSqlQuery &q) -> std::optional<TriggerInfo> {
                                    TriggerInfo trigger{text(q, 0), text(q, 1), text(q, 2), text(q, 3),
                                                        text(q, 4).split(QLatin1Char(','), Qt::SkipEmptyParts)};
                                    if (hidden(trigger.table))
                                        return std::nullopt;
                                    return trigger;
                                });
}

Result<QList<TypeInfo>> CatalogReader::types(const CatalogScope &scope)
{
    return collect<TypeInfo>(m_connection, m_connection.dialect().catalog().typesSql(scope),
                             [](const QSqlQuery &q) -> std::optional<TypeInfo> {
                                 QStringList elements;
                                 const QJsonArray array = QJsonDocument::fromJson(text(q, 3).toUtf8()).array();
                                 for (const QJsonValue &element : array)
                                     elements << element.toString();
                                 return TypeInfo{text(q, 0), text(q, 1), text(q, 2), elements, text(q, 4)};
                             });
}

Result<QList<SequenceInfo>> CatalogReader::sequences(const CatalogScope &scope)
{
    return collect<SequenceInfo>(m_connection, m_connection.dialect().catalog().sequencesSql(scope),
                                 [](const QSqlQuery &q) -> std::optional<SequenceInfo> {
                                     return SequenceInfo{text(q, 0), text(q, 1)};
                                 });
}

Result<DatabaseObjects> CatalogReader::all(const CatalogScope &scope)
{
    DatabaseObjects objects;
    Result<QList<TableInfo>> tables = this->tables(scope);
    if (!tables)
        return tables.error();
    objects.tables = std::move(tables).value();
    Result<QList<RoutineInfo>> routines = this->routines(scope);
    if (!routines)
        return routines.error();
    objects.routines = std::move(routines).value();
    Result<QList<TriggerInfo>> triggers = this->triggers(scope);
    if (!triggers)
        return triggers.error();
    objects.triggers = std::move(triggers).value();
    Result<QList<TypeInfo>> types = this->types(scope);
    if (!types)
        return types.error();
    objects.types = std::move(types).value();
    Result<QList<SequenceInfo>> sequences = this->sequences(scope);
    if (!sequences)
        return sequences.error();
    objects.sequences = std::move(sequences).value();
    return objects;
}

Result<QString> CatalogReader::definition(const DefinedObject &object)
{
    const DefinitionQuery query = m_connection.dialect().catalog().definitionSql(object);
    if (query.sql.isEmpty())
        return Error::failed(QStringLiteral("%1 cannot give the definition of %2 yet")
                                 .arg(m_connection.dialect().displayName(), object.name));
    Result<QSqlQuery> q = m_connection.query(query.sql);
    if (!q)
        return Error::notFound(QStringLiteral("No %1 named %2: %3").arg(QStringLiteral("object"), object.name, q.error().message));
    if (!q->next() || q->isNull(query.column))
        return Error::notFound(QStringLiteral("No object named %1").arg(object.name));
    return q->value(query.column).toString();
}

Result<QString> CatalogReader::fingerprint(const CatalogScope &scope)
{
    Result<QVariant> value = m_connection.scalar(m_connection.dialect().catalog().fingerprintSql(scope.schema));
    if (!value)
        return value.error();
    return value->toString();
}

} // namespace noorm
