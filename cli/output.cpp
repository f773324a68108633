#include "output.h"

#include "exit_codes.h"
#include "log/logger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <unistd.h>

namespace noorm::cli {

QString Output::masked(const QString &text) const
{
    return m_logger ? m_logger->mask(text) : text; // no workspace yet: no secret known yet
}

void Output::put(FILE *stream, const QString &line) const
{
    const QByteArray bytes = masked(line).toUtf8();
    if (stream == stderr) // after what stdout has so far, also when both go to one log
        std::fflush(stdout);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fputc('\n', stream);
}

QString Output::printable(const QString &text, LineBreaks lineBreaks)
{
    const auto isControl = [](QChar c) { return c.category() == QChar::Other_Control; };
    if (std::none_of(text.begin(), text.end(), isControl))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (!isControl(c) || (c == u'\n' && lineBreaks == LineBreaks::Keep))
            out += c;
        else if (c == u'\n')
            out += QLatin1String("\\n");
        else if (c == u'\t')
            out += QLatin1String("\\t");
        else if (c == u'\r')
            out += QLatin1String("\\r");
        else if (c.unicode() < 0x80)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return out;
}

QString Output::printable(const Error &error)
{
    Error shown = error;
    shown.file = printable(error.file);
    shown.message = printable(error.message, LineBreaks::Keep);
    return shown.toString();
}

QString plural(qint64 n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

bool Output::stdoutIsTty() { return ::isatty(STDOUT_FILENO) == 1; }
bool Output::stderrIsTty() { return ::isatty(STDERR_FILENO) == 1; }
bool Output::stdinIsTty() { return ::isatty(STDIN_FILENO) == 1; }

void Output::text(const QString &line) const
{
    if (!json)
        put(stdout, line);
}

void Output::document(const QJsonValue &value) const
{
    if (!json)
        return;
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    const QByteArray bytes = masked(QString::fromUtf8(doc.toJson(QJsonDocument::Indented))).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void Output::note(const QString &line) const
{
    if (!json)
        put(stderr, line);
}

void Output::warning(const QString &line) const { put(stderr, QStringLiteral("warning: ") + line); }

int Output::fail(const Error &error) const
{
    const QString message = error.toString();
    const QString hint = hintText(error.hint);
    if (m_logger)
        m_logger->error(QStringLiteral("error"), message);
    if (json) {
        QJsonObject err{{QStringLiteral("code"), exitCodeFor(error)},
                        {QStringLiteral("kind"), errorKindName(error.kind)},
                        {QStringLiteral("message"), message}};
        if (!error.file.isEmpty())
            err.insert(QStringLiteral("file"), error.file);
        if (error.line > 0)
            err.insert(QStringLiteral("line"), error.line);
        if (!error.key.isEmpty())
            err.insert(QStringLiteral("key"), error.key);
        if (!hint.isEmpty())
            err.insert(QStringLiteral("hint"), hint);
        document(QJsonObject{{QStringLiteral("error"), err}});
    } else {
        put(stderr, QStringLiteral("error: ") + printable(error));
        if (!hint.isEmpty())
            put(stderr, QStringLiteral("hint: ") + hint);
    }
    return exitCodeFor(error);
}

void Output::table(const QStringList &header, const QList<QStringList> &rows) const
{
    if (json)
        return;
    QList<int> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row[i].size());
    auto line = [&](const QStringList &cells) {
        QString out;
        for (int i = 0; i < cells.size(); ++i)
            out += (i + 1 < cells.size() ? cells[i].leftJustified(widths[i] + 2) : cells[i]);
        put(stdout, out);
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
}

} // namespace noorm::cli
