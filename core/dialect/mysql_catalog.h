#pragma once
// MySQL's and MariaDB's catalog, read from information_schema. A schema is a database:
// the connected one unless the scope names another.

#include "dialect/catalog.h"

#include <memory>

namespace noorm {

std::unique_ptr<Catalog> makeMysqlCatalog(const SqlSyntax &syntax);

} // namespace noorm
