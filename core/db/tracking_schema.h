#pragma once
// TrackingSchema: makes sure the tracking tables exist in the connected database and are
// at the schema version this build writes (docs/tracking-tables.md, "Versions"). It creates the
// `noorm` schema where the dialect has one, moves the original's tables there from the
// default schema, runs the missing migrations, records a __noorm_version__ row, and
// refuses a database a newer noorm has upgraded.

#include "common/result.h"

#include <QStringList>

namespace noorm {

class Connection;

struct TrackingStatus {
    enum class Outcome { Created, Upgraded, Current };
    Outcome outcome = Outcome::Current;
    int previousVersion = 0;   // schema version found (0 = no tables)
    int version = 0;           // schema version now
    QStringList movedTables;   // legacy tables moved into the tracking schema
    QStringList createdTables; // tables created outside migrations (the vault)

    bool changed() const { return outcome != Outcome::Current || !movedTables.isEmpty() || !createdTables.isEmpty(); }
};

// What ensure() would do, found without changing anything (for `config validate`).
struct TrackingInspection {
    enum class State { Missing, Outdated, Current, Newer };
    State state = State::Missing;
    int version = 0;          // schema version found (0 = no tables)
    int expectedVersion = 0;  // schema version this build writes
    QStringList legacyTables; // the original's tables still in the default schema
    bool vaultMissing = false;

    bool needsChanges() const { return state != State::Current || !legacyTables.isEmpty() || vaultMissing; }
    QString stateName() const; // missing | outdated | current | newer
};

class TrackingSchema {
public:
    static Result<TrackingStatus> ensure(Connection &connection);
    // Reads the catalog and the version table only: creates, moves and records nothing.
    static Result<TrackingInspection> inspect(Connection &connection);
    // The latest __noorm_version__ row's noorm_version, or 0 without tracking tables.
    static Result<int> currentVersion(Connection &connection);
    // The presence probe: can __noorm_version__ be read? (Outside a transaction: a failed
    // probe aborts a PostgreSQL transaction.)
    static bool tablesExist(Connection &connection);
    // Whether `table` exists in `schema` (empty = the connection's default).
    static Result<bool> tableExists(Connection &connection, const QString &schema, const QString &table);
};

} // namespace noorm
