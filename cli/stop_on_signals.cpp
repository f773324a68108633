#include "stop_on_signals.h"

#include <atomic>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace noorm::cli {

namespace {

std::atomic_int s_writeEnd{-1};
std::atomic_bool s_signalled{false};

void onSignal(int)
{
    if (s_signalled.exchange(true))
        std::_Exit(130); // the second Ctrl-C: the user wants out now
    const int fd = s_writeEnd.load();
    const char byte = 1;
    if (fd >= 0)
        (void)!::write(fd, &byte, 1);
}

} // namespace

StopOnSignals::StopOnSignals(Cancellation &cancellation) : m_cancellation(cancellation)
{
    if (::pipe2(m_pipe, O_CLOEXEC) != 0)
        return;
    s_signalled = false;
    s_writeEnd = m_pipe[1];
    m_watcher = std::thread([this] {
        char byte = 0;
        // One byte: a signal came. End of file: the operation finished.
        if (::read(m_pipe[0], &byte, 1) != 1)
            return;
        // Cancel, and again every 250 ms until the operation ends: an interrupt that came
        // a moment before a statement reached the database is repeated.
        pollfd done{m_pipe[0], POLLIN, 0};
        do
            m_cancellation.cancel();
        while (::poll(&done, 1, 250) == 0);
    });
    struct sigaction action {};
    action.sa_handler = &onSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, &m_previousInt);
    ::sigaction(SIGTERM, &action, &m_previousTerm);
}

StopOnSignals::~StopOnSignals()
{
    if (m_pipe[1] < 0)
        return;
    ::sigaction(SIGINT, &m_previousInt, nullptr);
    ::sigaction(SIGTERM, &m_previousTerm, nullptr);
    s_writeEnd = -1;
    ::close(m_pipe[1]); // the watcher reads end of file and returns
    m_watcher.join();
    ::close(m_pipe[0]);
}

} // namespace noorm::cli
