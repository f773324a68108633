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
#include "workspace/config_resolver.h"

namespace noorm {

class Workspace;

struct SqlRequest {
    QString script;
    QString shownAs; // in errors: the file, "<stdin>" or "<command line>"
    ResolveRequest config;
};

struct SqlRun {
    Config config;
    SqlScriptOutcome outcome;
    bool readOnlySession = false; // the protected config's session was made read-only
};

class SqlOperation {
public:
    // `workspace` must outlive the operation and be used only from the thread run() is called on.
    SqlOperation(Workspace &workspace, SqlRequest request, Confirm confirm);

    // Errors for what stops the script before it starts (config, protection, connection,
    // a script that cannot be split) and when the sink gives up; a failed statement is in
    // the outcome (SqlScriptOutcome::failed()).
    Result<SqlRun> run(ResultSink &sink, Cancellation &cancellation);

private:
    QString projectRoot() const;

    Workspace &m_workspace;
    SqlRequest m_request;
    Confirm m_confirm;
};

} // namespace noorm
