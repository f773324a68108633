#include "lock/lock_statements.h"

#include "dialect/tracking_sql.h"
#include "dialect/tracking_tables.h"

namespace noorm {

namespace col = tracking::lock;

LockStatements::LockStatements(const TrackingSql &tracking)
    : m_tracking(tracking), m_table(tracking.table(col::table))
{
}

QString LockStatements::select() const
{
    return QStringLiteral("SELECT %1, %2, %3, %4 FROM %5 WHERE %6 = ?")
        .arg(col::lockedBy, col::lockedAt, col::expiresAt, col::reason, m_table, col::configName);
}

QString LockStatements::removeExpired() const
{
    return QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND %3 < %4")
        .arg(m_table, col::configName, m_tracking.comparableTimestampSql(col::expiresAt),
             m_tracking.comparableTimestampSql(QStringLiteral("?")));
}

QString LockStatements::insert() const
{
    return QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6) VALUES (?, ?, ?, ?, ?)")
        .arg(m_table, col::configName, col::lockedBy, col::lockedAt, col::expiresAt, col::reason);
}

QString LockStatements::setExpiry() const
{
    return QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ? AND %4 = ?")
        .arg(m_table, col::expiresAt, col::configName, col::lockedBy);
}

QString LockStatements::remove() const
{
    return QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND %3 = ?").arg(m_table, col::configName, col::lockedBy);
}

QString LockStatements::removeAny() const
{
    return QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(m_table, col::configName);
}

} // namespace noorm
