#pragma once
// Durations as people type them on a command line: "5m", "300s", "1h30m", "1500ms", or a
// bare number of seconds; and back ("5m", "1m30s") for messages.

#include "common/result.h"

#include <QString>
#include <chrono>

namespace noorm {

// Units: ms, s, m, h, d; parts add up ("1h30m"). A bare number is seconds. Negative
// values and unknown units are a Usage error naming the text.
Result<std::chrono::milliseconds> parseDuration(const QString &text);

// The shortest exact form: "5m", "1m30s", "250ms", "0s".
QString formatDuration(std::chrono::milliseconds duration);

} // namespace noorm
