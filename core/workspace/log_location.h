#pragma once
// Where a project's log goes. settings.logging.file comes from a committed file, so it may
// only name a `.log` file inside the project's `.noorm/` folder: a settings.yml must never
// aim the log, or its rotation, at the state, the settings, SQL files or anything outside
// the project. A user who wants the log elsewhere says so in their own environment
// (NOORM_LOG_FILE), which may name any path.

#include "common/result.h"
#include "log/logger.h"

namespace noorm {

class Workspace;

// The log options of `workspace`'s settings. `userFile` (NOORM_LOG_FILE) and `userLevel`
// (NOORM_LOG_LEVEL) override the settings when not empty. A refused logging.file is an
// error naming the key; callers fall back to defaultLogOptions().
Result<LogOptions> projectLogOptions(const Workspace &workspace, const QString &userFile, const QString &userLevel);

// The default file (`.noorm/state/noorm.log`) with the rest of the settings; no file at all
// when even that would leave the project.
LogOptions defaultLogOptions(const Workspace &workspace, const QString &userLevel);

} // namespace noorm
