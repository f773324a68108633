#include "workspace/protection.h"

namespace noorm {

QString actionName(ProtectedAction action)
{
    switch (action) {
    case ProtectedAction::ChangeRun: return QStringLiteral("change:run");
    case ProtectedAction::ChangeRevert: return QStringLiteral("change:revert");
    case ProtectedAction::ChangeFastForward: return QStringLiteral("change:ff");
    case ProtectedAction::ChangeNext: return QStringLiteral("change:next");
    case ProtectedAction::ChangeRewind: return QStringLiteral("change:rewind");
    case ProtectedAction::RunBuild: return QStringLiteral("run:build");
    case ProtectedAction::RunFile: return QStringLiteral("run:file");
    case ProtectedAction::RunDir: return QStringLiteral("run:dir");
    case ProtectedAction::DbCreate: return QStringLiteral("db:create");
    case ProtectedAction::DbDrop: return QStringLiteral("db:drop");
    case ProtectedAction::DbReset: return QStringLiteral("db:reset");
    case ProtectedAction::DbTeardown: return QStringLiteral("db:teardown");
    case ProtectedAction::DbTruncate: return QStringLiteral("db:truncate");
    case ProtectedAction::ConfigRemove: return QStringLiteral("config:rm");
    case ProtectedAction::SqlWrite: return QStringLiteral("sql");
    }
    return QString();
}

ProtectionCheck checkProtection(const Config &config, ProtectedAction action)
{
    ProtectionCheck check;
    if (!config.isProtected)
        return check;
    switch (action) {
    case ProtectedAction::DbDrop:
    case ProtectedAction::DbReset:
    case ProtectedAction::DbTeardown:
    case ProtectedAction::DbTruncate:
        check.allowed = false;
        check.blockedReason = QStringLiteral("\"%1\" is not allowed on protected config \"%2\". "
                                             "Connect to the database directly to perform this action.")
                                  .arg(actionName(action), config.name);
        return check;
    default:
        check.requiresConfirmation = true;
        check.confirmationPhrase = QStringLiteral("yes-") + config.name;
        return check;
    }
}

} // namespace noorm
