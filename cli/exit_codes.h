#pragma once
// The CLI's exit codes (spec cli.md, "Exit codes") for core's error kinds, and the hint's
// words: the command a user types to act on it.

#include "common/error.h"
#include "common/notices.h"

namespace noorm::cli {

enum ExitCode : int {
    Ok = 0,
    GeneralError = 1, // config, connection, state or I/O
    ExecutionFailed = 2,
    LockHeld = 3,
    Refused = 4,
    NotFound = 5,
    Usage = 64,
    Interrupted = 130,
};

int exitCodeFor(ErrorKind kind);
inline int exitCodeFor(const Error &error) { return exitCodeFor(error.kind); }

// The hint as a sentence naming the command to run ("Create it with `noorm db create`."),
// empty when there is none.
QString hintText(const Hint &hint);
// A notice as one line: "Your secrets are out of sync — run `noorm secrets sync`".
QString noticeText(const Notice &notice);

} // namespace noorm::cli
