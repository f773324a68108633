#include "lock_text.h"

#include <QLocale>

namespace noorm {

QString LockText::detail(const LockInfo &l)
{
    return tr("Locked by %1 since %2, until %3%4")
        .arg(l.lockedBy, QLocale().toString(l.lockedAt.toLocalTime(), QLocale::ShortFormat),
             QLocale().toString(l.expiresAt.toLocalTime(), QLocale::ShortFormat), l.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(l.reason));
}

} // namespace noorm
