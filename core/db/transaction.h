#pragma once
// Transaction: a database transaction that rolls back unless committed, on every path out
// of the scope that holds it.

#include "common/result.h"

namespace noorm {

class Connection;

class Transaction {
public:
    static Result<Transaction> begin(Connection &connection);
    // Guards a transaction the caller begins itself inside a script (Connection::execScript
    // starting with the dialect's BEGIN): rolled back unless committed or released.
    static Transaction adopt(Connection &connection) { return Transaction(&connection); }

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
    explicit Transaction(Connection *connection) : m_connection(connection) {}

    Connection *m_connection = nullptr;
};

} // namespace noorm
