#pragma once
// DatabaseActions: Database › Create and Drop, as `noorm db create` and `db drop`: the core
// DatabaseOperation off the GUI thread, asking on the GUI thread (a plain question, or the
// phrase to type when the core asks for one). Drop is refused outright on a protected config.

#include "project_session.h"
#include "operations/confirmation.h"

#include <QObject>

class QWidget;

namespace noorm {

class DatabaseActions : public QObject {
    Q_OBJECT
public:
    DatabaseActions(const ProjectSession &session, QWidget *window);
    void create(const QString &configName);
    void drop(const QString &configName);
    // How questions are asked (a dialog by default; tests answer themselves).
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

signals:
    void finished(bool ok, const QString &message);

private:
    Confirm guiConfirm();
    ProjectSession m_session;
    QWidget *m_window;
    Confirm m_confirm;
};

} // namespace noorm
