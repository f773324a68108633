#include "exit_codes.h"

namespace noorm::cli {

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Failed:
    case ErrorKind::InvalidData:
    case ErrorKind::Connection:
    case ErrorKind::Auth:
        return GeneralError;
    case ErrorKind::InvalidInput: return Usage;
    case ErrorKind::NotFound: return NotFound;
    case ErrorKind::Refused: return Refused;
    case ErrorKind::Execution: return ExecutionFailed;
    case ErrorKind::LockHeld: return LockHeld;
    case ErrorKind::Cancelled: return Interrupted;
    }
    return GeneralError;
}

QString hintText(const Hint &hint)
{
    using Action = Hint::Action;
    switch (hint.action) {
    case Action::None: return {};
    case Action::InitProject: return QStringLiteral("Run `noorm init` to create one.");
    case Action::CreateIdentity: return QStringLiteral("Run `noorm identity init` to create one.");
    case Action::ReplaceIdentity: return QStringLiteral("Run `noorm identity init --force` to make a new one.");
    case Action::AddConfig:
        return QStringLiteral("Add one with `noorm config add <name>`, choose one with -c/--config or NOORM_CONFIG, "
                              "or set NOORM_CONNECTION_DIALECT and NOORM_CONNECTION_DATABASE.");
    case Action::UseConfig:
        return QStringLiteral("Choose one with `noorm config use <name>` (yours: %1), or -c/--config or NOORM_CONFIG.")
            .arg(hint.subject);
    case Action::EditConfig: return QStringLiteral("Use `noorm config edit %1`.").arg(hint.subject);
    case Action::CreateDatabase: return QStringLiteral("Create it with `noorm db create`.");
    case Action::SetSecret: return QStringLiteral("Set it with `noorm secret set %1`.").arg(hint.subject);
    case Action::SetGlobalSecret: return QStringLiteral("Set it with `noorm secret set --global %1`.").arg(hint.subject);
    case Action::GivePassphrase: return QStringLiteral("Set NOORM_PASSPHRASE, or run it on a terminal to be asked.");
    case Action::Force: return QStringLiteral("Use --force to do it anyway.");
    case Action::Confirm: return QStringLiteral("Pass --yes to confirm.");
    case Action::SyncVault: return QStringLiteral("Run `noorm secrets sync`.");
    case Action::RunBuild: return QStringLiteral("Run `noorm run build` to build it again.");
    }
    return {};
}

QString noticeText(const Notice &notice)
{
    if (notice.hint.action == Hint::Action::SyncVault)
        return notice.text + QStringLiteral(" — run `noorm secrets sync`");
    const QString hint = hintText(notice.hint);
    return hint.isEmpty() ? notice.text : notice.text + QStringLiteral(". ") + hint;
}

} // namespace noorm::cli
