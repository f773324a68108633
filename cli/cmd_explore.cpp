// noorm db explore [category] [detail] [name] [--filter PATTERN] [--noorm]

#include "exit_codes.h"
#include "runtime.h"

#include "operations/explore_operation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace noorm::cli {

namespace {

struct ExploreFlags {
    std::vector<std::string> words; // [category] [detail] [name]
    std::string filter;
    bool noorm = false;
};

QString qualified(const QString &schema, const QString &name)
{
    return schema.isEmpty() || schema == QLatin1String("main") ? name : schema + QLatin1Char('.') + name;
}

QJsonObject columnJson(const ColumnInfo &c)
{
    QJsonObject o{{QStringLiteral("name"), c.name}, {QStringLiteral("dataType"), c.dataType},
                  {QStringLiteral("isNullable"), c.nullable}, {QStringLiteral("isPrimaryKey"), c.primaryKey},
                  {QStringLiteral("ordinalPosition"), c.position}, {QStringLiteral("isGenerated"), c.generated}};
    if (!c.comment.isEmpty())
        o.insert(QStringLiteral("comment"), c.comment);
    if (!c.defaultValue.isNull())
        o.insert(QStringLiteral("defaultValue"), c.defaultValue);
    if (!c.generatedAs.isNull())
        o.insert(QStringLiteral("generationExpression"), c.generatedAs);
    return o;
}

QJsonObject indexJson(const IndexInfo &i)
{
    QJsonObject o{{QStringLiteral("name"), i.name}, {QStringLiteral("columns"), QJsonArray::fromStringList(i.columns)},
                  {QStringLiteral("isUnique"), i.unique}, {QStringLiteral("isPrimary"), i.primary}};
    if (i.descending.contains(true)) {
        QJsonArray descending;
        for (qsizetype k = 0; k < i.columns.size(); ++k)
            if (i.descending.value(k))
                descending.append(i.columns.at(k));
        o.insert(QStringLiteral("descendingColumns"), descending);
    }
    if (!i.predicate.isNull())
        o.insert(QStringLiteral("predicate"), i.predicate);
    return o;
}

QJsonObject foreignKeyJson(const QString &schema, const QString &table, const ForeignKeyInfo &k)
{
    return {{QStringLiteral("name"), k.name}, {QStringLiteral("schema"), schema}, {QStringLiteral("tableName"), table},
            {QStringLiteral("columns"), QJsonArray::fromStringList(k.columns)},
            {QStringLiteral("referencedSchema"), k.referencedSchema}, {QStringLiteral("referencedTable"), k.referencedTable},
            {QStringLiteral("referencedColumns"), QJsonArray::fromStringList(k.referencedColumns)},
            {QStringLiteral("onUpdate"), k.onUpdate}, {QStringLiteral("onDelete"), k.onDelete}};
}

// "PK", "auto" (the database makes its values), both or nothing.
QString keyText(const ColumnInfo &c)
{
    QStringList marks;
    if (c.primaryKey)
        marks << QStringLiteral("PK");
    if (c.generated)
        marks << QStringLiteral("auto");
    return marks.join(QLatin1Char(' '));
}

QJsonObject constraintJson(const ConstraintInfo &c)
{
    QJsonObject o{{QStringLiteral("name"), c.name},
                  {QStringLiteral("kind"), c.kind == ConstraintKind::Check ? QStringLiteral("check") : QStringLiteral("unique")}};
    if (c.kind == ConstraintKind::Check)
        o.insert(QStringLiteral("definition"), c.checkSql);
    else
        o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(c.columns));
    return o;
}

// "16 kB", "1.2 MB" (powers of 1024, as psql's \dt+ shows them); empty when unknown.
QString sizeText(const std::optional<qint64> &bytes)
{
    return bytes ? QLocale::c().formattedDataSize(*bytes, 1, QLocale::DataSizeTraditionalFormat) : QString();
}

// An enum's labels, a composite type's attributes, a domain's base type.
QString typeText(const TypeInfo &type)
{
    return type.elements.isEmpty() ? type.baseType : type.elements.join(QStringLiteral(", "));
}

// "a integer, OUT r numeric": names, types and modes other than IN.
QString parametersText(const RoutineInfo &r)
{
    QStringList parts;
    for (const ParameterInfo &p : r.parameters) {
        const QString mode = p.mode == QLatin1String("IN") ? QString() : p.mode + QLatin1Char(' ');
        parts << (mode + p.name + (p.name.isEmpty() ? QString() : QStringLiteral(" ")) + p.dataType);
    }
    return parts.join(QStringLiteral(", "));
}

// "(a integer, OUT r numeric)".
QString signatureText(const RoutineInfo &r) { return QLatin1Char('(') + parametersText(r) + QLatin1Char(')'); }

QJsonObject routineJson(const RoutineInfo &r)
{
    QJsonArray parameters;
    for (qsizetype i = 0; i < r.parameters.size(); ++i) {
        const ParameterInfo &p = r.parameters.at(i);
        parameters.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("dataType"), p.dataType},
                                      {QStringLiteral("mode"), p.mode}, {QStringLiteral("ordinalPosition"), int(i) + 1}});
    }
    QJsonObject o{{QStringLiteral("name"), r.name}, {QStringLiteral("schema"), r.schema},
                  // The identity arguments where the server has overloads (PostgreSQL); the
                  // parameters elsewhere (MySQL's routines have no identity arguments: it was "").
                  {QStringLiteral("arguments"), !r.arguments.isEmpty() || r.parameters.isEmpty() ? r.arguments : parametersText(r)},
                  {QStringLiteral("parameterCount"), parameters.size()},
                  {QStringLiteral("parameters"), parameters}};
    if (r.kind == RoutineKind::Function)
        o.insert(QStringLiteral("returnType"), r.returnType);
    if (!r.language.isEmpty())
        o.insert(QStringLiteral("language"), r.language);
    return o;
}

QJsonObject triggerJson(const TriggerInfo &t)
{
    return {{QStringLiteral("name"), t.name}, {QStringLiteral("schema"), t.schema}, {QStringLiteral("tableName"), t.table},
            {QStringLiteral("timing"), t.timing}, {QStringLiteral("events"), QJsonArray::fromStringList(t.events)}};
}

// "BEFORE INSERT OR UPDATE"
QString triggerText(const TriggerInfo &t)
{
    return (t.timing + QLatin1Char(' ') + t.events.join(QStringLiteral(" OR "))).trimmed();
}

QString keyText(const QStringList &columns, const QString &table, const QStringList &referenced)
{
    return QStringLiteral("(%1) → %2(%3)").arg(columns.join(QStringLiteral(", ")), table, referenced.join(QStringLiteral(", ")));
}

int overview(Runtime &rt, const ExploreCatalog &catalog)
{
    QJsonObject json;
    QList<QStringList> rows;
    for (ExploreKind kind : allExploreKinds()) {
        json.insert(exploreKindName(kind), catalog.count(kind));
        rows << QStringList{exploreKindName(kind), QString::number(catalog.count(kind))};
    }
    rt.out.document(json);
    rt.out.text(QStringLiteral("Database Overview (%1)").arg(Output::printable(catalog.config.name)));
    rt.out.table({QStringLiteral("kind"), QStringLiteral("count")}, rows);
    return Ok;
}

int list(Runtime &rt, const ExploreCatalog &catalog, ExploreKind kind, const QRegularExpression &filter)
{
    // The pattern matches the name, or the name with its schema as the lists show it (shop.*).
    const auto wanted = [&](const QString &schema, const QString &name) {
        return !filter.isValid() || filter.pattern().isEmpty() || filter.match(name).hasMatch()
            || (!schema.isEmpty() && filter.match(schema + QLatin1Char('.') + name).hasMatch());
    };
    QJsonArray json;
    QList<QStringList> rows;
    QStringList header;
    switch (kind) {
    case ExploreKind::Tables:
    case ExploreKind::Views:
        header = {QStringLiteral("name"), QStringLiteral("columns"), QStringLiteral("indexes"), QStringLiteral("foreign keys"),
                  QStringLiteral("rows (estimate)"), QStringLiteral("size")};
        for (const TableInfo &t : catalog.tables) {
            if (isView(t.kind) != (kind == ExploreKind::Views) || !wanted(t.schema, t.name))
                continue;
            QJsonObject o{{QStringLiteral("name"), t.name}, {QStringLiteral("schema"), t.schema},
                          {QStringLiteral("columnCount"), t.columns.size()}};
            if (t.updatable)
                o.insert(QStringLiteral("isUpdatable"), *t.updatable);
            if (t.rowEstimate)
                o.insert(QStringLiteral("rowCountEstimate"), *t.rowEstimate);
            if (t.sizeBytes)
                o.insert(QStringLiteral("sizeBytes"), *t.sizeBytes);
            json.append(o);
            rows << QStringList{Output::printable(qualified(t.schema, t.name)), QString::number(t.columns.size()),
                                QString::number(t.indexes.size()), QString::number(t.foreignKeys.size()),
                                t.rowEstimate ? QStringLiteral("~%1").arg(*t.rowEstimate) : QString(), sizeText(t.sizeBytes)};
        }
        break;
    case ExploreKind::Functions:
    case ExploreKind::Procedures:
        header = {QStringLiteral("name"), QStringLiteral("returns"), QStringLiteral("language")};
        if (kind == ExploreKind::Procedures)
            header.removeAt(1);
        for (const RoutineInfo &r : catalog.routines) {
            if ((r.kind == RoutineKind::Procedure) != (kind == ExploreKind::Procedures) || !wanted(r.schema, r.name))
                continue;
            json.append(routineJson(r));
            QStringList row{Output::printable(qualified(r.schema, r.name) + signatureText(r)), Output::printable(r.returnType),
                            Output::printable(r.language)};
            if (kind == ExploreKind::Procedures)
                row.removeAt(1);
            rows << row;
        }
        break;
    case ExploreKind::Types:
        header = {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("values")};
        for (const TypeInfo &ty : catalog.types) {
            if (!wanted(ty.schema, ty.name))
                continue;
            QJsonObject o{{QStringLiteral("name"), ty.name}, {QStringLiteral("schema"), ty.schema}, {QStringLiteral("kind"), ty.kind}};
            if (ty.kind == QLatin1String("enum"))
                o.insert(QStringLiteral("valueCount"), ty.elements.size());
            if (!ty.elements.isEmpty())
                o.insert(QStringLiteral("elements"), QJsonArray::fromStringList(ty.elements));
            if (!ty.baseType.isEmpty())
                o.insert(QStringLiteral("baseType"), ty.baseType);
            json.append(o);
            rows << QStringList{Output::printable(qualified(ty.schema, ty.name)), ty.kind, Output::printable(typeText(ty))};
        }
        break;
    case ExploreKind::Sequences:
        header = {QStringLiteral("name")};
        for (const SequenceInfo &sq : catalog.sequences) {
            if (!wanted(sq.schema, sq.name))
                continue;
            json.append(QJsonObject{{QStringLiteral("name"), sq.name}, {QStringLiteral("schema"), sq.schema}});
            rows << QStringList{Output::printable(qualified(sq.schema, sq.name))};
        }
        break;
    case ExploreKind::Indexes:
        header = {QStringLiteral("name"), QStringLiteral("table"), QStringLiteral("columns"), QStringLiteral("kind")};
        for (const TableInfo &t : catalog.tables)
            for (const IndexInfo &i : t.indexes) {
                if (!wanted(t.schema, i.name))
                    continue;
                QJsonObject o = indexJson(i);
                o.insert(QStringLiteral("tableName"), t.name);
                o.insert(QStringLiteral("schema"), t.schema);
                json.append(o);
                rows << QStringList{Output::printable(i.name), Output::printable(qualified(t.schema, t.name)),
                                    Output::printable(i.keyText()),
                                    i.primary ? QStringLiteral("primary") : i.unique ? QStringLiteral("unique") : QString()};
            }
        break;
    case ExploreKind::ForeignKeys:
        header = {QStringLiteral("name"), QStringLiteral("table"), QStringLiteral("key")};
        for (const TableInfo &t : catalog.tables)
            for (const ForeignKeyInfo &k : t.foreignKeys) {
                if (!wanted(t.schema, k.name) && !wanted(t.schema, t.name))
                    continue;
                json.append(foreignKeyJson(t.schema, t.name, k));
                rows << QStringList{Output::printable(k.name), Output::printable(qualified(t.schema, t.name)),
                                    Output::printable(keyText(k.columns, qualified(k.referencedSchema, k.referencedTable), k.referencedColumns))};
            }
        break;
    case ExploreKind::Triggers:
        header = {QStringLiteral("name"), QStringLiteral("table"), QStringLiteral("when")};
        for (const TriggerInfo &tr : catalog.triggers) {
            if (!wanted(tr.schema, tr.name))
                continue;
            json.append(triggerJson(tr));
            rows << QStringList{Output::printable(qualified(tr.schema, tr.name)), Output::printable(tr.table), triggerText(tr)};
        }
        break;
    }
    rt.out.document(json);
    static const QStringList titles{QStringLiteral("Tables"), QStringLiteral("Views"), QStringLiteral("Functions"),
                                    QStringLiteral("Procedures"), QStringLiteral("Indexes"), QStringLiteral("Foreign keys"),
                                    QStringLiteral("Triggers"), QStringLiteral("Types"), QStringLiteral("Sequences")};
    rt.out.text(QStringLiteral("%1: %2").arg(titles.at(int(kind))).arg(rows.size()));
    if (!rows.isEmpty())
        rt.out.table(header, rows);
    return Ok;
}

// A function's or procedure's signature and definition; each overload of the name in turn.
int routineDetail(Runtime &rt, ExploreOperation &operation, const ExploreCatalog &catalog, ExploreKind kind, const QString &name)
{
    const RoutineKind routineKind = kind == ExploreKind::Procedures ? RoutineKind::Procedure : RoutineKind::Function;
    const QList<const RoutineInfo *> found = catalog.findRoutines(name, routineKind);
    const QString what = routineKind == RoutineKind::Procedure ? QStringLiteral("Procedure") : QStringLiteral("Function");
    if (found.isEmpty())
        return rt.out.fail(Error::notFound(QStringLiteral("%1 not found: %2").arg(what, name)));
    QJsonArray json;
    for (const RoutineInfo *r : found) {
        const DefinedKind defined = routineKind == RoutineKind::Procedure ? DefinedKind::Procedure : DefinedKind::Function;
        const Result<QString> ddl = operation.definition({defined, r->schema, r->name, r->arguments});
        QJsonObject o = routineJson(*r);
        o.insert(QStringLiteral("definition"), ddl ? QJsonValue(*ddl) : QJsonValue::Null);
        json.append(o);
        if (r != found.first())
            rt.out.text(QString());
        rt.out.text(QStringLiteral("%1: %2%3").arg(what, Output::printable(qualified(r->schema, r->name)), Output::printable(signatureText(*r))));
        if (!r->returnType.isEmpty())
            rt.out.text(QStringLiteral("Returns: ") + Output::printable(r->returnType));
        if (!r->language.isEmpty())
            rt.out.text(QStringLiteral("Language: ") + Output::printable(r->language));
        if (ddl) {
            rt.out.text(QString());
            rt.out.text(Output::printable(*ddl, Output::LineBreaks::Keep));
        }
    }
    // One object for one routine, as the original's detail; an array for overloads.
    if (json.size() == 1)
        rt.out.document(json.first().toObject());
    else
        rt.out.document(json);
    return Ok;
}

int triggerDetail(Runtime &rt, ExploreOperation &operation, const ExploreCatalog &catalog, const QString &name)
{
    const TriggerInfo *t = catalog.findTrigger(name);
    if (!t)
        return rt.out.fail(Error::notFound(QStringLiteral("Trigger not found: %1").arg(name)));
    const Result<QString> ddl = operation.definition({DefinedKind::Trigger, t->schema, t->name, {}});
    QJsonObject o = triggerJson(*t);
    o.insert(QStringLiteral("definition"), ddl ? QJsonValue(*ddl) : QJsonValue::Null);
    rt.out.document(o);
    rt.out.text(QStringLiteral("Trigger: %1 on %2, %3")
                    .arg(Output::printable(qualified(t->schema, t->name)), Output::printable(t->table), triggerText(*t)));
    if (ddl) {
        rt.out.text(QString());
        rt.out.text(Output::printable(*ddl, Output::LineBreaks::Keep));
    }
    return Ok;
}

// A type's or sequence's kind, values and DDL.
int typeOrSequenceDetail(Runtime &rt, ExploreOperation &operation, const ExploreCatalog &catalog, ExploreKind kind,
                         const QString &name)
{
    const bool type = kind == ExploreKind::Types;
    const TypeInfo *ty = type ? catalog.findType(name) : nullptr;
    const SequenceInfo *sq = type ? nullptr : catalog.findSequence(name);
    if (!ty && !sq)
        return rt.out.fail(Error::notFound(QStringLiteral("%1 not found: %2").arg(type ? QStringLiteral("Type") : QStringLiteral("Sequence"), name)));
    const QString schema = ty ? ty->schema : sq->schema, objectName = ty ? ty->name : sq->name;
    const Result<QString> ddl = operation.definition({type ? DefinedKind::Type : DefinedKind::Sequence, schema, objectName, {}});
    QJsonObject o{{QStringLiteral("name"), objectName}, {QStringLiteral("schema"), schema},
                  {QStringLiteral("definition"), ddl ? QJsonValue(*ddl) : QJsonValue::Null}};
    if (ty) {
        o.insert(QStringLiteral("kind"), ty->kind);
        o.insert(QStringLiteral("elements"), QJsonArray::fromStringList(ty->elements));
        if (!ty->baseType.isEmpty())
            o.insert(QStringLiteral("baseType"), ty->baseType);
    }
    rt.out.document(o);
    rt.out.text(ty ? QStringLiteral("Type: %1 (%2)").arg(Output::printable(qualified(schema, objectName)), ty->kind)
                   : QStringLiteral("Sequence: %1").arg(Output::printable(qualified(schema, objectName))));
    if (ty && !typeText(*ty).isEmpty())
        rt.out.text(QStringLiteral("Values: ") + Output::printable(typeText(*ty)));
    if (ddl) {
        rt.out.text(QString());
        rt.out.text(Output::printable(*ddl, Output::LineBreaks::Keep));
    }
    return Ok;
}

int detail(Runtime &rt, ExploreOperation &operation, const ExploreCatalog &catalog, ExploreKind kind, const QString &name)
{
    if (kind == ExploreKind::Types || kind == ExploreKind::Sequences)
        return typeOrSequenceDetail(rt, operation, catalog, kind, name);
    if (kind == ExploreKind::Functions || kind == ExploreKind::Procedures)
        return routineDetail(rt, operation, catalog, kind, name);
    if (kind == ExploreKind::Triggers)
        return triggerDetail(rt, operation, catalog, name);
    const TableInfo *t = catalog.find(name);
    if (!t || isView(t->kind) != (kind == ExploreKind::Views)) {
        const QString what = kind == ExploreKind::Views ? QStringLiteral("View") : QStringLiteral("Table");
        return rt.out.fail(Error::notFound(QStringLiteral("%1 not found: %2").arg(what, name)));
    }
    const QList<IncomingForeignKey> incoming = catalog.referencing(*t);
    QJsonArray columns, indexes, keys, referencedBy;
    QList<QStringList> columnRows;
    for (const ColumnInfo &c : t->columns) {
        columns.append(columnJson(c));
        columnRows << QStringList{Output::printable(c.name), Output::printable(c.dataType),
                                  c.nullable ? QStringLiteral("yes") : QStringLiteral("no"),
                                  Output::printable(c.generatedAs.isNull() ? c.defaultValue : QStringLiteral("generated as ") + c.generatedAs),
                                  keyText(c), Output::printable(c.comment)};
    }
    for (const IndexInfo &i : t->indexes)
        indexes.append(indexJson(i));
    for (const ForeignKeyInfo &k : t->foreignKeys)
        keys.append(foreignKeyJson(t->schema, t->name, k));
    for (const IncomingForeignKey &in : incoming)
        referencedBy.append(foreignKeyJson(in.schema, in.table, in.key));
    QJsonArray constraints;
    for (const ConstraintInfo &c : t->constraints)
        constraints.append(constraintJson(c));
    const QList<RelationName> readers = catalog.readBy(*t);
    QJsonArray reads, readBy;
    QStringList readsText, readByText;
    for (const RelationName &r : t->reads) {
        reads.append(QJsonObject{{QStringLiteral("name"), r.name}, {QStringLiteral("schema"), r.schema}});
        readsText << Output::printable(qualified(r.schema, r.name));
    }
    for (const RelationName &r : readers) {
        readBy.append(QJsonObject{{QStringLiteral("name"), r.name}, {QStringLiteral("schema"), r.schema}});
        readByText << Output::printable(qualified(r.schema, r.name));
    }
    // "of" only for partitions of partitions.
    const bool nested = std::any_of(t->partitions.cbegin(), t->partitions.cend(), [](const PartitionInfo &p) { return !p.parent.isEmpty(); });
    QJsonArray partitions;
    QList<QStringList> partitionRows;
    for (const PartitionInfo &p : t->partitions) {
        partitions.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("bound"), p.bound},
                                      {QStringLiteral("parent"), p.parent.isEmpty() ? QJsonValue::Null : QJsonValue(p.parent)}});
        partitionRows << (nested ? QStringList{Output::printable(p.name), Output::printable(p.parent), Output::printable(p.bound)}
                                 : QStringList{Output::printable(p.name), Output::printable(p.bound)});
    }
    const DefinedKind defined = t->kind == TableKind::Table ? DefinedKind::Table
        : t->kind == TableKind::View                        ? DefinedKind::View
                                                            : DefinedKind::MaterializedView;
    const Result<QString> ddl = operation.definition({defined, t->schema, t->name, {}}); // not every server gives one
    rt.out.document(QJsonObject{{QStringLiteral("name"), t->name}, {QStringLiteral("schema"), t->schema},
                                {QStringLiteral("columns"), columns}, {QStringLiteral("indexes"), indexes},
                                {QStringLiteral("foreignKeys"), keys}, {QStringLiteral("referencedBy"), referencedBy},
                                {QStringLiteral("constraints"), constraints},
                                {QStringLiteral("reads"), reads}, {QStringLiteral("readBy"), readBy},
                                {QStringLiteral("partitions"), partitions},
                                {QStringLiteral("definition"), ddl ? QJsonValue(*ddl) : QJsonValue::Null},
                                {QStringLiteral("rowCountEstimate"), t->rowEstimate ? QJsonValue(*t->rowEstimate) : QJsonValue::Null},
                                {QStringLiteral("sizeBytes"), t->sizeBytes ? QJsonValue(*t->sizeBytes) : QJsonValue::Null}});
    rt.out.text(QStringLiteral("%1: %2").arg(t->kind == TableKind::MaterializedView ? QStringLiteral("Materialized view")
                                                : isView(t->kind)                  ? QStringLiteral("View")
                                                : t->foreign                       ? QStringLiteral("Foreign table")
                                                                                   : QStringLiteral("Table"),
                                            Output::printable(qualified(t->schema, t->name))));
    rt.out.table({QStringLiteral("column"), QStringLiteral("type"), QStringLiteral("null"), QStringLiteral("default"), QStringLiteral("key"),
                  QStringLiteral("comment")},
                 columnRows);
    if (!readsText.isEmpty() || !readByText.isEmpty())
        rt.out.text(QString());
    if (!readsText.isEmpty())
        rt.out.text(QStringLiteral("Reads: ") + readsText.join(QStringLiteral(", ")));
    if (!readByText.isEmpty())
        rt.out.text(QStringLiteral("Read by views: ") + readByText.join(QStringLiteral(", ")));
    if (!partitionRows.isEmpty()) {
        rt.out.text(QString());
        rt.out.table(nested ? QStringList{QStringLiteral("partition"), QStringLiteral("of"), QStringLiteral("bound")}
                            : QStringList{QStringLiteral("partition"), QStringLiteral("bound")},
                     partitionRows);
    }
    if (!t->indexes.isEmpty()) {
        rt.out.text(QString());
        QList<QStringList> rows;
        for (const IndexInfo &i : t->indexes)
            rows << QStringList{Output::printable(i.name), Output::printable(i.keyText()),
                                i.primary ? QStringLiteral("primary") : i.unique ? QStringLiteral("unique") : QString()};
        rt.out.table({QStringLiteral("index"), QStringLiteral("columns"), QStringLiteral("kind")}, rows);
    }
    if (!t->foreignKeys.isEmpty() || !incoming.isEmpty()) {
        rt.out.text(QString());
        QList<QStringList> rows;
        for (const ForeignKeyInfo &k : t->foreignKeys)
            rows << QStringList{QStringLiteral("references"), Output::printable(k.name),
                                Output::printable(keyText(k.columns, qualified(k.referencedSchema, k.referencedTable), k.referencedColumns)),
                                k.onDelete.isEmpty() ? QString() : QStringLiteral("on delete ") + k.onDelete};
        for (const IncomingForeignKey &in : incoming)
            rows << QStringList{QStringLiteral("referenced by"), Output::printable(in.key.name),
                                Output::printable(qualified(in.schema, in.table) + QLatin1Char(' ')
                                                  + keyText(in.key.columns, t->name, in.key.referencedColumns)),
                                in.key.onDelete.isEmpty() ? QString() : QStringLiteral("on delete ") + in.key.onDelete};
        rt.out.table({QStringLiteral("foreign key"), QStringLiteral("name"), QStringLiteral("columns"), QStringLiteral("action")}, rows);
    }
    if (!t->constraints.isEmpty()) {
        rt.out.text(QString());
        QList<QStringList> rows;
        for (const ConstraintInfo &c : t->constraints)
            rows << QStringList{Output::printable(c.name), c.kind == ConstraintKind::Check ? QStringLiteral("check") : QStringLiteral("unique"),
                                Output::printable(c.kind == ConstraintKind::Check ? c.checkSql : c.columns.join(QStringLiteral(", ")))};
        rt.out.table({QStringLiteral("constraint"), QStringLiteral("kind"), QStringLiteral("definition")}, rows);
    }
    if (ddl) {
        rt.out.text(QString());
        rt.out.text(Output::printable(*ddl, Output::LineBreaks::Keep));
    }
    return Ok;
}

int explore(Runtime &rt, const ExploreFlags &flags)
{
    QStringList words;
    for (const std::string &w : flags.words)
        words << QString::fromStdString(w);
    std::optional<ExploreKind> kind;
    if (!words.isEmpty()) {
        kind = exploreKindNamed(words.first());
        if (!kind) {
            QStringList names;
            for (ExploreKind k : allExploreKinds())
                names << exploreKindName(k);
            return rt.out.fail(Error::invalidInput(QStringLiteral("Unknown category \"%1\" (expected %2)")
                                                       .arg(words.first(), names.join(QStringLiteral(", ")))));
        }
    }
    QString name;
    if (words.size() >= 2)
        name = words.at(1) == QLatin1String("detail") ? words.value(2) : words.at(1);
    if (words.size() >= 2 && name.isEmpty())
        return rt.out.fail(Error::invalidInput(QStringLiteral("Name the object: db explore %1 detail <name>").arg(words.first())));
    static const QList<ExploreKind> detailed{ExploreKind::Tables, ExploreKind::Views, ExploreKind::Functions,
                                             ExploreKind::Procedures, ExploreKind::Triggers, ExploreKind::Types,
                                             ExploreKind::Sequences};
    if (!name.isEmpty() && !detailed.contains(*kind))
        return rt.out.fail(Error::invalidInput(QStringLiteral("Details are for every kind but indexes and foreign keys "
                                                              "(they are in their table's detail); list %1 with db explore %1")
                                                   .arg(exploreKindName(*kind))));

    Result<Workspace *> ws = rt.workspaceOrDetached();
    if (!ws)
        return rt.out.fail(ws.error());
    ResolveRequest request;
    request.name = QString::fromStdString(rt.globals.config);
    ExploreOperation operation(**ws, request, flags.noorm ? NoormTables::Shown : NoormTables::Hidden);
    Result<ExploreCatalog> catalog = operation.read();
    if (!catalog)
        return rt.out.fail(catalog.error());
    if (!kind)
        return overview(rt, *catalog);
    if (!name.isEmpty())
        return detail(rt, operation, *catalog, *kind, name);
    QRegularExpression filter;
    if (!flags.filter.empty())
        filter = QRegularExpression(QRegularExpression::wildcardToRegularExpression(QString::fromStdString(flags.filter),
                                                                                    QRegularExpression::UnanchoredWildcardConversion),
                                    QRegularExpression::CaseInsensitiveOption);
    return list(rt, *catalog, *kind, filter);
}

} // namespace

void addExploreCommand(CLI::App &db, Runtime &rt)
{
    auto flags = std::make_shared<ExploreFlags>();
    CLI::App *cmd = db.add_subcommand("explore", "What the database holds: counts per kind, a kind's list, or one object's detail");
    cmd->add_option("words", flags->words, "[tables|views|functions|procedures|indexes|foreignKeys|triggers|types|sequences] [detail] [name]");
    cmd->add_option("--filter", flags->filter, "Only names matching this pattern (* and ?, any case)");
    cmd->add_flag("--noorm", flags->noorm, "Show noorm's own tables too");
    cmd->callback([&rt, flags] { rt.setAction([&rt, flags] { return explore(rt, *flags); }); });
}

} // namespace noorm::cli
