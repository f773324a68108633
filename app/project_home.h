#pragma once
// ProjectHome: the project's start page, as the original's home screen: the current config
// (dialect, database, protected or test), whether it connects and to what server, where its
// change sets stand (pending, changed since applied, failed), who holds its lock, the latest
// change runs, and buttons for what one does next (build, fast-forward, a SQL tab, ...).
// Read off the GUI thread whenever the config changes or Refresh is pressed.

#include "project_session.h"

#include <QWidget>

class QAction;
class QGridLayout;
class QLabel;
class QTreeWidget;

namespace noorm {

class ProjectHome : public QWidget {
    Q_OBJECT
public:
    explicit ProjectHome(const ProjectSession &session, QWidget *parent = nullptr);
    void showConfig(const QString &configName);
    void reload();
    // A quick action button (the window's own QAction: same text, shortcut and state).
    void addQuickAction(QAction *action);

    QLabel *connection() const { return m_connection; }
    QLabel *changes() const { return m_changes; }
    QLabel *lock() const { return m_lock; }
    QTreeWidget *recent() const { return m_recent; }

signals:
    void loaded();

private:
    struct Overview;
    void show(const Overview &overview);

    ProjectSession m_session; // a copy: the window may open another project while this lives
    QString m_config;
    LatestOnly m_reloads;     // answers for a config no longer shown are dropped
    QLabel *m_title;
    QLabel *m_connection;
    QLabel *m_changes;
    QLabel *m_lock;
    QTreeWidget *m_recent;
    QGridLayout *m_actions;
};

} // namespace noorm
