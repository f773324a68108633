#pragma once
// ConfigSidebar: the project's configs as a list: dialect icon, name, database, and badges
// for the active config, its stage, a test config and, clearly, a protected one. Choosing a
// config makes it the window's current one (explorer, new SQL tabs); "Use" makes it the
// project's active config, as `noorm config use` does. Loaded off the GUI thread.

#include "project_session.h"
#include "workspace/config_store.h"

#include <QHash>
#include <QWidget>

class QListWidget;
class QLabel;

namespace noorm {

class ProjectSession;

struct ConfigEntry {
    ConfigSummary summary;
    QString stage; // the stage named like the config, if settings.yml has one
    QString lockedBy; // who holds the config's lock, when it was last read; empty: free or not read
};

class ConfigSidebar : public QWidget {
    Q_OBJECT
public:
    explicit ConfigSidebar(const ProjectSession &session, QWidget *parent = nullptr);
    void reload();
    QListWidget *list() const { return m_list; }
    const QList<ConfigEntry> &entries() const { return m_entries; }
    // The entry named `name`, or null.
    const ConfigEntry *entry(const QString &name) const;
    void select(const QString &name);
    // What the window last read of `name`'s lock: its holder (empty: free) and a line on it.
    void setLock(const QString &name, const QString &lockedBy, const QString &detail);

signals:
    void configChosen(const QString &name);
    void loaded();
    void failed(const QString &message);

private:
    void show(const QList<ConfigEntry> &entries);
    void useSelected();

    ProjectSession m_session; // a copy: the window may open another project while this lives
    QListWidget *m_list;
    QLabel *m_empty;
    QList<ConfigEntry> m_entries;
    QHash<QString, QPair<QString, QString>> m_locks; // name -> holder, detail: kept across reloads
    LatestOnly m_reloads; // only the newest reload is shown
};

} // namespace noorm
