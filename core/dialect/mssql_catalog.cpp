#include "dialect/mssql_catalog.h"

namespace noorm {

namespace {

const char *const kTablesAndViews = "'U', 'V'";
const char *const kRoutines = "'P', 'FN', 'IF', 'TF'";

// sys.columns' type as it is declared: nvarchar(100), varchar(max), decimal(10, 2), int;
// alias types (sysname) by their own name.
QString columnTypeSql()
{
    return QStringLiteral(
        "TYPE_NAME(c.user_type_id) + CASE WHEN c.user_type_id <> c.system_type_id THEN '' "
        "WHEN TYPE_NAME(c.system_type_id) IN ('varchar', 'char', 'varbinary', 'binary') THEN '(' + "
        "IIF(c.max_length = -1, 'max', CAST(c.max_length AS varchar(10))) + ')' "
        "WHEN TYPE_NAME(c.system_type_id) IN ('nvarchar', 'nchar') THEN '(' + "
        "IIF(c.max_length = -1, 'max', CAST(c.max_length / 2 AS varchar(10))) + ')' "
        "WHEN TYPE_NAME(c.system_type_id) IN ('decimal', 'numeric') THEN '(' + CAST(c.precision AS varchar(10)) + "
        "', ' + CAST(c.scale AS varchar(10)) + ')' ELSE '' END");
}

class MssqlCatalog final : public Catalog {
public:
    using Catalog::Catalog;

    QString schemasSql() const override
    {
        return QStringLiteral("SELECT s.name FROM sys.schemas s WHERE %1 ORDER BY s.name").arg(schemaCondition({}));
    }

    QString relationsSql(const CatalogScope &scope) const override
    {
        return objectQuery(scope,
                           QStringLiteral("s.name, o.name, CASE o.type WHEN 'V' THEN 'view' ELSE 'table' END, "
                                          "(SELECT SUM(p.rows) FROM sys.partitions p WHERE p.object_id = o.object_id AND "
                                          "p.index_id IN (0, 1)), CASE WHEN o.type = 'U' THEN (SELECT SUM(a.used_pages) "
                                          "* 8192 FROM sys.partitions p JOIN sys.allocation_units a ON a.container_id = "
                                          "p.partition_id WHERE p.object_id = o.object_id) END, NULL"),
                           QLatin1String(kTablesAndViews), {}, {}, QStringLiteral("s.name, o.name"));
    }

    QString columnsSql(const CatalogScope &scope) const override
    {
        return objectQuery(scope,
                           QStringLiteral("s.name, o.name, c.name, %1, CASE WHEN c.is_nullable = 1 THEN 1 ELSE 0 END, "
                                          "OBJECT_DEFINITION(c.default_object_id), CASE WHEN EXISTS (SELECT 1 FROM "
                                          "sys.index_columns ic JOIN sys.indexes i ON i.object_id = ic.object_id AND "
                                          "i.index_id = ic.index_id WHERE i.is_primary_key = 1 AND ic.object_id = "
                                          "c.object_id AND ic.column_id = c.column_id) THEN 1 ELSE 0 END, "
                                          "CASE WHEN c.is_identity = 1 THEN 1 ELSE 0 END, (SELECT CAST(ep.value AS "
                                          "nvarchar(max)) FROM sys.extended_properties ep WHERE ep.class = 1 AND ep.major_id "
                                          "= c.object_id AND ep.minor_id = c.column_id AND ep.name = N'MS_Description'), "
                                          "(SELECT cc.definition FROM sys.computed_columns cc WHERE cc.object_id = "
                                          "c.object_id AND cc.column_id = c.column_id)")
                               .arg(columnTypeSql()),
                           QLatin1String(kTablesAndViews),
                           QStringLiteral(" JOIN sys.columns c ON c.object_id = o.object_id"), {},
                           QStringLiteral("s.name, o.name, c.column_id"));
    }

    QString indexesSql(const CatalogScope &scope) const override
    {
        // Key columns only: a heap (type 0) is no index, included columns have key_ordinal 0.
        return objectQuery(scope,
                           QStringLiteral("s.name, o.name, i.name, c.name, CASE WHEN i.is_unique = 1 THEN 1 ELSE 0 "
                                          "END, CASE WHEN i.is_primary_key = 1 THEN 1 ELSE 0 END, CASE WHEN "
                                          "ic.is_descending_key = 1 THEN 1 ELSE 0 END, i.filter_definition"),
                           QLatin1String(kTablesAndViews),
                           QStringLiteral(" JOIN sys.indexes i ON i.object_id = o.object_id JOIN sys.index_columns ic "
                                          "ON ic.object_id = i.object_id AND ic.index_id = i.index_id JOIN "
                                          "sys.columns c ON c.object_id = ic.object_id AND c.column_id = "
                                          "ic.column_id"),
                           QStringLiteral("i.type > 0 AND ic.key_ordinal > 0"),
                           QStringLiteral("s.name, o.name, i.name, ic.key_ordinal"));
    }

    QString foreignKeysSql(const CatalogScope &scope) const override
    {
        return objectQuery(
            scope,
            QStringLiteral("s.name, o.name, fk.name, fk.name, c.name, rs.name, ro.name, rc.name, "
                           "REPLACE(fk.update_referential_action_desc, '_', ' '), "
                           "REPLACE(fk.delete_referential_action_desc, '_', ' ')"),
            QStringLiteral("'U'"),
            QStringLiteral(" JOIN sys.foreign_keys fk ON fk.parent_object_id = o.object_id JOIN sys.objects ro ON "
                           "ro.object_id = fk.referenced_object_id JOIN sys.schemas rs ON rs.schema_id = "
                           "ro.schema_id JOIN sys.foreign_key_columns fkc ON fkc.constraint_object_id = fk.object_id "
                           "JOIN sys.columns c ON c.object_id = fkc.parent_object_id AND c.column_id = "
                           "fkc.parent_column_id JOIN sys.columns rc ON rc.object_id = fkc.referenced_object_id AND "
                           "rc.column_id = fkc.referenced_column_id"),
            {}, QStringLiteral("s.name, o.name, fk.name, fkc.constraint_column_id"));
    }

    QString constraintsSql(const CatalogScope &scope) const override
    {
        const QString unique = objectQuery(
            scope, QStringLiteral("s.name, o.name, kc.name, 'unique' AS kind, c.name, NULL, ic.key_ordinal"), QStringLiteral("'U'"),
            QStringLiteral(" JOIN sys.key_constraints kc ON kc.parent_object_id = o.object_id AND kc.type = 'UQ' JOIN "
                           "sys.index_columns ic ON ic.object_id = o.object_id AND ic.index_id = kc.unique_index_id JOIN "
                           "sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id"),
            QStringLiteral("ic.key_ordinal > 0"), {});
        const QString check = objectQuery(
            scope, QStringLiteral("s.name, o.name, cc.name, 'check', NULL, 'CHECK ' + cc.definition, 0"), QStringLiteral("'U'"),
            QStringLiteral(" JOIN sys.check_constraints cc ON cc.parent_object_id = o.object_id"), {}, {});
        return unique + QStringLiteral(" UNION ALL ") + check + QStringLiteral(" ORDER BY 1, 2, 3, 7");
    }

    QString routinesSql(const CatalogScope &scope) const override
    {
        // Routines belong to no table: the scope's table does not narrow them.
        // A scalar function's return value is its parameter 0; inline and table-valued ones return a table.
        return objectQuery({scope.schema, {}},
                           QStringLiteral("s.name, o.name, CASE o.type WHEN 'P' THEN 'procedure' ELSE 'function' END, NULL, "
                                          "CASE o.type WHEN 'P' THEN NULL WHEN 'FN' THEN (SELECT TYPE_NAME(pr.user_type_id) "
                                          "FROM sys.parameters pr WHERE pr.object_id = o.object_id AND pr.parameter_id = 0) "
                                          "ELSE 'TABLE' END, 'SQL'"),
                           QLatin1String(kRoutines), {}, {}, QStringLiteral("s.name, o.name"));
    }

    QString parametersSql(const CatalogScope &scope) const override
    {
        // Names without their @; an OUTPUT parameter also takes a value in.
        return objectQuery({scope.schema, {}},
                           QStringLiteral("s.name, o.name, CASE o.type WHEN 'P' THEN 'procedure' ELSE 'function' END, NULL, "
                                          "STUFF(pr.name, 1, 1, ''), TYPE_NAME(pr.user_type_id), CASE WHEN pr.is_output = 1 "
                                          "THEN 'INOUT' ELSE 'IN' END"),
                           QLatin1String(kRoutines), QStringLiteral(" JOIN sys.parameters pr ON pr.object_id = o.object_id"),
                           QStringLiteral("pr.parameter_id > 0"), QStringLiteral("s.name, o.name, pr.parameter_id"));
    }

    QString viewReadsSql(const CatalogScope &scope) const override
    {
        return objectQuery(scope, QStringLiteral("DISTINCT s.name, o.name, rs.name, r.name"), QStringLiteral("'V'"),
                           QStringLiteral(" JOIN sys.sql_expression_dependencies d ON d.referencing_id = o.object_id JOIN "
                                          "sys.objects r ON r.object_id = d.referenced_id JOIN sys.schemas rs ON "
                                          "rs.schema_id = r.schema_id"),
                           QStringLiteral("r.type IN ('U', 'V') AND r.object_id <> o.object_id"),
                           QStringLiteral("s.name, o.name, rs.name, r.name"));
    }

    QString triggersSql(const CatalogScope &scope) const override
    {
        return objectQuery(scope,
                           QStringLiteral("s.name, t.name, o.name, CASE WHEN t.is_instead_of_trigger = 1 THEN 'INSTEAD OF' "
                                          "ELSE 'AFTER' END, STUFF((SELECT ',' + te.type_desc FROM sys.trigger_events te WHERE "
                                          "te.object_id = t.object_id ORDER BY te.type FOR XML PATH('')), 1, 1, '')"),
                           QLatin1String(kTablesAndViews),
                           QStringLiteral(" JOIN sys.triggers t ON t.parent_id = o.object_id"), {},
                           QStringLiteral("s.name, t.name"));
    }

    QString fingerprintSql(const QString &) const override
    {
        // modify_date follows every ALTER; the count, every drop.
        return QStringLiteral("SELECT CONCAT((SELECT COUNT(*) FROM sys.objects), '/', (SELECT CONVERT(varchar(30), "
                              "MAX(modify_date), 126) FROM sys.objects), '/', (SELECT COUNT(*) FROM sys.columns))");
    }

    DefinitionQuery definitionSql(const DefinedObject &object) const override
    {
        if (object.kind == DefinedKind::Table || object.kind == DefinedKind::Index || object.kind == DefinedKind::Type
            || object.kind == DefinedKind::Sequence)
            return {}; // SQL Server keeps no text for them
        const QString qualified = syntax().quoteIdentifier(object.schema) + QLatin1Char('.') + syntax().quoteIdentifier(object.name);
        return {QStringLiteral("SELECT OBJECT_DEFINITION(OBJECT_ID(%1))").arg(syntax().quoteString(qualified)), 0};
    }

    QString typesSql(const CatalogScope &scope) const override
    {
        return QStringLiteral("SELECT s.name, t.name, CASE WHEN t.is_table_type = 1 THEN 'table type' ELSE 'alias' END, "
                              "NULL, CASE WHEN t.is_table_type = 0 THEN TYPE_NAME(t.system_type_id) END FROM sys.types t JOIN sys.schemas s ON s.schema_id = t.schema_id WHERE t.is_user_defined = 1 "
                              "AND %1 ORDER BY s.name, t.name")
            .arg(schemaCondition(scope.schema));
    }

    QString sequencesSql(const CatalogScope &scope) const override
    {
        return objectQuery({scope.schema, {}}, QStringLiteral("s.name, o.name"), QStringLiteral("'SO'"), {}, {},
                           QStringLiteral("s.name, o.name"));
    }

private:
    // The condition on s (sys.schemas): the scope's schema, or any user schema.
    QString schemaCondition(const QString &schema) const
    {
        if (!schema.isEmpty())
            return QStringLiteral("s.name = %1").arg(syntax().quoteString(schema));
        return QStringLiteral("s.schema_id < 16384 AND s.name NOT IN (N'sys', N'INFORMATION_SCHEMA', N'guest')");
    }

    // "SELECT <columns> FROM sys.objects o JOIN sys.schemas s<joins> WHERE o.type IN
    // (<types>) AND <not shipped, s in scope>[ AND o.name = <table>][ AND <where>][ ORDER BY
    // <order>]".
    QString objectQuery(const CatalogScope &scope, const QString &columns, const QString &types,
                        const QString &joins, const QString &where, const QString &order) const
    {
        return QStringLiteral("SELECT %1 FROM sys.objects o JOIN sys.schemas s ON s.schema_id = o.schema_id%2 WHERE "
                              "o.type IN (%3) AND o.is_ms_shipped = 0 AND %4%5%6%7")
            .arg(columns, joins, types, schemaCondition(scope.schema),
                 andEquals(QStringLiteral("o.name"), scope.table), andAlso(where),
                 order.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + order);
    }
};

} // namespace

std::unique_ptr<Catalog> makeMssqlCatalog(const SqlSyntax &syntax) { return std::make_unique<MssqlCatalog>(syntax); }

} // namespace noorm
