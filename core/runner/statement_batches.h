#pragma once
// StatementBatches: which statements of a file go to the database together, as one script
// in one round trip, where the file runs outside a transaction (MySQL). The dialect says
// which statements may share a batch (ScriptRules::batchPart); a batch stops before a
// statement that must run alone, after one that may only end a batch, at kMaxBatchChars
// of text (the server refuses a packet above max_allowed_packet: 4 MB by default on
// MySQL 5.7, 16 MB on MariaDB, 64 MB on MySQL 8) and at a number of statements that grows
// while batches are quick. The lock is renewed between batches, not inside one, so a batch
// that takes a second or more ends batching for the rest of the file: statements that slow
// gain nothing from fewer round trips.

#include "dialect/script_rules.h"

#include <span>
#include <vector>

namespace noorm {

class StatementBatches {
public:
    static constexpr qsizetype kMaxBatchChars = 1'000'000; // UTF-16 code units: at most 3 MB of UTF-8
    static constexpr int kFirstBatchSize = 8;
    static constexpr int kMaxBatchSize = 512;
    static constexpr qint64 kSlowBatchMs = 1000;

    StatementBatches(const ScriptRules &rules, std::span<const SqlStatement> statements);

    // How many statements from `first` on go together; 1: it runs alone.
    int sizeFrom(int first) const;
    // A batch ran in `elapsedMs`: the next may hold more, or none comes after a slow one.
    void ran(qint64 elapsedMs);
    // No more batches in this file: every statement from here on runs alone.
    void stop() { m_stopped = true; }

private:
    std::vector<ScriptRules::BatchPart> m_parts;
    std::span<const SqlStatement> m_statements;
    int m_limit = kFirstBatchSize;
    bool m_stopped = false;
};

} // namespace noorm
