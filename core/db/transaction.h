#pragma once
// Transaction: a database transaction that rolls back unless committed, on every path out
// of the scope that holds it.

#include "common/result.h"

namespace noorm {

class Connection;

class Transaction {
public:
    static Result<Transaction> begin(Connection &connection);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Status commit();
    Status rollback();
    bool isActive() const { return m_connection != nullptr; }

private:
    explicit Transaction(Connection *connection) : m_connection(connection) {}

    Connection *m_connection = nullptr;
};

} // namespace noorm
