#pragma once
// Transaction: a database transaction that rolls back unless committed, on every path out
// of the scope that holds it. Inside a TransactionGroup it is a savepoint: commit releases
// it, rollback undoes what ran since it was set.

#include "common/result.h"

namespace noorm {

class Connection;

class Transaction {
public:
    static Result<Transaction> begin(Connection &connection);
    // Guards a transaction the caller begins itself inside a script (Connection::execScript
    // starting with Connection::beginTransactionSql()): rolled back unless committed or
    // released.
    static Transaction adopt(Connection &connection);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Status commit();
    Status rollback();
    // The caller's own script committed it: nothing is left to end.
    void release() { m_connection = nullptr; }
    bool isActive() const { return m_connection != nullptr; }

private:
    Transaction(Connection *connection, bool savepoint) : m_connection(connection), m_savepoint(savepoint) {}

    Connection *m_connection = nullptr;
    bool m_savepoint = false;
};

} // namespace noorm
