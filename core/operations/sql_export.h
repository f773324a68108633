#pragma once
// Exporting a query's result to a file: the query runs again on a thread of the caller's
// choosing and its rows stream into the file as `noorm sql --csv` / `--json` writes them
// (sql/result_writers.h), never all in memory. The file appears whole or not at all: rows
// go to "<file>.part" beside it, renamed over the file once the query finished.

#include "common/cancellation.h"
#include "common/result.h"
#include "operations/confirmation.h"
#include "sql/result_writers.h"
#include "workspace/config_resolver.h"

namespace noorm {

class Workspace;

struct SqlExport {
    QString file;
    qint64 rows = 0;
};

Result<SqlExport> exportQuery(Workspace &workspace, const ResolveRequest &config, const QString &sql, ResultFormat format,
                              const QString &file, Cancellation &cancellation, const Confirm &confirm = {});

} // namespace noorm
