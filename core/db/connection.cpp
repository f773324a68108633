#include "db/connection.h"

#include "common/redactor.h"
#include "db/transaction_group.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>
#include <atomic>

namespace noorm {

namespace {

std::atomic<quint64> s_connectionCounter{0};

// Drivers may echo parts of the connection string; make sure the password never leaks.
QString scrubbed(QString text, const Secret &password)
{
    return Redactor::maskValue(text, password.reveal()).trimmed();
}

// The server's words; the Qt driver's ("QPSQL: Unable to create query") only without them,
// as they say nothing the server's do not.
QString driverText(const QSqlError &error)
{
    const QString db = error.databaseText().trimmed();
    return db.isEmpty() ? error.driverText().trimmed() : db;
}

Error connectError(const Config &config, const Dialect &dialect, const QSqlError &sqlError)
{
    const ConnectionConfig &c = config.connection;
    const QString where = dialect.displayName() + QStringLiteral(" at ") + dialect.connection().serverAddress(c);
    const QString detail = scrubbed(driverText(sqlError), c.password).simplified();
    Error error = Error::connection(QString());
    switch (dialect.connection().classifyConnectError(sqlError)) {
    case ConnectFailure::Unreachable:
        error.message = tr("Cannot reach %1 (is the server running, and are host and port right?): %2")
                            .arg(where, detail);
        error.key = QStringLiteral("connection.host");
        break;
    case ConnectFailure::BadCredentials:
        error.kind = ErrorKind::Auth;
        error.message = tr("%1 rejected user '%2': wrong user name or password (%3)")
                            .arg(where, c.user, detail);
        error.key = QStringLiteral("connection.user");
        break;
    case ConnectFailure::MissingDatabase:
        error = Error::notFound(tr("Database '%1' does not exist on %2").arg(c.database, where))
                    .withHint(Hint::Action::CreateDatabase, config.name);
        error.key = QStringLiteral("connection.database");
        break;
    case ConnectFailure::NotADatabase:
        error.message = tr("%1 is not a %2 database file (%3)")
                            .arg(dialect.connection().serverAddress(c), dialect.displayName(), detail);
        error.key = QStringLiteral("connection.database");
        break;
    case ConnectFailure::Other:
        error.message = tr("Cannot connect to %1: %2").arg(where, detail);
        break;
    }
    return error;
}

} // namespace

std::optional<QString> Connection::missingDatabaseFile(const Config &config, const QString &projectRoot)
{
    const Dialect *dialect = dialectFor(config.connection.dialect);
    if (!dialect || !dialect->connection().isFileBased())
        return std::nullopt;
    const QString file = dialect->connection().databaseFile(config.connection, projectRoot);
    return QFileInfo::exists(file) ? std::nullopt : std::optional<QString>(file);
}

Status Connection::checkDatabaseFolder(const Config &config, const QString &projectRoot)
{
    const Dialect *dialect = dialectFor(config.connection.dialect);
    if (!dialect || !dialect->connection().isFileBased())
        return {};
    if (config.connection.database.isEmpty()) {
        Error error = Error::failed(tr("Config '%1' names no %2 database file").arg(config.name, dialect->displayName()));
        error.key = QStringLiteral("connection.database");
        return error;
    }
    const QString file = dialect->connection().databaseFile(config.connection, projectRoot);
    if (file == QLatin1String(":memory:"))
        return {};
    const QFileInfo info(file);
    if (!info.absoluteDir().exists()) {
        Error error = Error::failed(tr("The folder for %1 database %2 does not exist: %3")
                                         .arg(dialect->displayName(), file, info.absolutePath()));
        error.key = QStringLiteral("connection.database");
        return error;
    }
    return {};
}

Connection::Connection(const Config &config, const Dialect *dialect, QString name, QSqlDatabase db)
    : m_config(config), m_dialect(dialect), m_name(std::move(name)), m_db(std::move(db)),
      m_thread(QThread::currentThread())
{
}

Status Connection::checkThread() const
{
    if (QThread::currentThread() == m_thread)
        return {};
    return Error::failed(tr("Internal error: the connection to %1 was used from a thread that did not "
                                         "open it (each thread opens its own)")
                              .arg(describe()));
}

QString Connection::beginTransactionSql() const
{
    const ScriptRules &rules = m_dialect->scripts();
    return m_group ? rules.savepointSql(TransactionGroup::kSavepoint) : rules.beginTransactionSql();
}

QString Connection::commitTransactionSql() const
{
    const ScriptRules &rules = m_dialect->scripts();
    return m_group ? rules.releaseSavepointSql(TransactionGroup::kSavepoint) : rules.commitTransactionSql();
}

Status Connection::commitTransactionGroup()
{
    return m_group ? m_group->commit() : Status();
}

Cancellation::Scope Connection::inFlight(Cancellation *cancellation)
{
    if (!cancellation || !m_interrupter)
        return {};
    return cancellation->statementInFlight([interrupter = m_interrupter.get()] { (void)interrupter->interrupt(); });
}

Status Connection::borrowSetting(const std::optional<ConnectionRules::BorrowedSetting> &setting)
{
    if (!setting)
        return {};
    Result<QVariant> current = scalar(setting->readSql);
    if (!current)
        return {}; // only for speed: without it the connection works as it is
    if (current->toString().compare(setting->from, Qt::CaseInsensitive) != 0)
        return {};
    // Only for speed: where it cannot change (a read-only file), the connection works as it is.
    if (exec(setting->changeSql))
        m_restoreSql = setting->restoreSql;
    return {};
}

Connection::~Connection()
{
    m_interrupter.reset();
    if (!m_restoreSql.isEmpty() && m_db.isOpen()) {
        if (m_db.driver()->hasFeature(QSqlDriver::Transactions))
            (void)m_db.rollback(); // a setting cannot change inside a transaction; closing would roll back anyway
        (void)exec(m_restoreSql); // best effort: what a failure leaves behind is harmless
    }
    m_db.close();
    m_db = QSqlDatabase(); // the handle must be gone before removeDatabase
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<Connection>> Connection::open(const Config &config, const QString &projectRoot)
{
    const Dialect *dialect = dialectFor(config.connection.dialect);
    if (!dialect) {
        Error error = Error::invalidInput(tr("Unknown dialect '%1' in config '%2' (expected %3)")
                                       .arg(config.connection.dialect, config.name,
                                            dialectNamesText()));
        error.key = QStringLiteral("connection.dialect");
        return error;
    }
    const ConnectionRules &rules = dialect->connection();
    const QString driver = rules.availableDriver();
    if (driver.isEmpty()) {
        return Error::connection(tr("The Qt SQL driver for %1 (%2) is not installed; install the Debian "
                                             "package %3")
                                  .arg(dialect->displayName(), rules.qtDrivers().join(QStringLiteral(" or ")),
                                       rules.driverPackage()));
    }
    if (Status ok = checkDatabaseFolder(config, projectRoot); !ok)
        return ok.error();

    const QString name = QStringLiteral("noorm-%1").arg(++s_connectionCounter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        rules.configure(db, config.connection, projectRoot);
        if (!db.open()) {
            Error error = connectError(config, *dialect, db.lastError());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return error;
        }
        db.setPassword(QString()); // no need to keep a copy once connected
        std::unique_ptr<Connection> connection(new Connection(config, dialect, name, db));
        db = QSqlDatabase();
        rules.receiveNotices(connection->m_db, connection->m_notices.get());
        if (Status ok = connection->execAll(rules.sessionSetupSql()); !ok)
            return ok.error();
        if (Status ok = connection->borrowSetting(rules.borrowedSetting()); !ok)
            return ok.error();
        QVariantList session;
        {
            QSqlQuery info(connection->m_db);
            if (!connection->run(info, rules.serverVersionSql(), {})) {
                if (rules.classifyConnectError(info.lastError()) == ConnectFailure::NotADatabase)
                    return connectError(config, *dialect, info.lastError());
                return connection->sqlError(info.lastError());
            }
            if (info.next())
                for (int i = 0; i < info.record().count(); ++i)
                    session << info.value(i);
        }
        connection->m_serverVersion = session.value(0).toString();
        connection->m_interrupter = rules.interrupterFor(connection->m_db, config, session);
        return connection;
    }
}

QString Connection::describe() const
{
    if (m_dialect->connection().isFileBased())
        return m_dialect->displayName() + QStringLiteral(" at ") + m_db.databaseName();
    return QStringLiteral("%1 at %2/%3")
        .arg(m_dialect->displayName(), m_dialect->connection().serverAddress(m_config.connection),
             m_config.connection.database);
}

Error Connection::sqlError(const QSqlError &error) const
{
    const QString text = scrubbed(driverText(error), m_config.connection.password);
    if (m_lost || !m_db.isOpen() || m_dialect->connection().lostConnection(error)) {
        m_lost = true;
        return Error::connection(tr("Lost the connection to %1: %2")
                                     .arg(describe(), !text.isEmpty() ? text.simplified() : tr("the server closed it")));
    }
    return Error::execution(m_dialect->displayName() + QStringLiteral(" error: ") + text);
}

Status Connection::exec(const QString &sql)
{
    if (Status ok = checkThread(); !ok)
        return ok;
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return sqlError(q.lastError());
    return {};
}

Status Connection::execAll(const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (Status ok = exec(sql); !ok)
            return ok;
    }
    return {};
}

Status Connection::execScript(const QString &script, int *completed)
{
    ScriptRun run = runScript(script);
    if (completed)
        *completed = run.completed;
    if (run.error)
        return *run.error;
    return {};
}

Connection::ScriptRun Connection::runScript(const QString &script)
{
    ScriptRun run;
    if (Status ok = checkThread(); !ok) {
        run.error = ok.error();
        return run;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    bool ok = q.exec(script);
    // exec() reports the first statement; every later one's result (and error) comes with
    // nextResult(), which is false after the last one or at the first failure.
    while (ok) {
        ++run.completed;
        ok = q.nextResult();
    }
    if (!q.lastError().isValid())
        return run;
    const std::optional<QSqlError> alone = m_dialect->connection().scriptErrorAsAlone(q.lastError());
    run.error = sqlError(alone.value_or(q.lastError()));
    run.errorNeedsItAlone = !alone;
    return run;
}

bool Connection::run(QSqlQuery &q, const QString &sql, const QVariantList &binds) const
{
    q.setForwardOnly(true);
    if (binds.isEmpty())
        return q.exec(sql);
    if (m_dialect->connection().inlinesBindValues()) {
        if (const std::optional<QString> inlined = m_dialect->syntax().withLiterals(sql, binds))
            return q.exec(*inlined);
    }
    if (!q.prepare(sql))
        return false;
    for (const QVariant &value : binds)
        q.addBindValue(value);
    return q.exec();
}

Result<QSqlQuery> Connection::query(const QString &sql, const QVariantList &binds)
{
    if (Status ok = checkThread(); !ok)
        return ok.error();
    QSqlQuery q(m_db);
    if (!run(q, sql, binds))
        return sqlError(q.lastError());
    return q;
}

Result<bool> Connection::insertUnlessDuplicate(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    if (run(q, sql, binds))
        return true;
    if (m_dialect->tracking().isUniqueViolation(q.lastError()))
        return false;
    return sqlError(q.lastError());
}

Result<QVariant> Connection::scalar(const QString &sql, const QVariantList &binds)
{
    Result<QSqlQuery> q = query(sql, binds);
    if (!q)
        return q.error();
    if (!q->next())
        return QVariant();
    return q->value(0);
}

Result<qint64> Connection::insertReturningId(const QString &qualifiedTable, const QStringList &columns,
                                             const QVariantList &values)
{
    const InsertStatement insert = m_dialect->tracking().insertReturningId(qualifiedTable, columns);
    Result<QSqlQuery> q = query(insert.sql, values);
    if (!q)
        return q.error();
    const QVariant id = insert.idInReply ? q->lastInsertId() : (q->next() ? q->value(0) : QVariant());
    bool ok = false;
    const qint64 value = id.toLongLong(&ok);
    if (!ok)
        return Error::failed(tr("%1 returned no id for the row inserted into %2")
                                  .arg(m_dialect->displayName(), qualifiedTable));
    return value;
}

} // namespace noorm
