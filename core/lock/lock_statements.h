#pragma once
// The SQL of the config lock over __noorm_lock__, for one dialect. Every statement binds
// positionally (?), in the order its comment gives; timestamps are bound as the dialect's
// formatTimestamp() text and compared through comparableTimestampSql().

#include <QString>

namespace noorm {

class TrackingSql;

class LockStatements {
public:
    explicit LockStatements(const TrackingSql &tracking);

    QString select() const;        // config_name -> locked_by, locked_at, expires_at, reason
    QString removeExpired() const; // config_name, now
    QString insert() const;        // config_name, locked_by, locked_at, expires_at, reason
    QString setExpiry() const;     // expires_at, config_name, locked_by
    QString remove() const;        // config_name, locked_by
    QString removeAny() const;     // config_name

private:
    const TrackingSql &m_tracking;
    QString m_table;
};

} // namespace noorm
