#include "change_text.h"

namespace noorm {

QString ChangeText::direction(const QString &direction)
{
    if (direction == QLatin1String("change"))
        return tr("apply");
    if (direction == QLatin1String("revert"))
        return tr("revert");
    return direction;
}

QString ChangeText::status(const QString &status)
{
    if (status == QLatin1String("success"))
        return tr("succeeded");
    if (status == QLatin1String("failed"))
        return tr("failed");
    if (status == QLatin1String("pending"))
        return tr("did not finish");
    if (status == QLatin1String("reverted"))
        return tr("reverted since");
    if (status == QLatin1String("stale"))
        return tr("stale (torn down since)");
    return status;
}

} // namespace noorm
