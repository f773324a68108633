#pragma once
// The `db` commands over a resolved config: create the database and its tracking tables,
// drop it. Protected configs: drop is refused outright here too (defence in depth).

#include "common/result.h"
#include "config/config.h"
#include "db/tracking_schema.h"
#include "dialect/connection_rules.h"

#include <memory>

namespace noorm {

struct DatabaseCreation {
    QString database;          // the config's database (a file database: as configured)
    bool created = false;      // false: it already existed
    int trackingVersion = 0;   // schema version of the tracking tables now
};

class Connection;
class Logger;

// The server's notices on `connection` (PostgreSQL's NOTICE, WARNING) go to the project's
// log, as info, instead of nowhere; and, masked, to `also` when it is set.
void logNotices(Connection &connection, const std::shared_ptr<Logger> &logger, NoticeHandler also = {});

// Every database command starts here: connect, then create or upgrade the tracking tables.
struct TrackedConnection {
    std::unique_ptr<Connection> connection;
    TrackingStatus tracking;
};
Result<TrackedConnection> connectTracked(const Config &config, const QString &projectRoot);
class Workspace;
// connectTracked, then the workspace user's identity registered in __noorm_identities__
// unless it is there (one query once it is). A failed registration is logged, not fatal:
// it only feeds the team's known users.
Result<TrackedConnection> connectTracked(Workspace &workspace, const Config &config, const QString &projectRoot);

Result<DatabaseCreation> createDatabase(const Config &config, const QString &projectRoot);
// True when dropped, false when there was nothing to drop.
Result<bool> dropDatabase(const Config &config, const QString &projectRoot);

} // namespace noorm
