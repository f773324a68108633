#include "dialect/statement_interrupter.h"

#include "dialect/connection_rules.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

#include "dialect/client_libraries.h"
#include "dialect/native_handle.h"

namespace noorm {

namespace {

class SqliteInterrupter final : public StatementInterrupter {
public:
    SqliteInterrupter(const LibSqlite &lite, sqlite3 *db) : m_lite(lite), m_db(db) {}
    Status interrupt() override
    {
        m_lite.sqlite3_interrupt(m_db); // documented as safe from any thread while the connection is open
        return {};
    }

private:
    const LibSqlite &m_lite;
    sqlite3 *m_db;
};

class PostgresInterrupter final : public StatementInterrupter {
public:
    PostgresInterrupter(const LibPq &pq, PGcancel *cancel) : m_pq(pq), m_cancel(cancel) {}
    ~PostgresInterrupter() override { m_pq.PQfreeCancel(m_cancel); }
    Status interrupt() override
    {
        char message[256] = {};
        if (!m_pq.PQcancel(m_cancel, message, int(sizeof message)))
            return Error::failed(tr("PostgreSQL did not take the cancel request: %1")
                                      .arg(QString::fromUtf8(message).trimmed()));
        return {};
    }

private:
    const LibPq &m_pq;
    PGcancel *m_cancel;
};

class MysqlInterrupter final : public StatementInterrupter {
public:
    MysqlInterrupter(const ConnectionRules &rules, Config config, qint64 connectionId)
        : m_rules(rules), m_config(std::move(config)), m_connectionId(connectionId)
    {
    }
    Status interrupt() override
    {
        static std::atomic<quint64> counter{0};
        const QString name = QStringLiteral("noorm-kill-%1").arg(++counter);
        Status result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(m_rules.availableDriver(), name);
            m_rules.configure(db, m_config.connection, QString());
            if (!db.open()) {
                result = Error::failed(tr("Cannot open a second connection to stop the statement: %1")
                                            .arg(db.lastError().text()));
            } else {
                QSqlQuery kill(db);
                if (!kill.exec(QStringLiteral("KILL QUERY %1").arg(m_connectionId)))
                    result = Error::failed(tr("KILL QUERY failed: %1").arg(kill.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }

private:
    const ConnectionRules &m_rules;
    Config m_config;
    qint64 m_connectionId;
};

} // namespace

std::unique_ptr<StatementInterrupter> makeSqliteInterrupter(const QSqlDatabase &db)
{
    sqlite3 *handle = nativeHandle<sqlite3>(db, "sqlite3*");
    if (!handle)
        return nullptr;
    Result<const LibSqlite *> lite = libSqlite();
    return lite ? std::make_unique<SqliteInterrupter>(**lite, handle) : nullptr;
}

std::unique_ptr<StatementInterrupter> makePostgresInterrupter(const QSqlDatabase &db)
{
    PGconn *handle = nativeHandle<PGconn>(db, "pg_conn*"); // QPSQL names the struct, not the typedef
    if (!handle)
        return nullptr;
    Result<const LibPq *> pq = libPq();
    PGcancel *cancel = pq ? (*pq)->PQgetCancel(handle) : nullptr;
    return cancel ? std::make_unique<PostgresInterrupter>(**pq, cancel) : nullptr;
}

std::unique_ptr<StatementInterrupter> makeMysqlInterrupter(const ConnectionRules &rules, const Config &config,
                                                          qint64 connectionId)
{
    return connectionId > 0 ? std::make_unique<MysqlInterrupter>(rules, config, connectionId) : nullptr;
}

} // namespace noorm
