#include "dialect/mysql_catalog.h"

namespace noorm {

namespace {

class MysqlCatalog final : public Catalog {
public:
    using Catalog::Catalog;

    QString schemasSql() const override { return QStringLiteral("SELECT DATABASE()"); }

    QString relationsSql(const CatalogScope &scope) const override
    {
        // SEQUENCE (MariaDB) and SYSTEM VIEW are no tables of the user's; SYSTEM VERSIONED is.
        return schemaQuery(scope,
                           QStringLiteral("table_schema, table_name, CASE table_type WHEN 'VIEW' THEN 'view' ELSE "
                                          "'table' END, table_rows, CASE WHEN table_type <> 'VIEW' THEN data_length + "
                                          "index_length END, CASE WHEN table_type = 'VIEW' THEN (SELECT CASE v.is_updatable "
                                          "WHEN 'YES' THEN 1 ELSE 0 END FROM information_schema.views v WHERE v.table_schema "
                                          "= information_schema.tables.table_schema AND v.table_name = "
                                          "information_schema.tables.table_name) END"),
                           QStringLiteral("tables"), QStringLiteral("table_schema"), QStringLiteral("table_name"),
                           QStringLiteral("table_type IN ('BASE TABLE', 'VIEW', 'SYSTEM VERSIONED')"),
                           QStringLiteral("table_schema, table_name"));
    }

    QString columnsSql(const CatalogScope &scope) const override
    {
        // MariaDB shows "no default" of a nullable column as the text NULL, and defaults as
        // SQL ('text' quoted); MySQL shows the value itself. A view's columns have no default
        // (MariaDB gives a 0 for some). A computed column's expression is in
        // generation_expression (MySQL: '' for the others; MariaDB: NULL).
        return schemaQuery(scope,
                           QStringLiteral("table_schema, table_name, column_name, column_type, CASE is_nullable WHEN "
                                          "'YES' THEN 1 ELSE 0 END, CASE WHEN NULLIF(generation_expression, '') IS NULL AND "
                                          "(table_schema, table_name) NOT IN (SELECT v.table_schema, v.table_name FROM "
                                          "information_schema.views v) THEN NULLIF(column_default, 'NULL') END, CASE column_key "
                                          "WHEN 'PRI' THEN 1 ELSE 0 END, CASE WHEN extra LIKE '%auto_increment%' THEN 1 "
                                          "ELSE 0 END, NULLIF(column_comment, ''), NULLIF(generation_expression, '')"),
                           QStringLiteral("columns"), QStringLiteral("table_schema"), QStringLiteral("table_name"), {},
                           QStringLiteral("table_schema, table_name, ordinal_position"));
    }

    QString indexesSql(const CatalogScope &scope) const override
    {
        return schemaQuery(scope,
                           QStringLiteral("table_schema, table_name, index_name, column_name, CASE non_unique WHEN 0 "
                                          "THEN 1 ELSE 0 END, CASE index_name WHEN 'PRIMARY' THEN 1 ELSE 0 END, "
                                          "CASE collation WHEN 'D' THEN 1 ELSE 0 END, NULL"),
                           QStringLiteral("statistics"), QStringLiteral("table_schema"), QStringLiteral("table_name"),
                           {}, QStringLiteral("table_schema, table_name, index_name, seq_in_index"));
    }

    QString foreignKeysSql(const CatalogScope &scope) const override
    {
        return schemaQuery(
            scope,
            QStringLiteral("k.table_schema, k.table_name, k.constraint_name, k.constraint_name, k.column_name, "
                           "k.referenced_table_schema, k.referenced_table_name, k.referenced_column_name, "
                           "r.update_rule, r.delete_rule"),
            QStringLiteral("key_column_usage k JOIN information_schema.referential_constraints r ON "
                           "r.constraint_schema = k.constraint_schema AND r.table_name = k.table_name AND "
                           "r.constraint_name = k.constraint_name"),
            QStringLiteral("k.table_schema"), QStringLiteral("k.table_name"),
            QStringLiteral("k.referenced_table_name IS NOT NULL"),
            QStringLiteral("k.table_schema, k.table_name, k.constraint_name, k.ordinal_position"));
    }

    QString constraintsSql(const CatalogScope &scope) const override
    {
        // MySQL names a check uniquely in its database, MariaDB in its table: the table's
        // name joins only on MariaDB (/*M! */ runs there alone; MySQL has no such column).
        return schemaQuery(
            scope,
            QStringLiteral("tc.table_schema, tc.table_name, tc.constraint_name, LOWER(tc.constraint_type), k.column_name, "
                           "CASE WHEN tc.constraint_type = 'CHECK' THEN CONCAT('CHECK (', cc.check_clause, ')') END"),
            QStringLiteral("table_constraints tc LEFT JOIN information_schema.key_column_usage k ON k.constraint_schema = "
                           "tc.constraint_schema AND k.table_name = tc.table_name AND k.constraint_name = "
                           "tc.constraint_name LEFT JOIN information_schema.check_constraints cc ON "
                           "tc.constraint_type = 'CHECK' AND cc.constraint_schema = tc.constraint_schema AND "
                           "cc.constraint_name = tc.constraint_name /*M! AND cc.table_name = tc.table_name */"),
            QStringLiteral("tc.table_schema"), QStringLiteral("tc.table_name"),
            QStringLiteral("tc.constraint_type IN ('UNIQUE', 'CHECK')"),
            QStringLiteral("tc.table_schema, tc.table_name, tc.constraint_name, k.ordinal_position"));
    }

    QString sequencesSql(const CatalogScope &scope) const override
    {
        // MariaDB's sequences are tables of their own type; MySQL has none.
        return schemaQuery({scope.schema, {}}, QStringLiteral("table_schema, table_name"), QStringLiteral("tables"),
                           QStringLiteral("table_schema"), {}, QStringLiteral("table_type = 'SEQUENCE'"),
                           QStringLiteral("table_schema, table_name"));
    }

    QString fingerprintSql(const QString &schema) const override
    {
        // A sum of checksums over what describes the database's schema.
        const QString database = schema.isEmpty() ? QStringLiteral("DATABASE()") : syntax().quoteString(schema);
        return QStringLiteral(
            "SELECT CONCAT((SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(CRC32(CONCAT_WS('|', table_name, column_name, "
            "column_type, is_nullable, COALESCE(column_default, ''), column_key, extra, column_comment))), 0)) FROM "
            "information_schema.columns WHERE table_schema = %1), ',', (SELECT CONCAT(COUNT(*), '/', "
            "COALESCE(SUM(CRC32(CONCAT_WS('|', table_name, index_name, column_name, seq_in_index))), 0)) FROM "
            "information_schema.statistics WHERE table_schema = %1), ',', (SELECT CONCAT(COUNT(*), '/', "
            "COALESCE(SUM(CRC32(CONCAT_WS('|', routine_name, routine_type, COALESCE(last_altered, '')))), 0)) FROM "
            "information_schema.routines WHERE routine_schema = %1), ',', (SELECT CONCAT(COUNT(*), '/', "
            "COALESCE(SUM(CRC32(CONCAT_WS('|', trigger_name, event_object_table))), 0)) FROM information_schema.triggers "
            "WHERE trigger_schema = %1), ',', (SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(CRC32(CONCAT_WS('|', "
            "constraint_name, table_name, referenced_table_name))), 0)) FROM information_schema.referential_constraints "
            "WHERE constraint_schema = %1))").arg(database);
    }

    DefinitionQuery definitionSql(const DefinedObject &object) const override
    {
        const QString name = (object.schema.isEmpty() ? QString() : syntax().quoteIdentifier(object.schema) + QLatin1Char('.'))
            + syntax().quoteIdentifier(object.name);
        switch (object.kind) {
        case DefinedKind::Table: return {QStringLiteral("SHOW CREATE TABLE %1").arg(name), 1};
        case DefinedKind::View: return {QStringLiteral("SHOW CREATE VIEW %1").arg(name), 1};
        case DefinedKind::Function: return {QStringLiteral("SHOW CREATE FUNCTION %1").arg(name), 2};
        case DefinedKind::Procedure: return {QStringLiteral("SHOW CREATE PROCEDURE %1").arg(name), 2};
        case DefinedKind::Trigger: return {QStringLiteral("SHOW CREATE TRIGGER %1").arg(name), 2};
        case DefinedKind::Sequence: return {QStringLiteral("SHOW CREATE SEQUENCE %1").arg(name), 1}; // MariaDB
        default: return {};
        }
    }

    QString teardownExtrasSql() const override
    {
        return QStringLiteral("SELECT 'event', event_schema, event_name, '' FROM information_schema.events WHERE "
                              "event_schema = DATABASE() ORDER BY 1, 2, 3, 4");
    }

    QString routinesSql(const CatalogScope &scope) const override
    {
        // Routines belong to no table: the scope's table does not narrow them.
        return schemaQuery({scope.schema, {}},
                           QStringLiteral("routine_schema, routine_name, LOWER(routine_type), NULL, CASE routine_type WHEN "
                                          "'FUNCTION' THEN dtd_identifier END, routine_body"),
                           QStringLiteral("routines"), QStringLiteral("routine_schema"), {},
                           QStringLiteral("routine_type IN ('FUNCTION', 'PROCEDURE')"),
                           QStringLiteral("routine_schema, routine_name, routine_type"));
    }

    QString parametersSql(const CatalogScope &scope) const override
    {
        // Position 0 is a function's return value; a function's parameters have no mode.
        return schemaQuery({scope.schema, {}},
                           QStringLiteral("specific_schema, specific_name, LOWER(routine_type), NULL, COALESCE(parameter_name, "
                                          "''), dtd_identifier, COALESCE(parameter_mode, 'IN')"),
                           QStringLiteral("parameters"), QStringLiteral("specific_schema"), {},
                           QStringLiteral("ordinal_position > 0"),
                           QStringLiteral("specific_schema, specific_name, routine_type, ordinal_position"));
    }

    QString viewReadsSql(const CatalogScope &scope) const override
    {
        // The server stores a view's query with every name quoted and qualified
        // (`db`.`table`), so a relation it reads is in it as exactly that.
        return schemaQuery(scope,
                           QStringLiteral("v.table_schema, v.table_name, t.table_schema, t.table_name"),
                           QStringLiteral("views v JOIN information_schema.tables t ON t.table_schema = v.table_schema AND "
                                          "t.table_name <> v.table_name AND LOCATE(CONCAT('`', REPLACE(t.table_schema, '`', "
                                          "'``'), '`.`', REPLACE(t.table_name, '`', '``'), '`'), v.view_definition) > 0"),
                           QStringLiteral("v.table_schema"), QStringLiteral("v.table_name"), {},
                           QStringLiteral("1, 2, 3, 4"));
    }

    QString partitionsSql(const CatalogScope &scope) const override
    {
        // A row per partition, or per subpartition when it has them: each partition once,
        // then its subpartitions (hash or key: no bound of their own).
        const QString where = QStringLiteral("table_schema = %1%2")
                                  .arg(scope.schema.isEmpty() ? QStringLiteral("DATABASE()") : syntax().quoteString(scope.schema),
                                       andEquals(QStringLiteral("table_name"), scope.table));
        return QStringLiteral(
                   "SELECT s, t, n, bound, parent FROM (SELECT DISTINCT table_schema AS s, table_name AS t, partition_name AS n, "
                   "CASE WHEN partition_description = 'MAXVALUE' THEN 'VALUES LESS THAN MAXVALUE' "
                   "WHEN partition_method LIKE 'RANGE%' THEN CONCAT('VALUES LESS THAN (', partition_description, ')') "
                   "WHEN partition_method LIKE 'LIST%' THEN CONCAT('VALUES IN (', partition_description, ')') ELSE '' END AS bound, "
                   "NULL AS parent, partition_ordinal_position AS position, 0 AS subposition FROM information_schema.partitions "
                   "WHERE %1 AND partition_name IS NOT NULL UNION ALL SELECT table_schema, table_name, subpartition_name, '', "
                   "partition_name, partition_ordinal_position, subpartition_ordinal_position FROM information_schema.partitions "
                   "WHERE %1 AND subpartition_name IS NOT NULL) p ORDER BY s, t, position, subposition")
            .arg(where);
    }

    QString triggersSql(const CatalogScope &scope) const override
    {
        return schemaQuery(scope,
                           QStringLiteral("trigger_schema, trigger_name, event_object_table, action_timing, event_manipulation"),
                           QStringLiteral("triggers"), QStringLiteral("trigger_schema"),
                           QStringLiteral("event_object_table"), {}, QStringLiteral("trigger_schema, trigger_name"));
    }

private:
    // "SELECT <columns> FROM information_schema.<view> WHERE <schema column> = <the
    // scope's schema>[ AND <table column> = <table>][ AND <where>] ORDER BY <order>".
    QString schemaQuery(const CatalogScope &scope, const QString &columns, const QString &view,
                        const QString &schemaColumn, const QString &tableColumn, const QString &where,
                        const QString &order) const
    {
        const QString schema =
            scope.schema.isEmpty() ? QStringLiteral("DATABASE()") : syntax().quoteString(scope.schema);
        return QStringLiteral("SELECT %1 FROM information_schema.%2 WHERE %3 = %4%5%6 ORDER BY %7")
            .arg(columns, view, schemaColumn, schema, andEquals(tableColumn, scope.table), andAlso(where), order);
    }
};

} // namespace

std::unique_ptr<Catalog> makeMysqlCatalog(const SqlSyntax &syntax) { return std::make_unique<MysqlCatalog>(syntax); }

} // namespace noorm
