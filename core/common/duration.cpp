#include "common/duration.h"

#include <QRegularExpression>
#include <array>

namespace noorm {

namespace {

struct Unit {
    const char *suffix;
    qint64 ms;
};

// Largest first: formatDuration() takes whole units greedily.
constexpr std::array<Unit, 5> kUnits{{{"d", 86'400'000}, {"h", 3'600'000}, {"m", 60'000}, {"s", 1000}, {"ms", 1}}};

qint64 unitMs(QStringView suffix)
{
    for (const Unit &unit : kUnits)
        if (suffix == QLatin1String(unit.suffix))
            return unit.ms;
    return 0;
}

Error invalid(const QString &text)
{
    return Error::invalidInput(tr("Invalid duration \"%1\": use a number with ms, s, m, h or d (e.g. 5m, 300s, 1h30m)")
                            .arg(text));
}

} // namespace

Result<std::chrono::milliseconds> parseDuration(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool bare = false;
    const qint64 seconds = trimmed.toLongLong(&bare);
    if (bare)
        return seconds < 0 ? Result<std::chrono::milliseconds>(invalid(text))
                           : Result<std::chrono::milliseconds>(std::chrono::seconds(seconds));

    static const QRegularExpression part(QStringLiteral("(\\d+)(ms|s|m|h|d)"));
    qint64 total = 0;
    qsizetype at = 0;
    while (at < trimmed.size()) {
        const QRegularExpressionMatch m = part.match(trimmed, at, QRegularExpression::NormalMatch,
                                                     QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return invalid(text);
        total += m.captured(1).toLongLong() * unitMs(m.capturedView(2));
        at = m.capturedEnd();
    }
    if (trimmed.isEmpty())
        return invalid(text);
    return std::chrono::milliseconds(total);
}

QString formatDuration(std::chrono::milliseconds duration)
{
    qint64 left = duration.count();
    if (left == 0)
        return QStringLiteral("0s");
    QString text;
    if (left < 0) {
        text = QStringLiteral("-");
        left = -left;
    }
    for (const Unit &unit : kUnits) {
        if (left >= unit.ms) {
            text += QString::number(left / unit.ms) + QLatin1String(unit.suffix);
            left %= unit.ms;
        }
    }
    return text;
}

} // namespace noorm
