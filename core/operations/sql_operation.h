#pragma once
// SqlOperation: `sql` as one core operation, the same for the CLI, the desktop terminal and
// the SDK. run() resolves the config, looks at every statement of the script: on a
// protected config a script that may write asks first (ProtectedAction::SqlWrite), and a
// script that only reads runs in a read-only session where the dialect has one, so a
// statement misjudged as a read fails instead of writing. Then it connects (no tracking
// tables are made: SQL is the user's own) and streams each result set into the sink.

#include "operations/confirmation.h"
#include "common/cancellation.h"
#include "sql/result_sink.h"
#include "dialect/connection_rules.h"
#include "sql/sql_history.h"
#include "workspace/config_resolver.h"

namespace noorm {

class Workspace;

struct SqlRequest {
    QString script;
    QString shownAs; // in errors: the file, "<stdin>" or "<command line>"
    ResolveRequest config;
    // Each notice of the server as it comes (PostgreSQL's RAISE NOTICE, "table … does not
    // exist, skipping"), masked, on the thread run() is called on; logged either way.
    NoticeHandler onNotice = {};
};

struct SqlRun {
    Config config;
    SqlScriptOutcome outcome;
    bool readOnlySession = false; // the protected config's session was made read-only
    std::optional<SqlHistoryEntry> history; // the entry written to the config's history
    QStringList warnings;                   // e.g. the history could not be written
};

class SqlOperation {
public:
    // `workspace` must outlive the operation and be used only from the thread run() is called on.
    SqlOperation(Workspace &workspace, SqlRequest request, Confirm confirm);

    // Errors for what stops the script before it starts (config, protection, connection,
    // a script that cannot be split) and when the sink gives up; a failed statement is in
    // the outcome (SqlScriptOutcome::failed()).
    // Every run in a project is added to the config's history (sql/sql_history.h).
    Result<SqlRun> run(ResultSink &sink, Cancellation &cancellation);

    // The config's history, newest first (at most `limit`; 0: all), and its clearing: the
    // entries older than `olderThanMonths` months, or all of them.
    Result<QList<SqlHistoryEntry>> history(int limit);
    Result<SqlHistoryCleared> clearHistory(std::optional<int> olderThanMonths);

private:
    QString projectRoot() const;
    Result<SqlHistory> historyOf(const Config &config) const;
    Result<SqlHistory> requestedHistory(); // of the request's config

    Workspace &m_workspace;
    SqlRequest m_request;
    Confirm m_confirm;
};

} // namespace noorm
