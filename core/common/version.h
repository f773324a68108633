#pragma once
// Package versions ("0.1.0", "1.0.0-alpha.3") compared by semantic-versioning precedence,
// for telling whether a file was written by a newer noorm than this build.

#include <QString>

namespace noorm {

// < 0 when a precedes b, 0 when they are equal in precedence, > 0 when a follows b.
// A pre-release precedes its release (1.0.0-alpha.3 < 1.0.0); build metadata (+...) is
// ignored; a missing or non-numeric part counts as 0.
int compareVersions(const QString &a, const QString &b);

} // namespace noorm
