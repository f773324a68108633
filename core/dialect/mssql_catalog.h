#pragma once
// SQL Server's catalog, read from the sys.* views (types with their lengths, default
// constraints' text, index key columns, multi-column foreign keys). Every user schema
// unless the scope names one; sys, INFORMATION_SCHEMA, guest and the db_* role schemas are
// system schemas, and objects shipped with the server are left out.

#include "dialect/catalog.h"

namespace noorm {

class MssqlCatalog final : public Catalog {
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
    // The condition on s (sys.schemas): the scope's schema, or any user schema.
    QString schemaCondition(const QString &schema) const;
    // "SELECT <columns> FROM sys.objects o JOIN sys.schemas s<joins> WHERE o.type IN
    // (<types>) AND <not shipped, s in scope>[ AND o.name = <table>][ AND <where>] ORDER BY
    // <order>".
    QString objectQuery(const CatalogScope &scope, const QString &columns, const QString &types, const QString &joins,
                        const QString &where, const QString &order) const;
};

} // namespace noorm
