#include "database_actions.h"

#include "gui_confirm.h"

#include "operations/database_operation.h"

#include <QInputDialog>
#include <QMessageBox>

namespace noorm {

namespace {
// The question as the core words it; a phrase to type when it names one.
Status askInDialog(QWidget *window, const ConfirmationRequest &request)
{
    if (!request.phrase.isEmpty()) {
        bool ok = false;
        const QString typed = QInputDialog::getText(window, QObject::tr("Confirm"), QObject::tr("%1\nType %2 to go ahead:").arg(request.question, request.phrase),
                                                    QLineEdit::Normal, QString(), &ok);
        return ok && typed == request.phrase ? Status() : Status(Error::refused(QObject::tr("Not confirmed")));
    }
    return QMessageBox::warning(window, QObject::tr("Confirm"), request.question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) ==
                   QMessageBox::Yes
        ? Status()
        : Status(Error::refused(QObject::tr("Not confirmed")));
}
} // namespace

DatabaseActions::DatabaseActions(const ProjectSession &session, QWidget *window) : QObject(window), m_session(session), m_window(window)
{
    m_confirm = [this](const ConfirmationRequest &request) { return askInDialog(m_window, request); };
}

Confirm DatabaseActions::guiConfirm()
{
    return askOnGuiThread(this, [this](const ConfirmationRequest &r) { return m_confirm(r); });
}

void DatabaseActions::create(const QString &configName)
{
    whenDone(m_session.start<DatabaseCreation>([configName, confirm = guiConfirm()](Workspace &ws, Cancellation &) {
                 return DatabaseOperation(ws, ResolveRequest{configName}, confirm).create();
             }),
             this, [this](const Result<DatabaseCreation> &made) {
                 if (!made)
                     return emit finished(false, made.error().toString());
                 emit finished(true, made->created ? tr("Created database %1 with noorm's tables").arg(made->database)
                                                   : tr("Database %1 was there; noorm's tables are ready").arg(made->database));
             });
}

void DatabaseActions::drop(const QString &configName)
{
    whenDone(m_session.start<DatabaseDrop>([configName, confirm = guiConfirm()](Workspace &ws, Cancellation &) {
                 return DatabaseOperation(ws, ResolveRequest{configName}, confirm).drop();
             }),
             this, [this](const Result<DatabaseDrop> &dropped) {
                 if (!dropped)
                     return emit finished(false, dropped.error().toString());
                 emit finished(true, dropped->dropped ? tr("Dropped database %1").arg(dropped->database)
                                                      : tr("Database %1 did not exist").arg(dropped->database));
             });
}

} // namespace noorm
