#pragma once
// PostgreSQL's catalog, read from pg_catalog (exact types with format_type, defaults with
// pg_get_expr, index columns and expressions, multi-column foreign keys). Every user
// schema unless the scope names one; pg_catalog, information_schema, pg_toast and other
// pg_* schemas are system schemas. Partitions are left out (their parent is listed), as
// are functions that belong to an extension.

#include "dialect/catalog.h"

#include <memory>

namespace noorm {

std::unique_ptr<Catalog> makePostgresCatalog(const SqlSyntax &syntax);

} // namespace noorm
