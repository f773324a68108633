#pragma once
// ConnectionRules: how noorm reaches one dialect's database through Qt SQL: the driver and
// where it comes from, the default port, the connect options (timeouts, TLS), pointing a
// QSqlDatabase at a config, what a failed connect means, what runs on every new
// connection, and what can stop a running statement from another thread.

#include "common/result.h"
#include "common/secret.h"
#include "config/config.h"
#include "dialect/native_rows.h"
#include "dialect/statement_interrupter.h"
#include "dialect/statement_splitter.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlQuery;
class QSqlError;

namespace noorm {

// Where a connection's server notices go (PostgreSQL's NOTICE, WARNING): a message each,
// e.g. "NOTICE:  table \"t\" does not exist, skipping". An empty function drops them.
using NoticeHandler = std::function<void(const QString &message)>;

// Why opening a connection failed, as far as the driver's error tells.
// NotADatabase: the file a file-based dialect opened holds something else (SQLite opens
// any file; its first read of the schema says so).
enum class ConnectFailure { Unreachable, BadCredentials, MissingDatabase, NotADatabase, Other };

// The values of one result set as the server wrote them, where Qt's driver reads them
// otherwise: QMYSQL reads text in a binary collation (utf8mb4_bin, MariaDB's JSON) as bytes,
// a BIT as text from its raw bytes (losing them), the zero date as no date; QPSQL reads
// infinity and a time with a zone as no value, and a BC date as the AD one.
class ServerValues {
public:
    virtual ~ServerValues() = default;
    // The type a column's values have once put() has been through them, where it is not the
    // one Qt reports for it (text for the bytes of a binary collation, a number for a BIT).
    virtual std::optional<int> metaType(int column) const { (void)column; return std::nullopt; }
    // In the current row's `values`, as Qt read them (each row in turn, from the first):
    // each value Qt read otherwise becomes the server's.
    virtual void put(QVariantList &values) = 0;
};

class ConnectionRules {
public:
    virtual ~ConnectionRules() = default;

    virtual QStringList qtDrivers() const = 0;      // Qt SQL driver names, preferred first
    virtual QString driverPackage() const = 0;      // Debian package that ships the driver
    virtual int defaultPort() const = 0;            // 0 when file based
    // True when the database is a file (named by `connection.database`): no host, no
    // server, created and dropped as a file.
    virtual bool isFileBased() const { return false; }

    // The first of qtDrivers() this Qt installation can load, or empty.
    QString availableDriver() const;
    // Driver connect options (QSqlDatabase::setConnectOptions) for `c`: connect timeout,
    // TLS settings.
    virtual QString connectOptions(const ConnectionConfig &c) const = 0;
    // Points `db` (made with availableDriver()) at the server or file `c` names. SQLite
    // resolves a relative path against projectRoot.
    virtual void configure(QSqlDatabase &db, const ConnectionConfig &c, const QString &projectRoot) const;
    // The database file for file-based dialects (absolute, or ":memory:"); empty otherwise.
    virtual QString databaseFile(const ConnectionConfig &c, const QString &projectRoot) const;
    // True where the driver prepares a statement with binds in round trips of its own (QPSQL:
    // PREPARE, EXECUTE, DEALLOCATE, three for one statement): Connection then writes the
    // values it can into the statement as the dialect's literals and sends it once.
    virtual bool inlinesBindValues() const { return false; }
    // Statements run once on every new connection.
    virtual QStringList sessionSetupSql() const { return {}; }
    // Statements that put the session back as it was before a build file, once `ran` (the
    // file's statements) have run, before noorm writes the file's row: psql runs each file in
    // a session of its own and Flyway restores the session after each migration, so a file's
    // settings (pg_dump's empty search_path) or USE of another database do not reach the
    // next file, nor noorm's tracking tables. Empty when nothing needs putting back.
    virtual QStringList sessionRestoreSql(const QList<SqlStatement> &ran, const ConnectionConfig &c) const
    {
        (void)ran, (void)c;
        return {};
    }
    // Sends the server's notices on `db` (just opened) to `*to`, which outlives the
    // connection, instead of wherever the client library puts them (libpq: stderr).
    virtual void receiveNotices(const QSqlDatabase &db, const NoticeHandler *to) const { (void)db, (void)to; }
    // A database setting a connection changes for speed while it is open and puts back
    // before it closes, only where the setting reads `from` (so a setting the user chose
    // is left alone). SQLite: journal_mode DELETE creates and deletes the journal file on
    // every commit, TRUNCATE empties it instead (same durability; an empty journal left by
    // a killed process is ignored by SQLite, and the restore deletes it).
    struct BorrowedSetting {
        QString readSql;
        QString from;
        QString changeSql;
        QString restoreSql;
    };
    virtual std::optional<BorrowedSetting> borrowedSetting() const { return std::nullopt; }
    // Statements that make the session read-only (PostgreSQL and MySQL: every transaction
    // READ ONLY; SQLite: query_only). Empty where the dialect has no such switch.
    virtual QStringList readOnlySessionSql() const { return {}; }
    // Runs `statement`, a `COPY … FROM stdin` with its inline data (SqlStatement::copyData),
    // as psql does; the rows copied. An error where the dialect has no such statement.
    virtual Result<qint64> copyIn(const QSqlDatabase &db, const QString &statement, const QString &data) const;
    // Runs `statement` (one, that may return rows) on `db` and reads its rows natively,
    // each value the text Qt SQL's value would give (dialect/native_rows.h); null where the
    // dialect has no such reader, or the statement returns no rows or a type the reader
    // does not give exactly as Qt does: then nothing ran, and Qt SQL runs it.
    virtual std::unique_ptr<NativeRowReader> readRows(const QSqlDatabase &db, const QString &statement) const;
    // What puts the server's own values into the rows of `query`'s current result set where
    // Qt's driver reads some otherwise than the server wrote them (ServerValues); asked once
    // per result set, null when none of its columns needs it.
    virtual std::unique_ptr<ServerValues> serverValues(const QSqlQuery &query) const { (void)query; return nullptr; }
    // The error of a statement that failed inside a multi-statement script, worded as
    // running it alone words it (QMYSQL says "Unable to execute next query" for a later
    // statement's failure); nullopt when only running it alone tells (MySQL's syntax errors
    // quote the text after the error, which in a script runs on into the next statements).
    virtual std::optional<QSqlError> scriptErrorAsAlone(const QSqlError &error) const;
    // The statement that sets the connected user's own password to `newPassword` (the team
    // vault's password rotation), for the connection `db` made from `c`; an error where the
    // dialect has no database passwords. PostgreSQL sends the SCRAM verifier libpq computes
    // (as psql's \password does), so the password itself never reaches the server's log.
    virtual Result<QString> changeOwnPasswordSql(const QSqlDatabase &db, const ConnectionConfig &c, const Secret &newPassword) const;
    virtual ConnectFailure classifyConnectError(const QSqlError &error) const = 0;
    // True when a statement's `error` says the connection is gone (the server restarted, an
    // administrator ended the session, the network went away): nothing more runs on it.
    virtual bool lostConnection(const QSqlError &error) const { (void)error; return false; }
    // The query run once per connection: the server's version first, then whatever else
    // interrupterFor needs to know of the session (MySQL: its connection id), in one round trip.
    virtual QString serverVersionSql() const = 0;
    // What stops a statement running on `db` (open, with `config`) from another thread;
    // null where the driver offers no way (then only the gaps between statements stop).
    // `session`: the row serverVersionSql() returned.
    virtual std::unique_ptr<StatementInterrupter> interrupterFor(const QSqlDatabase &db, const Config &config,
                                                                 const QVariantList &session) const;
    // "host:port" as shown in messages (the file for file-based dialects).
    QString serverAddress(const ConnectionConfig &c) const;
};

} // namespace noorm
