#pragma once
// TemplateConsole: `console.log/info/warn/error/debug` for templates and helpers. Qt's
// console extension writes to stderr unmasked; this one sends each line to the engine
// owner's log, where every secret is masked like anything else noorm writes.

#include <QObject>
#include <QString>

#include <memory>

namespace noorm {

class Logger;

class TemplateConsole : public QObject {
    Q_OBJECT
public:
    explicit TemplateConsole(std::shared_ptr<Logger> logger) : m_logger(std::move(logger)) {}

    // level: 1 error, 2 warn, 3 info, 4 debug (LogLevel's values).
    Q_INVOKABLE void write(int level, const QString &text);

private:
    std::shared_ptr<Logger> m_logger;
};

} // namespace noorm
