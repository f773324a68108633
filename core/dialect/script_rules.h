#pragma once
// ScriptRules: how one dialect's SQL files run: how its own client (psql, mysql, sqlite3,
// sqlcmd) cuts a script into statements, whether the driver takes several statements in
// one round trip, and whether DDL can be rolled back with the transaction around it.

#include "common/result.h"
#include "dialect/statement_splitter.h"

#include <QList>
#include <QString>

namespace noorm {

class ScriptRules {
public:
    virtual ~ScriptRules() = default;

    // How this database's own client cuts a script into statements.
    virtual SplitRules splitRules() const = 0;
    // `script` cut into the statements (sqlcmd: batches) that client would send one by one.
    Result<QList<SqlStatement>> split(const QString &script, const QString &fileName = QString()) const;
    // True when CREATE/ALTER/DROP inside a transaction roll back with it (false on MySQL,
    // where each DDL statement commits).
    virtual bool transactionalDdl() const = 0;
    // True when the Qt driver sends several ';'-separated statements in one exec (one round
    // trip) and hands back every statement's result in order through QSqlQuery::nextResult,
    // stopping at the first that fails: QPSQL's simple-query protocol, QMYSQL with
    // CLIENT_MULTI_STATEMENTS (Qt's default). QSQLITE runs only the first statement.
    virtual bool runsMultiStatementScripts() const { return false; }
    // What joins statements into such a script, and the statements that begin and commit a
    // transaction inside one.
    virtual QString scriptSeparator() const { return QStringLiteral(";\n"); }
    virtual QString beginTransactionSql() const { return QStringLiteral("BEGIN"); }
    virtual QString commitTransactionSql() const { return QStringLiteral("COMMIT"); }
};

} // namespace noorm
