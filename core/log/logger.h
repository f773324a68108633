#pragma once
// Logger: JSON lines in the project's log file (settings.logging), rotated by size
// (noorm.log → noorm.log.1 … .N). Every registered secret value, and every field whose
// name says it holds a secret, is masked before a line is written. Logging never fails a
// run: a log file that cannot be written is skipped silently.
//
// There is no process-wide logger: each open project (Workspace) owns one, with the
// Redactor that knows that project's secrets, and hands it to what works for it (runner,
// template engine, the front end's output). Two projects open in one process neither mask
// each other's secrets nor write each other's log. Safe to use from any thread.

#include "common/redactor.h"

#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace noorm {

enum class LogLevel { Silent = 0, Error = 1, Warn = 2, Info = 3, Verbose = 4 };

LogLevel parseLogLevel(const QString &name, LogLevel fallback = LogLevel::Info);
QString logLevelName(LogLevel level); // error | warn | info | debug (file names for verbose = debug)

struct LogOptions {
    bool enabled = true;
    LogLevel level = LogLevel::Info;
    QString file;           // absolute path; empty = no file
    qint64 maxSizeBytes = 10 * 1024 * 1024;
    int maxFiles = 5;
};

class Logger {
public:
    Logger() = default; // no file until configure(); masks nothing until registerSecret()
    Logger(const Logger &) = delete;
    Logger &operator=(const Logger &) = delete;

    void configure(const LogOptions &options);
    void setContext(const QJsonObject &context); // e.g. {config, identity}
    void registerSecret(const QString &value);   // masked wherever it appears

    void log(LogLevel level, const QString &type, const QString &message, const QJsonObject &data = {});
    void error(const QString &type, const QString &message, const QJsonObject &data = {}) { log(LogLevel::Error, type, message, data); }
    void warn(const QString &type, const QString &message, const QJsonObject &data = {}) { log(LogLevel::Warn, type, message, data); }
    void info(const QString &type, const QString &message, const QJsonObject &data = {}) { log(LogLevel::Info, type, message, data); }
    void debug(const QString &type, const QString &message, const QJsonObject &data = {}) { log(LogLevel::Verbose, type, message, data); }

    // Masks registered secrets in text (also used for error messages shown to people).
    QString mask(const QString &text) const { return m_redactor.redact(text); }
    const Redactor &redactor() const { return m_redactor; }

private:
    QJsonObject maskObject(const QJsonObject &object) const;
    void rotateIfNeeded(qint64 incoming);

    mutable QMutex m_mutex;
    LogOptions m_options;
    QJsonObject m_context;
    Redactor m_redactor; // has its own lock: masking never races with registering
};

} // namespace noorm
