#pragma once
// SettingsEditor: the team's .noorm/settings.yml in a window, as the CLI's `settings`
// commands edit it: paths and build folders, stages (defaults, lock, required secrets),
// strict mode, rules, logging and teardown. Every edit is checked at once with the core's
// own validation, so the message is the one the CLI gives (naming the key); the file as it
// will be saved is shown beside. Saving goes through the core writer, which keeps comments,
// unknown keys and the layout, and refuses a file that changed since it was read (the CLI or
// an editor saved meanwhile): the editor then offers to load it again. A file changed on disk
// while nothing is edited is loaded again by itself.

#include "project_session.h"
#include "settings/settings.h"

#include <QWidget>

class QFileSystemWatcher;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace noorm {

class SettingsPage;
class StagesPage;

class SettingsEditor : public QWidget {
    Q_OBJECT
public:
    enum class Page { Project, Stages, Rules, Logging, File };

    SettingsEditor(const ProjectSession &session, QWidget *parent = nullptr);

    void reload();
    void save();
    bool isModified() const;
    void showPage(Page page);

    // What the file would be if saved now (comments kept).
    QString preview() const;
    // The first problem of the edited settings, as the CLI reports it; empty when valid.
    QString problem() const { return m_problemText; }
    StagesPage *stagesPage() const { return m_stages; }
    QPushButton *saveButton() const { return m_save; }

signals:
    void loaded();
    void saved(bool ok, const QString &message);

private:
    void show(const Settings &settings);
    void edited();

    ProjectSession m_session; // a copy: the window may open another project while this lives
    QString m_path;
    Settings m_settings;      // what the pages edit
    QByteArray m_loadedYaml;  // the file as read, rendered the same way, to tell a change
    QString m_problemText;
    bool m_saving = false;
    QListWidget *m_sections;
    QStackedWidget *m_pages;
    QList<SettingsPage *> m_pageList;
    StagesPage *m_stages;
    QPlainTextEdit *m_file;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_revert;
    QFileSystemWatcher *m_watcher;
    LatestOnly m_reloads; // only the newest reload is shown
};

} // namespace noorm
