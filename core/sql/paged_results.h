#pragma once
// PagedResults: a ResultSink that holds rows until a reader asks for them, for a front end
// that shows results a page at a time (the desktop grid's fetchMore; an SDK consumer). The
// SQL runs on a worker thread and pushes rows; once it is `window` rows ahead of what the
// reader asked for, it waits, so a 1,000,000-row SELECT holds a few pages in memory, not
// the result. The reader (any other thread) asks for more, takes what has arrived, and may
// cancel, which also wakes the waiting worker. Every statement's result set gets a page
// source of its own (ResultPages), announced through `onResultSet`.

#include "sql/result_sink.h"

#include <QMutex>
#include <QWaitCondition>

#include <functional>
#include <optional>
#include <memory>

namespace noorm {

// One result set's rows, shared by the worker that fills it and the reader.
class ResultPages {
public:
    // `keepAtMost` set: the worker never waits (a result set that is not the script's last,
    // whose statements must go on), and rows past that many are counted, not kept.
    ResultPages(QList<ResultColumn> columns, QString statement, qint64 window, std::optional<qint64> keepAtMost = std::nullopt)
        : m_columns(std::move(columns)), m_statement(std::move(statement)), m_window(window), m_keepAtMost(keepAtMost) {}
    qint64 dropped() const; // rows past keepAtMost
    const QList<ResultColumn> &columns() const { return m_columns; }
    const QString &statement() const { return m_statement; } // the statement that gave the rows

    // Reader: up to `max` rows that arrived and were not taken yet.
    QList<QVariantList> take(qint64 max);
    // Reader: let the worker read `rows` more rows ahead.
    void want(qint64 rows);
    // Reader: rows are there to take, or will come (false once finished and all taken).
    bool hasMore() const;
    bool isFinished() const;
    qint64 taken() const;

    // Worker: one row (waiting while it is a window ahead of the reader). Cancelled when the
    // reader cancelled; First when nothing was waiting to be taken (tell the reader).
    enum class Pushed { Cancelled, First, More };
    Pushed push(const QVariantList &row);
    void finish();
    void cancel();

private:
    mutable QMutex m_mutex;
    QWaitCondition m_room;
    QList<ResultColumn> m_columns;
    QString m_statement;
    QList<QVariantList> m_rows; // arrived, not taken
    qint64 m_window;
    std::optional<qint64> m_keepAtMost;
    qint64 m_dropped = 0;
    qint64 m_allowed = 0;       // rows the reader allowed so far (beyond the window)
    qint64 m_pushed = 0;
    qint64 m_taken = 0;
    bool m_finished = false;
    bool m_cancelled = false;
};

class PagedResults final : public ResultSink {
public:
    // `window`: rows read ahead of what the reader asked for. The callbacks run on the
    // worker thread: hand them to the reader's thread (a queued call in Qt).
    struct Callbacks {
        std::function<void(std::shared_ptr<ResultPages>)> onResultSet;
        std::function<void(const std::shared_ptr<ResultPages> &)> onRows;  // rows arrived where none were waiting, or the set ended
        std::function<void(const StatementOutcome &)> onStatement;        // a statement ended (ran or failed)
    };
    // Only the script's last result set is read a page at a time (unless it is a CALL's);
    // an earlier one keeps its first `keepOfEarlier` rows and lets the next statements run.
    PagedResults(Callbacks callbacks, qint64 window = 1000, qint64 keepOfEarlier = 10000)
        : m_callbacks(std::move(callbacks)), m_window(window), m_keepOfEarlier(keepOfEarlier) {}

    Status started(const ScriptStart &script) override;

    // Stops the worker at its next row (every open result set is cancelled).
    void cancel();

    Status resultSet(const StatementOutcome &statement) override;
    // Native rows, as the QVariants they stand for (ResultSink::textRow): a MySQL result is
    // then read as the grid asks for it, where QMYSQL would store the whole of it first.
    bool takesTextRows() const override { return true; }
    Status row(const QVariantList &values) override;
    Status finished(const StatementOutcome &statement) override;

private:
    Callbacks m_callbacks;
    qint64 m_window;
    qint64 m_keepOfEarlier;
    int m_statements = 1;
    QMutex m_mutex;
    std::shared_ptr<ResultPages> m_current;
    bool m_cancelled = false;
};

} // namespace noorm
