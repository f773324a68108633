#include "common/redactor.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <utility>
#include <vector>

namespace noorm {

namespace {
constexpr qsizetype kCutAtTheEnd = 8;
}

namespace {

QString sqlQuoted(const QString &s)
{
    QString out = s;
    return out.replace(QLatin1Char('\''), QStringLiteral("''"));
}

QString backslashEscaped(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('\'') || c == QLatin1Char('"'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// The inside of the JSON string literal of `s`, as JSON.stringify and QJsonDocument write it.
QString jsonEscaped(const QString &s)
{
    const QByteArray doc = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact); // ["..."]
    return QString::fromUtf8(doc.mid(2, doc.size() - 4));
}

} // namespace

void Redactor::add(const QString &secret)
{
    if (secret.size() < kMinimumLength)
        return;
    const QString json = jsonEscaped(secret);
    const QStringList forms{secret, sqlQuoted(secret), backslashEscaped(secret), json, sqlQuoted(json)};
    QWriteLocker lock(&m_lock);
    for (const QString &form : forms)
        if (!m_forms.contains(form))
            m_forms << form;
    std::stable_sort(m_forms.begin(), m_forms.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

bool Redactor::isEmpty() const
{
    QReadLocker lock(&m_lock);
    return m_forms.isEmpty();
}

QString Redactor::redact(const QString &text) const
{
    QReadLocker lock(&m_lock);
    if (m_forms.isEmpty() || text.isEmpty())
        return text;
    // Every occurrence of every form as a [start, end) span; overlapping spans merge.
    std::vector<std::pair<qsizetype, qsizetype>> spans;
    for (const QString &form : m_forms)
        for (qsizetype at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1))
            spans.emplace_back(at, at + form.size());
    // A server that shortens a value in its message (MariaDB's "near '…'" and "Duplicate
    // entry '…'" keep 80 and 64 characters, then "...") can cut inside a secret: the
    // secret's start before such a cut is masked too; before the end of the text only a
    // start of 8 characters or more (a word ending a line, "team", is not a secret "teamXYZ"
    // cut short: every line ending in it was masked).
    const auto maskStartBefore = [&](qsizetype cut, qsizetype least) {
        const QStringView before = QStringView(text).left(cut);
        for (const QString &form : m_forms) {
            // The earliest place in reach where the form's first characters stand, and the
            // rest up to the cut is the form's start too: the longest start cut there.
            const QStringView head = QStringView(form).left(kMinimumLength);
            for (qsizetype at = before.indexOf(head, std::max<qsizetype>(0, cut - (form.size() - 1)));
                 at >= 0 && at <= cut - least; at = before.indexOf(head, at + 1))
                if (before.mid(at) == QStringView(form).left(cut - at)) {
                    spans.emplace_back(at, cut);
                    break;
                }
        }
    };
    for (const QString &marker : {QStringLiteral("..."), QStringLiteral("…")})
        for (qsizetype at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.size()))
            maskStartBefore(at, kMinimumLength);
    maskStartBefore(text.size(), kCutAtTheEnd);
    if (spans.empty())
        return text;
    std::sort(spans.begin(), spans.end());
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    for (std::size_t i = 0; i < spans.size();) {
        const qsizetype start = spans[i].first;
        qsizetype end = spans[i].second;
        for (++i; i < spans.size() && spans[i].first <= end; ++i)
            end = std::max(end, spans[i].second);
        out += QStringView(text).mid(copied, start - copied);
        out += mask();
        copied = end;
    }
    out += QStringView(text).mid(copied);
    return out;
}

QString Redactor::maskValue(const QString &text, const QString &value)
{
    if (value.isEmpty())
        return text;
    QString out = text;
    if (value.size() >= kMinimumLength)
        return out.replace(value, mask());
    const auto wordy = [&](qsizetype at) { return at >= 0 && at < out.size() && out.at(at).isLetterOrNumber(); };
    for (qsizetype at = out.indexOf(value); at >= 0; at = out.indexOf(value, at)) {
        if (wordy(at - 1) || wordy(at + value.size())) {
            at += value.size();
            continue;
        }
        out.replace(at, value.size(), mask());
        at += mask().size();
    }
    return out;
}

QString Redactor::redactAndCut(const QString &text, int maxLength) const
{
    const QString clean = redact(text);
    return clean.size() > maxLength ? clean.left(maxLength) + QStringLiteral("…") : clean;
}

} // namespace noorm
