#pragma once
// DatabaseOperation: `db create` and `db drop` as core operations, the same for the CLI and
// the desktop app. Each resolves the config, checks protection (asking through the front
// end's Confirm), and acts; drop always asks, since everything in the database is lost.
// plan() is the dry run: the config it would act on, after the refusals, asking nothing.

#include "operations/confirmation.h"
#include "workspace/config_resolver.h"
#include "workspace/database_commands.h"

namespace noorm {

class Workspace;

struct DatabaseDrop {
    QString database;
    bool dropped = false; // false: there was nothing to drop
};

class DatabaseOperation {
public:
    // `workspace` (a project's or a detached one) must outlive the operation and be used
    // only from the thread that calls it.
    DatabaseOperation(Workspace &workspace, ResolveRequest config, Confirm confirm);

    // The config `action` would act on; refused when protection blocks the action.
    Result<Config> plan(ProtectedAction action);
    // Creates the database (a file database: the file and its folder) and the tracking tables.
    Result<DatabaseCreation> create();
    Result<DatabaseDrop> drop();

private:
    Result<Config> confirmed(ProtectedAction action, const QString &question);
    QString projectRoot() const;

    Workspace &m_workspace;
    ResolveRequest m_request;
    Confirm m_confirm;
};

} // namespace noorm
