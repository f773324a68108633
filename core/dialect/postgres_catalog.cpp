#include "dialect/postgres_catalog.h"

namespace noorm {

namespace {

// pg_constraint's one-letter referential action as the SQL words.
QString actionSql(const QString &column)
{
    return QStringLiteral("CASE %1 WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' "
                          "WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END")
        .arg(column);
}

class PostgresCatalog final : public Catalog {
public:
    using Catalog::Catalog;

    QString schemasSql() const override
    {
        return QStringLiteral("SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE %1 ORDER BY n.nspname")
            .arg(schemaCondition(QStringLiteral("n.nspname"), {}));
    }

    QString relationsSql(const CatalogScope &scope) const override
    {
        return relationQuery(scope,
                             QStringLiteral("n.nspname, c.relname, CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN "
                                            "'materialized view' ELSE 'table' END, CASE WHEN c.relkind IN ('r', 'p', 'm') "
                                            "AND c.reltuples >= 0 THEN c.reltuples::bigint END, CASE WHEN c.relkind IN "
                                            "('r', 'm') THEN pg_catalog.pg_total_relation_size(c.oid) END"),
                             {}, {}, QStringLiteral("n.nspname, c.relname"));
    }

    QString columnsSql(const CatalogScope &scope) const override
    {
        return relationQuery(
            scope,
            QStringLiteral("n.nspname, c.relname, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), "
                           "CASE WHEN a.attnotnull THEN 0 ELSE 1 END, pg_catalog.pg_get_expr(d.adbin, d.adrelid), "
                           "CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_index i WHERE i.indrelid = c.oid AND "
                           "i.indisprimary AND a.attnum = ANY (i.indkey)) THEN 1 ELSE 0 END, "
                           "CASE WHEN a.attidentity <> '' OR pg_catalog.pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%' "
                           "THEN 1 ELSE 0 END, pg_catalog.col_description(c.oid, a.attnum)"),
            QStringLiteral(" JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid LEFT JOIN pg_catalog.pg_attrdef d "
                           "ON d.adrelid = a.attrelid AND d.adnum = a.attnum"),
            QStringLiteral("a.attnum > 0 AND NOT a.attisdropped"), QStringLiteral("n.nspname, c.relname, a.attnum"));
    }

    QString indexesSql(const CatalogScope &scope) const override
    {
        // Key columns only (not INCLUDE); an expression's column number is 0, then
        // pg_get_indexdef gives the expression's text.
        return relationQuery(
            scope,
            QStringLiteral("n.nspname, c.relname, ic.relname, COALESCE(a.attname, "
                           "pg_catalog.pg_get_indexdef(i.indexrelid, k.n, true)), CASE WHEN i.indisunique THEN 1 "
                           "ELSE 0 END, CASE WHEN i.indisprimary THEN 1 ELSE 0 END"),
            QStringLiteral(" JOIN pg_catalog.pg_index i ON i.indrelid = c.oid JOIN pg_catalog.pg_class ic ON ic.oid "
                           "= i.indexrelid CROSS JOIN LATERAL generate_series(1, i.indnkeyatts) AS k(n) LEFT JOIN "
                           "pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[k.n - 1]"),
            {}, QStringLiteral("n.nspname, c.relname, ic.relname, k.n"));
    }

    QString foreignKeysSql(const CatalogScope &scope) const override
    {
        return relationQuery(
            scope,
            QStringLiteral("n.nspname, c.relname, fk.conname, fk.conname, a.attname, rn.nspname, rc.relname, "
                           "ra.attname, %1, %2")
                .arg(actionSql(QStringLiteral("fk.confupdtype")), actionSql(QStringLiteral("fk.confdeltype"))),
            QStringLiteral(" JOIN pg_catalog.pg_constraint fk ON fk.conrelid = c.oid AND fk.contype = 'f' JOIN "
                           "pg_catalog.pg_class rc ON rc.oid = fk.confrelid JOIN pg_catalog.pg_namespace rn ON "
                           "rn.oid = rc.relnamespace CROSS JOIN LATERAL unnest(fk.conkey, fk.confkey) WITH "
                           "ORDINALITY AS k(attnum, refattnum, n) JOIN pg_catalog.pg_attribute a ON a.attrelid = "
                           "c.oid AND a.attnum = k.attnum JOIN pg_catalog.pg_attribute ra ON ra.attrelid = rc.oid "
                           "AND ra.attnum = k.refattnum"),
            {}, QStringLiteral("n.nspname, c.relname, fk.conname, k.n"));
    }

    QString constraintsSql(const CatalogScope &scope) const override
    {
        return relationQuery(
            scope,
            QStringLiteral("n.nspname, c.relname, k.conname, CASE k.contype WHEN 'u' THEN 'unique' ELSE 'check' END, "
                           "a.attname, CASE k.contype WHEN 'c' THEN pg_catalog.pg_get_constraintdef(k.oid, true) END"),
            QStringLiteral(" JOIN pg_catalog.pg_constraint k ON k.conrelid = c.oid AND k.contype IN ('u', 'c') LEFT JOIN "
                           "LATERAL unnest(CASE k.contype WHEN 'u' THEN k.conkey END) WITH ORDINALITY AS u(attnum, n) ON "
                           "true LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = u.attnum"),
            {}, QStringLiteral("n.nspname, c.relname, k.conname, u.n"));
    }

    QString routinesSql(const CatalogScope &scope) const override
    {
        return QStringLiteral("SELECT n.nspname, p.proname, CASE p.prokind WHEN 'p' THEN 'procedure' ELSE "
                              "'function' END, pg_catalog.pg_get_function_identity_arguments(p.oid) AS args "
                              "FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = "
                              "p.pronamespace WHERE p.prokind IN ('f', 'p') AND %1 AND NOT EXISTS (SELECT 1 FROM "
                              "pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = "
                              "p.oid AND d.deptype = 'e') ORDER BY n.nspname, p.proname, args")
            .arg(schemaCondition(QStringLiteral("n.nspname"), scope.schema));
    }

    DefinitionQuery definitionSql(const DefinedObject &object) const override
    {
        const QString qualified = syntax().quoteIdentifier(object.schema) + QLatin1Char('.') + syntax().quoteIdentifier(object.name);
        const QString regclass = syntax().quoteString(qualified) + QStringLiteral("::regclass");
        switch (object.kind) {
        case DefinedKind::View:
            return {QStringLiteral("SELECT 'CREATE OR REPLACE VIEW ' || %1 || ' AS' || chr(10) || pg_catalog.pg_get_viewdef(%2, true)")
                        .arg(syntax().quoteString(qualified), regclass),
                    0};
        case DefinedKind::MaterializedView:
            return {QStringLiteral("SELECT 'CREATE MATERIALIZED VIEW ' || %1 || ' AS' || chr(10) || pg_catalog.pg_get_viewdef(%2, true)")
                        .arg(syntax().quoteString(qualified), regclass),
                    0};
        case DefinedKind::Function:
        case DefinedKind::Procedure:
            return {QStringLiteral("SELECT pg_catalog.pg_get_functiondef(%1::regprocedure)")
                        .arg(syntax().quoteString(qualified + QLatin1Char('(') + object.arguments + QLatin1Char(')'))),
                    0};
        case DefinedKind::Trigger:
            return {QStringLiteral("SELECT pg_catalog.pg_get_triggerdef(t.oid, true) FROM pg_catalog.pg_trigger t JOIN "
                                   "pg_catalog.pg_class c ON c.oid = t.tgrelid JOIN pg_catalog.pg_namespace n ON n.oid = "
                                   "c.relnamespace WHERE n.nspname = %1 AND t.tgname = %2")
                        .arg(syntax().quoteString(object.schema), syntax().quoteString(object.name)),
                    0};
        case DefinedKind::Index:
            return {QStringLiteral("SELECT pg_catalog.pg_get_indexdef(%1)").arg(regclass), 0};
        case DefinedKind::Table:
            return {}; // PostgreSQL has no function for a table's DDL
        }
        return {};
    }

    QString fingerprintSql(const QString &) const override
    {
        // Per catalog table: how many rows, and the newest transaction that wrote one (a
        // create or change writes rows, a drop lowers the count).
        QStringList parts;
        for (const char *table : {"pg_class", "pg_attribute", "pg_index", "pg_constraint", "pg_proc", "pg_trigger", "pg_type",
                                  "pg_namespace", "pg_description"})
            parts << QStringLiteral("(SELECT count(*)::text || '/' || coalesce(max(xmin::text::bigint), 0)::text FROM pg_catalog.%1)")
                         .arg(QLatin1String(table));
        return QStringLiteral("SELECT ") + parts.join(QStringLiteral(" || ',' || "));
    }

    QString typesSql(const CatalogScope &scope) const override
    {
        // Composite types of their own (relkind 'c'), not the row type every table has; no
        // array types (typelem with typlen -1 naming another type), nothing of an extension.
        return QStringLiteral("SELECT n.nspname, t.typname, CASE t.typtype WHEN 'e' THEN 'enum' WHEN 'd' THEN 'domain' "
                              "WHEN 'r' THEN 'range' ELSE 'composite' END, CASE t.typtype WHEN 'e' THEN (SELECT "
                              "json_agg(e.enumlabel ORDER BY e.enumsortorder)::text FROM pg_catalog.pg_enum e WHERE "
                              "e.enumtypid = t.oid) WHEN 'c' THEN (SELECT json_agg(a.attname || ' ' || "
                              "pg_catalog.format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum)::text FROM "
                              "pg_catalog.pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT "
                              "a.attisdropped) END, CASE t.typtype WHEN 'd' THEN pg_catalog.format_type(t.typbasetype, "
                              "t.typtypmod) WHEN 'r' THEN (SELECT pg_catalog.format_type(r.rngsubtype, NULL) FROM "
                              "pg_catalog.pg_range r WHERE r.rngtypid = t.oid) END FROM pg_catalog.pg_type t JOIN "
                              "pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE %1 AND (t.typtype IN ('e', "
                              "'d', 'r') OR (t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE "
                              "c.oid = t.typrelid AND c.relkind = 'c'))) AND NOT EXISTS (SELECT 1 FROM "
                              "pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_type'::regclass AND d.objid = "
                              "t.oid AND d.deptype = 'e') ORDER BY n.nspname, t.typname")
            .arg(schemaCondition(QStringLiteral("n.nspname"), scope.schema));
    }

    QString sequencesSql(const CatalogScope &scope) const override
    {
        // A serial or identity column's sequence depends on its column (deptype 'a' / 'i').
        return QStringLiteral("SELECT n.nspname, c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                              "ON n.oid = c.relnamespace WHERE c.relkind = 'S' AND %1 AND NOT EXISTS (SELECT 1 FROM "
                              "pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = "
                              "c.oid AND d.deptype IN ('a', 'i', 'e')) ORDER BY n.nspname, c.relname")
            .arg(schemaCondition(QStringLiteral("n.nspname"), scope.schema));
    }

    QString triggersSql(const CatalogScope &scope) const override
    {
        return relationQuery(scope, QStringLiteral("n.nspname, t.tgname, c.relname"),
                             QStringLiteral(" JOIN pg_catalog.pg_trigger t ON t.tgrelid = c.oid"),
                             QStringLiteral("NOT t.tgisinternal"), QStringLiteral("n.nspname, t.tgname"));
    }

private:
    // The condition on a schema-name column: the scope's schema, or any user schema.
    QString schemaCondition(const QString &column, const QString &schema) const
    {
        if (!schema.isEmpty())
            return QStringLiteral("%1 = %2").arg(column, syntax().quoteString(schema));
        return QStringLiteral("%1 <> 'information_schema' AND %1 NOT LIKE 'pg\\_%'").arg(column);
    }

    // "SELECT <columns> FROM <tables and views as c, their schemas as n><joins> WHERE
    // <c in scope>[ AND <where>] ORDER BY <order>". Tables, partitioned tables, foreign
    // tables, views and materialized views.
    QString relationQuery(const CatalogScope &scope, const QString &columns, const QString &joins,
                          const QString &where, const QString &order) const
    {
        return QStringLiteral("SELECT %1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = "
                              "c.relnamespace%2 WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm') AND NOT "
                              "c.relispartition AND %3%4%5 ORDER BY %6")
            .arg(columns, joins, schemaCondition(QStringLiteral("n.nspname"), scope.schema),
                 andEquals(QStringLiteral("c.relname"), scope.table), andAlso(where), order);
    }
};

} // namespace

std::unique_ptr<Catalog> makePostgresCatalog(const SqlSyntax &syntax)
{
    return std::make_unique<PostgresCatalog>(syntax);
}

} // namespace noorm
