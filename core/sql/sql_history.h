#pragma once
// SqlHistory: the SQL terminal's history of one config, in the original's format (its
// src/core/sql-terminal/history.ts), so both tools read each other's:
//   .noorm/state/history/<config>.json      {"version":"1.0.0","entries":[…]}, newest first;
//       an entry: id (UUID), query, executedAt (ISO, UTC), durationMs, success,
//       errorMessage?, rowCount?, resultsFile?
//   .noorm/state/history/<config>/<id>.results.gz   gzip of {"columns":[…],"rows":[{…}]}
// Everything is private to the user (0700 folders, 0600 files), written atomically under a
// lock file, and the query, the error and the kept rows pass the secret mask first. Only
// the first kMaxKeptRows rows of a result are kept (the original kept all of them).

#include "common/redactor.h"
#include "common/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace noorm {

struct SqlHistoryEntry {
    QString id;
    QString query;
    QDateTime executedAt;
    qint64 durationMs = 0;
    bool success = true;
    QString errorMessage;          // empty when it succeeded
    std::optional<qint64> rowCount; // rows returned, or rows affected
    QString resultsFile;           // "<id>.results.gz", empty without kept rows
};

// The rows of a result kept with its entry: column names and one object per row.
struct SqlKeptResult {
    QStringList columns;
    QJsonArray rows;
    bool truncated = false; // more rows came than were kept
};

// An entry as the index file keeps it (the original's field names, dates in ISO UTC).
QJsonObject sqlHistoryEntryJson(const SqlHistoryEntry &entry);

struct SqlHistoryCleared {
    int entriesRemoved = 0;
    int filesRemoved = 0;
};

class SqlHistory {
public:
    static constexpr int kMaxKeptRows = 1000;

    SqlHistory(const QString &projectRoot, const QString &configName, const Redactor &redactor);

    // Newest first; at most `limit` (0: all). A missing file is an empty history.
    Result<QList<SqlHistoryEntry>> entries(int limit = 0) const;
    // Adds `entry` (its id, time and results file are filled in) with its kept result.
    Result<SqlHistoryEntry> add(SqlHistoryEntry entry, const std::optional<SqlKeptResult> &result);
    Result<SqlKeptResult> results(const SqlHistoryEntry &entry) const;
    // Removes the entries older than `months` months (as the original counts them), or all.
    Result<SqlHistoryCleared> clearOlderThan(int months);
    Result<SqlHistoryCleared> clearAll();

    QString indexFile() const { return m_index; }

private:
    Status write(const QList<SqlHistoryEntry> &entries) const;
    Result<SqlHistoryCleared> keepOnly(const std::function<bool(const SqlHistoryEntry &)> &keep);

    QString m_root;
    QString m_config;
    QString m_index;   // <config>.json
    QString m_results; // <config>/
    const Redactor &m_redactor;
};

} // namespace noorm
