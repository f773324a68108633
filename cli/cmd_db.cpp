// noorm db create|drop

#include "exit_codes.h"
#include "runtime.h"

#include "operations/database_operation.h"
#include "operations/job.h"
#include "operations/teardown_operation.h"
#include "run_output.h"
#include "stop_on_signals.h"

#include <QJsonArray>

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

// The dry run's plan (--dry-run), or the run itself on a worker thread (Ctrl-C cancels it).
template <typename Plan>
Result<Plan> planOrRun(Runtime &rt, Result<Plan> (TeardownOperation::*plan)(),
                       Result<Plan> (TeardownOperation::*run)(Cancellation &))
{
    Result<Workspace *> ws = rt.workspaceOrDetached();
    if (!ws)
        return ws.error();
    ResolveRequest request;
    request.name = QString::fromStdString(rt.globals.config);
    TeardownOperation operation(**ws, request, rt.confirmer());
    if (rt.globals.dryRun)
        return (operation.*plan)();
    const Job<Plan> job = Job<Plan>::start([&](Cancellation &c) { return (operation.*run)(c); });
    const StopOnSignals stopOnSignals(*job.cancellation());
    return waitFor<Plan>(job);
}

int truncate(Runtime &rt)
{
    Result<TruncatePlan> plan = planOrRun<TruncatePlan>(rt, &TeardownOperation::planTruncate, &TeardownOperation::truncate);
    if (!plan)
        return rt.out.fail(plan.error());
    QJsonArray names;
    for (const TableName &t : plan->tables)
        names.append(t.name);
    QJsonObject json{{QStringLiteral("truncated"), names}, {QStringLiteral("count"), names.size()},
                     {QStringLiteral("preserved"), QJsonArray::fromStringList(plan->preserved)},
                     {QStringLiteral("statements"), QJsonArray::fromStringList(plan->statements)}};
    if (rt.globals.dryRun) {
        json.insert(QStringLiteral("dryRun"), true);
        rt.out.document(json);
        rt.out.text(QStringLiteral("Would empty %1 of %2 with:").arg(plural(names.size(), "table", "tables"), plan->config.name));
        for (const QString &statement : plan->statements)
            rt.out.text(QStringLiteral("  %1;").arg(statement));
        return Ok;
    }
    rt.out.document(json);
    rt.out.text(QStringLiteral("Truncated %1").arg(plural(names.size(), "table", "tables")));
    if (!plan->preserved.isEmpty())
        rt.out.text(QStringLiteral("Kept: %1").arg(plan->preserved.join(QStringLiteral(", "))));
    return Ok;
}

// What a teardown marked stale, and what brings it back (a reset's build runs the files itself).
void printStale(Runtime &rt, const TeardownPlan &plan, bool builds)
{
    if (plan.staleChanges > 0)
        rt.out.text(QStringLiteral("%1 marked stale: `noorm change ff` applies %2 again")
                        .arg(plural(plan.staleChanges, "applied change", "applied changes"),
                             plan.staleChanges == 1 ? QStringLiteral("it") : QStringLiteral("them")));
    if (builds && plan.staleBuilds > 0)
        rt.out.text(QStringLiteral("%1 marked stale: the next `noorm run build` runs %2 files again")
                        .arg(plural(plan.staleBuilds, "build", "builds"),
                             plan.staleBuilds == 1 ? QStringLiteral("its") : QStringLiteral("their")));
}

int teardown(Runtime &rt)
{
    Result<TeardownPlan> plan = planOrRun<TeardownPlan>(rt, &TeardownOperation::planTeardown, &TeardownOperation::teardown);
    if (!plan)
        return rt.out.fail(plan.error());
    struct Kind {
        const char *key, *one, *many;
        const QStringList &names;
    };
    const Kind kinds[] = {{"tables", "table", "tables", plan->tables},
                          {"views", "view", "views", plan->views},
                          {"functions", "function", "functions", plan->functions},
                          {"procedures", "procedure", "procedures", plan->procedures},
                          {"types", "type", "types", plan->types},
                          {"sequences", "sequence", "sequences", plan->sequences},
                          {"aggregates", "aggregate", "aggregates", plan->aggregates},
                          {"operators", "operator", "operators", plan->operators},
                          {"collations", "collation", "collations", plan->collations},
                          {"textSearch", "text search configuration or dictionary", "text search configurations and dictionaries", plan->textSearch},
                          {"events", "event", "events", plan->events},
                          {"foreignKeys", "foreign key", "foreign keys", plan->foreignKeys},
                          {"schemas", "schema", "schemas", plan->schemas}};
    QJsonObject dropped;
    QStringList counts;
    for (const Kind &kind : kinds) {
        dropped.insert(QLatin1String(kind.key), QJsonArray::fromStringList(kind.names));
        if (!kind.names.isEmpty())
            counts << plural(kind.names.size(), kind.one, kind.many);
    }
    QJsonObject json{{QStringLiteral("dropped"), dropped}, {QStringLiteral("count"), plan->count()},
                     {QStringLiteral("preserved"), QJsonArray::fromStringList(plan->preserved)},
                     {QStringLiteral("statements"), QJsonArray::fromStringList(plan->statements)}};
    if (rt.globals.dryRun) {
        json.insert(QStringLiteral("dryRun"), true);
        rt.out.document(json);
        if (plan->total() == 0) {
            rt.out.text(QStringLiteral("Nothing to drop on %1: it holds no objects but noorm's own").arg(plan->config.name));
            return Ok;
        }
        rt.out.text(QStringLiteral("Would drop %1 of %2 (%3) with:")
                        .arg(plural(plan->total(), "object", "objects"), plan->config.name, counts.join(QStringLiteral(", "))));
        for (const QString &statement : plan->statements)
            rt.out.text(QStringLiteral("  %1;").arg(statement));
        return Ok;
    }
    json.insert(QStringLiteral("staleCount"), plan->staleCount());
    json.insert(QStringLiteral("staleChanges"), plan->staleChanges);
    json.insert(QStringLiteral("staleBuilds"), plan->staleBuilds);
    if (!plan->postScript.isEmpty())
        json.insert(QStringLiteral("postScriptResult"), QJsonObject{{QStringLiteral("executed"), !plan->postScriptError},
                                                                    {QStringLiteral("error"), plan->postScriptError ? plan->postScriptError->toString() : QString()}});
    rt.out.document(json);
    rt.out.text(QStringLiteral("Dropped %1%2").arg(plural(plan->total(), "object", "objects"),
                                                   counts.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(counts.join(QStringLiteral(", ")))));
    if (!plan->preserved.isEmpty())
        rt.out.text(QStringLiteral("Kept: %1").arg(plan->preserved.join(QStringLiteral(", "))));
    printStale(rt, *plan, true);
    if (plan->postScriptError) {
        rt.out.warning(QStringLiteral("teardown.postScript %1 failed: %2").arg(plan->postScript, Output::printable(*plan->postScriptError)));
        return ExecutionFailed;
    }
    if (!plan->postScript.isEmpty())
        rt.out.text(QStringLiteral("Ran %1").arg(plan->postScript));
    return Ok;
}

int reset(Runtime &rt)
{
    if (rt.globals.dryRun) {
        rt.out.note(QStringLiteral("db reset drops all this, then runs build (forced):"));
        return teardown(rt);
    }
    Result<Workspace *> ws = rt.workspaceOrDetached();
    if (!ws)
        return rt.out.fail(ws.error());
    ResolveRequest request;
    request.name = QString::fromStdString(rt.globals.config);
    TeardownOperation operation(**ws, request, rt.confirmer());
    const Job<ResetOutcome> job = Job<ResetOutcome>::start([&](Cancellation &c) { return operation.reset(c); });
    const StopOnSignals stopOnSignals(*job.cancellation());
    Result<ResetOutcome> outcome = waitFor<ResetOutcome>(job);
    if (!outcome)
        return rt.out.fail(outcome.error());
    const RunReport &report = outcome->build.report;
    QJsonObject json{{QStringLiteral("dropped"), outcome->teardown.count()},
                     {QStringLiteral("staleCount"), outcome->teardown.staleCount()},
                     {QStringLiteral("staleChanges"), outcome->teardown.staleChanges},
                     {QStringLiteral("status"), runStatusName(report.status)},
                     {QStringLiteral("filesRun"), report.filesRun},
                     {QStringLiteral("filesSkipped"), report.filesSkipped},
                     {QStringLiteral("filesFailed"), report.filesFailed},
                     {QStringLiteral("durationMs"), report.durationMs}};
    if (report.firstError)
        json.insert(QStringLiteral("error"), report.firstError->toString());
    rt.out.document(json);
    if (!report.firstError) {
        rt.out.text(QStringLiteral("Dropped %1, then built %2")
                        .arg(plural(outcome->teardown.total(), "object", "objects"), plural(report.filesRun, "file", "files")));
        printStale(rt, outcome->teardown, false);
        return Ok;
    }
    // The teardown took effect; the build after it did not finish: say both, and where.
    const bool interrupted = report.firstError->kind == ErrorKind::Cancelled;
    rt.out.text(QStringLiteral("Dropped %1, then the build %2: %3 run, %4 skipped, %5 failed")
                    .arg(plural(outcome->teardown.total(), "object", "objects"),
                         interrupted ? QStringLiteral("was interrupted") : QStringLiteral("failed"))
                    .arg(report.filesRun)
                    .arg(report.filesSkipped)
                    .arg(report.filesFailed));
    printStale(rt, outcome->teardown, false);
    ProgressLine progress(false);
    for (const FileResult &file : report.files)
        if (file.status == FileStatus::Failed)
            printFile(rt, progress, file, false);
    rt.out.note(interrupted ? QStringLiteral("Run `noorm run build` to finish it: the files that ran are not run again")
                            : QStringLiteral("Fix it and run `noorm run build`: the files that ran are not run again"));
    return exitCodeFor(report.firstError);
}

} // namespace

void addDbCommands(CLI::App &root, Runtime &rt)
{
    CLI::App *db = addGroup(root, "db", "The config's database: create, drop, explore, truncate, teardown, reset");
    db->add_subcommand("create", "Create the config's database (sqlite: the file) and noorm's tracking tables")
        ->callback([&rt] { rt.setAction([&rt] { return create(rt); }); });
    db->add_subcommand("drop", "Drop the config's database (sqlite: delete the file). Refused on protected configs")
        ->alias("destroy")
        ->callback([&rt] { rt.setAction([&rt] { return drop(rt); }); });
    addExploreCommand(*db, rt);
    db->add_subcommand("truncate", "Empty every user table and restart its counters (keeps noorm's tables and "
                                   "teardown.preserveTables). Refused on protected configs; --dry-run prints the SQL")
        ->callback([&rt] { rt.setAction([&rt] { return truncate(rt); }); });
    db->add_subcommand("teardown", "Drop every user object (keeps noorm's tables and teardown.preserveTables), mark applied "
                                   "changes and builds stale, run teardown.postScript. Refused on protected configs; --dry-run prints the SQL")
        ->callback([&rt] { rt.setAction([&rt] { return teardown(rt); }); });
    db->add_subcommand("reset", "Teardown, then run build (forced): the database as the SQL files make it. Refused on "
                                "protected configs")
        ->callback([&rt] { rt.setAction([&rt] { return reset(rt); }); });
}

} // namespace noorm::cli
