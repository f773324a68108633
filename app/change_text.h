#pragma once
// A change row's direction and status as the desktop says them, in the user's language:
// the tracking table keeps the original's words (change | revert; pending | success |
// failed | reverted | stale), which the CLI prints as they are.

#include <QCoreApplication>
#include <QString>

namespace noorm {

class ChangeText {
    Q_DECLARE_TR_FUNCTIONS(ChangeText)
public:
    static QString direction(const QString &direction); // "apply", "revert"
    static QString status(const QString &status);       // "succeeded", "failed", ...
};

} // namespace noorm
