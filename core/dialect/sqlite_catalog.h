#pragma once
// SQLite's catalog: sqlite_master for tables, views and triggers, and the table-valued
// pragmas (pragma_table_info, pragma_index_list, pragma_index_info,
// pragma_foreign_key_list) for their insides, joined so that one query covers every table.
// The schema is `main` unless the scope names an attached database. SQLite's own tables
// (sqlite_sequence, sqlite_stat1) are left out.

#include "dialect/catalog.h"

#include <memory>

namespace noorm {

std::unique_ptr<Catalog> makeSqliteCatalog(const SqlSyntax &syntax);

} // namespace noorm
