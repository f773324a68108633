#pragma once
// LockTable: the rows of __noorm_lock__ on one Connection, one statement per call. Each
// call is atomic in the database; the lock's logic (core/lock/lock.h) is built from them.

#include "common/result.h"
#include "lock/lock_statements.h"
#include "lock/lock_types.h"

#include <optional>

namespace noorm {

class Connection;

class LockTable {
public:
    explicit LockTable(Connection &connection);

    // The config's row, expired or not; nullopt when there is none.
    Result<std::optional<LockInfo>> read(const QString &configName);
    // Deletes the config's row if it expired before `now`.
    Status removeExpired(const QString &configName, const QDateTime &now);
    // INSERTs `lock`; false when the config already has a row (the UNIQUE constraint).
    Result<bool> insert(const LockInfo &lock);
    // Moves the expiry of the row (configName, lockedBy); false when there is no such row.
    Result<bool> setExpiry(const QString &configName, const QString &lockedBy, const QDateTime &expiresAt);
    // Deletes the row (configName, lockedBy); false when there was none.
    Result<bool> remove(const QString &configName, const QString &lockedBy);
    // Deletes the config's row whoever holds it; false when there was none.
    Result<bool> removeAny(const QString &configName);

private:
    Result<bool> removed(const QString &sql, const QVariantList &binds);

    Connection &m_connection;
    LockStatements m_sql;
};

} // namespace noorm
