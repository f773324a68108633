#pragma once
// StopOnSignals: while an operation runs, Ctrl-C (SIGINT) and SIGTERM cancel it through
// its Cancellation, which also interrupts the statement in flight, so the open transaction
// rolls back and the tracking rows are written. A second signal leaves at once (exit 130).
// The handler only writes a byte to a pipe; a watcher thread does the cancelling.

#include "common/cancellation.h"

#include <csignal>
#include <thread>

namespace noorm::cli {

class StopOnSignals {
public:
    explicit StopOnSignals(Cancellation &cancellation);
    ~StopOnSignals();
    StopOnSignals(const StopOnSignals &) = delete;
    StopOnSignals &operator=(const StopOnSignals &) = delete;

private:
    Cancellation &m_cancellation;
    int m_pipe[2] = {-1, -1};
    struct sigaction m_previousInt {};
    struct sigaction m_previousTerm {};
    std::thread m_watcher;
};

} // namespace noorm::cli
