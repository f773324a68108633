#include "template/template_console.h"

#include "log/logger.h"

namespace noorm {

void TemplateConsole::write(int level, const QString &text)
{
    const LogLevel logLevel = level <= 1 ? LogLevel::Error : level == 2 ? LogLevel::Warn
                            : level == 3 ? LogLevel::Info : LogLevel::Verbose;
    m_logger->log(logLevel, QStringLiteral("template:console"), text);
}

} // namespace noorm
