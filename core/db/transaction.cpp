#include "db/transaction.h"

#include "db/connection.h"

#include <QSqlError>

namespace noorm {

Result<Transaction> Transaction::begin(Connection &connection)
{
    QSqlDatabase db = connection.database();
    if (!db.transaction())
        return connection.sqlError(db.lastError());
    return Transaction(&connection);
}

Transaction::Transaction(Transaction &&other) noexcept : m_connection(other.m_connection)
{
    other.m_connection = nullptr;
}

Transaction::~Transaction()
{
    if (m_connection)
        (void)rollback();
}

Status Transaction::commit()
{
    if (!m_connection)
        return Error::failed(tr("The transaction has already ended"));
    Connection *connection = std::exchange(m_connection, nullptr);
    QSqlDatabase db = connection->database();
    if (!db.commit()) {
        Error error = connection->sqlError(db.lastError());
        db.rollback();
        return error;
    }
    return {};
}

Status Transaction::rollback()
{
    if (!m_connection)
        return {};
    Connection *connection = std::exchange(m_connection, nullptr);
    QSqlDatabase db = connection->database();
    if (!db.rollback())
        return connection->sqlError(db.lastError());
    return {};
}

} // namespace noorm
