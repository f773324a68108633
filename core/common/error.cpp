#include "common/error.h"

namespace noorm {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Failed: return QStringLiteral("failed");
    case ErrorKind::InvalidInput: return QStringLiteral("invalid-input");
    case ErrorKind::InvalidData: return QStringLiteral("invalid-data");
    case ErrorKind::NotFound: return QStringLiteral("not-found");
    case ErrorKind::Refused: return QStringLiteral("refused");
    case ErrorKind::Connection: return QStringLiteral("connection");
    case ErrorKind::Auth: return QStringLiteral("auth");
    case ErrorKind::Execution: return QStringLiteral("execution");
    case ErrorKind::LockHeld: return QStringLiteral("lock-held");
    case ErrorKind::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
}

QString Error::toString() const
{
    QString where;
    if (!file.isEmpty()) {
        where = file;
        if (line > 0) {
            where += QLatin1Char(':') + QString::number(line);
            if (column > 0)
                where += QLatin1Char(':') + QString::number(column);
        }
        where += QStringLiteral(": ");
    }
    QString text = where + message;
    if (!key.isEmpty() && !message.contains(key))
        text += QStringLiteral(" (key: %1)").arg(key);
    return text;
}

} // namespace noorm
