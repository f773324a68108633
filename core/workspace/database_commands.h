#pragma once
// The `db` commands over a resolved config: create the database and its tracking tables,
// drop it. Protected configs: drop is refused outright here too (defence in depth).

#include "common/result.h"
#include "config/config.h"

namespace noorm {

struct DatabaseCreation {
    bool created = false;      // false: it already existed
    int trackingVersion = 0;   // schema version of the tracking tables now
};

Result<DatabaseCreation> createDatabase(const Config &config, const QString &projectRoot);
// True when dropped, false when there was nothing to drop.
Result<bool> dropDatabase(const Config &config, const QString &projectRoot);

} // namespace noorm
