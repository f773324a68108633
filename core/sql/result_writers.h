#pragma once
// Result writers: result sets written as they come, to a stream, in the formats of
// `noorm sql --json` and `--csv` (the CLI's output, the desktop's export to a file):
//   json   one document: {columns, columnTypes, rows, rowCount, durationMs, ...} for one
//          statement (rows as objects, in column order), {results: [...]} for several; NULL
//          as null, binary as "\x..." hex, DECIMAL as text
//   csv    RFC 4180 through libcsv: a header line per result set (a blank line between
//          sets), a field quoted only when it must be, NULL as an empty unquoted field (so
//          it differs from ""), binary as \x hex
// Nothing is kept: a million rows stream through a 64 kB buffer. A closed stream stops the
// script (ErrorKind::Cancelled).

#include "sql/result_sink.h"

#include <cstdio>
#include <functional>
#include <memory>

namespace noorm {

enum class ResultFormat { Json, Csv };

// Called once each statement's output is written and flushed (the CLI's "(3 rows, 2 ms)").
using AfterStatement = std::function<void(const StatementOutcome &)>;

std::unique_ptr<ResultSink> makeResultWriter(ResultFormat format, FILE *out, AfterStatement after = {});

// For writers of other formats (the CLI's table): text to the stream as UTF-8, and the
// cancellation to return once the stream was closed (a reader that went away).
void writeText(FILE *out, const QString &text);
Status outputGone(FILE *out);

} // namespace noorm
