// noorm change [list] | add | rm | run | revert | next | ff | rewind | history

#include "exit_codes.h"
#include "validators.h"
#include "run_output.h"
#include "runtime.h"
#include "stop_on_signals.h"

#include "common/duration.h"
#include "operations/change_operation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>

namespace noorm::cli {

namespace {

struct ChangeFlags {
    std::string name;
    std::string target; // rewind: a count or a name
    int count = 1;
    bool force = false;
    bool reverts = false; // rewind: nothing to do means nothing applied
    std::string wait;
    CLI::Option *waitOption = nullptr;
    std::vector<std::string> configs; // ff --configs a,b
    bool confirmEach = false;
};

Result<ChangeOperation *> makeOperation(Runtime &rt, const ChangeFlags &flags, std::unique_ptr<ChangeOperation> &holder,
                                        const QString &configName = QString())
{
    Result<Workspace *> ws = rt.workspaceOrDetached();
    if (!ws)
        return ws.error();
    ChangeRequest request;
    request.config.name = configName.isEmpty() ? QString::fromStdString(rt.globals.config) : configName;
    request.confirmFirst = flags.confirmEach;
    request.force = flags.force || rt.globals.force;
    request.dryRun = rt.globals.dryRun;
    if (flags.waitOption && flags.waitOption->count() > 0) {
        Result<std::chrono::milliseconds> wait =
            flags.wait.empty() ? Result<std::chrono::milliseconds>(kDefaultLockWait) : parseDuration(QString::fromStdString(flags.wait));
        if (!wait)
            return wait.error();
        request.lockWait = *wait;
    }
    holder = std::make_unique<ChangeOperation>(**ws, request, rt.confirmer());
    return holder.get();
}


QJsonObject statusJson(const ChangeStatus &s)
{
    QJsonObject json{{QStringLiteral("name"), s.name}, {QStringLiteral("status"), changeStateName(s.state)}};
    if (s.applied) {
        json.insert(QStringLiteral("appliedAt"), s.applied->executedAt.toUTC().toString(Qt::ISODateWithMs));
        json.insert(QStringLiteral("appliedBy"), s.applied->executedBy);
        if (!s.applied->errorMessage.isEmpty())
            json.insert(QStringLiteral("error"), s.applied->errorMessage);
    }
    if (s.failedRevert)
        json.insert(QStringLiteral("revertError"), s.failedRevert->errorMessage);
    if (s.needsApply())
        json.insert(QStringLiteral("reason"), s.reason());
    if (!s.changedFiles.isEmpty())
        json.insert(QStringLiteral("changedFiles"), QJsonArray::fromStringList(s.changedFiles));
    if (s.outOfOrder)
        json.insert(QStringLiteral("outOfOrder"), true);
    if (s.change) {
        json.insert(QStringLiteral("hasRevert"), !s.change->revertFiles.isEmpty());
        json.insert(QStringLiteral("hasChangelog"), s.change->hasChangelog);
    }
    return json;
}

int list(Runtime &rt, const ChangeFlags &flags)
{
    std::unique_ptr<ChangeOperation> holder;
    Result<ChangeOperation *> operation = makeOperation(rt, flags, holder);
    if (!operation)
        return rt.out.fail(operation.error());
    Result<ChangeListing> listing = (*operation)->list();
    if (!listing)
        return rt.out.fail(listing.error());
    for (const ChangeDiagnostic &d : listing->diagnostics)
        rt.out.warning(d.error.file.isEmpty() ? QStringLiteral("%1: %2").arg(Output::printable(d.folder), Output::printable(d.error))
                                              : Output::printable(d.error));
    QJsonArray json;
    QList<QStringList> rows;
    for (const ChangeStatus &s : listing->changes) {
        json.append(statusJson(s));
        QString note;
        if (s.state == ChangeState::Changed)
            note = QStringLiteral("edited since applied: ") + s.changedFiles.join(QStringLiteral(", "));
        else if (s.outOfOrder)
            note = QStringLiteral("out of order: older than applied changes");
        else if (s.state == ChangeState::Failed && s.applied)
            note = s.applied->errorMessage.section(QLatin1Char('\n'), 0, 0); // whole: its end says what stayed applied
        if (s.failedRevert) // its end says which revert files stayed run
            note = (note.isEmpty() ? QString() : note + QStringLiteral("; "))
                + QStringLiteral("revert failed: ") + s.failedRevert->errorMessage.section(QLatin1Char('\n'), 0, 0);
        rows << QStringList{Output::printable(s.name), changeStateName(s.state), localTime(s.applied ? s.applied->executedAt : QDateTime()),
                            s.applied ? Output::printable(s.applied->executedBy) : QString(), Output::printable(note)};
    }
    rt.out.document(json);
    if (rows.isEmpty())
        rt.out.text(QStringLiteral("No changes in %1").arg(listing->config.changesPath));
    else
        rt.out.table({QStringLiteral("CHANGE"), QStringLiteral("STATUS"), QStringLiteral("APPLIED"), QStringLiteral("BY"),
                      QStringLiteral("NOTE")},
                     rows);
    return Ok;
}

QJsonObject batchJson(const ChangeBatch &batch)
{
    QJsonArray changes;
    int executed = 0, failed = 0;
    for (const ChangeOutcome &c : batch.changes) {
        QJsonObject one{{QStringLiteral("name"), c.name},
                        {QStringLiteral("direction"), directionName(c.direction)},
                        {QStringLiteral("status"), c.succeeded() ? QStringLiteral("success") : QStringLiteral("failed")},
                        {QStringLiteral("durationMs"), c.report.durationMs},
                        {QStringLiteral("files"), reportJson(c.report).value(QStringLiteral("files"))}};
        if (!c.reason.isEmpty())
            one.insert(QStringLiteral("reason"), c.reason);
        if (c.report.firstError)
            one.insert(QStringLiteral("error"), c.report.firstError->toString());
        changes.append(one);
        (c.succeeded() ? executed : failed)++;
    }
    return {{QStringLiteral("status"), batch.succeeded() ? QStringLiteral("success") : QStringLiteral("failed")},
            {QStringLiteral("executed"), executed},
            {QStringLiteral("skipped"), 0},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(batch.warnings)},
            {QStringLiteral("changes"), changes}};
}

using BatchCall = std::function<Result<ChangeBatch>(ChangeOperation &, Cancellation &)>;

// One batch on one config (the global --config, or `configName`). Its JSON document goes to
// `collect` when given (several configs make one array), else out.
int runBatch(Runtime &rt, const ChangeFlags &flags, const BatchCall &call, const QString &configName = QString(),
             QJsonArray *collect = nullptr)
{
    const auto document = [&](QJsonObject json) {
        if (!collect)
            return rt.out.document(json);
        json.insert(QStringLiteral("config"), configName);
        collect->append(json);
    };
    std::unique_ptr<ChangeOperation> holder;
    Result<ChangeOperation *> made = makeOperation(rt, flags, holder, configName);
    if (!made)
        return rt.out.fail(made.error());
    ChangeOperation &operation = **made;
    ProgressLine progress(Output::stderrIsTty() && !rt.out.json);
    QObject receiver;
    if (progress.enabled())
        QObject::connect(&operation, &ChangeOperation::fileProgress, &receiver, [&](const FileProgress &p) { progress.show(p); });
    bool toldWaiting = false;
    QObject::connect(&operation, &ChangeOperation::waitingForLock, &receiver, [&](const LockInfo &other) {
        if (!std::exchange(toldWaiting, true))
            rt.out.note(QStringLiteral("Waiting for the lock held by %1").arg(other.describe()));
    });
    const Job<ChangeBatch> job = Job<ChangeBatch>::start([&](Cancellation &c) { return call(operation, c); });
    const StopOnSignals stopOnSignals(*job.cancellation());
    Result<ChangeBatch> batch = waitFor<ChangeBatch>(job);
    QCoreApplication::processEvents();
    progress.clear();
    if (!batch)
        return rt.out.fail(batch.error());
    for (const QString &warning : batch->warnings)
        rt.out.warning(warning);
    if (batch->dryRun) {
        for (const ChangeOutcome &c : batch->changes) {
            const QString why = c.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.reason);
            rt.out.text(QStringLiteral("Would %1 %2%3").arg(c.direction == ChangeDirection::Change ? QStringLiteral("apply") : QStringLiteral("revert"),
                                                            Output::printable(c.name), why));
            for (const FileResult &file : c.report.files)
                rt.out.text(QStringLiteral("  %1").arg(Output::printable(file.displayPath)));
        }
        if (batch->changes.isEmpty())
            rt.out.text(QStringLiteral("Dry run: nothing would run"));
        QJsonObject json = batchJson(*batch);
        json.insert(QStringLiteral("dryRun"), true);
        document(json);
        return Ok;
    }
    for (const ChangeOutcome &c : batch->changes) {
        const QString verb = c.direction == ChangeDirection::Change ? QStringLiteral("Applied") : QStringLiteral("Reverted");
        const QString why = c.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.reason);
        rt.out.text(c.succeeded() ? QStringLiteral("%1 %2%3 in %4 ms").arg(verb, Output::printable(c.name), why).arg(c.report.durationMs)
                                  : QStringLiteral("✗ %1 failed%2").arg(Output::printable(c.name), why));
        for (const FileResult &file : c.report.files)
            if (!c.succeeded() || file.status != FileStatus::Success)
                printFile(rt, progress, file, false);
    }
    if (batch->changes.isEmpty())
        rt.out.text(flags.reverts ? QStringLiteral("Nothing to do: no change is applied")
                                  : QStringLiteral("Nothing to do: every change is applied"));
    document(batchJson(*batch));
    return exitCodeFor(batch->firstError);
}

// `change ff --configs a,b [--confirm-each]`: each config in order, stopping at the first
// that fails or is refused (a "no" to --confirm-each stops there too).
int fastForwardEach(Runtime &rt, const ChangeFlags &flags)
{
    const BatchCall ff = [](ChangeOperation &op, Cancellation &c) { return op.fastForward(c); };
    if (flags.configs.empty())
        return runBatch(rt, flags, ff);
    if (!rt.globals.config.empty())
        return rt.out.fail(Error::invalidInput(QStringLiteral("Give either --config or --configs, not both")));
    QJsonArray all;
    int code = Ok;
    for (const std::string &name : flags.configs) {
        const QString config = QString::fromStdString(name).trimmed();
        rt.out.text(QStringLiteral("Config %1:").arg(Output::printable(config)));
        const qsizetype before = all.size();
        code = runBatch(rt, flags, ff, config, &all);
        if (code != Ok && all.size() == before)
            return code; // refused or not run at all: its error is the document
        if (code != Ok)
            break;
    }
    rt.out.document(all);
    return code;
}

QJsonObject recordJson(const ChangeRecord &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("direction"), r.direction},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("executedAt"), r.executedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("executedBy"), r.executedBy},
            {QStringLiteral("durationMs"), r.durationMs},
            {QStringLiteral("cliVersion"), r.cliVersion},
            {QStringLiteral("checksum"), r.checksum},
            {QStringLiteral("error"), r.errorMessage}};
}

int history(Runtime &rt, const ChangeFlags &flags)
{
    std::unique_ptr<ChangeOperation> holder;
    Result<ChangeOperation *> operation = makeOperation(rt, flags, holder);
    if (!operation)
        return rt.out.fail(operation.error());
    Result<QList<ChangeRecord>> rows = (*operation)->history(QString::fromStdString(flags.name));
    if (!rows)
        return rt.out.fail(rows.error());
    QJsonArray json;
    QList<QStringList> table;
    for (const ChangeRecord &r : *rows) {
        json.append(recordJson(r));
        table << QStringList{QString::number(r.id), Output::printable(r.name), r.direction, r.status, localTime(r.executedAt),
                             Output::printable(r.executedBy), QStringLiteral("%1 ms").arg(r.durationMs),
                             r.cliVersion.isEmpty() ? QStringLiteral("-") : r.cliVersion};
    }
    rt.out.document(json);
    if (table.isEmpty())
        rt.out.text(QStringLiteral("No change has run on this config yet"));
    else
        rt.out.table({QStringLiteral("ID"), QStringLiteral("CHANGE"), QStringLiteral("DIRECTION"), QStringLiteral("STATUS"),
                      QStringLiteral("WHEN"), QStringLiteral("BY"), QStringLiteral("TOOK"), QStringLiteral("CLI")},
                     table);
    return Ok;
}

int historyDetail(Runtime &rt, const ChangeFlags &flags)
{
    std::unique_ptr<ChangeOperation> holder;
    Result<ChangeOperation *> operation = makeOperation(rt, flags, holder);
    if (!operation)
        return rt.out.fail(operation.error());
    Result<QList<ChangeFileRecord>> files = (*operation)->historyFiles(flags.count);
    if (!files)
        return rt.out.fail(files.error());
    QJsonArray json;
    QList<QStringList> table;
    for (const ChangeFileRecord &f : *files) {
        json.append(QJsonObject{{QStringLiteral("filepath"), f.filepath}, {QStringLiteral("status"), f.status},
                                {QStringLiteral("checksum"), f.checksum}, {QStringLiteral("durationMs"), f.durationMs},
                                {QStringLiteral("skipReason"), f.skipReason}, {QStringLiteral("error"), f.errorMessage}});
        table << QStringList{Output::printable(f.filepath), f.status, QStringLiteral("%1 ms").arg(f.durationMs),
                             Output::printable(f.errorMessage.isEmpty() ? f.skipReason : f.errorMessage).left(120)};
    }
    if (table.isEmpty()) // the error is the one document (the empty array came first)
        return rt.out.fail(Error::notFound(QStringLiteral("No files recorded for change row %1").arg(flags.count)));
    rt.out.document(json);
    rt.out.table({QStringLiteral("FILE"), QStringLiteral("STATUS"), QStringLiteral("TOOK"), QStringLiteral("NOTE")}, table);
    return Ok;
}

int add(Runtime &rt, const ChangeFlags &flags)
{
    std::unique_ptr<ChangeOperation> holder;
    Result<ChangeOperation *> operation = makeOperation(rt, flags, holder);
    if (!operation)
        return rt.out.fail(operation.error());
    Result<ChangeSet> made = (*operation)->add(QString::fromStdString(flags.name), QDate::currentDate());
    if (!made)
        return rt.out.fail(made.error());
    rt.out.text(QStringLiteral("Created change %1").arg(Output::printable(made->path)));
    for (const ChangeFile &f : made->changeFiles + made->revertFiles)
        rt.out.text(QStringLiteral("  %1").arg(Output::printable(QDir(made->path).relativeFilePath(f.path))));
    rt.out.text(QStringLiteral("  changelog.md"));
    rt.out.document(QJsonObject{{QStringLiteral("name"), made->name}, {QStringLiteral("path"), made->path}});
    return Ok;
}

// $VISUAL, else $EDITOR, else Debian's sensible-editor, split as a shell would split it
// ("code -w" is a program and a flag); empty when there is none.
QStringList editorCommand()
{
    for (const char *variable : {"VISUAL", "EDITOR"}) {
        const QStringList command = QProcess::splitCommand(qEnvironmentVariable(variable));
        if (!command.isEmpty())
            return command;
    }
    const QString sensible = QStandardPaths::findExecutable(QStringLiteral("sensible-editor"));
    return sensible.isEmpty() ? QStringList() : QStringList{sensible};
}

// Opens the change's files (change/, revert/, changelog.md) in the user's editor and waits
// for it, as `git commit` does: a terminal editor gets the terminal.
int edit(Runtime &rt, const ChangeFlags &flags)
{
    std::unique_ptr<ChangeOperation> holder;
    Result<ChangeOperation *> operation = makeOperation(rt, flags, holder);
    if (!operation)
        return rt.out.fail(operation.error());
    Result<ChangeSet> change = (*operation)->find(QString::fromStdString(flags.name));
    if (!change)
        return rt.out.fail(change.error());
    QStringList files;
    for (const ChangeFile &f : change->changeFiles + change->revertFiles)
        files << f.path;
    if (const QString changelog = QDir(change->path).filePath(QStringLiteral("changelog.md")); QFileInfo::exists(changelog))
        files << changelog;
    if (files.isEmpty())
        files << change->path;
    QStringList command = editorCommand();
    if (command.isEmpty())
        return rt.out.fail(Error::invalidInput(QStringLiteral("No editor to open %1 in: set VISUAL or EDITOR")
                                                   .arg(Output::printable(change->path))));
    const QString program = command.takeFirst();
    QProcess editor;
    editor.setProcessChannelMode(QProcess::ForwardedChannels);
    editor.setInputChannelMode(QProcess::ForwardedInputChannel);
    editor.start(program, command + files);
    if (!editor.waitForStarted(-1))
        return rt.out.fail(Error::failed(QStringLiteral("Cannot start the editor %1: %2").arg(program, editor.errorString())));
    editor.waitForFinished(-1);
    if (editor.exitStatus() != QProcess::NormalExit || editor.exitCode() != 0)
        return rt.out.fail(Error::failed(QStringLiteral("The editor %1 exited with code %2").arg(program).arg(editor.exitCode())));
    rt.out.text(QStringLiteral("Edited change %1").arg(Output::printable(change->name)));
    rt.out.document(QJsonObject{{QStringLiteral("name"), change->name}, {QStringLiteral("path"), change->path}});
    return Ok;
}

int remove(Runtime &rt, const ChangeFlags &flags)
{
    std::unique_ptr<ChangeOperation> holder;
    Result<ChangeOperation *> operation = makeOperation(rt, flags, holder);
    if (!operation)
        return rt.out.fail(operation.error());
    const QString name = QString::fromStdString(flags.name);
    if (Status ok = (*operation)->remove(name); !ok)
        return rt.out.fail(ok.error());
    rt.out.text(QStringLiteral("Deleted change %1 (its rows in the database stay)").arg(Output::printable(name)));
    rt.out.document(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("deleted"), true}});
    return Ok;
}

CLI::App *command(CLI::App *group, Runtime &rt, const std::string &name, const std::string &description,
                  std::function<int(Runtime &, const ChangeFlags &)> body, std::shared_ptr<ChangeFlags> flags = nullptr)
{
    if (!flags)
        flags = std::make_shared<ChangeFlags>();
    CLI::App *cmd = group->add_subcommand(name, description);
    cmd->callback([&rt, flags, body] { rt.setAction([&rt, flags, body] { return body(rt, *flags); }); });
    return cmd;
}

void addLockFlags(CLI::App *cmd, ChangeFlags &flags)
{
    flags.waitOption = cmd->add_option("--wait", flags.wait, "Wait for another deploy's lock to free, up to DURATION (default 30s)")
                           ->expected(0, 1);
    cmd->footer("JSON: {status,executed,skipped,failed,warnings,changes:[{name,direction,status,reason?,durationMs,files,error?}]}\n"
                "Exit: 0 ok, 1 config/connection error, 2 a change failed, 3 another deploy holds the lock,\n"
                "4 refused, 5 no such change, 64 usage, 130 interrupted.");
}

std::variant<int, QString> rewindTarget(const std::string &target)
{
    bool isCount = false;
    const int count = QString::fromStdString(target).toInt(&isCount);
    return isCount ? std::variant<int, QString>(count) : std::variant<int, QString>(QString::fromStdString(target));
}

} // namespace

void addChangeCommands(CLI::App &root, Runtime &rt)
{
    CLI::App *group = addGroup(root, "change", "Change sets: list, add, apply, revert, fast-forward, rewind, history");
    auto listFlags = std::make_shared<ChangeFlags>();
    group->callback([&rt, group, listFlags] {
        if (group->get_subcommands().empty()) // `noorm change` alone lists
            rt.setAction([&rt, listFlags] { return list(rt, *listFlags); });
    });
    command(group, rt, "list", "Every change and where it stands on the config's database", list)
        ->footer("JSON: [{name,status,appliedAt?,appliedBy?,reason?,changedFiles?,outOfOrder?,error?,revertError?,hasRevert,hasChangelog}]\n"
                 "status: pending | success | changed | failed | reverted | stale | orphaned");

    auto addFlags = std::make_shared<ChangeFlags>();
    command(group, rt, "add", "Scaffold today's change folder: change/, revert/ and changelog.md", add, addFlags)
        ->add_option("description", addFlags->name, "What the change does, e.g. add-email-verification")->required();
    auto editFlags = std::make_shared<ChangeFlags>();
    command(group, rt, "edit", "Open a change's files in $VISUAL or $EDITOR (sensible-editor if neither is set)", edit, editFlags)
        ->add_option("name", editFlags->name, "The change folder's name")->required();
    auto rmFlags = std::make_shared<ChangeFlags>();
    command(group, rt, "rm", "Delete a change's folder (asks first; the database keeps its rows)", remove, rmFlags)
        ->add_option("name", rmFlags->name, "The change folder's name")->required();

    const auto single = [&](const std::string &name, const std::string &description, bool revert) {
        auto flags = std::make_shared<ChangeFlags>();
        CLI::App *cmd = command(group, rt, name, description,
                                [revert](Runtime &r, const ChangeFlags &f) {
                                    const QString change = QString::fromStdString(f.name);
                                    return runBatch(r, f, [revert, change](ChangeOperation &op, Cancellation &c) {
                                        return revert ? op.revert(change, c) : op.run(change, c);
                                    });
                                },
                                flags);
        cmd->add_option("name", flags->name, "The change folder's name")->required();
        flags->confirmEach = revert; // destructive: asked on a terminal, else --yes (spec cli.md), protected or not
        cmd->add_flag("--force", flags->force,
                      revert ? "Revert whatever its recorded status" : "Apply it even when applied (also after its files changed)");
        addLockFlags(cmd, *flags);
    };
    single("run", "Apply one change", false);
    single("revert", "Revert one change with its revert/ files", true);

    auto nextFlags = std::make_shared<ChangeFlags>();
    CLI::App *next = command(group, rt, "next", "Apply the next pending change (or the next N)",
                             [](Runtime &r, const ChangeFlags &f) {
                                 return runBatch(r, f, [n = f.count](ChangeOperation &op, Cancellation &c) { return op.next(n, c); });
                             },
                             nextFlags);
    next->add_option("count", nextFlags->count, "How many (default 1)")->check(wholeNumberFrom(1));
    addLockFlags(next, *nextFlags);

    auto ffFlags = std::make_shared<ChangeFlags>();
    CLI::App *ff = command(group, rt, "ff", "Fast-forward: apply every pending change in order", fastForwardEach, ffFlags);
    addLockFlags(ff, *ffFlags);
    ff->add_option("--configs", ffFlags->configs, "Apply to these configs in order (a,b,c), stopping at the first that fails")
        ->delimiter(',');
    ff->add_flag("--confirm-each", ffFlags->confirmEach, "Ask before each config, protected or not (--yes answers for all)");

    auto rewindFlags = std::make_shared<ChangeFlags>();
    rewindFlags->target = "1";
    rewindFlags->reverts = true;
    rewindFlags->confirmEach = true; // as revert
    CLI::App *rewind = command(group, rt, "rewind", "Revert the last N applied changes, or down to a named one, newest first",
                               [](Runtime &r, const ChangeFlags &f) {
                                   return runBatch(r, f, [t = rewindTarget(f.target)](ChangeOperation &op, Cancellation &c) {
                                       return op.rewind(t, c);
                                   });
                               },
                               rewindFlags);
    rewind->add_option("target", rewindFlags->target, "A count (default 1) or a change name");
    rewind->add_flag("--force", rewindFlags->force, "Revert whatever their recorded status");
    addLockFlags(rewind, *rewindFlags);

    auto historyFlags = std::make_shared<ChangeFlags>();
    CLI::App *hist = command(group, rt, "history", "Every change row of the config: who, when, how long, which noorm", history,
                             historyFlags);
    // CLI11 calls this after `detail`'s callback: only act when no subcommand was given.
    hist->callback([&rt, hist, historyFlags] {
        if (hist->get_subcommands().empty())
            rt.setAction([&rt, historyFlags] { return history(rt, *historyFlags); });
    });
    hist->add_option("name", historyFlags->name, "Only this change's rows");
    hist->footer("JSON: [{id,name,direction,status,executedAt,executedBy,durationMs,cliVersion,checksum,error}]");
    auto detailFlags = std::make_shared<ChangeFlags>();
    CLI::App *detail = command(hist, rt, "detail", "The files of one change row (its id in `change history`)", historyDetail, detailFlags);
    detail->add_option("id", detailFlags->count, "The row's id")->required();
    detail->footer("JSON: [{filepath,status,checksum,durationMs,skipReason,error}]"); // not history's own, which it inherited
}

} // namespace noorm::cli
