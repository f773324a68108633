#pragma once
// A core Confirm callback (called on an operation's worker thread) that asks on the GUI
// thread, through `ask`, while the worker waits for the answer. Refused when `context` is
// gone by then.

#include "operations/confirmation.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QPushButton>

namespace noorm {

inline Confirm askOnGuiThread(QObject *context, std::function<Status(const ConfirmationRequest &)> ask)
{
    QPointer<QObject> guard(context);
    return [guard, ask = std::move(ask)](const ConfirmationRequest &request) -> Status {
        Status answer = Error::refused(QObject::tr("Not confirmed"));
        // Through the application object, which outlives any window: `guard` is read on
        // the GUI thread only.
        QMetaObject::invokeMethod(qApp, [&] {
            if (guard)
                answer = ask(request);
        }, Qt::BlockingQueuedConnection);
        return answer;
    };
}

// The default question: a warning dialog naming the protected config.
inline Status askWithDialog(const ConfirmationRequest &request)
{
    QMessageBox box(QMessageBox::Warning, QObject::tr("Protected config"), request.question, QMessageBox::Cancel);
    box.setInformativeText(QObject::tr("Config \"%1\" is protected.").arg(request.configName));
    QPushButton *go = box.addButton(QObject::tr("Run it"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(go))
        return Error::refused(QObject::tr("Not confirmed"));
    return {};
}

} // namespace noorm
