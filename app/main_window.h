#pragma once
// MainWindow: noorm-desktop's window. A project open on the left (its configs, and the
// schema explorer of the chosen one), tabs on the right (SQL terminals and opened objects),
// menus and a toolbar sharing one set of actions, each with a shortcut and a tooltip, and a
// status bar with the config, its database and the last run's timing. Without a project
// it offers to open one, and the recent ones.

#include "common/notices.h"
#include "latest_only.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QToolButton;
class QTabWidget;

namespace noorm {

struct LockInfo;

class ConfigSidebar;
class IdentityService;
class ObjectView;
class ProjectSession;
class SchemaTree;
class SqlEditor;
struct ExplorerObject;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the project at `folder` (the folder holding .noorm/, or one inside it); false,
    // with a message in the status bar, when it is no project.
    bool openProject(const QString &folder);
    // `noorm init` in `folder` (and your identity, if you have none yet), then opens it.
    void createProject(const QString &folder);
    QString projectRoot() const;

    ConfigSidebar *configs() const { return m_configs; }
    SchemaTree *explorer() const { return m_explorer; }
    QTabWidget *tabs() const { return m_tabs; }
    QString currentConfig() const { return m_config; }
    SqlEditor *currentEditor() const;
    SqlEditor *newSqlTab();
    ObjectView *openObject(const ExplorerObject &object);
    // The ER diagram of `schema` (empty: the explorer's current schema) in a tab.
    class ErDiagram *openDiagram(const QString &schema = QString());
    // The change manager of the current config in a tab (one per config).
    class ChangeManager *openChanges();
    // The build runner of the current config in a tab.
    class BuildRunner *openBuildRunner();
    // The project's log in a tab (opens once settings.yml says where the log is).
    void openLog();
    class IdentityView *openIdentity();
    // The settings editor (one tab per window).
    class SettingsEditor *openSettings();
    // The project's start page (the first tab; opened again if closed).
    class ProjectHome *openHome();
    // The current config's SQL history.
    class SqlHistoryView *openSqlHistory();
    // The config's secrets and its database's vault.
    class SecretsView *openSecrets();
    // Export and import of configs for teammates (one per open project).
    class ConfigSharing *sharing() const { return m_sharing; }
    // The banner over the tabs for what core told the user (the vault is out of sync: with
    // Sync Now). Empty text hides it.
    // `startedAt`: the job's number (ProjectSession::jobsStarted), to drop a vault notice older than the last sync.
    void showNotices(const QList<Notice> &notices, quint64 startedAt = ~quint64(0));
    QString bannerText() const;
    void syncVault();
    // The current config's lock in the status bar, read again now.
    void refreshLock();
    // Every config's lock, for the sidebar: read when the project opens and on Refresh (the
    // current one is read again every 30 s).
    void refreshAllLocks();
    void forceReleaseLock();
    // Takes the current config's lock for 5 minutes (`lock acquire`), or releases yours.
    void acquireLock(const QString &reason);
    void releaseLock();
    class DatabaseActions *databaseActions() const { return m_databaseActions; }
    QString lockText() const;
    // A file in a SQL tab, at (line, column) when given (an error's place).
    // A file already open in a tab is shown there; a template gets its inspector beside it.
    SqlEditor *openFileInEditor(const QString &path, int line = 0, int column = 0);
    // Database › Inspect Template…: asks which of the SQL folder's templates (listed off
    // the GUI thread) and opens it with its inspector.
    void inspectTemplate();

    // The config dialogs (modeless, so tests and the user can keep working).
    class ConfigDialog *addConfig();
    void editConfig(const QString &name); // the dialog opens once the stored fields are read
    void removeConfig(const QString &name);
    void copyConfig(const QString &name, const QString &copyName);
    // The update check (once a day, off the GUI thread, silent offline): "Update available
    // (v1 → v2)" in the status bar, with how to get the .deb. main.cpp starts it; never under CI.
    void checkForUpdates();
    QString updateText() const;
    QAction *runStatementAction() const { return m_runStatement; }
    QAction *runScriptAction() const { return m_runScript; }
    QAction *cancelAction() const { return m_cancel; }

protected:
    void closeEvent(QCloseEvent *event) override;
    // False when `tab` holds edits the user chose to keep (asked).
    bool mayClose(QWidget *tab);

private:
    void buildActions();
    void buildWelcome();
    void chooseConfig(const QString &name);
    void updateActions();
    void rememberRecent(const QString &root);
    void fillRecentMenu();
    void showAbout();
    QString dialectOf(const QString &config) const;

    std::shared_ptr<IdentityService> m_identity;
    std::unique_ptr<ProjectSession> m_session;
    LatestOnly m_lockRefreshes; // only the newest lock status is shown
    QString m_config;
    std::shared_ptr<const class SqlCompletion> m_completion; // of the explorer's config
    ConfigSidebar *m_configs = nullptr;
    SchemaTree *m_explorer = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_statusConfig = nullptr;
    QLabel *m_statusTiming = nullptr;
    QLabel *m_update = nullptr; // "Update available (v1 → v2)", shown when there is one
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_bannerSync = nullptr;
    QToolButton *m_lock = nullptr; // the current config's lock: who holds it; click to force it free
    QMenu *m_databaseMenu = nullptr;
    QAction *m_lockMenu = nullptr; // Database › Lock
    QProgressBar *m_busy = nullptr; // shown while the catalog is read or SQL runs
    QList<QPointer<QObject>> m_busySources;
    void setBusy(bool on);
    QMenu *m_recent = nullptr;
    QAction *m_open = nullptr, *m_newSql = nullptr, *m_runStatement = nullptr, *m_runScript = nullptr, *m_cancel = nullptr,
            *m_refresh = nullptr, *m_quit = nullptr, *m_about = nullptr, *m_closeTab = nullptr, *m_addConfig = nullptr,
            *m_editConfig = nullptr, *m_removeConfig = nullptr, *m_diagram = nullptr, *m_newProject = nullptr,
            *m_copyConfig = nullptr, *m_changes = nullptr, *m_builds = nullptr, *m_log = nullptr, *m_identityAction = nullptr,
            *m_settingsAction = nullptr, *m_secretsAction = nullptr, *m_exportConfig = nullptr, *m_importConfig = nullptr,
            *m_inspectTemplate = nullptr;
    class ConfigSharing *m_sharing = nullptr;
    QPointer<class ProjectHome> m_home;
    QAction *m_homeAction = nullptr, *m_createDatabase = nullptr, *m_dropDatabase = nullptr, *m_truncate = nullptr, *m_teardown = nullptr,
            *m_reset = nullptr;
    class DatabaseActions *m_databaseActions = nullptr;
    QAction *m_sqlHistory = nullptr, *m_trackingTables = nullptr;
    quint64 m_vaultNoticesFrom = 0; // vault notices of jobs started before this are stale (a sync ended since)
public:
    QAction *trackingTablesAction() const { return m_trackingTables; }
private:
};

} // namespace noorm
