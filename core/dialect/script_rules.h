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
    // Where a file runs outside a transaction (MySQL, whose DDL commits; nothing could be
    // rolled back and replayed), how a statement may join others in one such script, a
    // batch: a batch that fails at statement k has applied the statements before k and
    // nothing after, exactly as sending them one by one does. Alone: it runs by itself
    // (it may return several results, or the server might not end it where the splitter
    // did). Member: it may be followed in a batch. Last: it may end one, never be followed
    // in it (a routine whose body holds ';', whose end only the server's parser knows; a
    // statement that changes how the server reads the text after it).
    enum class BatchPart { Alone, Member, Last };
    virtual BatchPart batchPart(const SqlStatement &) const { return BatchPart::Alone; }
    // The statement every batch starts with: it fails to parse unless the server reads
    // quotes as splitRules() cut the statements, so a batch only runs when the server will
    // find each statement where the splitter did (empty: no such check is needed).
    virtual QString batchGuardSql() const { return {}; }
    // What joins statements into such a script, and the statements that begin and commit a
    // transaction inside one.
    virtual QString scriptSeparator() const { return QStringLiteral(";\n"); }
    virtual QString beginTransactionSql() const { return QStringLiteral("BEGIN"); }
    virtual QString commitTransactionSql() const { return QStringLiteral("COMMIT"); }
    // A savepoint inside a transaction: set, release (keep what ran since), roll back to.
    virtual QString savepointSql(const QString &name) const { return QStringLiteral("SAVEPOINT ") + name; }
    virtual QString releaseSavepointSql(const QString &name) const { return QStringLiteral("RELEASE SAVEPOINT ") + name; }
    virtual QString rollbackToSavepointSql(const QString &name) const
    {
        return QStringLiteral("ROLLBACK TO SAVEPOINT ") + name;
    }
    // True where a commit, not the statements, is what a run of many small changes costs
    // (SQLite: every commit syncs the journal and the file twice or more): `change ff` and
    // `change rewind` then run their changes in one transaction, each in a savepoint, so a
    // failed change still leaves the ones before it applied. False where one long
    // transaction costs more than its commits save (PostgreSQL: its lock table fills with
    // every table created; MySQL: DDL commits anyway).
    virtual bool groupsChangesInOneTransaction() const { return false; }
};

} // namespace noorm
