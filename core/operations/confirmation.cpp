#include "operations/confirmation.h"

namespace noorm {

Status checkProtected(const Config &config, ProtectedAction action, const QString &question, const Confirm &confirm)
{
    const ProtectionCheck check = checkProtection(config, action);
    if (!check.allowed)
        return Error::refused(check.blockedReason);
    if (!check.requiresConfirmation)
        return {};
    if (!confirm)
        return Error::refused(tr("%1 needs a confirmation, and nobody can be asked").arg(question));
    return confirm({question, check.confirmationPhrase, config.name, action});
}

} // namespace noorm
