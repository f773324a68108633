#include "db/transaction.h"

#include "db/connection.h"
#include "db/transaction_group.h"

#include <QSqlError>

namespace noorm {

namespace {

QString savepointName()
{
    return QString::fromLatin1(TransactionGroup::kSavepoint);
}

Status execUnlessEmpty(Connection &connection, const QString &sql)
{
    return sql.isEmpty() ? Status() : connection.exec(sql);
}

} // namespace

Result<Transaction> Transaction::begin(Connection &connection)
{
    if (connection.inTransactionGroup()) {
        if (Status ok = connection.exec(connection.dialect().scripts().savepointSql(savepointName())); !ok)
            return ok.error();
        return Transaction(&connection, true);
    }
    QSqlDatabase db = connection.database();
    if (!db.transaction())
        return connection.sqlError(db.lastError());
    return Transaction(&connection, false);
}

Transaction Transaction::adopt(Connection &connection)
{
    return Transaction(&connection, connection.inTransactionGroup());
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_connection(other.m_connection), m_savepoint(other.m_savepoint)
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
    if (m_savepoint)
        return execUnlessEmpty(*connection, connection->dialect().scripts().releaseSavepointSql(savepointName()));
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
    if (m_savepoint) {
        const ScriptRules &rules = connection->dialect().scripts();
        if (Status ok = connection->exec(rules.rollbackToSavepointSql(savepointName())); !ok)
            return ok;
        return execUnlessEmpty(*connection, rules.releaseSavepointSql(savepointName()));
    }
    QSqlDatabase db = connection->database();
    if (!db.rollback())
        return connection->sqlError(db.lastError());
    return {};
}

} // namespace noorm
