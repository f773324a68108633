#include "sql_runner.h"

#include "gui_confirm.h"
#include "project_session.h"
#include "result_model.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QPointer>
#include <QThread>

namespace noorm {


SqlRunner::SqlRunner(const ProjectSession &session, QObject *parent) : QObject(parent), m_session(session), m_confirm(askWithDialog) {}

SqlRunner::~SqlRunner()
{
    cancel();
}

void SqlRunner::run(const QString &configName, const QString &script, const QString &shownAs)
{
    if (m_running)
        return;
    m_running = true;
    QPointer<SqlRunner> self(this);
    PagedResults::Callbacks callbacks;
    // Called on the worker: each goes to the GUI thread as a queued call.
    callbacks.onResultSet = [self](std::shared_ptr<ResultPages> pages) {
        QMetaObject::invokeMethod(qApp, [self, pages] { // not to self: it may be going away meanwhile
            if (!self)
                return pages->cancel();
            auto *model = new ResultModel(pages, self->parent());
            self->m_models << model;
            emit self->resultSet(model);
            model->takeArrived();
        }, Qt::QueuedConnection);
    };
    callbacks.onRows = [self](const std::shared_ptr<ResultPages> &pages) {
        QMetaObject::invokeMethod(qApp, [self, pages] {
            if (!self)
                return;
            for (const QPointer<ResultModel> &m : std::as_const(self->m_models))
                if (m && m->pages() == pages)
                    m->takeArrived();
        }, Qt::QueuedConnection);
    };
    callbacks.onStatement = [self](const StatementOutcome &statement) {
        QMetaObject::invokeMethod(qApp, [self, statement] {
            if (self)
                emit self->statementFinished(statement);
        }, Qt::QueuedConnection);
    };
    m_sink = std::make_shared<PagedResults>(std::move(callbacks), ResultModel::kPage);
    // The confirmation runs on the GUI thread while the worker waits for its answer.
    const Confirm confirm = askOnGuiThread(this, [self](const ConfirmationRequest &request) {
        return self ? self->m_confirm(request) : Status(Error::refused(QObject::tr("Not confirmed")));
    });
    SqlRequest request{script, shownAs, ResolveRequest{configName}};
    request.onNotice = [self](const QString &message) {
        QMetaObject::invokeMethod(qApp, [self, message] {
            if (self)
                emit self->notice(message);
        }, Qt::QueuedConnection);
    };
    auto sink = m_sink;
    m_job = m_session.start<SqlRun>([request, sink, confirm](Workspace &ws, Cancellation &cancellation) {
        SqlOperation operation(ws, request, confirm);
        return operation.run(*sink, cancellation);
    });
    whenDone(*m_job, this, [this](const Result<SqlRun> &result) {
        m_running = false;
        m_job.reset();
        if (!result)
            return emit finished(false, result.error().toString(), 0);
        if (const StatementOutcome *failed = result->outcome.failed())
            return emit finished(false, failed->error->toString(), result->outcome.durationMs);
        emit finished(true, QString(), result->outcome.durationMs);
    });
}

void SqlRunner::cancel()
{
    if (m_sink)
        m_sink->cancel();
    if (m_job)
        m_job->cancel();
}

} // namespace noorm
