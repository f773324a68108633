#pragma once
// Qt's own warnings ("QPSQLDriver::rollbackTransaction: Database not open") are not the
// CLI's output: once a project's log is open they go there (secrets masked), before that
// nowhere, unless NOORM_LOG_LEVEL=debug asks for them on stderr. What the user is told is
// the error noorm words.

#include <memory>

namespace noorm {
class Logger;
}

namespace noorm::cli {

void routeQtMessages();
void logQtMessagesTo(std::shared_ptr<Logger> logger);

} // namespace noorm::cli
