#pragma once
// A config's lock as the desktop says it: who holds it, since and until when in the user's
// local time and locale (the CLI and the tracking table keep ISO UTC).

#include "lock/lock_types.h"

#include <QCoreApplication>
#include <QString>

namespace noorm {

class LockText {
    Q_DECLARE_TR_FUNCTIONS(LockText)
public:
    // "Locked by Ann <ann@x> since 03/12/2026 14:16, until 03/12/2026 14:21 (deploy)".
    static QString detail(const LockInfo &lock);
};

} // namespace noorm
