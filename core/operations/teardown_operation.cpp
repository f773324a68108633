#include "operations/teardown_operation.h"

#include "db/catalog_reader.h"
#include "db/connection.h"
#include "db/transaction.h"
#include "project/project_path_guard.h"
#include "runner/execution_tracker.h"
#include "sql/sql_executor.h"
#include "identity/audit_identity.h"
#include "lock/lock.h"
#include "workspace/database_commands.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace noorm {

struct TeardownOperation::Session {
    Config config;
    TrackedConnection tracked;
};

namespace {

// One statement that Ctrl-C interrupts while it runs; nullopt when a cancel came before it
// and it did not run.
std::optional<Status> execInterruptibly(Connection &connection, const QString &statement, Cancellation &cancellation)
{
    const Cancellation::Scope inFlight = connection.inFlight(&cancellation);
    if (cancellation.isCancelled())
        return std::nullopt;
    return connection.exec(statement);
}

bool listed(const QStringList &names, const TableInfo &table)
{
    return names.contains(table.name) || names.contains(table.schema + QLatin1Char('.') + table.name);
}

// The views of `tables` in the order they can be dropped: each before the views it reads,
// otherwise in catalog order. A cycle (SQLite's reads are read from the definitions, which
// can name a view only in a string) leaves its views in catalog order.
QList<const TableInfo *> viewsReadersFirst(const QList<TableInfo> &tables)
{
    const auto key = [](const QString &schema, const QString &name) { return schema + QChar(0) + name; };
    QList<const TableInfo *> left;
    QHash<QString, int> readers; // per view: how many views still to drop read it
    for (const TableInfo &t : tables)
        if (isView(t.kind))
            left << &t;
    for (const TableInfo *v : std::as_const(left))
        for (const RelationName &read : v->reads)
            ++readers[key(read.schema, read.name)];
    QList<const TableInfo *> order;
    while (!left.isEmpty()) {
        auto next = std::find_if(left.begin(), left.end(), [&](const TableInfo *v) { return readers.value(key(v->schema, v->name)) == 0; });
        if (next == left.end())
            next = left.begin();
        for (const RelationName &read : (*next)->reads)
            --readers[key(read.schema, read.name)];
        order << *next;
        left.erase(next);
    }
    return order;
}

} // namespace

TeardownOperation::TeardownOperation(Workspace &workspace, ResolveRequest config, Confirm confirm)
    : m_workspace(workspace), m_request(std::move(config)), m_confirm(std::move(confirm))
{
}

QString TeardownOperation::projectRoot() const
{
    return m_workspace.hasProject() ? m_workspace.root() : QDir::currentPath();
}

Result<TruncatePlan> TeardownOperation::plan(Session &session)
{
    Connection &connection = *session.tracked.connection;
    Result<QList<TableInfo>> tables = CatalogReader(connection).tables();
    if (!tables)
        return tables.error();
    const QStringList keep = m_workspace.settings().teardownPreserveTables;
    TruncatePlan plan;
    plan.config = session.config;
    QSet<QString> emptied;
    for (const TableInfo &t : std::as_const(*tables)) {
        // A foreign table's rows are another server's: emptying this database leaves them.
        if (t.kind != TableKind::Table || t.foreign)
            continue;
        if (listed(keep, t)) {
            plan.preserved << t.name;
            continue;
        }
        plan.tables << TableName{t.schema, t.name};
        emptied.insert(t.schema + QLatin1Char('.') + t.name);
    }
    for (const TableInfo &t : std::as_const(*tables)) {
        if (!listed(keep, t))
            continue;
        for (const ForeignKeyInfo &key : t.foreignKeys) {
            const QString target = (key.referencedSchema.isEmpty() ? t.schema : key.referencedSchema) + QLatin1Char('.') + key.referencedTable;
            if (emptied.contains(target))
                return Error::refused(tr("Kept table \"%1\" has a foreign key to \"%2\", which would be emptied and leave its rows "
                                         "pointing at nothing; add \"%2\" to teardown.preserveTables in settings.yml too")
                                          .arg(t.name, key.referencedTable));
        }
    }
    const TeardownSql &sql = connection.dialect().teardown();
    bool counters = false;
    if (const QString table = sql.counterTable(); !table.isEmpty()) {
        Result<QSqlQuery> exists = connection.query(connection.dialect().tracking().tableExistsSql(QString(), table));
        if (!exists)
            return exists.error();
        counters = exists->next();
    }
    plan.statements = sql.truncateSql(plan.tables, counters);
    return plan;
}

Result<TruncatePlan> TeardownOperation::planTruncate()
{
    Result<Session> session = open(ProtectedAction::DbTruncate);
    if (!session)
        return session.error();
    return plan(*session);
}

Result<TruncatePlan> TeardownOperation::truncate(Cancellation &cancellation)
{
    Result<Session> opened = open(ProtectedAction::DbTruncate);
    if (!opened)
        return opened.error();
    Session &session = *opened;
    const Config *config = &session.config;
    Connection &connection = *session.tracked.connection;
    // The lock first: the tables read for the plan are the tables emptied.
    const QString identity = resolveAuditIdentity(config->identity, &m_workspace.identity()).display();
    LockOptions lockOptions;
    lockOptions.reason = QStringLiteral("Truncate");
    lockOptions.cancellation = &cancellation;
    Result<HeldLock> lock = Lock(connection, config->name, identity).acquire(lockOptions);
    if (!lock)
        return lock.error();
    lock->keepAlive(*config, projectRoot());
    Result<TruncatePlan> planned = plan(session);
    if (!planned)
        return planned;
    if (planned->tables.isEmpty())
        return planned;
    const qsizetype n = planned->tables.size();
    const QString question = tr("Empty %1 %2 of config \"%3\"? Their rows are lost.")
                                 .arg(n)
                                 .arg(n == 1 ? tr("table") : tr("tables"), config->name);
    if (!m_confirm)
        return Error::refused(tr("%1 needs a confirmation, and nobody can be asked").arg(question));
    if (Status ok = m_confirm({question, QString(), config->name, ProtectedAction::DbTruncate}); !ok)
        return ok.error();
    if (cancellation.isCancelled())
        return Error::cancelled(tr("Cancelled before anything was emptied"));

    int emptied = 0;
    for (const QString &statement : std::as_const(planned->statements)) {
        const std::optional<Status> outcome = execInterruptibly(connection, statement, cancellation);
        const bool ran = outcome.has_value();
        const Status ok = outcome.value_or(Status());
        if (ran && ok) { // a cancel that came as it ended stops the next one
            ++emptied;
            continue;
        }
        if (cancellation.isCancelled())
            return Error::cancelled(emptied == 0 ? tr("Cancelled before anything was emptied")
                                                 : tr("Cancelled after %1 of %2 statements; the rest was not run (%3: %4)")
                                                       .arg(emptied).arg(planned->statements.size())
                                                       .arg(ran ? tr("interrupted") : tr("next"), statement));
        Error error = ok.error();
        error.message = tr("%1 (in: %2)").arg(m_workspace.logger()->mask(error.message), statement);
        return error;
    }
    return planned;
}

Result<TeardownOperation::Session> TeardownOperation::open(ProtectedAction action)
{
    Result<Config> config = m_workspace.resolveConfig(m_request);
    if (!config)
        return config.error();
    if (const ProtectionCheck check = checkProtection(*config, action); !check.allowed)
        return Error::refused(check.blockedReason);
    Result<TrackedConnection> tracked = connectTracked(m_workspace, *config, projectRoot());
    if (!tracked)
        return tracked.error();
    return Session{*config, std::move(tracked).value()};
}

Result<TeardownPlan> TeardownOperation::teardownPlan(Session &session)
{
    Connection &connection = *session.tracked.connection;
    CatalogReader reader(connection);
    Result<DatabaseObjects> objects = reader.all();
    if (!objects)
        return objects.error();
    const QList<TableInfo> *tables = &objects->tables;
    const QList<RoutineInfo> *routines = &objects->routines;
    const QList<SequenceInfo> *sequences = &objects->sequences;
    const QList<TypeInfo> *types = &objects->types;

    const TeardownSql &sql = connection.dialect().teardown();
    const QStringList keep = m_workspace.settings().teardownPreserveTables;
    TeardownPlan plan;
    plan.config = session.config;
    QList<DropTarget> drops;
    QSet<QString> dropped; // schema.table of the tables that go
    for (const TableInfo &t : std::as_const(*tables))
        if (t.kind == TableKind::Table && !listed(keep, t))
            dropped.insert(t.schema + QLatin1Char('.') + t.name);
    Result<QList<DropTarget>> extras = reader.teardownExtras();
    if (!extras)
        return extras.error();
    const auto addExtras = [&](DropKind kind, QStringList &names) {
        for (const DropTarget &d : std::as_const(*extras))
            if (d.kind == kind) {
                drops << d;
                names << (kind == DropKind::Operator || kind == DropKind::OperatorFamily
                              ? QStringLiteral("%1(%2)").arg(d.object.name, d.arguments)
                              : d.object.name);
            }
    };
    // 0. Events (MySQL) first: none fires while the rest goes.
    addExtras(DropKind::Event, plan.events);
    // 1. Foreign keys: those of the tables that go, and those of kept tables that point at them.
    for (const TableInfo &t : std::as_const(*tables)) {
        if (t.kind != TableKind::Table)
            continue;
        const bool goes = dropped.contains(t.schema + QLatin1Char('.') + t.name);
        for (const ForeignKeyInfo &key : t.foreignKeys) {
            const QString target = (key.referencedSchema.isEmpty() ? t.schema : key.referencedSchema) + QLatin1Char('.') + key.referencedTable;
            if (!goes && !dropped.contains(target))
                continue;
            const DropTarget drop{DropKind::ForeignKey, {t.schema, key.name}, t.name, {}};
            if (!goes && (key.name.isEmpty() || sql.dropSql(drop).isEmpty()))
                return Error::refused(tr("Kept table \"%1\" has a foreign key to \"%2\", which would be dropped, and %3 cannot "
                                         "drop a foreign key alone; add \"%2\" to teardown.preserveTables in settings.yml too, "
                                         "or rebuild \"%1\" without the key")
                                          .arg(t.name, key.referencedTable, connection.dialect().displayName()));
            if (key.name.isEmpty() || sql.dropSql(drop).isEmpty())
                continue; // goes with its table
            drops << drop;
            plan.foreignKeys << key.name;
        }
    }
    // 2. Views, each before the views it reads; 3. tables.
    for (const TableInfo *v : viewsReadersFirst(*tables)) {
        drops << DropTarget{v->kind == TableKind::MaterializedView ? DropKind::MaterializedView : DropKind::View, {v->schema, v->name}, {}, {}};
        plan.views << v->name;
    }
    QSet<QString> keeping; // the schemas of the kept tables
    for (const TableInfo &t : std::as_const(*tables)) {
        if (t.kind != TableKind::Table)
            continue;
        if (listed(keep, t)) {
            plan.preserved << t.name;
            keeping.insert(t.schema);
            continue;
        }
        drops << DropTarget{t.foreign ? DropKind::ForeignTable : DropKind::Table, {t.schema, t.name}, {}, {}};
        plan.tables << t.name;
    }
    // 4. Aggregates, operator families (their classes with them) and operators, before the
    // functions they are made of; routines; sequences; text search configurations before
    // their dictionaries; types (domains, then composites, ranges, enums: the later ones are
    // what the earlier are made of); collations, which types may use.
    addExtras(DropKind::Aggregate, plan.aggregates);
    addExtras(DropKind::OperatorFamily, plan.operators);
    addExtras(DropKind::Operator, plan.operators);
    for (const RoutineInfo &r : std::as_const(*routines)) {
        const bool procedure = r.kind == RoutineKind::Procedure;
        drops << DropTarget{procedure ? DropKind::Procedure : DropKind::Function, {r.schema, r.name}, {}, r.arguments};
        (procedure ? plan.procedures : plan.functions) << r.name;
    }
    for (const SequenceInfo &q : std::as_const(*sequences)) {
        drops << DropTarget{DropKind::Sequence, {q.schema, q.name}, {}, {}};
        plan.sequences << q.name;
    }
    addExtras(DropKind::TextSearchConfiguration, plan.textSearch);
    addExtras(DropKind::TextSearchDictionary, plan.textSearch);
    for (const QString &kind : {QStringLiteral("domain"), QStringLiteral("composite"), QStringLiteral("table type"),
                                QStringLiteral("alias"), QStringLiteral("range"), QStringLiteral("enum")})
        for (const TypeInfo &ty : std::as_const(*types))
            if (ty.kind == kind) {
                drops << DropTarget{kind == QLatin1String("domain") ? DropKind::Domain : DropKind::Type, {ty.schema, ty.name}, {}, {}};
                plan.types << ty.name;
            }
    addExtras(DropKind::Collation, plan.collations);

    // 7. The schemas nothing is left in (not one that keeps a preserved table), so that the
    // build after (db reset) can create them again.
    Result<QStringList> emptied = reader.schemasTeardownEmpties();
    if (!emptied)
        return emptied.error();
    for (const QString &schema : std::as_const(*emptied))
        if (!keeping.contains(schema)) {
            drops << DropTarget{DropKind::Schema, {schema, schema}, {}, {}};
            plan.schemas << schema;
        }

    plan.statements << sql.foreignKeysOffSql();
    for (const DropTarget &d : std::as_const(drops))
        if (const QString statement = sql.dropSql(d); !statement.isEmpty())
            plan.statements << statement;
    plan.statements << sql.foreignKeysOnSql();
    return plan;
}

Result<TeardownPlan> TeardownOperation::planTeardown()
{
    Result<Session> session = open(ProtectedAction::DbTeardown);
    if (!session)
        return session.error();
    return teardownPlan(*session);
}

namespace {

// The post-script's rows go nowhere: it runs for its effects.
class Discard final : public ResultSink {
public:
    Status resultSet(const StatementOutcome &) override { return {}; }
    Status row(const QVariantList &) override { return {}; }
    Status finished(const StatementOutcome &) override { return {}; }
};

} // namespace

Status TeardownOperation::runPostScript(Connection &connection, TeardownPlan &plan) const
{
    const QString script = m_workspace.settings().teardownPostScript;
    if (script.isEmpty())
        return {};
    plan.postScript = script;
    const QString path = QDir(projectRoot()).absoluteFilePath(script);
    if (Status inside = ProjectPathGuard(projectRoot()).check(path, script); !inside)
        return inside;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(script, tr("cannot read teardown.postScript: %1").arg(file.errorString()));
    Discard discard;
    Result<SqlScriptOutcome> ran = SqlExecutor(connection, m_workspace.logger()->redactor())
                                       .run(QString::fromUtf8(file.readAll()), script, discard);
    if (!ran)
        return ran.error();
    if (const StatementOutcome *failed = ran->failed())
        return *failed->error;
    return {};
}

Result<TeardownPlan> TeardownOperation::teardown(Cancellation &cancellation)
{
    Result<Session> session = open(ProtectedAction::DbTeardown);
    if (!session)
        return session.error();
    const Config &config = session->config;
    Connection &connection = *session->tracked.connection;
    // The lock first: what is read for the plan is what gets dropped, nobody deploys between.
    const QString identity = resolveAuditIdentity(config.identity, &m_workspace.identity()).display();
    LockOptions lockOptions;
    lockOptions.reason = QStringLiteral("Teardown");
    lockOptions.cancellation = &cancellation;
    Result<HeldLock> lock = Lock(connection, config.name, identity).acquire(lockOptions);
    if (!lock)
        return lock.error();
    lock->keepAlive(config, projectRoot());
    Result<TeardownPlan> planned = teardownPlan(*session);
    if (!planned)
        return planned;
    const auto counted = [](qsizetype n, const QString &one, const QString &many) {
        return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
    };
    const QString question = tr("Drop every object of config \"%1\" (%2, %3, %4, %5)? Everything in them is lost.")
                                 .arg(config.name, counted(planned->tables.size(), tr("table"), tr("tables")),
                                      counted(planned->views.size(), tr("view"), tr("views")),
                                      counted(planned->functions.size() + planned->procedures.size(), tr("routine"), tr("routines")),
                                      counted(planned->types.size(), tr("type"), tr("types")));
    if (!m_confirm)
        return Error::refused(tr("%1 needs a confirmation, and nobody can be asked").arg(question));
    if (Status ok = m_confirm({question, QString(), config.name, ProtectedAction::DbTeardown}); !ok)
        return ok.error();
    if (cancellation.isCancelled())
        return Error::cancelled(tr("Cancelled before anything was dropped"));

    const TeardownSql &sql = connection.dialect().teardown();
    const QStringList off = sql.foreignKeysOffSql(), on = sql.foreignKeysOnSql();
    bool markedStaleFirst = false;
    const auto fail = [&](const Error &error, const QString &statement, int done, bool ran = true) {
        Error e = error;
        e.message = m_workspace.logger()->mask(e.message) + (ran ? tr(" (in: %1)") : tr(" (before: %1)")).arg(statement);
        if (!connection.dialect().scripts().transactionalDdl() && done > 0)
            e.message += (done == 1 ? tr("; 1 statement before it took effect (this database commits each DDL at once)")
                                    : tr("; %1 statements before it took effect (this database commits each DDL at once)").arg(done));
        if (markedStaleFirst)
            e.message += tr("; the builds and changes were marked stale first, so the next build runs every file again");
        (void)connection.execAll(on);
        return e;
    };
    if (Status ok = connection.execAll(off); !ok)
        return ok.error();
    std::optional<Transaction> transaction;
    if (connection.dialect().scripts().transactionalDdl()) {
        Result<Transaction> begun = Transaction::begin(connection);
        if (!begun)
            return fail(begun.error(), QStringLiteral("BEGIN"), 0);
        transaction.emplace(std::move(begun).value());
    }
    ExecutionTracker tracker(connection, config.name, m_workspace.logger()->redactor());
    const QString message = QStringLiteral("Schema teardown: dropped %1 tables, %2 views, %3 functions, %4 procedures")
                                .arg(planned->tables.size())
                                .arg(planned->views.size())
                                .arg(planned->functions.size())
                                .arg(planned->procedures.size());
    const auto markStale = [&]() -> Status {
        Result<ExecutionTracker::StaleRows> stale = tracker.markStaleAndRecordReset(identity, message);
        if (!stale)
            return stale.error();
        planned->staleChanges = stale->changes;
        planned->staleBuilds = stale->builds;
        return {};
    };
    // Where each DROP commits at once, the builds and changes are marked stale before the
    // first: a teardown stopped part way (an error, Ctrl-C, a kill) leaves a database the
    // next build rebuilds, not one it calls unchanged with half its tables gone.
    if (!transaction && planned->total() > 0) {
        if (Status ok = markStale(); !ok)
            return fail(ok.error(), QStringLiteral("UPDATE __noorm_change__"), 0);
        markedStaleFirst = true;
    }
    int done = 0;
    for (const QString &statement : std::as_const(planned->statements)) {
        if (off.contains(statement) || on.contains(statement))
            continue;
        const std::optional<Status> outcome = execInterruptibly(connection, statement, cancellation);
        const bool ran = outcome.has_value();
        const Status ok = outcome.value_or(Status());
        if (ran && ok) { // a cancel that came as it ended stops the next one
            ++done;
            continue;
        }
        if (cancellation.isCancelled()) {
            // Transactional DDL: the transaction rolls back as it goes, so nothing was dropped.
            Error e = Error::cancelled(transaction ? tr("Cancelled; nothing was dropped (rolled back)")
                                                   : tr("Cancelled"));
            return fail(e, statement, done, ran);
        }
        return fail(ok.error(), statement, done); // the transaction rolls back as it goes
    }
    if (transaction || planned->total() == 0) {
        if (Status ok = markStale(); !ok)
            return fail(ok.error(), QStringLiteral("UPDATE __noorm_change__"), done);
    }
    if (transaction) {
        if (Status ok = transaction->commit(); !ok)
            return fail(ok.error(), QStringLiteral("COMMIT"), 0);
    }
    if (Status ok = connection.execAll(on); !ok)
        return ok.error();
    if (Status ok = runPostScript(connection, *planned); !ok)
        planned->postScriptError = ok.error();
    return planned;
}

Result<ResetOutcome> TeardownOperation::reset(Cancellation &cancellation)
{
    Result<Session> session = open(ProtectedAction::DbReset);
    if (!session)
        return session.error();
    const Config &config = session->config;
    const QString question = tr("Reset config \"%1\": drop every object in its database, then build it again from the "
                                "SQL files? Everything in it that the build does not make is lost.")
                                 .arg(config.name);
    if (!m_confirm)
        return Error::refused(tr("%1 needs a confirmation, and nobody can be asked").arg(question));
    if (Status ok = m_confirm({question, QString(), config.name, ProtectedAction::DbReset}); !ok)
        return ok.error();
    const QString identity = resolveAuditIdentity(config.identity, &m_workspace.identity()).display();
    LockOptions lockOptions;
    lockOptions.reason = QStringLiteral("Reset");
    lockOptions.cancellation = &cancellation;
    Result<HeldLock> lock = Lock(*session->tracked.connection, config.name, identity).acquire(lockOptions);
    if (!lock)
        return lock.error();
    lock->keepAlive(config, projectRoot());

    const Confirm asked = [](const ConfirmationRequest &) { return Status(); }; // asked once, above
    ResetOutcome outcome;
    Result<TeardownPlan> torn = TeardownOperation(m_workspace, m_request, asked).teardown(cancellation);
    if (!torn)
        return torn.error();
    outcome.teardown = std::move(torn).value();
    if (outcome.teardown.postScriptError)
        return *outcome.teardown.postScriptError;
    // Cancelled once the teardown was done: say so, rather than the build's "before connecting".
    if (cancellation.isCancelled()) {
        Error e = Error::cancelled(tr("Cancelled after the teardown (%1 objects dropped); nothing was built")
                                       .arg(outcome.teardown.total()));
        e.hint = Hint{Hint::Action::RunBuild, outcome.teardown.config.name};
        return e;
    }
    RunRequest build;
    build.mode = RunMode::Build;
    build.force = true;
    build.config = m_request;
    Result<RunOutcome> built = RunOperation(m_workspace, build, asked).run(cancellation);
    if (!built)
        return built.error();
    outcome.build = std::move(built).value();
    return outcome;
}

} // namespace noorm
