#pragma once
// Protected configs: destructive actions are refused outright (no override flag); other
// writes need a confirmation, which the front end asks for (`yes-<config>` on a TTY,
// --yes / NOORM_YES otherwise). Core decides; the front end asks.

#include "config/config.h"

namespace noorm {

enum class ProtectedAction {
    ChangeRun, ChangeRevert, ChangeFastForward, ChangeNext, ChangeRewind,
    RunBuild, RunFile, RunDir,
    DbCreate, DbDrop, DbReset, DbTeardown, DbTruncate,
    ConfigRemove,
    SqlWrite, // `sql` with a statement that may change data or schema
};

struct ProtectionCheck {
    bool allowed = true;
    bool requiresConfirmation = false;
    QString confirmationPhrase; // yes-<config>
    QString blockedReason;
};

QString actionName(ProtectedAction action); // "db:drop", "change:ff", ...
ProtectionCheck checkProtection(const Config &config, ProtectedAction action);

} // namespace noorm
