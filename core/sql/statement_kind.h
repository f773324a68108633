#pragma once
// Whether a statement only reads. On a protected config a script with any statement that
// may write asks first; the session is also made read-only where the dialect can
// (ConnectionRules::readOnlySessionSql), so a statement taken for a read that writes
// fails instead. Erring on "writes" only costs a question.

#include <QString>

namespace noorm {

// True for SELECT (without INTO), TABLE, VALUES, SHOW, DESCRIBE/DESC, EXPLAIN without
// ANALYZE, a WITH that names no INSERT/UPDATE/DELETE/MERGE, and a PRAGMA that sets
// nothing (no '=', no argument, or one of the pragmas that read about their argument,
// such as table_info); everything else may write.
bool statementOnlyReads(const QString &statement);
// True for INSERT, UPDATE, DELETE, MERGE, REPLACE, UPSERT and COPY: statements whose count
// of changed rows means something (a CREATE TABLE's "0 rows" does not).
bool statementCountsRows(const QString &statement);
// True for CALL, EXEC and EXECUTE: a procedure, which may give several result sets.
bool statementMayGiveSeveralResults(const QString &statement);

} // namespace noorm
