#pragma once
// Runner: runs the project's SQL files against one config's database (spec
// changes-runner.md, part 1). It finds the files (build: the SQL path filtered by settings
// and rules; dir; a list; one file), renders templates through a pluggable renderer,
// skips what already ran unchanged, splits each file into statements with the dialect's
// splitter and executes them one by one on one Connection, each file in its own
// transaction where the dialect has transactional DDL, and records every file in the
// tracking tables. Where the driver runs a whole script in one round trip (PostgreSQL), a
// wrapped file goes as one script; if it fails it is rolled back and replayed statement by
// statement, so errors name the statement exactly as a one-by-one run does. Outside a
// transaction (MySQL), runs of the statements the dialect marks safe go as batches of one
// round trip each (runner/statement_batches.h); a failure in one is reported as a
// one-by-one run reports it, with the statements before it applied. Dry runs and previews
// need no database. Progress goes out as a signal per file; a cancellation flag is checked
// between statements and batches. Core never prints.

#include "common/result.h"
#include "config/config.h"
#include "log/logger.h"
#include "dialect/statement_splitter.h"
#include "project/project_path_guard.h"
#include "runner/run_report.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QDateTime;
class QElapsedTimer;
class QSqlQuery;

namespace noorm {

class Connection;
class ExecutionTracker;
class Transaction;
struct Settings;

// Renders a `.sql.tmpl` file: (absolute path, its text) -> SQL. Without one, templates
// fail with "templates are not supported yet".
using TemplateRenderer = std::function<Result<QString>(const QString &filepath, const QString &source)>;

struct RunContext {
    Config config;
    QString projectRoot;   // absolute; the SQL path and tmp/ are resolved against it
    QString executedBy;    // "Name <email>"; empty = resolveAuditIdentity(config.identity) without the keypair
    // The owner's log (the Workspace's): what masks every statement, error, tracking row and
    // dry-run copy of this run, and where the run is logged. Default: one of its own.
    std::shared_ptr<Logger> logger = std::make_shared<Logger>();
};

// One direction of one change set, as core/change hands it to the runner.
struct ChangeRun {
    QString name;                         // the change folder's name
    QString direction;                    // change | revert
    QString checksum;                     // combined over the direction's raw files
    QStringList files;                    // absolute, manifests expanded, in run order
    QHash<QString, QString> fileChecksums; // raw-text checksum per file, for its row
    QHash<QString, QString> sources;       // raw text per file, as read for the checksums: what runs
    // Runs on success before the commit (revert: marks the forward row reverted).
    std::function<Status(Connection &)> onSuccess;
};

class Runner : public QObject {
    Q_OBJECT

public:
    // `connection` may be null for dry runs and previews.
    Runner(RunContext context, Connection *connection, QObject *parent = nullptr);
    ~Runner() override;

    void setTemplateRenderer(TemplateRenderer renderer) { m_renderer = std::move(renderer); }

    // --- which files. Each listing refuses (Refused) a file that is, or leads through a
    // symbolic link, outside the project root, before anything runs.
    QString sqlPath() const; // the config's SQL path, absolute
    // Every SQL file under the SQL path that build.include/exclude and the matching rules keep.
    Result<QStringList> buildFiles(const Settings &settings) const;
    // Every SQL file under `dir` (relative paths are taken from the working directory).
    Result<QStringList> dirFiles(const QString &dir) const;
    // `paths` as absolute paths; NotFound for a missing file, Usage for a non-SQL file.
    Result<QStringList> checkFiles(const QStringList &paths) const;

    // --- running (need the connection). A failing file is not an error here: it is in
    // the report. Errors are what stops the run from being recorded at all.
    Result<RunReport> build(const Settings &settings, const RunOptions &options = {});
    Result<RunReport> runDir(const QString &dir, const RunOptions &options = {});
    Result<RunReport> runFiles(const QStringList &files, const RunOptions &options = {});
    // One file, recorded as the original does: its row is INSERTed after it ran.
    Result<FileResult> runFile(const QString &file, const RunOptions &options = {});
    // A change set's files under one operation row of their own (core/change): every file
    // runs, in order. Where the dialect has transactional DDL and no file opts out, all of
    // them, their tracking rows and `onSuccess` share one transaction: a failure (or a
    // cancel) leaves nothing of the change, and is then recorded in rows of its own, the
    // files that had run marked skipped ("rolled back"). Otherwise file by file, each row
    // saying what ran, and the error naming the files applied before the failure.
    Result<RunReport> runChange(const ChangeRun &change, const RunOptions &options = {});

    // --- without a database
    // Renders every file into <project>/tmp/ mirroring its path (".tmpl" dropped); a copy
    // whose path leads outside the project (a tmp/ that is a link out) fails, unwritten.
    RunReport dryRun(const QStringList &files);
    // The rendered SQL of every file, each under a header naming it.
    Result<QString> preview(const QStringList &files);

    // The path shown to people: relative to the project root when inside it.
    QString displayPath(const QString &filepath) const;

signals:
    void fileProgress(const noorm::FileProgress &progress);

private:
    struct LoadedFile;
    // readAndRender, timed. `source`: the file's raw text when already read, else it is read.
    LoadedFile load(const QString &filepath, const QString *source = nullptr) const;
    LoadedFile readAndRender(const QString &filepath, const QString *source) const;
    // The file's statements, split on first use and kept with the file.
    const Result<QList<SqlStatement>> &statementsOf(const LoadedFile &file) const;
    // `files`, or Refused for the first that leads outside the project.
    // Every file must stay inside the project (found by a build), or, named by the user
    // (file/dir/files), must not lead out of it through a link.
    Result<QStringList> insideProject(Result<QStringList> files, bool namedByUser = false) const;
    Result<RunReport> runBatch(const QStringList &files, const QString &changeType, const RunOptions &options);
    // How a file's tracking row is written: `record` runs it; `sql`, when set, gives it as SQL
    // text that can ride in the one script that also commits the file.
    struct FileRecorder {
        std::function<Status(const FileResult &)> record;
        std::function<QString(const FileResult &)> sql;
    };
    FileResult execute(const LoadedFile &file, const RunOptions &options, const FileRecorder &recorder);
    Status recordRow(const FileRecorder &recorder, const FileResult &result);
    // On a failure `stoppedAt` is the index of the statement that failed or was stopped:
    // the ones before it ran, and `repeatsDone` runs of it (a `GO n` batch runs n times).
    std::optional<Error> runStatements(const LoadedFile &file, const QList<SqlStatement> &statements,
                                       const RunOptions &options, bool inTransaction, int &stoppedAt, int &repeatsDone);
    // Runs `statement` its `repeat` times; `repeatsDone` counts the runs that succeeded.
    std::optional<Error> runAlone(const LoadedFile &file, const SqlStatement &statement, const RunOptions &options,
                                  QSqlQuery &query, int &repeatsDone);
    std::optional<Error> checkIn(const LoadedFile &file, const SqlStatement &next, const RunOptions &options) const;
    // The error of `statement` that failed with `database`'s message: file:line:column, the
    // message and the statement, secrets masked.
    Error statementFailed(const QString &display, const SqlStatement &statement, const Error &database) const;
    // What a failed tracking write returns: the file's own error once the connection is lost
    // (it names the file and the statement), `tracking` otherwise.
    Error trackingFailed(const Error &tracking, const std::optional<Error> &fileError) const;
    std::optional<FileResult> executeAsScript(const LoadedFile &file, const QList<SqlStatement> &statements,
                                              const RunOptions &options, const FileRecorder &recorder,
                                              const QElapsedTimer &timer, const SqlStatement **interrupted);
    QString executedBy() const;
    bool canRunAsOneTransaction(const QList<LoadedFile> &files) const;
    // The change's pending operation row and its files' rows; the row's id.
    Result<qint64> startChangeRows(ExecutionTracker &tracker, const ChangeRun &change, const QList<LoadedFile> &files) const;
    Result<RunReport> runChangeAtomically(const ChangeRun &change, const QList<LoadedFile> &files,
                                          const RunOptions &options);
    std::optional<Result<RunReport>> runChangeAsScripts(const ChangeRun &change, const QList<LoadedFile> &files,
                                                        const RunOptions &options, const QElapsedTimer &timer,
                                                        std::optional<FileResult> *interrupted, QList<FileResult> *ranBefore);
    Result<RunReport> finishAtomicChange(const ChangeRun &change, const QList<FileResult> &ran, const QDateTime &startedAt,
                                         const QElapsedTimer &timer, Transaction &transaction);
    Result<RunReport> recordRolledBackChange(const ChangeRun &change, const QList<LoadedFile> &files,
                                             const QList<FileResult> &ran, const FileResult &failure,
                                             const QElapsedTimer &timer);
    Result<RunReport> runChangeFileByFile(const ChangeRun &change, const QList<LoadedFile> &files,
                                          const RunOptions &options);
    static void summarise(RunReport &report);
    const Redactor &redactor() const; // the context's: masks whatever leaves the run

    RunContext m_context;
    Connection *m_connection;
    ProjectPathGuard m_guard; // every file read or written stays inside the project
    TemplateRenderer m_renderer;
};

} // namespace noorm
