#pragma once
// TeardownOperation: `db truncate` as one core operation, for the CLI, the desktop app and
// the SDK. Every user table is emptied and its identity counter restarted; noorm's tables
// and settings.teardown.preserveTables are kept. Refused outright on a protected config (no
// override), and when a kept table has a foreign key to an emptied one (its rows would point
// at nothing). It always asks (the rows are lost) and holds the config's lock while it runs.
// plan() is the dry run: the tables and the exact statements, nothing changed.

#include "common/cancellation.h"
#include "dialect/teardown_sql.h"
#include "operations/confirmation.h"
#include "workspace/config_resolver.h"

namespace noorm {

class Workspace;

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

private:
    struct Session;
    Result<TruncatePlan> plan(Session &session);
    QString projectRoot() const;

    Workspace &m_workspace;
    ResolveRequest m_request;
    Confirm m_confirm;
};

} // namespace noorm
