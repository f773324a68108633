#pragma once
// Cancellation: how a front end stops a running operation. cancel() may be called from any
// thread (the GUI thread, a signal watcher): it sets a flag the operation checks between
// steps and, while a statement is in flight, interrupts that statement in the database
// (the dialect's interrupter: sqlite3_interrupt, PQcancel, KILL QUERY). An interrupt never
// reaches a later statement: leaving the in-flight scope waits for an interrupt under way.
// A statement that had not quite reached the database when cancel() came may miss the
// interrupt: callers check isCancelled() after opening the scope, and cancel() may be
// called again (Job::cancel repeats it until the operation ends).

#include <QMutex>

#include <atomic>
#include <functional>

namespace noorm {

class Cancellation {
public:
    Cancellation() = default;
    Cancellation(const Cancellation &) = delete;
    Cancellation &operator=(const Cancellation &) = delete;

    void cancel();
    bool isCancelled() const { return m_cancelled.load(std::memory_order_acquire); }
    // True while a statement that cancel() would interrupt is in flight.
    bool hasStatementInFlight() const;

    // While a Scope lives, every cancel() also runs `interrupt`. Made by the thread that
    // runs the statement; `interrupt` runs on the cancelling thread.
    class Scope {
    public:
        Scope() = default;
        Scope(Scope &&other) noexcept : m_owner(std::exchange(other.m_owner, nullptr)) {}
        Scope &operator=(Scope &&) = delete;
        ~Scope();

    private:
        friend class Cancellation;
        explicit Scope(Cancellation *owner) : m_owner(owner) {}
        Cancellation *m_owner = nullptr;
    };
    [[nodiscard]] Scope statementInFlight(std::function<void()> interrupt);

private:
    std::atomic_bool m_cancelled{false};
    mutable QMutex m_mutex; // guards m_interrupt, held while it runs
    std::function<void()> m_interrupt;
};

} // namespace noorm
