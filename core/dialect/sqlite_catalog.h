#pragma once
// SQLite's catalog: sqlite_master for tables, views and triggers, and the table-valued
// pragmas (pragma_table_info, pragma_index_list, pragma_index_info,
// pragma_foreign_key_list) for their insides, joined so that one query covers every table.
// The schema is `main` unless the scope names an attached database. SQLite's own tables
// (sqlite_sequence, sqlite_stat1) are left out.

#include "dialect/catalog.h"

namespace noorm {

class SqliteCatalog final : public Catalog {
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
    // The scope's schema as a string literal, for the pragmas' schema argument.
    QString schemaLiteral(const CatalogScope &scope) const;
    // "SELECT '<schema>', m.name, <columns> FROM <schema>.sqlite_master m<joins> WHERE
    // m.type IN (<types>) AND <not SQLite's own> [AND m.tbl_name = <table>] ORDER BY
    // m.name[, <order>]": the shape every query here shares.
    QString masterQuery(const CatalogScope &scope, const QString &columns, const QString &types,
                        const QString &joins = {}, const QString &order = {}) const;
};

} // namespace noorm
