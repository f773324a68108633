// noorm sql "<statements>" | sql -f file.sql | sql -f -

#include "exit_codes.h"
#include "validators.h"
#include "run_output.h"
#include "runtime.h"
#include "sql_output.h"
#include "stop_on_signals.h"

#include "common/source_text.h"
#include "operations/job.h"
#include "operations/sql_operation.h"

#include <QCoreApplication>

#include <cstdio>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace noorm::cli {

namespace {

struct SqlFlags {
    std::string query;
    std::string file;
    bool csv = false;
    bool all = false;
    qint64 limit = 1000;
    bool quiet = false;
};

// The script and the name its errors give it.
Result<std::pair<QString, QString>> scriptOf(const SqlFlags &flags)
{
    if (!flags.query.empty() && !flags.file.empty())
        return Error::invalidInput(QStringLiteral("Give the SQL as an argument or with -f, not both"));
    if (flags.file.empty()) {
        if (flags.query.empty())
            return Error::invalidInput(QStringLiteral("No SQL given: noorm sql \"SELECT …\", or -f file.sql, or -f - to read stdin"));
        return std::pair{QString::fromStdString(flags.query), QStringLiteral("<command line>")};
    }
    QFile file;
    QString shownAs = QString::fromStdString(flags.file);
    if (flags.file == "-") {
        shownAs = QStringLiteral("<stdin>");
        if (!file.open(stdin, QIODevice::ReadOnly))
            return Error::io(shownAs, QStringLiteral("cannot read standard input"));
    } else {
        file.setFileName(shownAs);
        if (!file.open(QIODevice::ReadOnly))
            return Error::io(shownAs, QStringLiteral("cannot read: %1").arg(file.errorString()));
    }
    Result<QString> text = decodeSourceText(file.readAll(), shownAs);
    if (!text)
        return text.error();
    return std::pair{*text, shownAs};
}

int runSql(Runtime &rt, const SqlFlags &flags)
{
    if (flags.csv && rt.out.json)
        return rt.out.fail(Error::invalidInput(QStringLiteral("--csv and --json are two output formats: choose one")));
    Result<std::pair<QString, QString>> script = scriptOf(flags);
    if (!script)
        return rt.out.fail(script.error());
    Result<Workspace *> ws = rt.workspaceOrDetached();
    if (!ws)
        return rt.out.fail(ws.error());
    SqlRequest request{script->first, script->second, {}};
    request.config.name = QString::fromStdString(rt.globals.config);
    // As psql shows them: on stderr, between the results (which are flushed first).
    request.onNotice = [](const QString &message) {
        std::fflush(stdout);
        std::fprintf(stderr, "%s\n", Output::printable(message, Output::LineBreaks::Keep).toUtf8().constData());
    };
    SqlOperation operation(**ws, request, rt.confirmer());

    SqlOutputOptions options;
    options.format = rt.out.json ? SqlFormat::Json : flags.csv ? SqlFormat::Csv : SqlFormat::Table;
    options.rowLimit = flags.all ? 0 : flags.limit;
    options.quiet = flags.quiet || rt.out.json; // the document has the counts and timings
    const std::unique_ptr<ResultSink> sink = makeSqlOutput(options, stdout, stderr);

    const Job<SqlRun> job = Job<SqlRun>::start([&](Cancellation &c) { return operation.run(*sink, c); });
    const StopOnSignals stopOnSignals(*job.cancellation());
    Result<SqlRun> run = waitFor<SqlRun>(job);
    if (!run)
        return rt.out.fail(run.error());
    for (const QString &warning : run->warnings)
        rt.out.warning(warning);
    if (const StatementOutcome *failed = run->outcome.failed()) {
        // In JSON the failed statement's error is in the document already.
        if (!rt.out.json)
            (void)rt.out.fail(*failed->error);
        return failed->error->kind == ErrorKind::Cancelled ? Interrupted : ExecutionFailed;
    }
    return Ok;
}

struct HistoryFlags {
    int limit = 20;
    bool clear = false;
    int olderThan = 0; // months; 0: everything
};

SqlOperation historyOperation(Runtime &rt, Workspace &ws)
{
    SqlRequest request;
    request.config.name = QString::fromStdString(rt.globals.config);
    return SqlOperation(ws, request, rt.confirmer());
}

int clearHistory(Runtime &rt, const HistoryFlags &flags)
{
    Result<Workspace *> ws = rt.workspace();
    if (!ws)
        return rt.out.fail(ws.error());
    SqlOperation operation = historyOperation(rt, **ws);
    Result<SqlHistoryCleared> cleared = operation.clearHistory(flags.olderThan > 0 ? std::optional<int>(flags.olderThan) : std::nullopt);
    if (!cleared)
        return rt.out.fail(cleared.error());
    rt.out.text(QStringLiteral("Removed %1 and %2").arg(plural(cleared->entriesRemoved, "history entry", "history entries"),
                                                        plural(cleared->filesRemoved, "results file", "results files")));
    rt.out.document(QJsonObject{{QStringLiteral("entriesRemoved"), cleared->entriesRemoved},
                                {QStringLiteral("filesRemoved"), cleared->filesRemoved}});
    return Ok;
}

int showHistory(Runtime &rt, const HistoryFlags &flags)
{
    if (flags.clear)
        return clearHistory(rt, flags);
    Result<Workspace *> ws = rt.workspace();
    if (!ws)
        return rt.out.fail(ws.error());
    SqlOperation operation = historyOperation(rt, **ws);
    Result<QList<SqlHistoryEntry>> entries = operation.history(flags.limit);
    if (!entries)
        return rt.out.fail(entries.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const SqlHistoryEntry &e : std::as_const(*entries)) {
        json.append(sqlHistoryEntryJson(e));
        QString query = e.query.simplified();
        if (query.size() > 70)
            query = query.left(69) + QStringLiteral("…");
        rows << QStringList{e.executedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            e.success ? QStringLiteral("ok") : QStringLiteral("failed"),
                            QStringLiteral("%1 ms").arg(e.durationMs),
                            e.rowCount ? QString::number(*e.rowCount) : QString(), Output::printable(query)};
    }
    rt.out.document(json);
    if (entries->isEmpty())
        rt.out.text(QStringLiteral("No queries in the history"));
    else
        rt.out.table({QStringLiteral("when"), QStringLiteral("result"), QStringLiteral("took"), QStringLiteral("rows"),
                      QStringLiteral("query")},
                     rows);
    return Ok;
}

} // namespace

void addSqlCommands(CLI::App &root, Runtime &rt)
{
    auto flags = std::make_shared<SqlFlags>();
    CLI::App *sql = root.add_subcommand("sql", "Run SQL on the config's database: a table on a terminal, --json, or --csv");
    sql->add_option("query", flags->query, "The statements to run (quote them for the shell)");
    sql->add_option("-f,--file", flags->file, "Run the statements of this file; - reads standard input");
    sql->add_flag("--csv", flags->csv, "Write the rows as CSV (RFC 4180), streamed");
    sql->add_flag("--all", flags->all, "Show every row in the table (as psql does: all of them in memory)");
    sql->add_option("--limit", flags->limit, "Rows shown in the table (default 1000; --csv and --json stream all)")
        ->check(wholeNumberFrom(1));
    sql->add_flag("-q,--quiet", flags->quiet, "No row counts and timings on stderr");
    sql->callback([&rt, flags, sql] {
        if (sql->get_subcommands().empty()) { // `sql history` and `sql clear` set their own action
            rt.setAction([&rt, flags] { return runSql(rt, *flags); });
            return;
        }
        // A word after `sql history` or `sql clear` that they do not take comes back to `sql`
        // as its query: `sql clear 3` cleared the whole history.
        std::vector<std::string> extras;
        if (!flags->query.empty())
            extras.push_back(flags->query);
        if (!flags->file.empty())
            extras.push_back("-f " + flags->file);
        if (!extras.empty())
            throw CLI::ExtrasError(sql->get_subcommands().front()->get_name(), extras);
    });

    auto history = std::make_shared<HistoryFlags>();
    CLI::App *show = sql->add_subcommand("history", "The config's query history, newest first (--json: the original's entry fields)");
    CLI::Option *count = show->add_option("count", history->limit, "How many entries (default 20; 0: all)")->check(wholeNumberFrom(0));
    show->add_flag("--clear", history->clear, "Remove the entries (all, or those older than --older-than)");
    show->add_option("--older-than", history->olderThan, "With --clear: only entries older than this many months")
        ->check(wholeNumberFrom(1));
    show->callback([&rt, history, count] {
        if (history->clear && count->count() > 0) // `--clear 5` cleared everything, not five
            throw CLI::ValidationError("count", "not with --clear (to keep the newer entries: --clear --older-than MONTHS)");
        if (history->olderThan && !history->clear)
            throw CLI::ValidationError("--older-than", "only with --clear (sql history --clear --older-than N)");
        rt.setAction([&rt, history] { return showHistory(rt, *history); });
    });
    CLI::App *clear = sql->add_subcommand("clear", "Clear the config's query history (--older-than months keeps the newer ones)");
    clear->add_option("--older-than", history->olderThan, "Only entries older than this many months")->check(wholeNumberFrom(1));
    clear->callback([&rt, history] { rt.setAction([&rt, history] { return clearHistory(rt, *history); }); });
}

} // namespace noorm::cli
