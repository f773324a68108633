#pragma once
// MySQL's and MariaDB's catalog, read from information_schema. A schema is a database:
// the connected one unless the scope names another.

#include "dialect/catalog.h"

namespace noorm {

class MysqlCatalog final : public Catalog {
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
    // "SELECT <columns> FROM information_schema.<view> WHERE <schema column> = <the
    // scope's schema>[ AND <table column> = <table>][ AND <where>] ORDER BY <order>".
    QString schemaQuery(const CatalogScope &scope, const QString &columns, const QString &view,
                        const QString &schemaColumn, const QString &tableColumn, const QString &where,
                        const QString &order) const;
};

} // namespace noorm
