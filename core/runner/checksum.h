#pragma once
// Checksums as the tracking tables store them (docs/runner.md, "When a file runs"),
// identical to the original's src/core/runner/checksum.ts so both tools agree on "changed":
// a file's is the lowercase hex SHA-256 of its text as UTF-8; a batch's combines the sorted
// file hashes.

#include <QString>
#include <QStringList>

namespace noorm {

// Lowercase hex SHA-256 of `text` encoded as UTF-8 (64 characters).
QString textChecksum(const QString &text);

// Sorts the hex strings ascending, concatenates them without separator, hashes that.
QString combinedChecksum(QStringList checksums);

} // namespace noorm
