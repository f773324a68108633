#include "qt_messages.h"

#include "log/logger.h"

#include <QMutex>
#include <QScopeGuard>
#include <QString>
#include <QtGlobal>

#include <cstdio>

namespace noorm::cli {

namespace {

// The message handler is one per process and takes no context: the log it writes to is too.
QMutex s_mutex;
std::weak_ptr<Logger> s_logger;
QtMessageHandler s_previous = nullptr;

// A message Qt raises while the log writes one is dropped: the log's own lock is held.
thread_local bool t_handling = false;

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtFatalMsg) {
        if (s_previous)
            s_previous(type, context, message);
        return;
    }
    if (t_handling)
        return;
    t_handling = true;
    const auto done = qScopeGuard([] { t_handling = false; });
    std::shared_ptr<Logger> logger;
    {
        QMutexLocker lock(&s_mutex);
        logger = s_logger.lock();
    }
    if (logger) {
        const LogLevel level = type == QtCriticalMsg ? LogLevel::Error
            : type == QtWarningMsg                   ? LogLevel::Warn
                                                     : LogLevel::Verbose;
        logger->log(level, QStringLiteral("qt"), message);
        return;
    }
    if (parseLogLevel(qEnvironmentVariable("NOORM_LOG_LEVEL"), LogLevel::Info) == LogLevel::Verbose)
        std::fprintf(stderr, "qt: %s\n", qPrintable(message));
}

} // namespace

void routeQtMessages()
{
    s_previous = qInstallMessageHandler(handle);
}

void logQtMessagesTo(std::shared_ptr<Logger> logger)
{
    QMutexLocker lock(&s_mutex);
    s_logger = std::move(logger);
}

} // namespace noorm::cli
