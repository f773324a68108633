#include "common/error.h"

namespace noorm {

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
