#include "lock/lock_table.h"

#include "db/connection.h"

#include <QSqlQuery>

namespace noorm {

namespace {

// Every column is NOT NULL, and a null QString binds NULL.
QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }

} // namespace

LockTable::LockTable(Connection &connection) : m_connection(connection), m_sql(connection.dialect().tracking()) {}

Result<std::optional<LockInfo>> LockTable::read(const QString &configName)
{
    Result<QSqlQuery> q = m_connection.query(m_sql.select(), {configName});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<LockInfo>();
    return std::optional<LockInfo>(LockInfo{configName, q->value(0).toString(),
                                            TrackingSql::parseTimestamp(q->value(1)),
                                            TrackingSql::parseTimestamp(q->value(2)), q->value(3).toString()});
}

Status LockTable::removeExpired(const QString &configName, const QDateTime &now)
{
    Result<QSqlQuery> q = m_connection.query(m_sql.removeExpired(),
                                             {configName, m_connection.dialect().tracking().formatTimestamp(now)});
    if (!q)
        return q.error();
    return {};
}

Result<bool> LockTable::insert(const LockInfo &lock)
{
    const TrackingSql &tracking = m_connection.dialect().tracking();
    return m_connection.insertUnlessDuplicate(m_sql.insert(),
                                              {text(lock.configName), text(lock.lockedBy),
                                               tracking.formatTimestamp(lock.lockedAt),
                                               tracking.formatTimestamp(lock.expiresAt), text(lock.reason)});
}

Result<bool> LockTable::setExpiry(const QString &configName, const QString &lockedBy, const QDateTime &expiresAt)
{
    const QString expiry = m_connection.dialect().tracking().formatTimestamp(expiresAt);
    Result<QSqlQuery> q = m_connection.query(m_sql.setExpiry(), {expiry, configName, lockedBy});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 1)
        return true;
    // MySQL counts changed rows, not matched ones: an expiry equal to the stored one (the
    // column keeps whole seconds) changes nothing. Whether the row is still ours decides.
    Result<std::optional<LockInfo>> row = read(configName);
    if (!row)
        return row.error();
    return row->has_value() && (*row)->lockedBy == lockedBy;
}

Result<bool> LockTable::remove(const QString &configName, const QString &lockedBy)
{
    return removed(m_sql.remove(), {configName, lockedBy});
}

Result<bool> LockTable::removeAny(const QString &configName) { return removed(m_sql.removeAny(), {configName}); }

Result<bool> LockTable::removed(const QString &sql, const QVariantList &binds)
{
    Result<QSqlQuery> q = m_connection.query(sql, binds);
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

} // namespace noorm
