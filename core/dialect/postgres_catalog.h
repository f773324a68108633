#pragma once
// PostgreSQL's catalog, read from pg_catalog (exact types with format_type, defaults with
// pg_get_expr, index columns and expressions, multi-column foreign keys). Every user
// schema unless the scope names one; pg_catalog, information_schema, pg_toast and other
// pg_* schemas are system schemas. Partitions are left out (their parent is listed), as
// are functions that belong to an extension.

#include "dialect/catalog.h"

namespace noorm {

class PostgresCatalog final : public Catalog {
public:
    using Catalog::Catalog;

    QString schemasSql() const override;
    QString relationsSql(const CatalogScope &scope) const override;
    QString columnsSql(const CatalogScope &scope) const override;
    QString indexesSql(const CatalogScope &scope) const override;
    QString foreignKeysSql(const CatalogScope &scope) const override;
    QString routinesSql(const CatalogScope &scope) const override;
    QString triggersSql(const CatalogScope &scope) const override;

private:
    // The condition on a schema-name column: the scope's schema, or any user schema.
    QString schemaCondition(const QString &column, const QString &schema) const;
    // "SELECT <columns> FROM <tables and views as c, their schemas as n><joins> WHERE
    // <c in scope>[ AND <where>] ORDER BY <order>".
    QString relationQuery(const CatalogScope &scope, const QString &columns, const QString &joins,
                          const QString &where, const QString &order) const;
};

} // namespace noorm
