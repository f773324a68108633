#pragma once
// TransactionGroup: one transaction around many units of work on one connection, each of
// which still begins, commits and rolls back its own Transaction: inside the group those
// are savepoints, so a unit that fails is undone alone and the ones before it commit with
// the group. It saves a commit (on SQLite, its syncs) per unit. `change ff` uses it where
// the dialect groupsChangesInOneTransaction().
//
//     TransactionGroup group(connection);
//     for (...) { if (Status s = group.begin(); !s) ...; runUnit(); }  // begin: when not open
//     if (Status s = group.commit(); !s) ...;                          // rolled back otherwise
//
// Work that must run outside a transaction calls Connection::commitTransactionGroup() first.

#include "common/result.h"

namespace noorm {

class Connection;

class TransactionGroup {
public:
    // The savepoint's name for every Transaction inside the group (they never nest).
    static constexpr const char *kSavepoint = "noorm_unit";

    explicit TransactionGroup(Connection &connection) : m_connection(connection) {}
    TransactionGroup(const TransactionGroup &) = delete;
    TransactionGroup &operator=(const TransactionGroup &) = delete;
    ~TransactionGroup(); // rolls back what is not committed

    // Begins the group's transaction unless it is open.
    Status begin();
    // Commits it when it is open; afterwards Transactions are real transactions again.
    Status commit();
    bool isOpen() const;

private:
    Connection &m_connection;
};

} // namespace noorm
