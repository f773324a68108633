#pragma once
// Output: the CLI's one place for printing. stdout carries the result only (human text, or
// exactly one JSON document with --json); diagnostics and progress go to stderr. Errors in
// JSON mode are {"error":{"code":<exit>,"kind":...,"message":...,"hint":...}}; a hint
// is printed as "hint: ..." after a human error line. Every message passes the secret
// mask of the project's logger (the workspace's) before it is printed.

#include "common/error.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <memory>

namespace noorm {
class Logger;
}

namespace noorm::cli {

class Output {
public:
    bool json = false;

    // The workspace's logger, once one is open: it masks everything printed and logs errors.
    void useLogger(std::shared_ptr<Logger> logger) { m_logger = std::move(logger); }

    void text(const QString &line) const;                 // stdout, human mode only
    void document(const QJsonValue &value) const;         // stdout, JSON mode only
    void note(const QString &line) const;                 // stderr, human mode only
    void warning(const QString &line) const;              // stderr, always
    int fail(const Error &error) const;                   // prints the error; returns its exit code
    // Prints rows as an aligned table with a header.
    void table(const QStringList &header, const QList<QStringList> &rows) const;

    // `text` as shown in human output: control characters, which could move the cursor,
    // recolour the terminal or break a line, are escaped (\n, \t, \r, \x1b, \u009b). Every
    // path printed goes through it; error texts keep their line breaks. JSON needs none:
    // its encoder escapes them.
    enum class LineBreaks { Escape, Keep };
    static QString printable(const QString &text, LineBreaks lineBreaks = LineBreaks::Escape);
    // error.toString() with its file and message printable.
    static QString printable(const Error &error);

    static bool stdoutIsTty();
    static bool stderrIsTty();
    static bool stdinIsTty();

private:
    void put(FILE *stream, const QString &line) const;
    QString masked(const QString &text) const;

    std::shared_ptr<Logger> m_logger;
};

// "1 table", "2 tables": a count with its noun.
QString plural(qint64 n, const char *one, const char *many);

// A moment as the text tables show it, in local time: "2026-12-03 14:38" (empty when
// unset). --json keeps ISO UTC.
QString localTime(const QDateTime &time);

} // namespace noorm::cli
