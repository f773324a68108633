#pragma once
// SQL Server's catalog, read from the sys.* views (types with their lengths, default
// constraints' text, index key columns, multi-column foreign keys). Every user schema
// unless the scope names one; sys, INFORMATION_SCHEMA, guest and the db_* role schemas are
// system schemas, and objects shipped with the server are left out.

#include "dialect/catalog.h"

#include <memory>

namespace noorm {

std::unique_ptr<Catalog> makeMssqlCatalog(const SqlSyntax &syntax);

} // namespace noorm
