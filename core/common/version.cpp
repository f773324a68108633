#include "common/version.h"

#include <QStringList>

namespace noorm {

namespace {

struct ParsedVersion {
    int core[3] = {0, 0, 0};
    QStringList preRelease; // empty: a release
};

ParsedVersion parse(QString text)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1Char('v')))
        text.remove(0, 1);
    text = text.section(QLatin1Char('+'), 0, 0);
    ParsedVersion v;
    const qsizetype dash = text.indexOf(QLatin1Char('-'));
    const QStringList numbers = text.left(dash).split(QLatin1Char('.'));
    for (int i = 0; i < 3 && i < numbers.size(); ++i)
        v.core[i] = numbers.at(i).toInt();
    if (dash >= 0)
        v.preRelease = text.mid(dash + 1).split(QLatin1Char('.'));
    return v;
}

// Numeric identifiers compare as numbers and precede alphanumeric ones.
int compareIdentifiers(const QString &a, const QString &b)
{
    bool aNumeric = false, bNumeric = false;
    const qulonglong an = a.toULongLong(&aNumeric), bn = b.toULongLong(&bNumeric);
    if (aNumeric && bNumeric)
        return an < bn ? -1 : (an > bn ? 1 : 0);
    if (aNumeric != bNumeric)
        return aNumeric ? -1 : 1;
    return a.compare(b);
}

} // namespace

int compareVersions(const QString &a, const QString &b)
{
    const ParsedVersion x = parse(a), y = parse(b);
    for (int i = 0; i < 3; ++i)
        if (x.core[i] != y.core[i])
            return x.core[i] < y.core[i] ? -1 : 1;
    if (x.preRelease.isEmpty() != y.preRelease.isEmpty())
        return x.preRelease.isEmpty() ? 1 : -1; // a release follows its pre-releases
    for (qsizetype i = 0; i < x.preRelease.size() && i < y.preRelease.size(); ++i)
        if (const int c = compareIdentifiers(x.preRelease.at(i), y.preRelease.at(i)); c != 0)
            return c < 0 ? -1 : 1;
    return x.preRelease.size() < y.preRelease.size() ? -1 : (x.preRelease.size() > y.preRelease.size() ? 1 : 0);
}

} // namespace noorm
