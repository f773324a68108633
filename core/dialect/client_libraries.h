#pragma once
// The client libraries under Qt's QPSQL and QSQLITE drivers (libpq, libsqlite3), which noorm
// calls itself for what the drivers cannot do (COPY, a cancel, a native read of rows, a
// password verifier). They are loaded on first use, not linked: linked, libpq and the two
// dozen libraries it brings (Kerberos, LDAP, GnuTLS) cost every command about 3 ms of
// start-up, PostgreSQL or not (bench/README.md). When the driver is loaded the library
// already is, so the first use costs a lookup. Each function is resolved by name into a
// pointer of its own prototype's type (decltype), so a mismatch does not compile.
//
// The tables are made once per process (thread-safe) and never change after.

#include "common/result.h"

#include <libpq-fe.h>
#include <sqlite3.h>

namespace noorm {

#define NOORM_LIBPQ_FUNCTIONS(X)                                                                   \
    X(PQexec) X(PQresultStatus) X(PQresultErrorMessage) X(PQresultErrorField) X(PQerrorMessage)    \
    X(PQclear) X(PQgetResult) X(PQputCopyData) X(PQputCopyEnd) X(PQcmdTuples) X(PQgetCancel)       \
    X(PQcancel) X(PQfreeCancel) X(PQencryptPasswordConn) X(PQfreemem) X(PQprepare)                 \
    X(PQdescribePrepared) X(PQsendQueryPrepared) X(PQsetSingleRowMode) X(PQnfields) X(PQftype)    \
    X(PQfname) X(PQgetisnull) X(PQgetvalue) X(PQgetlength) X(PQunescapeBytea)     \
    X(PQsetNoticeReceiver) X(PQntuples)

#define NOORM_SQLITE_FUNCTIONS(X)                                                                  \
    X(sqlite3_interrupt) X(sqlite3_prepare_v2) X(sqlite3_step) X(sqlite3_reset) X(sqlite3_finalize) \
    X(sqlite3_errmsg) X(sqlite3_column_count) X(sqlite3_column_type) X(sqlite3_column_name)        \
    X(sqlite3_column_decltype) X(sqlite3_column_int64) X(sqlite3_column_double)                   \
    X(sqlite3_column_text) X(sqlite3_column_blob) X(sqlite3_column_bytes)

#define NOORM_CLIENT_FUNCTION(name) decltype(&::name) name = nullptr;

struct LibPq {
    NOORM_LIBPQ_FUNCTIONS(NOORM_CLIENT_FUNCTION)
};

struct LibSqlite {
    NOORM_SQLITE_FUNCTIONS(NOORM_CLIENT_FUNCTION)
};

#undef NOORM_CLIENT_FUNCTION

// The library's functions, or why it cannot be loaded (naming the library).
Result<const LibPq *> libPq();
Result<const LibSqlite *> libSqlite();

} // namespace noorm
