#pragma once
// SqlRunner: runs a script on a config through the core SQL operation, on a thread of its
// own, and reports on the GUI thread: each result set as it starts (its rows come through a
// ResultModel a page at a time), each statement as it ends, then the whole run. cancel()
// interrupts the statement in flight and stops the reading of rows. On a protected config a
// script that may write asks first, through `confirm` (a dialog by default).

#include "project_session.h"
#include "operations/confirmation.h"
#include "operations/job.h"
#include "operations/sql_operation.h"
#include "sql/paged_results.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace noorm {

class ProjectSession;
class ResultModel;

class SqlRunner : public QObject {
    Q_OBJECT
public:
    explicit SqlRunner(const ProjectSession &session, QObject *parent = nullptr);
    ~SqlRunner() override;

    // Asked on the GUI thread while the worker waits; the default shows a dialog.
    void setConfirm(std::function<Status(const ConfirmationRequest &)> confirm) { m_confirm = std::move(confirm); }

    bool isRunning() const { return m_running; }
    // `shownAs` names the script in errors (the tab's title).
    void run(const QString &configName, const QString &script, const QString &shownAs);
    void cancel();

signals:
    void resultSet(noorm::ResultModel *model); // parented to the runner's parent; the receiver takes it
    void statementFinished(const noorm::StatementOutcome &statement);
    void notice(const QString &message); // the server's (PostgreSQL's RAISE NOTICE), masked
    void finished(bool ok, const QString &message, qint64 durationMs);

private:
    ProjectSession m_session; // a copy: the window may open another project while this lives
    std::function<Status(const ConfirmationRequest &)> m_confirm;
    std::shared_ptr<PagedResults> m_sink;
    std::optional<Job<SqlRun>> m_job;
    QList<QPointer<ResultModel>> m_models;
    bool m_running = false;
};

} // namespace noorm
