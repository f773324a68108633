#pragma once
// How `sql` writes result sets: ResultSinks that write to stdout as the rows come, on the
// thread that runs the SQL (the main thread only waits meanwhile).
//   table  aligned columns by display width (wide and combining characters), NULL as
//          [NULL], binary as \x hex, control characters escaped, long values cut; rows past
//          the limit are counted, not kept (--all keeps them: an aligned table needs every
//          width before its first line, as psql's does)
//   json   one document, streamed; csv  RFC 4180 through libcsv: both written by core's
//          result writers (sql/result_writers.h), which the desktop's export uses too
// Counts and timings go to stderr ("(3 rows, 2 ms)", "2 rows affected (1 ms)").

#include "sql/result_sink.h"

#include <cstdio>
#include <memory>

namespace noorm::cli {

enum class SqlFormat { Table, Json, Csv };

struct SqlOutputOptions {
    SqlFormat format = SqlFormat::Table;
    qint64 rowLimit = 1000;     // table only; 0 = every row (--all)
    int maxCellWidth = 100;     // table only: longer values end in …
    bool quiet = false;         // no counts and timings on stderr
};

std::unique_ptr<ResultSink> makeSqlOutput(const SqlOutputOptions &options, FILE *out, FILE *err);

// The number of terminal columns `text` takes (East Asian wide = 2, combining = 0).
int displayWidth(const QString &text);

} // namespace noorm::cli
