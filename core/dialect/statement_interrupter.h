#pragma once
// StatementInterrupter: stops the statement running on one open connection, called from
// another thread. Each dialect makes its own from the connection's driver handle, on the
// connection's thread right after it opened: SQLite calls sqlite3_interrupt, PostgreSQL
// sends libpq's cancel request (PQcancel), MySQL/MariaDB runs KILL QUERY <id> on a second
// connection. The statement then fails with the database's "interrupted" error.

#include "common/result.h"
#include "config/config.h"

#include <memory>

class QSqlDatabase;

namespace noorm {

class ConnectionRules;

class StatementInterrupter {
public:
    virtual ~StatementInterrupter() = default;
    // Thread-safe; may take a network round trip.
    virtual Status interrupt() = 0;
};

std::unique_ptr<StatementInterrupter> makeSqliteInterrupter(const QSqlDatabase &db);
std::unique_ptr<StatementInterrupter> makePostgresInterrupter(const QSqlDatabase &db);
// `connectionId` is CONNECTION_ID() of the connection to interrupt; `rules` open the second
// one on `config`.
std::unique_ptr<StatementInterrupter> makeMysqlInterrupter(const ConnectionRules &rules, const Config &config,
                                                          qint64 connectionId);

} // namespace noorm
