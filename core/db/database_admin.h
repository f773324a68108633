#pragma once
// DatabaseAdmin: creating, dropping and checking the database a config points at
// (`noorm db create` / `db drop`). Server dialects connect to their maintenance database
// (postgres, master, or none on MySQL); SQLite creates and deletes the file. Creating is
// idempotent; dropping refuses protected configs outright.

#include "common/result.h"
#include "config/config.h"

namespace noorm {

class DatabaseAdmin {
public:
    static Result<bool> databaseExists(const Config &config, const QString &projectRoot);
    // True when the database was created, false when it already existed. For SQLite this
    // creates an empty file and nothing else.
    static Result<bool> createDatabase(const Config &config, const QString &projectRoot);
    // True when the database was dropped, false when there was none. A protected config
    // is refused (ErrorKind::Refused) before anything is touched.
    static Result<bool> dropDatabase(const Config &config, const QString &projectRoot);
};

} // namespace noorm
