// noorm db create|drop

#include "exit_codes.h"
#include "runtime.h"

#include "operations/database_operation.h"

namespace noorm::cli {

namespace {

// The operation on the config of -c / NOORM_CONFIG / the active one, asking on the terminal.
Result<DatabaseOperation> operationFor(Runtime &rt)
{
    Result<Workspace *> ws = rt.workspaceOrDetached();
    if (!ws)
        return ws.error();
    ResolveRequest request;
    request.name = QString::fromStdString(rt.globals.config);
    return DatabaseOperation(**ws, request, rt.confirmer());
}

int printDryRun(Runtime &rt, const Result<Config> &config, const QString &what)
{
    if (!config)
        return rt.out.fail(config.error());
    rt.out.text(what.arg(config->connection.database, config->connection.dialect));
    rt.out.document(QJsonObject{{QStringLiteral("dryRun"), true}, {QStringLiteral("database"), config->connection.database}});
    return Ok;
}

int create(Runtime &rt)
{
    Result<DatabaseOperation> operation = operationFor(rt);
    if (!operation)
        return rt.out.fail(operation.error());
    if (rt.globals.dryRun)
        return printDryRun(rt, operation->plan(ProtectedAction::DbCreate), QStringLiteral("Would create database %1 (%2)"));
    Result<DatabaseCreation> made = operation->create();
    if (!made)
        return rt.out.fail(made.error());
    rt.out.document(QJsonObject{{QStringLiteral("database"), made->database},
                                {QStringLiteral("created"), made->created},
                                {QStringLiteral("trackingVersion"), made->trackingVersion}});
    rt.out.text(made->created ? QStringLiteral("Created database %1").arg(made->database)
                              : QStringLiteral("Database %1 already exists").arg(made->database));
    rt.out.text(QStringLiteral("Tracking tables ready (version %1)").arg(made->trackingVersion));
    return Ok;
}

int drop(Runtime &rt)
{
    Result<DatabaseOperation> operation = operationFor(rt);
    if (!operation)
        return rt.out.fail(operation.error());
    if (rt.globals.dryRun)
        return printDryRun(rt, operation->plan(ProtectedAction::DbDrop), QStringLiteral("Would drop database %1 (%2)"));
    Result<DatabaseDrop> dropped = operation->drop();
    if (!dropped)
        return rt.out.fail(dropped.error());
    rt.out.document(QJsonObject{{QStringLiteral("database"), dropped->database}, {QStringLiteral("dropped"), dropped->dropped}});
    rt.out.text(dropped->dropped ? QStringLiteral("Dropped database %1").arg(dropped->database)
                                 : QStringLiteral("Database %1 did not exist").arg(dropped->database));
    return Ok;
}

} // namespace

void addDbCommands(CLI::App &root, Runtime &rt)
{
    CLI::App *db = addGroup(root, "db", "Database lifecycle: create and drop the config's database");
    db->add_subcommand("create", "Create the config's database (sqlite: the file) and noorm's tracking tables")
        ->callback([&rt] { rt.setAction([&rt] { return create(rt); }); });
    db->add_subcommand("drop", "Drop the config's database (sqlite: delete the file). Refused on protected configs")
        ->alias("destroy")
        ->callback([&rt] { rt.setAction([&rt] { return drop(rt); }); });
    addExploreCommand(*db, rt);
}

} // namespace noorm::cli
