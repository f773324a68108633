#include "identity/identity_hash.h"

#include "crypto/crypto_primitives.h"

#include <QSysInfo>

namespace noorm {

QString identityHash(const QString &email, const QString &name, const QString &machine, const QString &os)
{
    const QChar nul(u'\0');
    return sha256Hex((email + nul + name + nul + machine + nul + os).toUtf8());
}

QString currentMachine() { return QSysInfo::machineHostName(); }

QString currentOs()
{
    // QSysInfo says "winnt" where Node says "win32"; linux and darwin agree.
    QString platform = QSysInfo::kernelType();
    if (platform == QLatin1String("winnt"))
        platform = QStringLiteral("win32");
    return platform + QLatin1Char(' ') + QSysInfo::kernelVersion();
}

} // namespace noorm
