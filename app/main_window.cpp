#include "main_window.h"
#include "theme.h"

#include "build_runner.h"
#include "change_manager.h"
#include "identity_view.h"
#include "config_sharing.h"
#include "database_actions.h"
#include "project_home.h"
#include "sql_history_view.h"
#include "secrets_view.h"
#include "settings_editor.h"
#include "lock_text.h"
#include "log_viewer.h"
#include "config_dialog.h"
#include "config_sidebar.h"
#include "er_diagram.h"
#include "dialect/dialect.h"
#include "workspace/config_store.h"
#include "workspace/lock_commands.h"
#include "workspace/vault.h"
#include "identity/identity_defaults.h"
#include "identity/identity_service.h"
#include "project/project.h"
#include "object_view.h"
#include "project_session.h"
#include "schema_tree.h"
#include "sql/sql_completion.h"
#include "sql_editor.h"
#include "update/update_check.h"
#include "operations/job.h"
#include "template_inspector.h"
#include "operations/run_operation.h"
#include "template/template_engine.h"

#include <Qsci/qsciscintilla.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QInputDialog>
#include <QListWidget>
#include <QTreeView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QToolButton>
#include <QStackedWidget>
#include <QDialog>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

// The icons are compiled into this static library: registered once, outside any namespace.
static void initResources() { Q_INIT_RESOURCE(resources); }

namespace noorm {

namespace {
// The open tab of type T (for `config`, named in its title; any when empty), made current.
template <typename T>
T *findTab(QTabWidget *tabs, const QString &config)
{
    for (int i = 0; i < tabs->count(); ++i)
        if (auto *w = qobject_cast<T *>(tabs->widget(i)); w && (config.isEmpty() || tabs->tabText(i).endsWith(config))) {
            tabs->setCurrentIndex(i);
            return w;
        }
    return nullptr;
}
} // namespace


namespace {

constexpr int kMaxRecent = 8;

QString findProjectRoot(const QString &start)
{
    QDir dir(QFileInfo(start).absoluteFilePath());
    while (true) {
        if (QFileInfo(dir.filePath(QStringLiteral(".noorm"))).isDir())
            return dir.absolutePath();
        if (!dir.cdUp())
            return QString();
    }
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setContentsMargins(8, 6, 8, 2);
    return label;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_identity(std::make_shared<IdentityService>(IdentityOptions{}))
{
    initResources();
    setWindowTitle(tr("noorm"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/noorm.svg")));
    buildActions();
    m_statusConfig = new QLabel(this);
    m_statusTiming = new QLabel(this);
    // Permanent, so a message never hides which config is current (it replaced it).
    statusBar()->addPermanentWidget(m_statusConfig);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy, with no end known
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
    m_lock = new QToolButton(this);
    m_lock->setAutoRaise(true);
    m_lock->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_lock->setPopupMode(QToolButton::InstantPopup);
    auto *lockMenu = new QMenu(m_lock);
    lockMenu->addAction(tr("Refresh"), this, &MainWindow::refreshLock);
    lockMenu->addSeparator();
    lockMenu->addAction(tr("Acquire…"), this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Acquire Lock"), tr("Hold the lock of %1 for 5 minutes (others' runs wait or fail). Why:").arg(m_config),
                                                     QLineEdit::Normal, tr("maintenance"), &ok);
        if (ok)
            acquireLock(reason);
    });
    lockMenu->addAction(tr("Release"), this, &MainWindow::releaseLock);
    lockMenu->addAction(tr("Force Release…"), this, &MainWindow::forceReleaseLock);
    m_lock->setMenu(lockMenu);
    // The same, in the menu bar (they were in the status bar's popup only).
    lockMenu->setTitle(tr("&Lock"));
    lockMenu->setIcon(QIcon(QStringLiteral(":/icons/lock.svg")));
    m_databaseMenu->addSeparator();
    m_lockMenu = m_databaseMenu->addMenu(lockMenu);
    m_lock->hide();
    statusBar()->addPermanentWidget(m_lock);
    // Locks expire and other people take them: the indicator looks again now and then.
    auto *lockTimer = new QTimer(this);
    lockTimer->setInterval(30000);
    connect(lockTimer, &QTimer::timeout, this, &MainWindow::refreshLock);
    lockTimer->start();
    statusBar()->addPermanentWidget(m_statusTiming);
    m_update = new QLabel(this);
    m_update->setOpenExternalLinks(true);
    m_update->hide();
    statusBar()->addPermanentWidget(m_update);
    buildWelcome();
    resize(1200, 760);
    updateActions();
}

MainWindow::~MainWindow()
{
    if (m_session) {
        m_session->setNoticeSink({}); // a job's late notices must not reach a window that is gone
        m_session->jobs().cancelAndWait(3000);
    }
}

void MainWindow::buildActions()
{
    const auto make = [this](const QString &text, const QString &icon, const QKeySequence &keys, const QString &tip) {
        auto *a = new QAction(icon.isEmpty() ? QIcon() : QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), text, this);
        if (!keys.isEmpty())
            a->setShortcut(keys);
        a->setToolTip(keys.isEmpty() ? tip : tr("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
        return a;
    };
    m_open = make(tr("&Open Project…"), QStringLiteral("open"), QKeySequence::Open, tr("Open a folder holding a noorm project"));
    m_newSql = make(tr("New &SQL Tab"), QStringLiteral("new-query"), QKeySequence(tr("Ctrl+T")), tr("Open a SQL terminal on the current config"));
    m_runStatement = make(tr("&Run Statement"), QStringLiteral("run"), QKeySequence(tr("Ctrl+Return")),
                          tr("Run the statement under the cursor, or the selection"));
    m_runScript = make(tr("Run &Script"), QStringLiteral("run-all"), QKeySequence(tr("Ctrl+Shift+Return")), tr("Run the whole script"));
    m_cancel = make(tr("&Cancel"), QStringLiteral("stop"), QKeySequence(tr("Ctrl+Shift+C")), tr("Cancel the running statement"));
    m_refresh = make(tr("&Refresh Explorer"), QStringLiteral("refresh"), QKeySequence::Refresh, tr("Read the catalog again"));
    m_closeTab = make(tr("&Close Tab"), QString(), QKeySequence::Close, tr("Close the current tab"));
    m_quit = make(tr("&Quit"), QString(), QKeySequence::Quit, tr("Quit noorm"));
    m_about = make(tr("&About noorm"), QString(), QKeySequence(), tr("Version and licence"));
    m_addConfig = make(tr("&Add Config…"), QString(), QKeySequence(tr("Ctrl+Shift+N")), tr("Add a database connection"));
    m_editConfig = make(tr("&Edit Config…"), QString(), QKeySequence(), tr("Edit the selected config"));
    m_removeConfig = make(tr("&Remove Config…"), QString(), QKeySequence(), tr("Remove the selected config and its secrets"));
    m_newProject = make(tr("&New Project…"), QString(), QKeySequence::New, tr("Make a folder a noorm project (noorm init)"));
    connect(m_newProject, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("New Project"), QDir::homePath());
        if (!folder.isEmpty())
            createProject(folder);
    });
    m_copyConfig = make(tr("&Copy Config…"), QString(), QKeySequence(), tr("Copy the selected config and its secrets under a new name"));
    connect(m_copyConfig, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString copyName = QInputDialog::getText(this, tr("Copy Config"), tr("Name of the copy of \"%1\":").arg(m_config),
                                                       QLineEdit::Normal, m_config + QStringLiteral("-copy"), &ok);
        if (ok && !copyName.trimmed().isEmpty())
            copyConfig(m_config, copyName.trimmed());
    });
    m_changes = make(tr("C&hange Manager"), QStringLiteral("changes"), QKeySequence(tr("Ctrl+Shift+M")), tr("The config's change sets: apply, revert, fast-forward, rewind"));
    connect(m_changes, &QAction::triggered, this, [this] { openChanges(); });
    m_builds = make(tr("&Build Runner"), QStringLiteral("run-all"), QKeySequence(tr("Ctrl+B")), tr("Run the SQL folder, or files of it, with progress"));
    connect(m_builds, &QAction::triggered, this, [this] { openBuildRunner(); });
    m_inspectTemplate = make(tr("&Inspect Template…"), QString(), QKeySequence(tr("Ctrl+Shift+I")),
                             tr("What a .sql.tmpl can use from $ (data files, helpers, config, secret names) and the SQL it renders"));
    connect(m_inspectTemplate, &QAction::triggered, this, &MainWindow::inspectTemplate);
    m_log = make(tr("&Log"), QString(), QKeySequence(tr("Ctrl+Shift+L")), tr("The project's log, followed as it grows"));
    connect(m_log, &QAction::triggered, this, &MainWindow::openLog);
    m_createDatabase = make(tr("&Create Database"), QString(), QKeySequence(), tr("Create the config's database and noorm's tables (db create)"));
    connect(m_createDatabase, &QAction::triggered, this, [this] {
        if (m_databaseActions && !m_config.isEmpty())
            m_databaseActions->create(m_config);
    });
    m_dropDatabase = make(tr("&Drop Database…"), QString(), QKeySequence(), tr("Drop the config's database, after asking (db drop; refused on a protected config)"));
    connect(m_dropDatabase, &QAction::triggered, this, [this] {
        if (m_databaseActions && !m_config.isEmpty())
            m_databaseActions->drop(m_config);
    });
    const auto destroyAction = [this](const QString &text, const QString &tip, BuildRunner::Destroy what) {
        QAction *a = new QAction(text, this);
        a->setStatusTip(tip);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, [this, what] {
            if (BuildRunner *runner = openBuildRunner())
                runner->destroy(what); // shows the statements first; refused on a protected config
        });
        return a;
    };
    m_truncate = destroyAction(tr("&Truncate…"), tr("Empty every table, keeping the structure (db truncate)"), BuildRunner::Destroy::Truncate);
    m_teardown = destroyAction(tr("T&eardown…"), tr("Drop every object but noorm's tables (db teardown)"), BuildRunner::Destroy::Teardown);
    m_reset = destroyAction(tr("&Reset…"), tr("Teardown, then build (db reset)"), BuildRunner::Destroy::Reset);
    m_sqlHistory = make(tr("SQL &History"), QString(), QKeySequence(tr("Ctrl+Shift+Y")), tr("The config's SQL history: search, see kept results, run again, clear"));
    connect(m_sqlHistory, &QAction::triggered, this, [this] { openSqlHistory(); });
    m_trackingTables = make(tr("Show &Tracking Tables"), QString(), QKeySequence(), tr("noorm's own tables (__noorm_*) in the explorer, to read what it recorded"));
    m_trackingTables->setCheckable(true);
    connect(m_trackingTables, &QAction::toggled, this, [this](bool on) {
        if (m_explorer)
            m_explorer->setShowTrackingTables(on);
    });
    m_homeAction = make(tr("&Home"), QStringLiteral("noorm"), QKeySequence(tr("Ctrl+Shift+H")), tr("The project's start page: the config, its changes, its lock, what ran last"));
    connect(m_homeAction, &QAction::triggered, this, [this] { openHome(); });
    m_settingsAction = make(tr("Project &Settings"), QStringLiteral("settings"), QKeySequence::Preferences, tr("Edit the team's .noorm/settings.yml: stages, rules, build, logging"));
    connect(m_settingsAction, &QAction::triggered, this, [this] { openSettings(); });
    m_exportConfig = make(tr("E&xport for Teammate…"), QString(), QKeySequence(), tr("Encrypt the selected config and its secrets for one teammate (config export)"));
    connect(m_exportConfig, &QAction::triggered, this, [this] {
        if (m_sharing && !m_config.isEmpty())
            m_sharing->exportConfig(m_config);
    });
    m_importConfig = make(tr("&Import from Teammate…"), QString(), QKeySequence(), tr("Add a config a teammate exported for you (config import)"));
    connect(m_importConfig, &QAction::triggered, this, [this] {
        if (m_sharing)
            m_sharing->importConfig();
    });
    m_secretsAction = make(tr("&Secrets and Vault"), QStringLiteral("key"), QKeySequence(tr("Ctrl+Shift+K")), tr("The config's secrets on this machine, and the team vault in its database"));
    connect(m_secretsAction, &QAction::triggered, this, [this] { openSecrets(); });
    m_identityAction = make(tr("&Identity and Team"), QString(), QKeySequence(), tr("Your identity, your public key, and who is registered in the database"));
    connect(m_identityAction, &QAction::triggered, this, [this] { openIdentity(); });
    m_diagram = make(tr("&ER Diagram"), QStringLiteral("schema"), QKeySequence(tr("Ctrl+E")), tr("Diagram of the selected schema's tables and keys"));
    connect(m_diagram, &QAction::triggered, this, [this] { openDiagram(); });
    connect(m_addConfig, &QAction::triggered, this, [this] { addConfig(); });
    connect(m_editConfig, &QAction::triggered, this, [this] { editConfig(m_config); });
    connect(m_removeConfig, &QAction::triggered, this, [this] { removeConfig(m_config); });

    connect(m_open, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Project"), QDir::homePath());
        if (!folder.isEmpty() && !openProject(folder))
            QMessageBox::warning(this, tr("Open Project"), tr("%1 holds no noorm project (no .noorm folder). Create one with noorm init.").arg(folder));
    });
    connect(m_newSql, &QAction::triggered, this, [this] { newSqlTab(); });
    connect(m_runStatement, &QAction::triggered, this, [this] {
        if (SqlEditor *e = currentEditor())
            e->runStatement();
    });
    connect(m_runScript, &QAction::triggered, this, [this] {
        if (SqlEditor *e = currentEditor())
            e->runScript();
    });
    connect(m_cancel, &QAction::triggered, this, [this] {
        if (SqlEditor *e = currentEditor(); e && e->isRunning())
            return e->cancel();
        if (m_explorer && m_explorer->isReading())
            m_explorer->cancel();
    });
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (m_configs) {
            connect(m_configs, &ConfigSidebar::loaded, this, &MainWindow::refreshAllLocks, Qt::SingleShotConnection);
            m_configs->reload();
        }
        if (m_explorer && !m_config.isEmpty())
            m_explorer->refresh(); // reloads only when the catalog's fingerprint changed
    });
    connect(m_closeTab, &QAction::triggered, this, [this] {
        if (m_tabs && m_tabs->currentWidget() && mayClose(m_tabs->currentWidget()))
            delete m_tabs->currentWidget();
    });
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newProject);
    file->addAction(m_open);
    m_recent = file->addMenu(tr("Open &Recent"));
    fillRecentMenu();
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_closeTab);
    file->addAction(m_quit);
    QMenu *configMenu = menuBar()->addMenu(tr("&Config"));
    configMenu->addAction(m_addConfig);
    configMenu->addAction(m_editConfig);
    configMenu->addAction(m_copyConfig);
    configMenu->addAction(m_removeConfig);
    configMenu->addSeparator();
    configMenu->addAction(m_exportConfig);
    configMenu->addAction(m_importConfig);
    QMenu *query = menuBar()->addMenu(tr("&Query"));
    query->addAction(m_newSql);
    query->addSeparator();
    query->addAction(m_runStatement);
    query->addAction(m_runScript);
    query->addAction(m_cancel);
    query->addSeparator();
    query->addAction(m_sqlHistory);
    QMenu *database = m_databaseMenu = menuBar()->addMenu(tr("&Database"));
    database->addAction(m_createDatabase);
    database->addAction(m_dropDatabase);
    database->addSeparator();
    database->addAction(m_builds);
    database->addAction(m_inspectTemplate);
    database->addAction(m_truncate);
    database->addAction(m_teardown);
    database->addAction(m_reset);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_homeAction);
    view->addAction(m_refresh);
    view->addAction(m_diagram);
    view->addAction(m_changes);
    view->addAction(m_builds);
    view->addAction(m_log);
    view->addAction(m_secretsAction);
    view->addAction(m_identityAction);
    QMenu *developer = menuBar()->addMenu(tr("Deve&loper"));
    developer->addAction(m_trackingTables);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("main-toolbar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(18, 18));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_open);
    bar->addSeparator();
    bar->addAction(m_newSql);
    bar->addAction(m_runStatement);
    bar->addAction(m_runScript);
    bar->addAction(m_cancel);
    bar->addSeparator();
    bar->addAction(m_refresh);
    bar->addAction(m_diagram);
    bar->addAction(m_changes);
}

void MainWindow::buildWelcome()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    auto *icon = new QLabel(page);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/noorm.svg")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("<h2>noorm</h2>SQL files are the source of truth."), page);
    title->setAlignment(Qt::AlignCenter);
    auto *open = new QPushButton(QIcon(QStringLiteral(":/icons/open.svg")), tr("Open Project…"), page);
    open->setMinimumWidth(200);
    connect(open, &QPushButton::clicked, m_open, &QAction::trigger);
    auto *create = new QPushButton(tr("New Project…"), page);
    create->setMinimumWidth(200);
    connect(create, &QPushButton::clicked, m_newProject, &QAction::trigger);
    layout->addWidget(icon);
    layout->addWidget(title);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(open);
    row->addWidget(create);
    row->addStretch();
    layout->addLayout(row);
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString &root : recent) {
        auto *link = new QPushButton(QDir::toNativeSeparators(root), page);
        link->setFlat(true);
        connect(link, &QPushButton::clicked, this, [this, root] { openProject(root); });
        auto *r = new QHBoxLayout;
        r->addStretch();
        r->addWidget(link);
        r->addStretch();
        layout->addLayout(r);
    }
    layout->addStretch(3);
    setCentralWidget(page);
}

bool MainWindow::openProject(const QString &folder)
{
    const QString root = findProjectRoot(folder);
    if (root.isEmpty()) {
        statusBar()->showMessage(tr("%1 holds no noorm project").arg(folder));
        return false;
    }
    for (SqlEditor *e : findChildren<SqlEditor *>())
        e->cancel();
    if (m_session) {
        m_session->setNoticeSink({}); // the project being left says nothing more here
        m_session->jobs().cancelAndWait(3000);
    }
    for (QDialog *d : findChildren<QDialog *>())
        d->close(); // a config dialog of the project being left
    m_busySources.clear();
    m_busy->hide();
    m_session = std::make_unique<ProjectSession>(root, m_identity);
    m_vaultNoticesFrom = 0;
    m_session->setNoticeSink([this](const QList<Notice> &notices, quint64 startedAt) { showNotices(notices, startedAt); });
    m_config.clear();
    delete m_sharing;
    m_sharing = new ConfigSharing(*m_session, this);
    delete m_databaseActions;
    m_databaseActions = new DatabaseActions(*m_session, this);
    connect(m_databaseActions, &DatabaseActions::finished, this, [this](bool ok, const QString &message) {
        statusBar()->showMessage(message, 10000);
        if (ok) {
            m_explorer->refresh();
            refreshLock();
            if (m_home)
                m_home->reload();
        }
    });
    connect(m_sharing, &ConfigSharing::finished, this, [this](bool, const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_sharing, &ConfigSharing::imported, this, [this](const QString &name) {
        connect(m_configs, &ConfigSidebar::loaded, this, [this, name] { m_configs->select(name); }, Qt::SingleShotConnection);
        m_configs->reload();
    });
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QSplitter(Qt::Vertical, split);
    auto *configsBox = new QWidget(left);
    auto *configsLayout = new QVBoxLayout(configsBox);
    configsLayout->setContentsMargins(0, 0, 0, 0);
    configsLayout->setSpacing(0);
    configsLayout->addWidget(sectionTitle(tr("Configs"), configsBox));
    m_configs = new ConfigSidebar(*m_session, configsBox);
    configsLayout->addWidget(m_configs);
    auto *explorerBox = new QWidget(left);
    auto *explorerLayout = new QVBoxLayout(explorerBox);
    explorerLayout->setContentsMargins(0, 0, 0, 0);
    explorerLayout->setSpacing(0);
    explorerLayout->addWidget(sectionTitle(tr("Explorer"), explorerBox));
    m_explorer = new SchemaTree(*m_session, explorerBox);
    explorerLayout->addWidget(m_explorer);
    left->addWidget(configsBox);
    left->addWidget(explorerBox);
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 3);
    m_tabs = new QTabWidget;
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (mayClose(m_tabs->widget(index)))
            delete m_tabs->widget(index);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_busySources.removeAll(nullptr);
        m_busy->setVisible(!m_busySources.isEmpty());
    });
    // With no tab open, a word on what to do; above, the banner for core's notices.
    auto *rightBox = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(rightBox);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_banner = new QWidget(rightBox);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    // Amber, dark in a dark window (a pale strip there glared)
    bannerPalette.setColor(QPalette::Window, isDark() ? QColor(0x4a, 0x40, 0x1c) : QColor(0xff, 0xf4, 0xce));
    bannerPalette.setColor(QPalette::WindowText, isDark() ? QColor(0xf0, 0xd8, 0x90) : QColor(0x5c, 0x44, 0x00));
    m_banner->setPalette(bannerPalette);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerSync = new QPushButton(tr("Sync Now"), m_banner);
    auto *bannerClose = new QPushButton(tr("Dismiss"), m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerSync);
    bannerLayout->addWidget(bannerClose);
    m_banner->hide();
    connect(m_bannerSync, &QPushButton::clicked, this, &MainWindow::syncVault);
    connect(bannerClose, &QPushButton::clicked, m_banner, &QWidget::hide);
    rightLayout->addWidget(m_banner);
    auto *right = new QStackedWidget(rightBox);
    rightLayout->addWidget(right, 1);
    auto *hint = new QLabel(tr("Double-click an object in the explorer to open it,\nor press %1 for a SQL tab.")
                                .arg(m_newSql->shortcut().toString(QKeySequence::NativeText)),
                            right);
    hint->setAlignment(Qt::AlignCenter);
    hint->setEnabled(false);
    right->addWidget(hint);
    right->addWidget(m_tabs);
    const auto showTabs = [this, right, hint] { right->setCurrentWidget(m_tabs->count() ? static_cast<QWidget *>(m_tabs) : hint); };
    connect(m_tabs, &QTabWidget::currentChanged, right, showTabs);
    split->addWidget(left);
    split->addWidget(rightBox);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({300, 900});
    setCentralWidget(split);
    connect(m_configs, &ConfigSidebar::configChosen, this, &MainWindow::chooseConfig);
    openHome();
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_home && m_tabs->currentWidget() == m_home)
            m_home->reload(); // after a build or a change elsewhere: what stands now
    });
    m_configs->list()->addAction(m_editConfig);
    m_configs->list()->addAction(m_copyConfig);
    m_configs->list()->addAction(m_removeConfig);
    m_configs->list()->addAction(m_addConfig);
    connect(m_configs->list(), &QAbstractItemView::doubleClicked, m_editConfig, &QAction::trigger);
    connect(m_configs, &ConfigSidebar::failed, this, [this](const QString &m) { statusBar()->showMessage(m); });
    connect(m_explorer, &SchemaTree::objectActivated, this, [this](const ExplorerObject &o) { openObject(o); });
    connect(m_explorer, &SchemaTree::loaded, this, [this] {
        if (!m_explorer->catalog())
            return;
        m_completion = std::make_shared<const SqlCompletion>(*m_explorer->catalog());
        for (SqlEditor *e : findChildren<SqlEditor *>())
            if (e->configName() == m_explorer->configName())
                e->setCompletion(m_completion);
    });
    connect(m_explorer, &SchemaTree::loaded, this, &MainWindow::updateActions);
    connect(m_explorer, &SchemaTree::busy, this, &MainWindow::setBusy);
    connect(m_explorer, &SchemaTree::busy, this, &MainWindow::updateActions);
    connect(m_explorer, &SchemaTree::unchanged, this, [this] { statusBar()->showMessage(tr("The catalog has not changed"), 3000); });
    m_explorer->view()->addAction(m_diagram);
    m_explorer->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    // SchemaTree::failed: the explorer says it in its own panel (the status bar would say it twice).
    setWindowTitle(tr("%1 — noorm").arg(QFileInfo(root).fileName()));
    rememberRecent(root);
    // The CLI may change the configs meanwhile: the list follows the state file.
    auto *watcher = new QFileSystemWatcher(split);
    const QString stateDir = QDir(root).filePath(QStringLiteral(".noorm/state"));
    watcher->addPath(stateDir);
    if (QFileInfo::exists(stateDir + QStringLiteral("/state.enc")))
        watcher->addPath(stateDir + QStringLiteral("/state.enc"));
    const auto changed = [this, watcher, stateDir] {
        if (QFileInfo::exists(stateDir + QStringLiteral("/state.enc")) && !watcher->files().contains(stateDir + QStringLiteral("/state.enc")))
            watcher->addPath(stateDir + QStringLiteral("/state.enc")); // an atomic save replaces the file
        m_configs->reload();
    };
    connect(watcher, &QFileSystemWatcher::fileChanged, this, changed);
    connect(watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    connect(m_configs, &ConfigSidebar::loaded, this, &MainWindow::refreshAllLocks, Qt::SingleShotConnection);
    m_configs->reload();
    updateActions();
    return true;
}

QString MainWindow::projectRoot() const { return m_session ? m_session->root() : QString(); }

QString MainWindow::dialectOf(const QString &config) const
{
    const ConfigEntry *e = m_configs ? m_configs->entry(config) : nullptr;
    return e ? e->summary.dialect : QString();
}

SqlHistoryView *MainWindow::openSqlHistory()
{
    if (!m_session || m_config.isEmpty())
        return nullptr;
    if (auto *v = findTab<SqlHistoryView>(m_tabs, m_config)) {
        v->reload();
        return v;
    }
    auto *view = new SqlHistoryView(*m_session, m_config, m_tabs);
    m_tabs->setCurrentIndex(m_tabs->addTab(view, tr("SQL History · %1").arg(m_config)));
    connect(view, &SqlHistoryView::openQuery, this, [this](const QString &config, const QString &query) {
        if (config != m_config)
            m_configs->select(config);
        if (SqlEditor *editor = newSqlTab())
            editor->setText(query);
    });
    return view;
}

ProjectHome *MainWindow::openHome()
{
    if (!m_session)
        return nullptr;
    if (!m_home) {
        m_home = new ProjectHome(*m_session, m_tabs);
        for (QAction *a : {m_builds, m_changes, m_newSql, m_secretsAction, m_settingsAction, m_diagram})
            m_home->addQuickAction(a);
        m_tabs->insertTab(0, m_home, QIcon(QStringLiteral(":/icons/noorm.svg")), tr("Home"));
        if (!m_config.isEmpty())
            m_home->showConfig(m_config);
    }
    m_tabs->setCurrentWidget(m_home);
    return m_home;
}

void MainWindow::chooseConfig(const QString &name)
{
    if (name == m_config)
        return;
    m_config = name;
    if (m_home)
        m_home->showConfig(name);
    const ConfigEntry *e = m_configs->entry(name);
    m_statusConfig->setText(e ? tr("%1 · %2 · %3%4 · connecting…")
                                    .arg(name, e->summary.dialect, e->summary.database,
                                         e->summary.isProtected ? tr(" · protected") : QString())
                              : name);
    m_explorer->load(name);
    updateActions();
    refreshLock();
    // The server's version for the status bar, off the GUI thread.
    const QString database = e ? e->summary.database : QString();
    const QString protectedNote = e && e->summary.isProtected ? tr(" · protected") : QString();
    whenDone(m_session->start<ConnectionCheck>([name](Workspace &ws, Cancellation &) -> Result<ConnectionCheck> {
                 Result<Config> config = ws.resolveConfig(ResolveRequest{name});
                 if (!config)
                     return config.error();
                 return checkConnection(*config, ws.root());
             }),
             this, [this, name, database, protectedNote](const Result<ConnectionCheck> &check) {
                 if (name != m_config)
                     return;
                 const ConfigEntry *entry = m_configs->entry(name);
                 const Dialect *dialect = entry ? dialectFor(entry->summary.dialect) : nullptr;
                 const QString product = dialect ? dialect->displayName() : QString();
                 QString server;
                 if (!check)
                     server = tr("not connected: %1").arg(check.error().message);
                 else if (check->databaseMissing)
                     server = tr("no database file yet");
                 else
                     server = check->ok ? check->serverVersion : tr("not connected: %1").arg(check->error);
                 m_statusConfig->setText(tr("%1 · %2 %3 · %4%5").arg(name, product, server, database, protectedNote));
                 m_statusConfig->setToolTip(m_statusConfig->text());
             });
}

SqlEditor *MainWindow::currentEditor() const
{
    if (!m_tabs)
        return nullptr;
    if (auto *e = qobject_cast<SqlEditor *>(m_tabs->currentWidget()))
        return e;
    if (auto *o = qobject_cast<ObjectView *>(m_tabs->currentWidget()))
        return o->data() && o->tabs()->currentWidget() && o->tabs()->currentWidget()->isAncestorOf(o->data()) ? o->data() : nullptr;
    return nullptr;
}

SqlEditor *MainWindow::newSqlTab()
{
    if (!m_session || m_config.isEmpty())
        return nullptr;
    auto *editor = new SqlEditor(*m_session, m_config, dialectOf(m_config), m_tabs);
    if (m_explorer->configName() == m_config)
        editor->setCompletion(m_completion);
    static int count = 0;
    const int index = m_tabs->addTab(editor, QIcon(QStringLiteral(":/icons/new-query.svg")), tr("SQL %1 · %2").arg(++count).arg(m_config));
    m_tabs->setCurrentIndex(index);
    connect(editor, &SqlEditor::runningChanged, this, &MainWindow::updateActions);
    connect(editor, &SqlEditor::runningChanged, this, &MainWindow::setBusy);
    connect(editor, &SqlEditor::status, m_statusTiming, &QLabel::setText);
    editor->editor()->setFocus();
    return editor;
}

ObjectView *MainWindow::openObject(const ExplorerObject &object)
{
    if (!m_session || !m_explorer->catalog())
        return nullptr;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *v = qobject_cast<ObjectView *>(m_tabs->widget(i));
            v && v->object().name == object.name && v->object().schema == object.schema && v->object().kind == object.kind) {
            m_tabs->setCurrentIndex(i);
            return v;
        }
    auto *view = new ObjectView(*m_session, m_config, dialectOf(m_config), *m_explorer->catalog(), object, m_tabs);
    connect(view, &ObjectView::openTable, m_explorer, &SchemaTree::reveal);
    if (SqlEditor *data = view->data()) {
        connect(data, &SqlEditor::status, m_statusTiming, &QLabel::setText);
        connect(data, &SqlEditor::runningChanged, this, &MainWindow::updateActions);
        connect(data, &SqlEditor::runningChanged, this, &MainWindow::setBusy);
    }
    const QString icon = object.kind == ExploreKind::Views ? QStringLiteral("view")
                       : object.kind == ExploreKind::Tables ? QStringLiteral("table")
                                                            : QStringLiteral("routine");
    m_tabs->setCurrentIndex(m_tabs->addTab(view, QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), object.name));
    return view;
}

ConfigDialog *MainWindow::addConfig()
{
    if (!m_session)
        return nullptr;
    auto *dialog = new ConfigDialog(*m_session, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConfigDialog::saved, this, [this](const QString &name) {
        m_configs->reload();
        connect(m_configs, &ConfigSidebar::loaded, this, [this, name] { m_configs->select(name); }, Qt::SingleShotConnection);
    });
    dialog->show();
    return dialog;
}

void MainWindow::editConfig(const QString &name)
{
    if (!m_session || name.isEmpty())
        return;
    // The stored fields come off the GUI thread; the dialog opens with them.
    whenDone(m_session->start<QJsonObject>([name](Workspace &ws, Cancellation &) { return ConfigStore(ws).show(name); }), this,
             [this, name](const Result<QJsonObject> &shown) {
                 if (!shown)
                     return statusBar()->showMessage(shown.error().toString());
                 auto *edit = new ConfigDialog(*m_session, *shown, this);
                 edit->setAttribute(Qt::WA_DeleteOnClose);
                 connect(edit, &ConfigDialog::saved, this, [this](const QString &) {
                     m_config.clear();
                     m_configs->reload();
                 });
                 edit->show();
             });
}

void MainWindow::createProject(const QString &folder)
{
    struct Made {
        QString root;
        QString identity;
        bool identityCreated = false;
    };
    const std::shared_ptr<IdentityService> identity = m_identity;
    whenDone(Job<Made>::start([folder, identity](Cancellation &) -> Result<Made> {
                 Result<InitReport> report = Project::init(folder);
                 if (!report)
                     return report.error();
                 bool created = false;
                 Result<CryptoIdentity> me = ensureIdentity(*identity, QString(), QString(), &created);
                 return Made{report->root, me ? me->display() : me.error().message, created};
             }),
             this, [this](const Result<Made> &made) {
                 if (!made) {
                     QMessageBox::warning(this, tr("New Project"), made.error().toString());
                     return;
                 }
                 openProject(made->root);
                 statusBar()->showMessage(made->identityCreated ? tr("Project created; your identity %1 was made and its key kept in the keychain").arg(made->identity)
                                                               : tr("Project created"),
                                          8000);
             });
}

void MainWindow::copyConfig(const QString &name, const QString &copyName)
{
    if (!m_session)
        return;
    whenDone(m_session->start<QString>([name, copyName](Workspace &ws, Cancellation &) -> Result<QString> {
                 Result<Config> copied = ConfigStore(ws).copy(name, copyName);
                 if (!copied)
                     return copied.error();
                 return copied->name;
             }),
             this, [this](const Result<QString> &copied) {
                 if (!copied)
                     return statusBar()->showMessage(copied.error().toString());
                 m_configs->reload();
             });
}

void MainWindow::removeConfig(const QString &name)
{
    const ConfigEntry *entry = m_configs ? m_configs->entry(name) : nullptr;
    if (!m_session || !entry)
        return;
    if (entry->summary.isProtected) {
        const QString typed = QInputDialog::getText(this, tr("Remove Config"),
                                                    tr("Config \"%1\" is protected. Type yes-%1 to remove it and its secrets.").arg(name));
        if (typed != QStringLiteral("yes-") + name)
            return;
    } else if (QMessageBox::question(this, tr("Remove Config"), tr("Remove config \"%1\" and its secrets?").arg(name)) != QMessageBox::Yes) {
        return;
    }
    whenDone(m_session->start<bool>([name](Workspace &ws, Cancellation &) -> Result<bool> {
                 if (Status ok = ConfigStore(ws).remove(name); !ok)
                     return ok.error();
                 return true;
             }),
             this, [this](const Result<bool> &removed) {
                 if (!removed)
                     statusBar()->showMessage(removed.error().toString());
                 m_config.clear();
                 m_configs->reload();
             });
}

ErDiagram *MainWindow::openDiagram(const QString &schema)
{
    if (!m_explorer || !m_explorer->catalog())
        return nullptr;
    const QString name = schema.isEmpty() ? m_explorer->currentSchema() : schema;
    // Two or more tables selected in the explorer: theirs; else the whole schema's.
    const QStringList chosen = schema.isEmpty() ? m_explorer->selectedTables() : QStringList();
    auto *diagram = new ErDiagram(*m_explorer->catalog(), name, chosen, m_tabs);
    m_tabs->setCurrentIndex(m_tabs->addTab(diagram, QIcon(QStringLiteral(":/icons/schema.svg")), tr("Diagram · %1").arg(name)));
    statusBar()->showMessage(tr("%1, %2").arg(tr("%n table(s)", nullptr, diagram->tableCount()), tr("%n foreign key(s)", nullptr, diagram->linkCount())), 5000);
    return diagram;
}

void MainWindow::setBusy(bool on)
{
    // Per source, so that a tab closed while busy does not leave the indicator on: a source
    // that is gone counts no more (checked here and whenever the tabs change).
    QObject *source = sender();
    m_busySources.removeAll(nullptr);
    const bool known = std::any_of(m_busySources.begin(), m_busySources.end(), [&](const QPointer<QObject> &p) { return p == source; });
    if (on && source && !known)
        m_busySources << QPointer<QObject>(source);
    else if (!on)
        m_busySources.removeAll(QPointer<QObject>(source));
    m_busy->setVisible(!m_busySources.isEmpty());
}

BuildRunner *MainWindow::openBuildRunner()
{
    if (!m_session || m_config.isEmpty())
        return nullptr;
    auto *runner = new BuildRunner(*m_session, m_config, m_tabs);
    m_tabs->setCurrentIndex(m_tabs->addTab(runner, QIcon(QStringLiteral(":/icons/run-all.svg")), tr("Build · %1").arg(m_config)));
    connect(runner, &BuildRunner::finished, this, [this](bool, const QString &message) {
        statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0), 8000);
        m_explorer->refresh(); // the schema may have changed
    });
    connect(runner, &BuildRunner::openFile, this, [this](const QString &path, int line, int column) { openFileInEditor(path, line, column); });
    connect(runner, &BuildRunner::previewReady, this, [this](const QString &sql) {
        if (SqlEditor *e = newSqlTab()) {
            e->setText(sql);
            m_tabs->setTabText(m_tabs->currentIndex(), tr("Preview · %1").arg(m_config));
        }
    });
    return runner;
}

QString MainWindow::lockText() const { return m_lock->isVisible() ? m_lock->text() : QString(); }

void MainWindow::refreshAllLocks()
{
    if (!m_session || !m_configs)
        return;
    QStringList names;
    for (const ConfigEntry &e : m_configs->entries())
        names << e.summary.name;
    using Locks = QList<QPair<QString, std::optional<LockInfo>>>;
    whenDone(m_session->start<Locks>([names](Workspace &ws, Cancellation &cancellation) -> Result<Locks> {
                 Locks locks;
                 for (const QString &name : names) {
                     if (cancellation.isCancelled())
                         break;
                     Result<Config> config = ws.resolveConfig(ResolveRequest{name});
                     if (!config)
                         continue;
                     if (Result<std::optional<LockInfo>> info = lockStatus(ws, *config); info)
                         locks.append({name, *info}); // one that cannot be reached is simply not shown
                 }
                 return locks;
             }),
             this, [this](const Result<Locks> &locks) {
                 if (!locks || !m_configs)
                     return;
                 for (const auto &[name, info] : *locks)
                     m_configs->setLock(name, info ? info->lockedBy : QString(), info ? LockText::detail(*info) : QString());
             });
}

void MainWindow::refreshLock()
{
    if (!m_session || m_config.isEmpty())
        return m_lock->hide();
    const QString name = m_config;
    const quint64 ticket = m_lockRefreshes.take(); // a refresh after Acquire may overtake the timer's
    whenDone(m_session->start<std::optional<LockInfo>>([name](Workspace &ws, Cancellation &) -> Result<std::optional<LockInfo>> {
                 Result<Config> config = ws.resolveConfig(ResolveRequest{name});
                 if (!config)
                     return config.error();
                 return lockStatus(ws, *config);
             }),
             this, [this, name, ticket](const Result<std::optional<LockInfo>> &info) {
                 if (!m_lockRefreshes.isLatest(ticket))
                     return;
                 if (m_configs && info)
                     m_configs->setLock(name, *info ? (*info)->lockedBy : QString(), *info ? LockText::detail(**info) : QString());
                 if (name != m_config)
                     return;
                 m_lock->show();
                 if (!info) {
                     m_lock->setIcon(QIcon());
                     m_lock->setText(tr("lock: unknown"));
                     m_lock->setToolTip(info.error().toString());
                     return;
                 }
                 if (!*info) {
                     m_lock->setIcon(QIcon());
                     m_lock->setText(tr("not locked"));
                     m_lock->setToolTip(tr("Nobody holds the lock of %1").arg(name));
                     return;
                 }
                 const LockInfo &l = **info;
                 m_lock->setIcon(QIcon(QStringLiteral(":/icons/lock.svg")));
                 m_lock->setText(tr("locked by %1").arg(l.lockedBy));
                 m_lock->setToolTip(LockText::detail(l));
             });
}

void MainWindow::acquireLock(const QString &reason)
{
    if (!m_session || m_config.isEmpty())
        return;
    whenDone(m_session->start<LockInfo>([name = m_config, reason](Workspace &ws, Cancellation &) -> Result<LockInfo> {
                 Result<Config> config = ws.resolveConfig(ResolveRequest{name});
                 if (!config)
                     return config.error();
                 LockOptions options;
                 options.reason = reason;
                 return noorm::acquireLock(ws, *config, options);
             }),
             this, [this](const Result<LockInfo> &held) {
                 statusBar()->showMessage(held ? tr("Lock acquired until %1").arg(QLocale().toString(held->expiresAt.toLocalTime(), QLocale::ShortFormat))
                                               : held.error().toString(), 8000);
                 refreshLock();
             });
}

void MainWindow::releaseLock()
{
    if (!m_session || m_config.isEmpty())
        return;
    whenDone(m_session->start<bool>([name = m_config](Workspace &ws, Cancellation &) -> Result<bool> {
                 Result<Config> config = ws.resolveConfig(ResolveRequest{name});
                 if (!config)
                     return config.error();
                 if (Status released = noorm::releaseLock(ws, *config); !released)
                     return released.error();
                 return true;
             }),
             this, [this](const Result<bool> &released) {
                 statusBar()->showMessage(released ? tr("Lock released") : released.error().toString(), 8000);
                 refreshLock();
             });
}

void MainWindow::forceReleaseLock()
{
    if (!m_session || m_config.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Force Release"),
                              tr("Release the lock of %1 whoever holds it? Their run may still be going.").arg(m_config)) != QMessageBox::Yes)
        return;
    const QString name = m_config;
    whenDone(m_session->start<std::optional<LockInfo>>([name](Workspace &ws, Cancellation &) -> Result<std::optional<LockInfo>> {
                 Result<Config> config = ws.resolveConfig(ResolveRequest{name});
                 if (!config)
                     return config.error();
                 return noorm::forceReleaseLock(ws, *config);
             }),
             this, [this](const Result<std::optional<LockInfo>> &released) {
                 if (!released)
                     statusBar()->showMessage(released.error().toString());
                 refreshLock();
             });
}

void MainWindow::showNotices(const QList<Notice> &notices, quint64 startedAt)
{
    QStringList lines;
    bool vault = false;
    for (const Notice &n : notices) {
        if (n.hint.action == Hint::Action::SyncVault)
            vault = startedAt >= m_vaultNoticesFrom; // a job that began before the last sync ended knew the old state
        else
            lines << n.text;
    }
    if (vault)
        lines.prepend(tr("Your secrets are out of sync with the team vault."));
    if (!m_banner || lines.isEmpty())
        return;
    m_bannerText->setText(lines.join(QLatin1Char(' ')));
    m_bannerSync->setVisible(vault);
    m_banner->show();
}

QString MainWindow::bannerText() const { return m_banner && m_banner->isVisible() ? m_bannerText->text() : QString(); }

void MainWindow::syncVault()
{
    if (!m_session || m_config.isEmpty())
        return;
    const QString name = m_config;
    whenDone(m_session->start<VaultSync>([name](Workspace &ws, Cancellation &) -> Result<VaultSync> {
                 Result<Config> config = ws.resolveConfig(ResolveRequest{name});
                 if (!config)
                     return config.error();
                 return Vault(ws, *config).sync();
             }),
             this, [this](const Result<VaultSync> &synced) {
                 if (!synced) {
                     m_bannerText->setText(synced.error().toString());
                     return;
                 }
                 m_banner->hide();
                 m_vaultNoticesFrom = m_session->jobsStarted() + 1;
                 statusBar()->showMessage(vaultSyncSummary(*synced), 8000);
                 m_configs->reload();
             });
}

IdentityView *MainWindow::openIdentity()
{
    if (!m_session || m_config.isEmpty())
        return nullptr;
    auto *view = new IdentityView(*m_session, m_config, m_tabs);
    m_tabs->setCurrentIndex(m_tabs->addTab(view, tr("Identity · %1").arg(m_config)));
    return view;
}

void MainWindow::openLog()
{
    if (!m_session)
        return;
    whenDone(m_session->start<QString>([](Workspace &ws, Cancellation &) -> Result<QString> { return ws.absolutePath(ws.settings().logging.file); }),
             this, [this](const Result<QString> &file) {
                 if (!file)
                     return statusBar()->showMessage(file.error().toString());
                 auto *viewer = new LogViewer(*file, m_tabs);
                 m_tabs->setCurrentIndex(m_tabs->addTab(viewer, tr("Log")));
             });
}

SqlEditor *MainWindow::openFileInEditor(const QString &path, int line, int column)
{
    const QString wanted = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *open = qobject_cast<SqlEditor *>(m_tabs->widget(i)); open && QFileInfo(open->file()).absoluteFilePath() == wanted) {
            m_tabs->setCurrentIndex(i);
            open->showAt(line, column);
            return open;
        }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        statusBar()->showMessage(tr("Cannot read %1").arg(path));
        return nullptr;
    }
    SqlEditor *editor = newSqlTab();
    if (!editor)
        return nullptr;
    editor->setText(QString::fromUtf8(file.readAll()));
    editor->setFile(path);
    const QString name = QFileInfo(path).fileName();
    m_tabs->setTabText(m_tabs->currentIndex(), name);
    m_tabs->setTabToolTip(m_tabs->currentIndex(), tr("%1 (Ctrl+S saves it)").arg(path));
    TemplateInspector *inspector = nullptr;
    if (TemplateEngine::isTemplate(path)) {
        inspector = new TemplateInspector(*m_session, m_config, dialectOf(m_config), wanted, editor);
        editor->addSidePanel(inspector);
        connect(inspector, &TemplateInspector::openFile, this, [this](const QString &source, int l, int c) { openFileInEditor(source, l, c); });
    }
    connect(editor, &SqlEditor::modificationChanged, this, [this, editor, name, inspector](bool modified) {
        if (const int i = m_tabs->indexOf(editor); i >= 0)
            m_tabs->setTabText(i, modified ? name + QStringLiteral(" *") : name);
        if (inspector && !modified)
            inspector->refresh(); // saved: what it uses may have changed
    });
    editor->showAt(line, column);
    return editor;
}

void MainWindow::inspectTemplate()
{
    if (!m_session || m_config.isEmpty())
        return;
    RunRequest request;
    request.config.name = m_config;
    whenDone(m_session->start<QStringList>([request](Workspace &ws, Cancellation &) { return RunOperation(ws, request, {}).templates(); }),
             this, [this](const Result<QStringList> &templates) {
                 if (!templates)
                     return statusBar()->showMessage(templates.error().toString(), 8000);
                 if (templates->isEmpty())
                     return statusBar()->showMessage(tr("No templates (.sql.tmpl files) in the SQL folder of %1").arg(m_config), 8000);
                 const QDir root(projectRoot());
                 QStringList names;
                 for (const QString &t : *templates)
                     names << root.relativeFilePath(t);
                 bool ok = true;
                 const QString chosen = names.size() == 1
                     ? names.first()
                     : QInputDialog::getItem(this, tr("Inspect Template"), tr("Template:"), names, 0, false, &ok);
                 if (ok && !chosen.isEmpty())
                     openFileInEditor(root.absoluteFilePath(chosen));
             });
}

ChangeManager *MainWindow::openChanges()
{
    if (!m_session || m_config.isEmpty())
        return nullptr;
    if (auto *c = findTab<ChangeManager>(m_tabs, m_config)) {
        return c;
    }
    auto *manager = new ChangeManager(*m_session, m_config, m_tabs);
    m_tabs->setCurrentIndex(m_tabs->addTab(manager, tr("Changes · %1").arg(m_config)));
    connect(manager, &ChangeManager::openInEditor, this, [this](const QString &path) { openFileInEditor(path); });
    connect(manager, &ChangeManager::finished, this, [this](bool, const QString &message) {
        statusBar()->showMessage(message, 8000);
        m_explorer->refresh();
    });
    return manager;
}

void MainWindow::updateActions()
{
    const bool project = m_session != nullptr;
    const SqlEditor *editor = currentEditor();
    m_newSql->setEnabled(project && !m_config.isEmpty());
    m_refresh->setEnabled(project);
    m_runStatement->setEnabled(editor && !editor->isRunning());
    m_runScript->setEnabled(editor && !editor->isRunning());
    m_cancel->setEnabled((editor && editor->isRunning()) || (m_explorer && m_explorer->isReading()));
    m_closeTab->setEnabled(m_tabs && m_tabs->count() > 0);
    m_addConfig->setEnabled(project);
    m_diagram->setEnabled(project && m_explorer && m_explorer->catalog());
    m_editConfig->setEnabled(project && !m_config.isEmpty());
    if (m_lockMenu)
        m_lockMenu->setEnabled(project && !m_config.isEmpty());
    m_removeConfig->setEnabled(project && !m_config.isEmpty());
    m_copyConfig->setEnabled(project && !m_config.isEmpty());
    m_changes->setEnabled(project && !m_config.isEmpty());
    m_builds->setEnabled(project && !m_config.isEmpty());
    m_inspectTemplate->setEnabled(project && !m_config.isEmpty());
    m_log->setEnabled(project);
    m_settingsAction->setEnabled(project);
    m_homeAction->setEnabled(project);
    m_sqlHistory->setEnabled(project && !m_config.isEmpty());
    for (QAction *a : {m_createDatabase, m_dropDatabase, m_truncate, m_teardown, m_reset})
        a->setEnabled(project && !m_config.isEmpty());
    m_identityAction->setEnabled(project && !m_config.isEmpty());
    m_secretsAction->setEnabled(project && !m_config.isEmpty());
    m_exportConfig->setEnabled(project && !m_config.isEmpty());
    m_importConfig->setEnabled(project);
}

void MainWindow::rememberRecent(const QString &root)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    recent.removeAll(root);
    recent.prepend(root);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentProjects"), recent);
    fillRecentMenu();
}

void MainWindow::fillRecentMenu()
{
    m_recent->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString &root : recent)
        m_recent->addAction(QDir::toNativeSeparators(root), this, [this, root] { openProject(root); });
    m_recent->setEnabled(!recent.isEmpty());
}

void MainWindow::checkForUpdates()
{
    if (!qEnvironmentVariableIsEmpty("CI"))
        return;
    if (m_session && !projectAllowsUpdateCheck(QDir(m_session->root()).filePath(QStringLiteral(".noorm/settings.yml"))))
        return; // the team turned it off (cli.checkUpdates: false)
    const QString home = IdentityService::defaultHome();
    Job<UpdateInfo> job = Job<UpdateInfo>::start([home](Cancellation &) -> Result<UpdateInfo> {
        UpdateCheckOptions options;
        options.home = home;
        options.currentVersion = QStringLiteral(NOORM_VERSION);
        Result<UpdateInfo> checked = checkForUpdate(options);
        if (checked)
            return checked;
        // Offline, or the feed failed: only what an earlier check found, and no word of the failure.
        Result<UserSettings> settings = UserSettings::load(home);
        return settings ? Result<UpdateInfo>(knownUpdate(*settings, options.currentVersion)) : Result<UpdateInfo>(settings.error());
    });
    whenDone(job, this, [this](const Result<UpdateInfo> &info) {
        if (!info || !info->available)
            return;
        const QString how = !info->downloaded.isEmpty()
            ? tr("Downloaded to %1; install it with: %2").arg(info->downloaded, installCommand(*info))
            : !info->packageUrl.isEmpty() ? tr("Download %1, then: %2").arg(info->packageUrl, installCommand(*info))
                                          : info->releaseUrl;
        const QString text = tr("Update available (v%1 → v%2)").arg(info->current, info->latest);
        const QString link = info->releaseUrl.isEmpty() ? info->packageUrl : info->releaseUrl;
        m_update->setText(link.isEmpty() ? text : QStringLiteral("<a href=\"%1\">%2</a>").arg(link.toHtmlEscaped(), text.toHtmlEscaped()));
        m_update->setToolTip(QStringLiteral("<p>%1</p>").arg(how.toHtmlEscaped()));
        m_update->show();
    });
}

QString MainWindow::updateText() const { return m_update->isHidden() ? QString() : m_update->text(); }

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About noorm"),
                       tr("<h3>noorm %1</h3><p>A SQL-first database schema and change manager.</p>"
                          "<p>Qt %2</p>").arg(QStringLiteral(NOORM_VERSION), QString::fromLatin1(qVersion())));
}

SecretsView *MainWindow::openSecrets()
{
    if (!m_session || m_config.isEmpty())
        return nullptr;
    if (auto *v = findTab<SecretsView>(m_tabs, m_config)) {
        return v;
    }
    auto *view = new SecretsView(*m_session, m_config, m_tabs);
    m_tabs->setCurrentIndex(m_tabs->addTab(view, tr("Secrets · %1").arg(m_config)));
    connect(view, &SecretsView::done, this, [this](bool, const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(view, &SecretsView::vaultSynced, this, [this] {
        m_banner->hide();
        m_vaultNoticesFrom = m_session->jobsStarted() + 1;
    });
    return view;
}

SettingsEditor *MainWindow::openSettings()
{
    if (!m_session)
        return nullptr;
    if (auto *editor = findTab<SettingsEditor>(m_tabs, QString()))
        return editor;
    auto *editor = new SettingsEditor(*m_session, m_tabs);
    m_tabs->setCurrentIndex(m_tabs->addTab(editor, tr("Settings")));
    connect(editor, &SettingsEditor::saved, this, [this](bool ok, const QString &message) {
        statusBar()->showMessage(message, 8000);
        if (ok && m_configs)
            m_configs->reload(); // stages give configs their badges and defaults
    });
    return editor;
}

bool MainWindow::mayClose(QWidget *tab)
{
    QString what;
    if (auto *settings = qobject_cast<SettingsEditor *>(tab); settings && settings->isModified())
        what = QStringLiteral("settings.yml");
    else if (auto *sql = qobject_cast<SqlEditor *>(tab); sql && sql->isModified())
        what = QFileInfo(sql->file()).fileName();
    if (what.isEmpty())
        return true;
    m_tabs->setCurrentWidget(tab);
    return QMessageBox::question(this, tr("Unsaved Edits"), tr("%1 has edits that are not saved. Close and lose them?").arg(what),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (int i = 0; m_tabs && i < m_tabs->count(); ++i)
        if (!mayClose(m_tabs->widget(i)))
            return event->ignore();
    // Work still running is cancelled, and its threads waited for (a few seconds at most).
    for (SqlEditor *e : findChildren<SqlEditor *>())
        e->cancel();
    if (m_session)
        m_session->jobs().cancelAndWait(3000);
    event->accept();
}

} // namespace noorm
