#pragma once
// RenderWatchdog: interrupts a QJSEngine from a timer thread when a render runs past its
// time limit (a runaway loop in a template or helper). RAII: the thread ends with the object.

#include <QJSEngine>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace noorm {

class RenderWatchdog {
public:
    RenderWatchdog(QJSEngine *engine, std::chrono::milliseconds limit);
    ~RenderWatchdog();
    RenderWatchdog(const RenderWatchdog &) = delete;
    RenderWatchdog &operator=(const RenderWatchdog &) = delete;

    bool fired() const { return m_fired.load(); }
    bool expired() const { return std::chrono::steady_clock::now() >= m_deadline; }

private:
    QJSEngine *m_engine;
    std::chrono::steady_clock::time_point m_deadline;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    std::atomic<bool> m_fired{false};
    std::thread m_thread;
};

} // namespace noorm
