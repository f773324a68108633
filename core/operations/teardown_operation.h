#pragma once
// TeardownOperation: `db truncate` as one core operation, for the CLI, the desktop app and
// the SDK. Every user table is emptied and its identity counter restarted; noorm's tables
// and settings.teardown.preserveTables are kept. Refused outright on a protected config (no
// override), and when a kept table has a foreign key to an emptied one (its rows would point
// at nothing). It always asks (the rows are lost) and holds the config's lock while it runs.
// plan() is the dry run: the tables and the exact statements, nothing changed.

#include "common/cancellation.h"
#include "dialect/teardown_sql.h"
#include "common/error.h"

#include <optional>
#include "operations/confirmation.h"
#include "operations/run_operation.h"
#include "workspace/config_resolver.h"

namespace noorm {

class Workspace;
class Connection;

struct TeardownPlan {
    Config config;
    QStringList foreignKeys, views, tables, functions, procedures, sequences, types; // what is dropped
    QStringList aggregates, operators, collations, textSearch, events;               // and what else (textSearch:
                                                                                      // configurations, dictionaries)
    QStringList schemas;    // then left empty, and dropped too (Catalog::schemasTeardownEmptiesSql)
    QStringList preserved;  // user tables kept (settings.teardown.preserveTables)
    QStringList statements; // what runs, in order
    // After a run:
    qint64 staleChanges = 0;            // tracking rows marked stale: change sets (`change ff` applies them again)
    qint64 staleBuilds = 0;             // and builds and runs (the next build runs their files again)
    QString postScript;                 // teardown.postScript, when it ran
    std::optional<Error> postScriptError;

    int count() const { return int(tables.size() + views.size() + functions.size() + types.size()); } // as the original counts (--json)
    // Everything dropped, procedures, sequences, foreign keys and schemas too: what a message says.
    int total() const
    {
        return count() + int(procedures.size() + sequences.size() + foreignKeys.size() + schemas.size() + aggregates.size()
                             + operators.size() + collations.size() + textSearch.size() + events.size());
    }
    qint64 staleCount() const { return staleChanges + staleBuilds; }
};

struct ResetOutcome {
    TeardownPlan teardown;
    RunOutcome build;
};

struct TruncatePlan {
    Config config;
    QList<TableName> tables;  // emptied, in catalog order
    QStringList preserved;    // user tables kept (settings.teardown.preserveTables)
    QStringList statements;   // what runs, in order
};

class TeardownOperation {
public:
    // `workspace` must outlive the operation and be used only from the thread that calls it.
    TeardownOperation(Workspace &workspace, ResolveRequest config, Confirm confirm);

    Result<TruncatePlan> planTruncate();
    Result<TruncatePlan> truncate(Cancellation &cancellation);

    // `db teardown`: drops every user object in an order that needs no cascade into kept
    // tables (foreign keys, views, tables, functions and procedures, sequences, types),
    // keeps noorm's tables and teardown.preserveTables, marks applied changes and builds stale and
    // records a __reset__ row, all in one transaction where DDL is transactional; then runs
    // teardown.postScript. Refused on a protected config, always asks, holds the lock.
    Result<TeardownPlan> planTeardown();
    Result<TeardownPlan> teardown(Cancellation &cancellation);

    // `db reset`: teardown, then `run build` forced, asked once and under one hold of the
    // lock (the teardown's and the build's acquires join it), so no other deploy comes
    // between them. The dry run is the teardown's plan.
    Result<ResetOutcome> reset(Cancellation &cancellation);

private:
    struct Session;
    Result<TruncatePlan> plan(Session &session);
    Result<TeardownPlan> teardownPlan(Session &session);
    Result<Session> open(ProtectedAction action);
    Status runPostScript(Connection &connection, TeardownPlan &plan) const;
    QString projectRoot() const;

    Workspace &m_workspace;
    ResolveRequest m_request;
    Confirm m_confirm;
};

} // namespace noorm
