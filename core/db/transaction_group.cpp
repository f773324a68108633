#include "db/transaction_group.h"

#include "db/connection.h"

#include <QSqlError>

namespace noorm {

TransactionGroup::~TransactionGroup()
{
    if (isOpen()) {
        m_connection.m_group = nullptr;
        QSqlDatabase db = m_connection.database();
        (void)db.rollback();
    }
}

bool TransactionGroup::isOpen() const
{
    return m_connection.m_group == this;
}

Status TransactionGroup::begin()
{
    if (isOpen())
        return {};
    if (m_connection.m_group)
        return Error::failed(QStringLiteral("Internal error: a transaction group is already open on %1")
                                 .arg(m_connection.describe()));
    QSqlDatabase db = m_connection.database();
    if (!db.transaction())
        return m_connection.sqlError(db.lastError());
    m_connection.m_group = this;
    return {};
}

Status TransactionGroup::commit()
{
    if (!isOpen())
        return {};
    m_connection.m_group = nullptr;
    QSqlDatabase db = m_connection.database();
    if (!db.commit()) {
        Error error = m_connection.sqlError(db.lastError());
        db.rollback();
        return error;
    }
    return {};
}

} // namespace noorm
