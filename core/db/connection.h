#pragma once
// Connection: one open database connection for one config, owned RAII-style. Each
// instance registers its own uniquely named QSqlDatabase and removes it when destroyed,
// so connections never share state. Like every QSqlDatabase it must be used from the
// thread that opened it: open one Connection per worker thread. That is enforced: a call
// from another thread fails with an error instead of corrupting the driver. Queries
// (QSqlQuery) taken from it must be gone before the Connection is. The one thing another
// thread may do is interrupt the running statement, through inFlight()'s Cancellation.

#include "common/cancellation.h"
#include "common/result.h"
#include "config/config.h"
#include "dialect/dialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <memory>
#include <optional>

class QThread;

namespace noorm {

class Connection {
public:
    // Opens the connection `config` describes; a SQLite path is resolved against
    // projectRoot. Errors say what went wrong in the user's terms (missing Qt driver and
    // its package, unreachable host:port, rejected user, missing database) and never
    // contain the password.
    static Result<std::unique_ptr<Connection>> open(const Config &config, const QString &projectRoot);

    // The file opening `config` would create: a file database whose file is not there yet.
    // None for a server database, or a file that exists. Whatever only looks checks this first.
    static std::optional<QString> missingDatabaseFile(const Config &config, const QString &projectRoot);

    // The checks that need no driver: for SQLite, a file is named and its folder exists.
    static Status checkDatabaseFolder(const Config &config, const QString &projectRoot);

    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    const Dialect &dialect() const { return *m_dialect; }
    QSqlDatabase database() const { return m_db; }
    const Config &config() const { return m_config; }
    QString connectionName() const { return m_name; }
    QString serverVersion() const { return m_serverVersion; }
    // "PostgreSQL at 127.0.0.1:5432/app", "SQLite at /path/app.db": for messages.
    QString describe() const;

    // Runs one statement that returns no rows.
    Status exec(const QString &sql);
    // Runs statements in order, stopping at the first failure.
    Status execAll(const QStringList &statements);
    // Runs `script`, statements joined with dialect().scripts().scriptSeparator(), in one exec
    // (one round trip; the dialect must runsMultiStatementScripts()) and reads every statement's
    // result in order. On failure `completed` (when given) is the number of statements that
    // succeeded before the failing one; the error is that statement's.
    Status execScript(const QString &script, int *completed = nullptr);
    // The same, telling how the failing statement's error reads when it runs alone.
    struct ScriptRun {
        int completed = 0;          // statements that succeeded (before the failing one)
        std::optional<Error> error; // the failing statement's, worded as exec() of it alone words it
        // True when only running the failing statement alone gives its exact error (a syntax
        // error quoting the text after it); the statement failed to parse and changed nothing.
        bool errorNeedsItAlone = false;
    };
    ScriptRun runScript(const QString &script);
    // Prepares and runs `sql` with positional (?) binds; the query is positioned before
    // the first row. A null QString binds SQL NULL: bind QStringLiteral("") for ''.
    Result<QSqlQuery> query(const QString &sql, const QVariantList &binds = {});
    // Runs an INSERT (with binds like query()): true when the row went in, false when it
    // broke a UNIQUE constraint (a row with that key exists), an Error for anything else.
    Result<bool> insertUnlessDuplicate(const QString &sql, const QVariantList &binds);
    // The first column of the first row; an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &binds = {});
    // INSERTs one row into a (qualified) table and returns its new id, the way the
    // dialect hands ids back.
    Result<qint64> insertReturningId(const QString &qualifiedTable, const QStringList &columns,
                                     const QVariantList &values);

    // An Error for a failed statement on this connection, password scrubbed; of kind
    // Connection, "Lost the connection to …", once the connection is gone (lost()).
    Error sqlError(const QSqlError &error) const;
    // The server ended the connection, or the network did: nothing more runs on it.
    bool lost() const { return m_lost || !m_db.isOpen(); }

    // Marks a statement about to run: until the scope ends, `cancellation`'s cancel()
    // interrupts it in the database. No-op scope for a null cancellation.
    [[nodiscard]] Cancellation::Scope inFlight(Cancellation *cancellation);
    bool canInterruptStatements() const { return bool(m_interrupter); }
    // Ok on the thread that opened the connection; an error naming the misuse elsewhere.
    Status checkThread() const;

    // While a TransactionGroup (db/transaction_group.h) holds its transaction open, every
    // Transaction on this connection is a savepoint inside it.
    bool inTransactionGroup() const { return m_group != nullptr; }
    // What begins and commits a Transaction inside a script: BEGIN and COMMIT, in a group the
    // savepoint's SAVEPOINT and RELEASE.
    QString beginTransactionSql() const;
    QString commitTransactionSql() const;
    // Commits the group's transaction now, for work that must not run inside one (a file
    // that opts out of its transaction); the group begins again when its owner next asks.
    Status commitTransactionGroup();

    // Where the server's notices go from now on (PostgreSQL's NOTICE and WARNING); until
    // this is called they are dropped, never printed.
    void onNotice(NoticeHandler handler) { *m_notices = std::move(handler); }

private:
    Connection(const Config &config, const Dialect *dialect, QString name, QSqlDatabase db);
    // Prepares (when there are binds) and runs `sql` on `q`; false with q.lastError() set.
    // Where the dialect inlinesBindValues(), binds that have literals go inside `sql`.
    bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds) const;
    // Applies the dialect's borrowed setting (when it reads its `from` value) and remembers
    // how the destructor puts it back.
    Status borrowSetting(const std::optional<ConnectionRules::BorrowedSetting> &setting);

    Config m_config;
    const Dialect *m_dialect;
    QString m_name;
    QSqlDatabase m_db;
    QString m_serverVersion;
    mutable bool m_lost = false; // a statement's error said the connection is gone
    QString m_restoreSql; // run before closing: puts back what borrowSetting() changed
    QThread *m_thread = nullptr;
    friend class TransactionGroup;
    class TransactionGroup *m_group = nullptr;
    std::unique_ptr<StatementInterrupter> m_interrupter;
    std::unique_ptr<NoticeHandler> m_notices = std::make_unique<NoticeHandler>(); // where libpq sends them: a stable address
};

} // namespace noorm
