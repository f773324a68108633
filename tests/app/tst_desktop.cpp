// The desktop app on real widgets (offscreen platform) against the example project built
// into SQLite, and a live PostgreSQL database: open the project, see its configs, expand
// the explorer, open a table (columns, keys, DDL, data), type a query and run it with
// Ctrl+Enter, scroll a 1,000,000-row result a page at a time, cancel a long query while the
// event loop keeps turning. NOORM_SCREENSHOT_DIR set: each screen is saved there as a PNG
// (docs/screenshots.sh).

#include "cli_runner.h"
#include "live.h"
#include "tempproject.h"

#include "build_runner.h"
#include "change_manager.h"
#include "diff_view.h"
#include "identity_view.h"
#include "log_viewer.h"
#include "secret_dialog.h"
#include "secrets_view.h"
#include "identity/identity_service.h"
#include "settings_editor.h"
#include "settings_pages.h"
#include "config_dialog.h"
#include "config_sharing.h"
#include "database_actions.h"
#include "config_sidebar.h"
#include "er_diagram.h"
#include "er_layout.h"
#include "main_window.h"
#include "object_view.h"
#include "project_home.h"
#include "sql_history_view.h"
#include "result_grid.h"
#include "result_model.h"
#include "schema_tree.h"
#include "sql_editor.h"
#include "sql_runner.h"
#include "template_inspector.h"
#include "theme.h"

#include "db/connection.h"
#include "live_config.h"

#include <Qsci/qsciscintilla.h>

#include <QAbstractItemModel>
#include <numeric>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QListWidget>
#include <QRegularExpression>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QHeaderView>
#include <QInputDialog>
#include <QScrollBar>
#include <QTranslator>
#include <QStatusBar>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QFileSystemModel>
#include <QtTest>

using namespace noorm;
using noorm::test::TempProject;

namespace {

void copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &info : QDir(from).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString target = QDir(to).filePath(info.fileName());
        if (info.isDir())
            copyTree(info.filePath(), target);
        else
            QFile::copy(info.filePath(), target);
    }
}

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("NOORM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString scheme = qEnvironmentVariable("NOORM_COLOR_SCHEME", QStringLiteral("light"));
    w->grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, scheme)));
}

// Every row of `model` under `parent`, depth first: each row's display text.
QStringList texts(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        out << i.data().toString();
        out << texts(model, i);
    }
    return out;
}

QModelIndex findRow(const QAbstractItemModel *model, const QString &text, const QModelIndex &parent = {})
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (i.data().toString() == text)
            return i;
        if (QModelIndex found = findRow(model, text, i); found.isValid())
            return found;
    }
    return {};
}

} // namespace

class TestDesktop : public QObject {
    Q_OBJECT

    noorm::test::Cli cli;
    TempProject project;
    bool window_has_pg = false; // the pg config was added

    // A window on `root` (the shared example project when empty).
    std::unique_ptr<MainWindow> openWindow(const QString &root = {})
    {
        auto window = std::make_unique<MainWindow>();
        window->resize(1280, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        if (!window->openProject(root.isEmpty() ? project.root() : root))
            return nullptr;
        return window;
    }

    // The translators noorm-desktop installs as it starts, for NOORM_LANG=`lang`, in place of
    // any installed before ("C": no language of its own, so English and its plural forms).
    static void startTranslations(const char *lang = "C")
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QApplication::removeTranslator(t);
            delete t;
        }
        qputenv("NOORM_LANG", lang);
        installTranslations(*qApp);
    }

    // The sqlite-shop example in `shop`, with the active config `dev` on ./shop.db.
    noorm::test::CliRun shopWithDev(const TempProject &shop)
    {
        copyTree(QStringLiteral(NOORM_SOURCE_DIR "/examples/sqlite-shop"), shop.root());
        return cli.addSqliteConfig(shop.root(), QStringLiteral("dev"), QStringLiteral("./shop.db"), {QStringLiteral("--use")});
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // recent projects go to a test location
        applyColorScheme(*qApp);                   // as noorm-desktop starts (NOORM_COLOR_SCHEME=dark for the dark screenshots)
        startTranslations();                       // and its translations: "1 file", not "1 file(s)"
        qputenv("NOORM_HOME", cli.home().toUtf8());
        copyTree(QStringLiteral(NOORM_SOURCE_DIR "/examples/sqlite-shop"), project.root());
        TempProject fresh; // the example has its settings: the identity is made in a folder of its own
        NOORM_VERIFY_RUN(cli.initProject(fresh.root()));
        NOORM_VERIFY_RUN(cli.addSqliteConfig(project.root(), QStringLiteral("dev"), QStringLiteral("./shop.db"), {QStringLiteral("--use")}));
        NOORM_VERIFY_RUN(cli.addSqliteConfig(project.root(), QStringLiteral("prod"), QStringLiteral("./prod.db"), {QStringLiteral("--protected")}));
        NOORM_VERIFY_RUN(cli({QStringLiteral("run"), QStringLiteral("build")}, project.root()));
        NOORM_VERIFY_RUN(cli({QStringLiteral("change"), QStringLiteral("ff")}, project.root()));
    }

    void opensTheProjectWithItsConfigsAndExplorer()
    {
        auto window = openWindow();
        QVERIFY(window);
        ConfigSidebar *configs = window->configs();
        QTRY_COMPARE(configs->list()->count(), 2);
        QCOMPARE(configs->entry(QStringLiteral("dev"))->summary.isActive, true);
        QCOMPARE(configs->entry(QStringLiteral("prod"))->summary.isProtected, true);
        QTRY_COMPARE(window->currentConfig(), QStringLiteral("dev"));
        // The status bar names the config and its server's version.
        QLabel *status = nullptr;
        for (QLabel *l : window->statusBar()->findChildren<QLabel *>())
            if (l->text().startsWith(QStringLiteral("dev ·")))
                status = l;
        QVERIFY(status);
        QTRY_VERIFY2(status->text().contains(QRegularExpression(QStringLiteral("SQLite 3\\.\\d+"))), qPrintable(status->text()));
        // A config the CLI adds while the window is open shows up in the list.
        NOORM_VERIFY_RUN(cli.addSqliteConfig(project.root(), QStringLiteral("from-cli"), QStringLiteral("./cli.db")));
        QTRY_VERIFY(configs->entry(QStringLiteral("from-cli")) != nullptr);
        NOORM_VERIFY_RUN(cli({QStringLiteral("config"), QStringLiteral("rm"), QStringLiteral("from-cli"), QStringLiteral("--yes")}, project.root()));
        QTRY_VERIFY(configs->entry(QStringLiteral("from-cli")) == nullptr);
        SchemaTree *tree = window->explorer();
        QTRY_VERIFY(tree->catalog() != nullptr);
        const QStringList rows = texts(tree->view()->model());
        QVERIFY2(rows.contains(QStringLiteral("products")) && rows.contains(QStringLiteral("orders")), qPrintable(rows.join(u',')));
        QVERIFY2(std::any_of(rows.begin(), rows.end(), [](const QString &r) { return r.startsWith(QLatin1String("Tables (")); }),
                 qPrintable(rows.join(u',')));
        QVERIFY(!rows.contains(QStringLiteral("__noorm_change__"))); // noorm's own tables stay hidden
        // Developer › Show Tracking Tables: then they are there, to open and read.
        window->trackingTablesAction()->setChecked(true);
        QTRY_VERIFY(texts(tree->view()->model()).contains(QStringLiteral("__noorm_change__")));
        window->trackingTablesAction()->setChecked(false);
        QTRY_VERIFY(tree->catalog() && !texts(tree->view()->model()).contains(QStringLiteral("__noorm_change__")));
        // The filter narrows to matching objects, keeping their groups.
        QTest::keyClicks(tree->filter(), QStringLiteral("prod"));
        const QStringList filtered = texts(tree->view()->model());
        QVERIFY2(filtered.contains(QStringLiteral("products")) && !filtered.contains(QStringLiteral("orders")), qPrintable(filtered.join(u',')));
        screenshot(window.get(), QStringLiteral("explorer")); // filtered: the Home tab alone made it the home screen's twin
        tree->filter()->clear();

        // The start page: the config connects, its changes are all applied, nobody holds its lock,
        // and the runs the CLI made are the latest ones; the quick actions are the window's.
        ProjectHome *home = window->openHome();
        QVERIFY(home);
        QCOMPARE(window->tabs()->indexOf(home), 0);
        QSignalSpy homeLoaded(home, &ProjectHome::loaded);
        home->reload();
        QTRY_VERIFY(homeLoaded.count() >= 1);
        QVERIFY2(home->connection()->text().contains(QLatin1String("connected")) && home->connection()->text().contains(QLatin1String("SQLite")),
                 qPrintable(home->connection()->text()));
        QVERIFY2(home->changes()->text().contains(QLatin1String("4 applied")) && home->changes()->text().contains(QLatin1String("0 to apply")),
                 qPrintable(home->changes()->text()));
        QCOMPARE(home->lock()->text(), QStringLiteral("not locked"));
        QVERIFY(home->recent()->topLevelItemCount() >= 4);
        QCOMPARE(home->recent()->topLevelItem(0)->text(2), QStringLiteral("succeeded"));
        screenshot(window.get(), QStringLiteral("home"));
        // Looking at a config whose database does not exist yet creates nothing.
        window->configs()->select(QStringLiteral("prod"));
        QTRY_VERIFY(homeLoaded.count() >= 2);
        QVERIFY2(home->changes()->text().contains(QLatin1String("not created yet")), qPrintable(home->changes()->text()));
        QVERIFY(!QFileInfo::exists(project.path(QStringLiteral("prod.db"))));
    }

    // English counts in the singular and the plural, also where the locale has no file of
    // its own (C, French): "%n file(s)" is the source text, never what is shown.
    void countsInEnglishSingularAndPlural()
    {
        for (const char *lang : {"en_US", "C", "fr_FR"}) {
            startTranslations(lang);
            QCOMPARE(BuildRunner::tr("%n statement(s) before it ran and stay", nullptr, 1), QStringLiteral("1 statement before it ran and stays"));
            QCOMPARE(BuildRunner::tr("%n statement(s) before it ran and stay", nullptr, 3), QStringLiteral("3 statements before it ran and stay"));
            QCOMPARE(TemplateInspector::tr("%n file(s)", nullptr, 1), QStringLiteral("1 file"));
            QCOMPARE(TemplateInspector::tr("%n variable(s)", nullptr, 0), QStringLiteral("0 variables"));
        }
        startTranslations();
    }

    // German, the second locale: the menus and the explorer speak it.
    void speaksGerman()
    {
        startTranslations("de_DE");
        auto window = openWindow();
        QVERIFY(window);
        QStringList menus;
        for (QAction *a : window->menuBar()->actions())
            menus << a->text();
        QCOMPARE(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Konfiguration"), QStringLiteral("&Abfrage"),
                                     QStringLiteral("Daten&bank"), QStringLiteral("A&nsicht"), QStringLiteral("Ent&wickler"), QStringLiteral("&Hilfe")}));
        QTRY_VERIFY(window->explorer()->catalog() != nullptr);
        QVERIFY2(texts(window->explorer()->view()->model()).contains(QStringLiteral("Tabellen (5)")),
                 qPrintable(texts(window->explorer()->view()->model()).join(u',')));
        screenshot(window.get(), QStringLiteral("german"));
        window.reset();
        startTranslations();
    }

    // The add dialog checks as you type with the CLI's rules, tests the connection off the
    // GUI thread, and saves a config the sidebar then lists.
    void addsAConfigThroughTheDialog()
    {
        auto window = openWindow();
        QVERIFY(window);
        QTRY_COMPARE(window->configs()->list()->count(), 2);
        ConfigDialog *dialog = window->addConfig();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("bad name"));
        QVERIFY2(dialog->problem().contains(QLatin1String("letters, numbers")), qPrintable(dialog->problem()));
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->nameEdit()->setText(QStringLiteral("scratch"));
        dialog->dialectBox()->setCurrentIndex(dialog->dialectBox()->findData(QStringLiteral("sqlite")));
        QVERIFY2(dialog->problem().contains(QLatin1String("Database file is required")), qPrintable(dialog->problem()));
        QTest::keyClicks(dialog->databaseEdit(), QStringLiteral("./scratch.db"));
        QCOMPARE(dialog->problem(), QString());
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
        QTRY_VERIFY2(dialog->testResult()->text().contains(QLatin1String("does not exist yet")), qPrintable(dialog->testResult()->text()));
        screenshot(dialog, QStringLiteral("config-dialog"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(window->configs()->entry(QStringLiteral("scratch")) != nullptr);
        QCOMPARE(window->configs()->entry(QStringLiteral("scratch"))->summary.dialect, QStringLiteral("sqlite"));
        const noorm::test::CliRun listed = cli({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("list")}, project.root());
        QVERIFY2(listed.out.contains("\"scratch\""), listed.out.constData()); // the CLI sees it too
        NOORM_VERIFY_RUN(cli({QStringLiteral("config"), QStringLiteral("rm"), QStringLiteral("scratch"), QStringLiteral("--yes")}, project.root()));
    }

    // Test connection on a live server: the server's version, or its exact error.
    void testsALiveConnectionFromTheDialog()
    {
        NOORM_REQUIRE_LIVE(pg, "postgres");
        auto window = openWindow();
        QVERIFY(window);
        ConfigDialog *dialog = window->addConfig();
        dialog->nameEdit()->setText(QStringLiteral("live"));
        dialog->dialectBox()->setCurrentIndex(dialog->dialectBox()->findData(QStringLiteral("postgres")));
        dialog->hostEdit()->setText(pg.host);
        dialog->findChild<QSpinBox *>()->setValue(pg.port);
        dialog->databaseEdit()->setText(pg.database);
        dialog->userEdit()->setText(pg.user);
        dialog->passwordEdit()->setText(QStringLiteral("not-the-password"));
        QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
        QTRY_VERIFY2(dialog->testResult()->text().startsWith(QStringLiteral("✗")), qPrintable(dialog->testResult()->text()));
        QVERIFY2(dialog->testResult()->text().contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(dialog->testResult()->text()));
        QVERIFY(!dialog->testResult()->text().contains(QLatin1String("not-the-password")));
        dialog->passwordEdit()->setText(pg.password);
        QTRY_VERIFY(dialog->testButton()->isEnabled());
        QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
        QTRY_VERIFY2(dialog->testResult()->text().contains(QLatin1String("Connected: PostgreSQL")), qPrintable(dialog->testResult()->text()));
        dialog->reject();
    }

    void opensATableWithColumnsKeysDdlAndData()
    {
        auto window = openWindow();
        QVERIFY(window);
        QTRY_VERIFY(window->explorer()->catalog() != nullptr);
        const QModelIndex products = findRow(window->explorer()->view()->model(), QStringLiteral("products"));
        QVERIFY(products.isValid());
        window->explorer()->view()->setCurrentIndex(products);
        emit window->explorer()->view()->activated(products);
        auto *view = qobject_cast<ObjectView *>(window->tabs()->currentWidget());
        QVERIFY(view);
        QVERIFY(view->columnsTable()->rowCount() >= 3);
        QStringList names;
        for (int r = 0; r < view->columnsTable()->rowCount(); ++r)
            names << view->columnsTable()->item(r, 1)->text();
        QVERIFY2(names.contains(QStringLiteral("id")), qPrintable(names.join(u',')));
        QTRY_VERIFY(view->ddl()->text().contains(QLatin1String("CREATE TABLE")));
        // Foreign keys both ways: order_lines points at products.
        QTableWidget *keys = nullptr;
        for (int i = 0; i < view->tabs()->count(); ++i)
            if (view->tabs()->tabText(i).startsWith(QLatin1String("Foreign keys")))
                keys = qobject_cast<QTableWidget *>(view->tabs()->widget(i));
        QVERIFY(keys && keys->rowCount() >= 1);
        QVERIFY(keys->item(0, 0)->text().contains(QStringLiteral("referenced by")));
        QCOMPARE(keys->item(0, 3)->text(), QStringLiteral("main.order_lines"));
        // The view that reads it, and a double click opens that view.
        QTableWidget *uses = nullptr;
        for (int i = 0; i < view->tabs()->count(); ++i)
            if (view->tabs()->tabText(i) == QLatin1String("Dependencies (1)"))
                uses = qobject_cast<QTableWidget *>(view->tabs()->widget(i));
        QVERIFY(uses);
        QCOMPARE(uses->item(0, 0)->text(), QStringLiteral("← read by"));
        QCOMPARE(uses->item(0, 1)->text(), QStringLiteral("main.order_totals"));
        screenshot(window.get(), QStringLiteral("table"));
        emit uses->cellDoubleClicked(0, 0);
        auto *totals = qobject_cast<ObjectView *>(window->tabs()->currentWidget());
        QVERIFY(totals && totals != view);
        QVERIFY(!totals->columnsTable()->findItems(QStringLiteral("total_cents"), Qt::MatchExactly).isEmpty());
        window->tabs()->setCurrentWidget(view);
        // Data: the rows, then filtered on the server.
        for (int i = 0; i < view->tabs()->count(); ++i)
            if (view->tabs()->tabText(i) == QLatin1String("Data"))
                view->tabs()->setCurrentIndex(i);
        QTRY_VERIFY(view->data()->resultGrid(0) != nullptr);
        QTRY_VERIFY(view->data()->resultGrid(0)->model()->rowCount() > 0);
        const int all = view->data()->resultGrid(0)->model()->rowCount();
        // A click on a column's header sorts on the server (and the old grid goes safely).
        QTableView *grid = view->data()->resultGrid(0);
        const int sku = 1;
        QTest::mouseClick(grid->horizontalHeader()->viewport(), Qt::LeftButton, {},
                          QPoint(grid->horizontalHeader()->sectionViewportPosition(sku) + 5, 5));
        const auto firstSku = [&] {
            QTableView *g = view->data()->resultGrid(0);
            return g && !view->data()->isRunning() ? g->model()->index(0, sku).data().toString() : QString();
        };
        QTRY_VERIFY(view->data()->resultGrid(0) != grid); // read again, sorted
        QTRY_COMPARE(firstSku(), QStringLiteral("MUG-01"));
        QTableView *sorted = view->data()->resultGrid(0);
        QTest::mouseClick(sorted->horizontalHeader()->viewport(), Qt::LeftButton, {},
                          QPoint(sorted->horizontalHeader()->sectionViewportPosition(sku) + 5, 5));
        QTRY_COMPARE(firstSku(), QStringLiteral("TEE-01"));
        view->where()->setText(QStringLiteral("id = 1"));
        QTest::keyClick(view->where(), Qt::Key_Return);
        QTRY_VERIFY(view->data()->resultGrid(0) && !view->data()->isRunning());
        QTRY_COMPARE(view->data()->resultGrid(0)->model()->rowCount(), 1);
        QVERIFY(all > 1);
        // Rows only: no result tabs (Messages, Result 1) as a SQL tab has them.
        QVERIFY(!view->data()->showsResultTabs());
        QVERIFY(view->data()->resultGrid(0)->isVisible());
        screenshot(window.get(), QStringLiteral("data"));
        // A filter the database refuses shows its message where the rows were.
        view->where()->setText(QStringLiteral("no_such_column = 1"));
        QTest::keyClick(view->where(), Qt::Key_Return);
        QTRY_VERIFY(!view->data()->isRunning() && view->data()->messages().contains(QLatin1String("no_such_column")));
        QTRY_VERIFY(!view->data()->resultGrid(0) || !view->data()->resultGrid(0)->isVisible());
    }

    void runsTheStatementUnderTheCursorWithCtrlEnter()
    {
        auto window = openWindow();
        QVERIFY(window);
        QTRY_COMPARE(window->currentConfig(), QStringLiteral("dev"));
        SqlEditor *editor = window->newSqlTab();
        QVERIFY(editor);
        QTest::keyClicks(editor->editor(), QStringLiteral("SELECT 1 AS one;"));
        QTest::keyClick(editor->editor(), Qt::Key_Return);
        QTest::keyClicks(editor->editor(), QStringLiteral("SELECT sku, price_cents FROM products ORDER BY sku;"));
        QCOMPARE(editor->editor()->lines(), 2);
        // The cursor is in the second statement: only that one runs.
        QTest::keyClick(editor->editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(editor->resultGrid(0) != nullptr);
        QTRY_VERIFY(!editor->isRunning());
        QTableView *grid = editor->resultGrid(0);
        QCOMPARE(grid->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("sku"));
        QVERIFY(grid->model()->rowCount() > 0);
        QVERIFY(editor->resultGrid(1) == nullptr);
        QVERIFY2(editor->messages().contains(QLatin1String("Line 2:")), qPrintable(editor->messages()));
        screenshot(window.get(), QStringLiteral("sql"));

        // Completion: an alias's columns after "p.", inserted with Enter.
        QTRY_VERIFY(window->explorer()->catalog() != nullptr);
        editor->setText(QStringLiteral("SELECT  FROM products p"));
        editor->editor()->setCursorPosition(0, 7);
        QTest::keyClicks(editor->editor(), QStringLiteral("p."));
        QVERIFY(editor->editor()->isListActive());
        QTest::keyClicks(editor->editor(), QStringLiteral("sk"));
        QVERIFY(editor->editor()->isListActive());
        QTest::keyClick(editor->editor(), Qt::Key_Return);
        QCOMPARE(editor->editor()->text(), QStringLiteral("SELECT p.sku FROM products p"));

        // Two statements on one line: the one the cursor is in runs.
        editor->setText(QStringLiteral("SELECT 1 AS first_one; SELECT 2 AS second_one;"));
        editor->editor()->setCursorPosition(0, 3);
        QTest::keyClick(editor->editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!editor->isRunning() && editor->resultGrid(0));
        QCOMPARE(editor->resultGrid(0)->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("first_one"));

        // A big result before the script's last statement does not hold the script up.
        editor->setText(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000) SELECT i FROM n;\n"
                                       "SELECT 42 AS answer;"));
        editor->runScript();
        QTRY_VERIFY(!editor->isRunning());
        QVERIFY(editor->resultGrid(1));
        QCOMPARE(editor->resultGrid(1)->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("answer"));
        QVERIFY(editor->resultGrid(0)->model()->rowCount() <= 10000);

        // Find and replace.
        editor->setText(QStringLiteral("SELECT sku FROM products WHERE sku <> 'x' ORDER BY sku"));
        QVERIFY(editor->findNext(QStringLiteral("SKU")));
        QCOMPARE(editor->editor()->selectedText(), QStringLiteral("sku"));
        QCOMPARE(editor->replaceAll(QStringLiteral("sku"), QStringLiteral("p.sku")), 3);
        QCOMPARE(editor->editor()->text(), QStringLiteral("SELECT p.sku FROM products WHERE p.sku <> 'x' ORDER BY p.sku"));
        QVERIFY(!editor->findNext(QStringLiteral("nothing-like-this")));

        // A failing statement: the message names the line, the editor marks it.
        editor->setText(QStringLiteral("SELECT 1;\nSELECT * FROM no_such_table;"));
        window->runScriptAction()->trigger();
        QTRY_VERIFY(!editor->isRunning() && editor->messages().contains(QLatin1String("no_such_table")));
        QVERIFY2(editor->messages().contains(QLatin1String("Line 2:")), qPrintable(editor->messages()));
        QCOMPARE(editor->editor()->markersAtLine(1) != 0, true);

        // The SQL history: what ran here, searchable, its kept rows, opened again in a tab.
        SqlHistoryView *history = window->openSqlHistory();
        QVERIFY(history);
        QSignalSpy historyLoaded(history, &SqlHistoryView::loaded);
        QTRY_VERIFY(historyLoaded.count() >= 1);
        QTreeWidgetItem *ran = nullptr;
        for (int i = 0; i < history->entries()->topLevelItemCount(); ++i)
            if (history->entries()->topLevelItem(i)->text(4) == QLatin1String("SELECT sku, price_cents FROM products ORDER BY sku"))
                ran = history->entries()->topLevelItem(i);
        QStringList queries;
        for (int i = 0; i < history->entries()->topLevelItemCount(); ++i)
            queries << history->entries()->topLevelItem(i)->text(4);
        QVERIFY2(ran, qPrintable(queries.join(u'\n')));
        QTest::keyClicks(history->search(), QStringLiteral("no_such_table"));
        QVERIFY(ran->isHidden());
        history->search()->clear();
        QSignalSpy resultShown(history, &SqlHistoryView::resultShown);
        history->entries()->setCurrentItem(ran);
        QTRY_VERIFY(resultShown.count() >= 1);
        QCOMPARE(history->result()->horizontalHeaderItem(0)->text(), QStringLiteral("sku"));
        QVERIFY(history->result()->rowCount() > 0);
        screenshot(window.get(), QStringLiteral("sql-history"));
        const int tabs = window->tabs()->count();
        emit history->entries()->itemDoubleClicked(ran, 0);
        QCOMPARE(window->tabs()->count(), tabs + 1);
        auto *again = qobject_cast<SqlEditor *>(window->tabs()->currentWidget());
        QVERIFY(again);
        QCOMPARE(again->editor()->text(), QStringLiteral("SELECT sku, price_cents FROM products ORDER BY sku"));
        history->clear(0);
        QTRY_VERIFY(historyLoaded.count() >= 2);
        QCOMPARE(history->entries()->topLevelItemCount(), 0);
    }

    // The schema's tables and keys as a diagram, exported to PNG and SVG.
    void drawsAndExportsTheErDiagram()
    {
        auto window = openWindow();
        QVERIFY(window);
        QTRY_VERIFY(window->explorer()->catalog() != nullptr);
        ErDiagram *diagram = window->openDiagram();
        QVERIFY(diagram);
        QCOMPARE(diagram->tableCount(), 5);
        int keys = 0;
        for (const TableInfo &t : window->explorer()->catalog()->tables)
            if (t.kind == TableKind::Table)
                keys += int(t.foreignKeys.size());
        QCOMPARE(diagram->linkCount(), keys);
        QVERIFY(keys >= 3);
        diagram->fit();
        screenshot(window.get(), QStringLiteral("diagram"));
        const QString png = project.path(QStringLiteral("diagram.png")), svg = project.path(QStringLiteral("diagram.svg"));
        QVERIFY(diagram->exportPng(png));
        QVERIFY(diagram->exportSvg(svg));
        QImage image(png);
        QVERIFY(image.width() > 200 && image.height() > 100);
        const QByteArray svgText = project.read(QStringLiteral("diagram.svg"));
        QVERIFY(svgText.contains("<svg") && svgText.contains("order_lines"));
    }

    // New Project makes a project (as noorm init) and opens it; Copy Config copies one.
    void createsAProjectAndCopiesAConfig()
    {
        TempProject fresh;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.createProject(fresh.root());
        QTRY_COMPARE(window.projectRoot(), QDir(fresh.root()).canonicalPath());
        QVERIFY(QFileInfo::exists(fresh.path(QStringLiteral(".noorm/settings.yml"))));
        QVERIFY(QFileInfo(fresh.path(QStringLiteral("sql"))).isDir());
        NOORM_VERIFY_RUN(cli.addSqliteConfig(fresh.root(), QStringLiteral("one"), QStringLiteral("./one.db"), {QStringLiteral("--use")}));
        QTRY_VERIFY(window.configs()->entry(QStringLiteral("one")) != nullptr);
        QTRY_COMPARE(window.currentConfig(), QStringLiteral("one"));
        window.copyConfig(QStringLiteral("one"), QStringLiteral("two"));
        QTRY_VERIFY(window.configs()->entry(QStringLiteral("two")) != nullptr);
        QCOMPARE(window.configs()->entry(QStringLiteral("two"))->summary.database, QStringLiteral("./one.db"));
    }

    // The change manager on a fresh copy of the example: every change pending; Next applies
    // one (the plan shown first), Fast-forward the rest, Rewind to Here reverts down to the
    // chosen one; the database and the CLI agree. A change that fails opens at its line.
    void appliesAndRevertsChangesFromTheChangeManager()
    {
        TempProject shop;
        copyTree(QStringLiteral(NOORM_SOURCE_DIR "/examples/sqlite-shop"), shop.root());
        NOORM_VERIFY_RUN(cli.addSqliteConfig(shop.root(), QStringLiteral("dev"), QStringLiteral("./shop.db"), {QStringLiteral("--use")}));
        NOORM_VERIFY_RUN(cli({QStringLiteral("run"), QStringLiteral("build")}, shop.root()));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(shop.root()));
        QTRY_COMPARE(window.currentConfig(), QStringLiteral("dev"));
        ChangeManager *manager = window.openChanges();
        QVERIFY(manager);
        QTRY_VERIFY(manager->list()->topLevelItemCount() >= 3);
        const int total = manager->list()->topLevelItemCount();
        for (int i = 0; i < total; ++i)
            QCOMPARE(manager->list()->topLevelItem(i)->text(1), QStringLiteral("pending"));
        QVERIFY(manager->files()->count() >= 2); // change/ and revert/ files of the first
        QVERIFY(!manager->fileView()->text().isEmpty());
        QStringList plan;
        manager->setConfirmPlan([&](const QString &, const QStringList &lines) {
            plan = lines;
            return true;
        });
        QSignalSpy finished(manager, &ChangeManager::finished);
        manager->start(ChangeManager::Action::Next);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY2(plan.value(0).startsWith(QStringLiteral("apply ") + manager->list()->topLevelItem(0)->text(0)), qPrintable(plan.join(u'|')));
        QTRY_COMPARE(manager->list()->topLevelItem(0)->text(1), QStringLiteral("applied"));
        screenshot(&window, QStringLiteral("changes"));
        manager->start(ChangeManager::Action::FastForward);
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
        QTRY_COMPARE(manager->list()->topLevelItem(total - 1)->text(1), QStringLiteral("applied"));
        const noorm::test::CliRun listed = cli({QStringLiteral("--json"), QStringLiteral("change"), QStringLiteral("list")}, shop.root());
        QVERIFY2(!listed.out.contains("\"pending\""), listed.out.constData());
        // Rewind to the second change: it and every later one are reverted.
        manager->select(manager->list()->topLevelItem(1)->text(0));
        manager->start(ChangeManager::Action::RewindTo);
        QTRY_COMPARE(finished.count(), 3);
        QVERIFY2(finished.at(2).at(0).toBool(), qPrintable(finished.at(2).at(1).toString()));
        QTRY_COMPARE(manager->list()->topLevelItem(1)->text(1), QStringLiteral("reverted"));
        QCOMPARE(manager->list()->topLevelItem(0)->text(1), QStringLiteral("applied"));
        // Declining the plan runs nothing.
        manager->setConfirmPlan([](const QString &, const QStringList &) { return false; });
        manager->start(ChangeManager::Action::FastForward);
        QTRY_COMPARE(finished.count(), 4);
        QCOMPARE(finished.at(3).at(0).toBool(), false);
        QCOMPARE(manager->list()->topLevelItem(1)->text(1), QStringLiteral("reverted"));

        // A new change that fails: the error names the file, which opens at the line.
        QSignalSpy created(manager, &ChangeManager::changeCreated);
        manager->createChange(QStringLiteral("broken"));
        QTRY_COMPARE(created.count(), 1);
        const QString name = created.at(0).at(0).toString();
        const QString file = shop.path(QStringLiteral("changes/%1/change/001_broken.sql").arg(name));
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        // Its files open in SQL tabs; the SQL is written there and saved with Ctrl+S.
        SqlEditor *written = nullptr;
        QTRY_VERIFY((written = [&]() -> SqlEditor * {
            for (int i = 0; i < window.tabs()->count(); ++i)
                if (auto *e = qobject_cast<SqlEditor *>(window.tabs()->widget(i)); e && QFileInfo(e->file()) == QFileInfo(file))
                    return e;
            return nullptr;
        }()) != nullptr);
        window.tabs()->setCurrentWidget(written);
        written->setText(QStringLiteral("SELECT 1;\n\nINSERT INTO no_such_table VALUES (1);\n"));
        QVERIFY(written->isModified());
        QVERIFY(window.tabs()->tabText(window.tabs()->currentIndex()).endsWith(QLatin1String(" *")));
        QTest::keySequence(written->editor(), QKeySequence::Save);
        QTRY_VERIFY(!written->isModified());
        QCOMPARE(shop.read(QStringLiteral("changes/%1/change/001_broken.sql").arg(name)), QByteArray("SELECT 1;\n\nINSERT INTO no_such_table VALUES (1);\n"));
        manager->setConfirmPlan([](const QString &, const QStringList &) { return true; });
        manager->reload();
        QTRY_VERIFY(std::any_of(manager->statuses().begin(), manager->statuses().end(), [&](const ChangeStatus &s) { return s.name == name; }));
        manager->select(name);
        manager->start(ChangeManager::Action::Apply);
        QTRY_COMPARE(finished.count(), 5);
        QCOMPARE(finished.at(4).at(0).toBool(), false);
        QVERIFY2(finished.at(4).at(1).toString().contains(QLatin1String("no_such_table")), qPrintable(finished.at(4).at(1).toString()));
        QVERIFY(manager->fileView()->text().contains(QLatin1String("no_such_table")));
        QTRY_VERIFY(manager->fileView()->markersAtLine(2) != 0); // line 3, 0-based 2, once the list is read again

        // Removing it (there was no way to from the window): asked first; its rows stay, so
        // the failed attempt shows as orphaned.
        const QString folder = shop.path(QStringLiteral("changes/%1").arg(name));
        manager->setConfirmPlan([](const QString &, const QStringList &) { return false; });
        manager->removeChange(name);
        QCOMPARE(manager->message()->text(), QStringLiteral("Not removed."));
        QVERIFY(QFileInfo::exists(folder));
        QSignalSpy removed(manager, &ChangeManager::changeRemoved);
        QSignalSpy reloaded(manager, &ChangeManager::loaded);
        manager->setConfirmPlan([](const QString &, const QStringList &) { return true; });
        manager->removeChange(name);
        QTRY_COMPARE(removed.count(), 1);
        QVERIFY(!QFileInfo::exists(folder));
        QTRY_VERIFY(reloaded.count() >= 1);
        const auto orphan = std::find_if(manager->statuses().begin(), manager->statuses().end(), [&](const ChangeStatus &s) { return s.name == name; });
        QVERIFY(orphan != manager->statuses().end());
        QCOMPARE(orphan->state, ChangeState::Orphaned);
    }

    // A file that fails outside a transaction (here `-- noorm:no-transaction`): its row says
    // how many of its statements ran before the failing one and stay.
    void aFailedFileSaysWhatOfItStayed()
    {
        TempProject shop;
        NOORM_VERIFY_RUN(shopWithDev(shop));
        shop.write(QStringLiteral("sql/02_views/zz_half.sql"), "-- noorm:no-transaction\nCREATE TABLE half_made (id INTEGER);\n"
                                                             "CREATE TABLE half_too (id INTEGER);\nINSERT INTO nowhere VALUES (1);\n");
        const std::unique_ptr<MainWindow> window = openWindow(shop.root());
        QVERIFY(window);
        QTRY_COMPARE(window->currentConfig(), QStringLiteral("dev"));
        BuildRunner *runner = window->openBuildRunner();
        QVERIFY(runner);
        QSignalSpy finished(runner, &BuildRunner::finished);
        runner->run();
        QTRY_COMPARE(finished.count(), 1);
        QTreeWidgetItem *failed = nullptr;
        for (int i = 0; i < runner->results()->topLevelItemCount(); ++i)
            if (runner->results()->topLevelItem(i)->text(1) == QLatin1String("failed"))
                failed = runner->results()->topLevelItem(i);
        QVERIFY(failed);
        QVERIFY2(failed->text(3).contains(QLatin1String("nowhere")) && failed->text(3).contains(QLatin1String("2 statement")),
                 qPrintable(failed->text(3)));
        const noorm::test::CliRun made = cli({QStringLiteral("sql"), QStringLiteral("-q"), QStringLiteral("--csv"),
                                              QStringLiteral("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('half_made', 'half_too')")},
                                             shop.root());
        QCOMPARE(made.out, QByteArray("n\r\n2\r\n"));
        screenshot(window.get(), QStringLiteral("build-statements-kept"));
    }

    // A template whose included file fails: the failed row opens the included file, where
    // the error is, not the template that included it.
    void aFailedIncludeOpensTheIncludedFileAtItsLine()
    {
        TempProject shop;
        NOORM_VERIFY_RUN(shopWithDev(shop));
        const QString outer = shop.write(QStringLiteral("sql/03_seed/001_outer.sql.tmpl"), "-- outer\n{%~ await $.include('../../parts/inner.sql.tmpl') %}\n");
        shop.write(QStringLiteral("parts/inner.sql.tmpl"), "-- inner, line 1\n-- line 2\n{%~ $.nothing.here %}\n");
        const std::unique_ptr<MainWindow> window = openWindow(shop.root());
        QVERIFY(window);
        QTRY_COMPARE(window->currentConfig(), QStringLiteral("dev"));
        BuildRunner *runner = window->openBuildRunner();
        QVERIFY(runner);
        QSignalSpy finished(runner, &BuildRunner::finished);
        runner->run({outer});
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(runner->results()->topLevelItemCount(), 1);
        QTreeWidgetItem *failed = runner->results()->topLevelItem(0);
        QCOMPARE(failed->text(1), QStringLiteral("failed"));
        QVERIFY(failed->text(0).endsWith(QLatin1String("001_outer.sql.tmpl")));
        emit runner->results()->itemDoubleClicked(failed, 0);
        auto *editor = qobject_cast<SqlEditor *>(window->tabs()->currentWidget());
        QVERIFY(editor);
        QVERIFY2(editor->editor()->text().startsWith(QLatin1String("-- inner")), qPrintable(editor->editor()->text()));
        int line = 0, index = 0;
        editor->editor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 2); // $.nothing.here is on line 3
    }

    // The build runner: a build with a failing file lists each file's status, and the failed
    // one opens in a SQL tab at its line; fixed, a second build skips what ran.
    void runsABuildAndOpensTheFailingFileAtItsLine()
    {
        TempProject shop;
        NOORM_VERIFY_RUN(shopWithDev(shop));
        const QString broken = shop.write(QStringLiteral("sql/02_views/zz_broken.sql"), "-- rows for a table that is not there\n\nINSERT INTO nowhere VALUES (1);\n");
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(shop.root()));
        QTRY_COMPARE(window.currentConfig(), QStringLiteral("dev"));
        BuildRunner *runner = window.openBuildRunner();
        QVERIFY(runner);
        QTRY_VERIFY(!runner->sqlFolder().isEmpty());
        QSignalSpy finished(runner, &BuildRunner::finished);
        runner->run();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(finished.at(0).at(1).toString().contains(QLatin1String("nowhere")), qPrintable(finished.at(0).at(1).toString()));
        QTreeWidgetItem *failed = nullptr;
        for (int i = 0; i < runner->results()->topLevelItemCount(); ++i)
            if (runner->results()->topLevelItem(i)->text(1) == QLatin1String("failed"))
                failed = runner->results()->topLevelItem(i);
        QVERIFY(failed);
        QVERIFY(failed->text(0).endsWith(QLatin1String("zz_broken.sql")));
        QVERIFY(runner->results()->topLevelItemCount() >= 3);
        // The explorer reads the catalog again: the tables the build made are there.
        QTRY_VERIFY(window.explorer()->catalog() && window.explorer()->catalog()->find(QStringLiteral("main.customers")));
        // The build screen narrows the side panel: its configs fit it, with no scroll bar.
        QListWidget *configList = window.configs()->list();
        QVERIFY(!configList->horizontalScrollBar()->isVisible());
        QCOMPARE(configList->visualItemRect(configList->item(0)).width(), configList->viewport()->width());
        screenshot(&window, QStringLiteral("build"));
        emit runner->results()->itemDoubleClicked(failed, 0);
        auto *editor = qobject_cast<SqlEditor *>(window.tabs()->currentWidget());
        QVERIFY(editor);
        QVERIFY(editor->editor()->text().contains(QLatin1String("nowhere")));
        int line = 0, index = 0;
        editor->editor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 2); // the statement's line (3), 0-based
        QVERIFY(editor->editor()->markersAtLine(2) != 0);

        shop.write(QStringLiteral("sql/02_views/zz_broken.sql"), "CREATE VIEW IF NOT EXISTS fixed_view AS SELECT 1 AS one;\n");
        window.tabs()->setCurrentWidget(runner);
        runner->run();
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
        int skipped = 0;
        for (int i = 0; i < runner->results()->topLevelItemCount(); ++i)
            skipped += runner->results()->topLevelItem(i)->text(1) == QLatin1String("skipped");
        QVERIFY(skipped >= 1); // what ran the first time is unchanged
        // A folder alone runs as `run dir`: only its files are listed.
        runner->setForce(true);
        runner->run({shop.path(QStringLiteral("sql/02_views"))});
        QTRY_COMPARE(finished.count(), 3);
        QVERIFY2(finished.at(2).at(0).toBool(), qPrintable(finished.at(2).at(1).toString()));
        QVERIFY(runner->results()->topLevelItemCount() >= 1);
        for (int i = 0; i < runner->results()->topLevelItemCount(); ++i)
            QVERIFY2(runner->results()->topLevelItem(i)->text(0).contains(QLatin1String("02_views")), qPrintable(runner->results()->topLevelItem(i)->text(0)));
        runner->setForce(false);
        QSignalSpy previewed(runner, &BuildRunner::previewReady);
        runner->preview();
        QTRY_COMPARE(previewed.count(), 1);
        QVERIFY(previewed.at(0).at(0).toString().contains(QLatin1String("fixed_view")));
        // Counts read as English does: "1 file", not "1 files".
        runner->preview({broken});
        QTRY_COMPARE(previewed.count(), 2);
        QCOMPARE(runner->message()->text(), QStringLiteral("1 file rendered"));

        // Truncate, teardown and reset: the statements first; declined, nothing runs.
        QStringList shown;
        bool accept = false;
        runner->setConfirmStatements([&](const QString &, const QStringList &statements) {
            shown = statements;
            return accept;
        });
        const auto count = [&](const QString &sql) {
            const noorm::test::CliRun r = cli({QStringLiteral("sql"), QStringLiteral("-q"), QStringLiteral("--csv"), sql}, shop.root());
            return r.code == 0 ? QString::fromUtf8(r.out).split(QStringLiteral("\r\n")).value(1) : QString::fromUtf8(r.err);
        };
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM products")), QStringLiteral("3"));
        runner->destroy(BuildRunner::Destroy::Truncate);
        QTRY_COMPARE(finished.count(), 4);
        QVERIFY(std::any_of(shown.begin(), shown.end(), [](const QString &s) { return s.contains(QLatin1String("products")); }));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM products")), QStringLiteral("3"));
        accept = true;
        runner->destroy(BuildRunner::Destroy::Truncate);
        QTRY_COMPARE(finished.count(), 5);
        QVERIFY2(finished.at(4).at(0).toBool(), qPrintable(finished.at(4).at(1).toString()));
        QVERIFY2(QRegularExpression(QStringLiteral("^([02-9]|\\d\\d+) tables emptied$")).match(finished.at(4).at(1).toString()).hasMatch(),
                 qPrintable(finished.at(4).at(1).toString()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM products")), QStringLiteral("0"));
        runner->destroy(BuildRunner::Destroy::Reset);
        QTRY_COMPARE(finished.count(), 6);
        QVERIFY2(finished.at(5).at(0).toBool(), qPrintable(finished.at(5).at(1).toString()));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+ objects dropped, then \\d+ files built$")).match(finished.at(5).at(1).toString()).hasMatch(),
                 qPrintable(finished.at(5).at(1).toString()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM products")), QStringLiteral("3"));

        // A protected config: refused outright, before anything is shown.
        NOORM_VERIFY_RUN(cli({QStringLiteral("config"), QStringLiteral("edit"), QStringLiteral("dev"), QStringLiteral("--protected")}, shop.root()));
        shown.clear();
        runner->destroy(BuildRunner::Destroy::Teardown);
        QTRY_COMPARE(finished.count(), 7);
        QCOMPARE(finished.at(6).at(0).toBool(), false);
        QVERIFY(shown.isEmpty());
        QVERIFY2(finished.at(6).at(1).toString().contains(QLatin1String("protected")), qPrintable(finished.at(6).at(1).toString()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM products")), QStringLiteral("3"));
    }

    // The log viewer lists the project's log, follows it as the CLI writes, and filters.
    void followsTheProjectLog()
    {
        auto window = openWindow();
        QVERIFY(window);
        NOORM_VERIFY_RUN(cli({QStringLiteral("run"), QStringLiteral("build")}, project.root()));
        window->openLog();
        QTRY_VERIFY(qobject_cast<LogViewer *>(window->tabs()->currentWidget()) != nullptr);
        auto *viewer = qobject_cast<LogViewer *>(window->tabs()->currentWidget());
        QTRY_VERIFY(viewer->entries()->topLevelItemCount() > 0);
        const int before = viewer->entries()->topLevelItemCount();
        NOORM_VERIFY_RUN(cli({QStringLiteral("run"), QStringLiteral("build")}, project.root()));
        QTRY_VERIFY(viewer->entries()->topLevelItemCount() > before);
        const auto visible = [&] {
            int n = 0;
            for (int i = 0; i < viewer->entries()->topLevelItemCount(); ++i)
                n += !viewer->entries()->topLevelItem(i)->isHidden();
            return n;
        };
        const int all = visible();
        screenshot(window.get(), QStringLiteral("log"));
        viewer->level()->setCurrentIndex(0); // errors only
        QVERIFY(visible() < all);
        viewer->level()->setCurrentIndex(3);
        viewer->search()->setText(QStringLiteral("no-line-says-this-7f3a"));
        QCOMPARE(visible(), 0);
    }

    // The status bar shows who holds the config's lock; a forced release frees it.
    void showsAndReleasesTheLock()
    {
        NOORM_VERIFY_RUN(cli({QStringLiteral("lock"), QStringLiteral("acquire")}, project.root()));
        auto window = openWindow();
        QVERIFY(window);
        QTRY_COMPARE(window->currentConfig(), QStringLiteral("dev"));
        QTRY_VERIFY2(window->lockText().startsWith(QStringLiteral("locked by Test User")), qPrintable(window->lockText()));
        QTRY_VERIFY(window->configs()->entry(QStringLiteral("dev"))->lockedBy.startsWith(QLatin1String("Test User")));
        QCOMPARE(window->configs()->entry(QStringLiteral("prod"))->lockedBy, QString());
        // The start page says it in local time, as the rest of the window does, not in ISO UTC.
        auto *home = qobject_cast<ProjectHome *>(window->tabs()->widget(0));
        QVERIFY(home);
        QTRY_VERIFY2(home->lock()->text().startsWith(QStringLiteral("Locked by Test User")), qPrintable(home->lock()->text()));
        QVERIFY2(!home->lock()->text().contains(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT"))), qPrintable(home->lock()->text()));
        screenshot(window.get(), QStringLiteral("lock"));
        NOORM_VERIFY_RUN(cli({QStringLiteral("lock"), QStringLiteral("release")}, project.root()));
        window->refreshLock();
        QTRY_COMPARE(window->lockText(), QStringLiteral("not locked"));
        QCOMPARE(window->configs()->entry(QStringLiteral("dev"))->lockedBy, QString());
        NOORM_VERIFY_RUN(cli({QStringLiteral("lock"), QStringLiteral("acquire")}, project.root()));
        window->refreshLock();
        QTRY_VERIFY(window->lockText().startsWith(QStringLiteral("locked by")));
        QTimer::singleShot(0, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        window->forceReleaseLock();
        QTRY_COMPARE(window->lockText(), QStringLiteral("not locked"));
        // Acquire (lock acquire) and Release (lock release) from the lock's menu.
        window->acquireLock(QStringLiteral("maintenance"));
        QTRY_VERIFY2(window->lockText().startsWith(QStringLiteral("locked by Test User")), qPrintable(window->lockText()));
        const noorm::test::CliRun held = cli({QStringLiteral("lock"), QStringLiteral("status")}, project.root());
        QVERIFY2(held.out.contains("reason: maintenance"), held.out.constData());
        window->releaseLock();
        QTRY_COMPARE(window->lockText(), QStringLiteral("not locked"));
        // Looking at a config whose database file is not there yet makes no file.
        window->configs()->select(QStringLiteral("prod"));
        QTRY_COMPARE(window->currentConfig(), QStringLiteral("prod"));
        QTRY_COMPARE(window->lockText(), QStringLiteral("not locked"));
        QVERIFY(!QFileInfo::exists(project.path(QStringLiteral("prod.db"))));
        const noorm::test::CliRun status = cli({QStringLiteral("--json"), QStringLiteral("lock"), QStringLiteral("status")}, project.root());
        QVERIFY2(!status.out.contains("lockedBy\":\"Test"), status.out.constData());
    }

    // A teammate puts a secret in the vault of the shared database: the window says the
    // secrets are out of sync; Sync Now brings it into the local state and the banner goes.
    void warnsWhenTheVaultChangedAndSyncs()
    {
        noorm::test::Cli bob;
        TempProject bobProject;
        NOORM_VERIFY_RUN(bob({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Bob"), QStringLiteral("--email"),
                              QStringLiteral("bob@example.com")},
                             bobProject.root()));
        NOORM_VERIFY_RUN(bob.addSqliteConfig(bobProject.root(), QStringLiteral("dev"), project.path(QStringLiteral("shop.db")), {QStringLiteral("--use")}));
        NOORM_VERIFY_RUN(bob({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("TEAM_TOKEN")}, bobProject.root(), "t0ken-from-bob\n"));
        auto window = openWindow();
        QVERIFY(window);
        QTRY_COMPARE(window->currentConfig(), QStringLiteral("dev"));
        QVERIFY(window->openChanges()); // a command that uses the database: it looks at the vault
        QTRY_VERIFY2(window->bannerText().contains(QLatin1String("out of sync")), qPrintable(window->bannerText()));
        screenshot(window.get(), QStringLiteral("vault-banner"));
        window->syncVault();
        QTRY_COMPARE(window->bannerText(), QString());
        const noorm::test::CliRun secrets = cli({QStringLiteral("--json"), QStringLiteral("secret"), QStringLiteral("list")}, project.root());
        QVERIFY2(secrets.out.contains("TEAM_TOKEN") && !secrets.out.contains("t0ken-from-bob"), secrets.out.constData());

        // The identity screen: you, your key, and both of you registered in the database.
        IdentityView *identity = window->openIdentity();
        QVERIFY(identity);
        QSignalSpy loaded(identity, &IdentityView::loaded);
        QTRY_VERIFY(loaded.count() >= 1);
        QVERIFY2(identity->you()->text().contains(QLatin1String("Test User")), qPrintable(identity->you()->text()));
        QVERIFY(identity->publicKey().startsWith(QLatin1String("302a300506032b656e032100")));
        QStringList names;
        for (int i = 0; i < identity->users()->topLevelItemCount(); ++i)
            names << identity->users()->topLevelItem(i)->text(0);
        QVERIFY2(names.contains(QStringLiteral("Bob")) && names.contains(QStringLiteral("Test User (you)")), qPrintable(names.join(u',')));
        screenshot(window.get(), QStringLiteral("identity"));
        // Edit: a new name, the same keys; the CLI agrees.
        QSignalSpy edited(identity, &IdentityView::identityEdited);
        identity->editIdentity(QStringLiteral("Test User Renamed"), QStringLiteral("test@noorm.dev"));
        QTRY_COMPARE(edited.count(), 1);
        QVERIFY(edited.at(0).at(0).toBool());
        QTRY_VERIFY(identity->you()->text().contains(QLatin1String("Test User Renamed")));
        const noorm::test::CliRun shown = cli({QStringLiteral("--json"), QStringLiteral("identity"), QStringLiteral("show")}, project.root());
        QVERIFY2(shown.out.contains("Test User Renamed") && shown.out.contains(identity->publicKey().toUtf8()), shown.out.constData());
        identity->editIdentity(QStringLiteral("Test User"), QStringLiteral("test@noorm.dev"));
        QTRY_COMPARE(edited.count(), 2);
    }

    // Database › Create and Drop: the file and noorm's tables made, then dropped after asking;
    // dropping a protected config's database is refused outright.
    void createsAndDropsADatabase()
    {
        NOORM_VERIFY_RUN(cli.addSqliteConfig(project.root(), QStringLiteral("scratch"), QStringLiteral("./scratch.db")));
        auto window = openWindow();
        QVERIFY(window);
        QTRY_VERIFY(window->configs()->entry(QStringLiteral("scratch")) != nullptr);
        window->configs()->select(QStringLiteral("scratch"));
        QTRY_COMPARE(window->currentConfig(), QStringLiteral("scratch"));
        QSignalSpy finished(window->databaseActions(), &DatabaseActions::finished);
        QStringList asked;
        window->databaseActions()->setConfirm([&](const ConfirmationRequest &r) {
            asked << r.question;
            return Status();
        });
        window->databaseActions()->create(QStringLiteral("scratch"));
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(QFileInfo::exists(project.path(QStringLiteral("scratch.db"))));
        const noorm::test::CliRun tables = cli({QStringLiteral("--config"), QStringLiteral("scratch"), QStringLiteral("--json"), QStringLiteral("db"),
                                                 QStringLiteral("explore"), QStringLiteral("tables"), QStringLiteral("--noorm")},
                                                project.root());
        QVERIFY2(tables.out.contains("__noorm_change__"), tables.out.constData());
        window->databaseActions()->drop(QStringLiteral("scratch"));
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
        QVERIFY(!asked.isEmpty() && asked.last().contains(QLatin1String("Everything in it is lost")));
        QVERIFY(!QFileInfo::exists(project.path(QStringLiteral("scratch.db"))));
        asked.clear();
        project.write(QStringLiteral("prod.db"), QByteArray());
        window->databaseActions()->drop(QStringLiteral("prod"));
        QTRY_COMPARE(finished.count(), 3);
        QCOMPARE(finished.at(2).at(0).toBool(), false);
        QVERIFY(asked.isEmpty()); // refused before anything is asked
        QVERIFY(QFileInfo::exists(project.path(QStringLiteral("prod.db"))));
        QFile::remove(project.path(QStringLiteral("prod.db")));
        NOORM_VERIFY_RUN(cli({QStringLiteral("--yes"), QStringLiteral("config"), QStringLiteral("rm"), QStringLiteral("scratch")}, project.root()));
    }

    // The settings editor: a stage edited field by field, checked as typed with the core's
    // messages, saved keeping the file's comments; a change the CLI saves is taken in.
    // Reloads that overlap (a save and a file change at once) show one result, the newest,
    // whichever of their threads ends last.
    void showsOnlyTheNewestOfOverlappingReloads()
    {
        const ProjectSession session(project.root(), std::make_shared<IdentityService>(IdentityOptions{}));
        SettingsEditor editor(session);
        QSignalSpy loaded(&editor, &SettingsEditor::loaded);
        QTRY_COMPARE(loaded.count(), 1); // the one it makes itself
        editor.reload();
        editor.reload();
        editor.reload();
        QTRY_VERIFY(session.jobs().idle());
        QTRY_COMPARE(loaded.count(), 2);
        QCoreApplication::processEvents(); // what the ended jobs still had queued
        QCOMPARE(loaded.count(), 2);
    }

    void editsAStageInTheSettingsEditorKeepingComments()
    {
        const QByteArray original = project.read(QStringLiteral(".noorm/settings.yml"));
        auto window = openWindow();
        QVERIFY(window);
        QTRY_COMPARE(window->currentConfig(), QStringLiteral("dev"));
        SettingsEditor *editor = window->openSettings();
        QVERIFY(editor);
        QSignalSpy loaded(editor, &SettingsEditor::loaded);
        QTRY_VERIFY(loaded.count() >= 1);
        editor->showPage(SettingsEditor::Page::Stages);
        StagesPage *stages = editor->stagesPage();
        QCOMPARE(stages->list()->count(), 2);
        stages->list()->setCurrentRow(1);
        auto *description = stages->findChild<QLineEdit *>(QStringLiteral("stage-description"));
        QCOMPARE(description->text(), QStringLiteral("Throwaway database for the test suite"));
        // The dialect by its name, kept as its id (the combo showed "sqlite").
        auto *dialect = stages->findChild<QComboBox *>(QStringLiteral("stage-dialect"));
        QCOMPARE(dialect->currentText(), QStringLiteral("SQLite"));
        QCOMPARE(dialect->currentData().toString(), QStringLiteral("sqlite"));
        description->selectAll();
        QTest::keyClicks(description, QStringLiteral("Suite database"));
        QVERIFY(editor->isModified());
        auto *port = stages->findChild<QSpinBox *>(QStringLiteral("stage-port"));
        port->setValue(70000);
        QVERIFY2(editor->problem().contains(QLatin1String("stages.test.defaults.port")) && editor->problem().contains(QLatin1String("70000")),
                 qPrintable(editor->problem()));
        QVERIFY(!editor->saveButton()->isEnabled());
        port->setValue(5433);
        QCOMPARE(editor->problem(), QString());
        QVERIFY(editor->saveButton()->isEnabled());
        QVERIFY(editor->preview().contains(QLatin1String("port: 5433")));
        QVERIFY(editor->preview().contains(QLatin1String("# A config named like a stage belongs to it")));
        editor->showPage(SettingsEditor::Page::Stages);
        screenshot(window.get(), QStringLiteral("settings"));
        QSignalSpy saved(editor, &SettingsEditor::saved);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY2(saved.at(0).at(0).toBool(), qPrintable(saved.at(0).at(1).toString()));
        QVERIFY(!editor->isModified());
        const QByteArray file = project.read(QStringLiteral(".noorm/settings.yml"));
        QVERIFY2(file.contains("# noorm settings for the SQLite example shop") && file.contains("# A config named like a stage belongs to it"),
                 file.constData());
        const noorm::test::CliRun shown = cli({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("show")}, project.root());
        NOORM_VERIFY_RUN(shown);
        const QJsonObject testStage =
            QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("stages")).toObject().value(QStringLiteral("test")).toObject();
        QCOMPARE(testStage.value(QStringLiteral("description")).toString(), QStringLiteral("Suite database"));
        QCOMPARE(testStage.value(QStringLiteral("defaults")).toObject().value(QStringLiteral("port")).toVariant().toInt(), 5433);
        // The CLI saves a stage meanwhile: the editor, with nothing unsaved, shows it.
        NOORM_VERIFY_RUN(cli({QStringLiteral("settings"), QStringLiteral("stage"), QStringLiteral("add"), QStringLiteral("qa")}, project.root()));
        QTRY_COMPARE(stages->list()->count(), 3);
        QCOMPARE(stages->list()->item(2)->text(), QStringLiteral("qa"));
        // An edit over a file changed since it was read is refused, never written over it.
        stages->addStage(QStringLiteral("staging"));
        QVERIFY(editor->isModified());
        project.write(QStringLiteral(".noorm/settings.yml"), original);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 2);
        QVERIFY(!saved.at(1).at(0).toBool());
        QVERIFY2(saved.at(1).at(1).toString().contains(QLatin1String("changed since it was read")), qPrintable(saved.at(1).at(1).toString()));
        QCOMPARE(project.read(QStringLiteral(".noorm/settings.yml")), original);
        QTimer::singleShot(0, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Discard)->click();
        });
        window->close();
    }

    // The secrets screen: a secret set and revealed on this machine; a vault secret set for
    // everyone registered, which a teammate, in a window of their own, syncs and reveals.
    void setsAVaultSecretThatATeammateReveals()
    {
        noorm::test::Cli carol;
        TempProject carolProject;
        NOORM_VERIFY_RUN(carol({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Carol"), QStringLiteral("--email"),
                                QStringLiteral("carol@example.com")},
                               carolProject.root()));
        NOORM_VERIFY_RUN(carol.addSqliteConfig(carolProject.root(), QStringLiteral("dev"), project.path(QStringLiteral("shop.db")), {QStringLiteral("--use")}));
        NOORM_VERIFY_RUN(carol({QStringLiteral("secrets"), QStringLiteral("list")}, carolProject.root())); // registers Carol there
        NOORM_VERIFY_RUN(cli({QStringLiteral("settings"), QStringLiteral("secret"), QStringLiteral("add"), QStringLiteral("PAYMENTS_KEY"),
                              QStringLiteral("--stage"), QStringLiteral("dev")},
                             project.root()));
        auto window = openWindow();
        QVERIFY(window);
        QTRY_COMPARE(window->currentConfig(), QStringLiteral("dev"));
        SecretsView *view = window->openSecrets();
        QVERIFY(view);
        QSignalSpy loaded(view, &SecretsView::loaded);
        QTRY_VERIFY(loaded.count() >= 1);
        QVERIFY2(view->completeness()->text().contains(QLatin1String("missing: PAYMENTS_KEY")), qPrintable(view->completeness()->text()));
        QSignalSpy done(view, &SecretsView::done);
        view->setLocal([](SecretDialog &d) {
            QCOMPARE(d.keyBox()->currentText(), QStringLiteral("PAYMENTS_KEY")); // the missing one is offered first
            QTest::keyClicks(d.valueEdit(), QStringLiteral("pk-local-123"));
        });
        QTRY_COMPARE(done.count(), 1);
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        QTRY_VERIFY(loaded.count() >= 2);
        QVERIFY2(view->completeness()->text().contains(QLatin1String("of dev is set")), qPrintable(view->completeness()->text()));
        QTreeWidgetItem *local = view->local()->findItems(QStringLiteral("PAYMENTS_KEY"), Qt::MatchExactly).value(0);
        QVERIFY(local);
        QVERIFY(!local->text(4).contains(QLatin1String("pk-local")));
        view->local()->setCurrentItem(local);
        view->toggleReveal();
        QTRY_COMPARE(view->local()->findItems(QStringLiteral("PAYMENTS_KEY"), Qt::MatchExactly).value(0)->text(4), QStringLiteral("pk-local-123"));
        view->toggleReveal();
        QVERIFY(!view->local()->currentItem()->text(4).contains(QLatin1String("pk-local")));

        view->setInVault([](SecretDialog &d) {
            QVERIFY(d.recipients());
            QStringList readers;
            for (int i = 0; i < d.recipients()->count(); ++i)
                readers << d.recipients()->item(i)->text();
            QVERIFY2(readers.join(u'\n').contains(QLatin1String("Carol <carol@example.com>")), qPrintable(readers.join(u'\n')));
            d.keyBox()->setCurrentText(QStringLiteral("SHARED_TOKEN"));
            QTest::keyClicks(d.valueEdit(), QStringLiteral("t0k3n-for-the-team"));
        });
        QTRY_COMPARE(done.count(), 2);
        QVERIFY2(done.at(1).at(0).toBool(), qPrintable(done.at(1).at(1).toString()));
        QTRY_VERIFY(!view->vault()->findItems(QStringLiteral("SHARED_TOKEN"), Qt::MatchExactly).isEmpty());
        QVERIFY(view->vault()->findItems(QStringLiteral("SHARED_TOKEN"), Qt::MatchExactly).value(0)->text(2).contains(QLatin1String("Carol")));
        screenshot(window.get(), QStringLiteral("secrets"));
        NOORM_VERIFY_RUN(cli({QStringLiteral("settings"), QStringLiteral("secret"), QStringLiteral("rm"), QStringLiteral("PAYMENTS_KEY"),
                              QStringLiteral("--stage"), QStringLiteral("dev")},
                             project.root()));

        // Carol, in a window with her own identity: Sync Now, then Reveal.
        const QByteArray home = qgetenv("NOORM_HOME");
        qputenv("NOORM_HOME", carol.home().toUtf8());
        auto carolWindow = std::make_unique<MainWindow>();
        qputenv("NOORM_HOME", home);
        carolWindow->resize(1280, 800);
        carolWindow->show();
        QVERIFY(QTest::qWaitForWindowExposed(carolWindow.get()));
        QVERIFY(carolWindow->openProject(carolProject.root()));
        QTRY_COMPARE(carolWindow->currentConfig(), QStringLiteral("dev"));
        SecretsView *hers = carolWindow->openSecrets();
        QVERIFY(hers);
        QSignalSpy herLoad(hers, &SecretsView::loaded);
        QTRY_VERIFY(herLoad.count() >= 1);
        QVERIFY(hers->local()->findItems(QStringLiteral("SHARED_TOKEN"), Qt::MatchExactly).isEmpty());
        QSignalSpy synced(hers, &SecretsView::vaultSynced);
        hers->syncVault();
        QTRY_COMPARE(synced.count(), 1);
        QTRY_VERIFY(!hers->local()->findItems(QStringLiteral("SHARED_TOKEN"), Qt::MatchExactly).isEmpty());
        hers->local()->setCurrentItem(hers->local()->findItems(QStringLiteral("SHARED_TOKEN"), Qt::MatchExactly).value(0));
        hers->toggleReveal();
        QTRY_COMPARE(hers->local()->findItems(QStringLiteral("SHARED_TOKEN"), Qt::MatchExactly).value(0)->text(4), QStringLiteral("t0k3n-for-the-team"));
        carolWindow.reset();

        // Revoke Teammate: Carol is taken off every secret here; the screen says what she could read.
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!ask)
                return;
            poll.stop();
            const QStringList choices = ask->comboBoxItems();
            const auto carolChoice = std::find_if(choices.begin(), choices.end(), [](const QString &c) { return c.contains(QLatin1String("carol@example.com")); });
            QVERIFY(carolChoice != choices.end());
            ask->setTextValue(*carolChoice);
            ask->accept();
        });
        poll.start(10);
        const int before = done.count();
        QMetaObject::invokeMethod(view, "revoke", Qt::QueuedConnection);
        QTRY_COMPARE(done.count(), before + 1);
        const QString said = done.last().at(1).toString();
        QVERIFY2(done.last().at(0).toBool() && said.contains(QLatin1String("carol@example.com")) && said.contains(QLatin1String("SHARED_TOKEN")), qPrintable(said));
        QTRY_VERIFY(!view->vault()->findItems(QStringLiteral("SHARED_TOKEN"), Qt::MatchExactly).value(0)->text(2).contains(QLatin1String("Carol")));
        // Revoked, she is offered as a recipient no more (the vault would refuse her).
        view->setInVault([](SecretDialog &d) {
            QVERIFY(d.recipients());
            for (int i = 0; i < d.recipients()->count(); ++i)
                QVERIFY2(!d.recipients()->item(i)->text().contains(QLatin1String("carol@example.com")), qPrintable(d.recipients()->item(i)->text()));
            d.keyBox()->setCurrentText(QStringLiteral("AFTER_CAROL"));
            QTest::keyClicks(d.valueEdit(), QStringLiteral("v-after"));
        });
        QTRY_COMPARE(done.count(), before + 2);
        QVERIFY2(done.last().at(0).toBool() && !done.last().at(1).toString().contains(QLatin1String("carol")), qPrintable(done.last().at(1).toString()));
    }

    // Config › Export for Teammate writes a share only they can open; Import from Teammate
    // adds the config a teammate exported, under the name and credentials asked for.
    void sharesConfigsWithATeammate()
    {
        noorm::test::Cli dan;
        TempProject danProject;
        NOORM_VERIFY_RUN(dan({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Dan"), QStringLiteral("--email"), QStringLiteral("dan@example.com")},
                             danProject.root()));
        const noorm::test::CliRun danKey = dan({QStringLiteral("--json"), QStringLiteral("identity"), QStringLiteral("export")}, danProject.root());
        NOORM_VERIFY_RUN(danKey);
        const QString key = QJsonDocument::fromJson(danKey.out).object().value(QStringLiteral("publicKey")).toString();
        QVERIFY(!key.isEmpty());
        auto window = openWindow();
        QVERIFY(window);
        QTRY_COMPARE(window->currentConfig(), QStringLiteral("dev"));
        QSignalSpy finished(window->sharing(), &ConfigSharing::finished);
        const QString file = danProject.path(QStringLiteral("dev.noorm.enc"));
        window->sharing()->exportTo(QStringLiteral("dev"), key, file);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        NOORM_VERIFY_RUN(dan({QStringLiteral("config"), QStringLiteral("import"), file, QStringLiteral("--name"), QStringLiteral("shop")}, danProject.root()));
        const noorm::test::CliRun danConfigs = dan({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("list")}, danProject.root());
        QVERIFY2(danConfigs.out.contains("\"shop\""), danConfigs.out.constData());

        // Dan's config, exported for this window's identity, comes in under a name of our choosing.
        NOORM_VERIFY_RUN(dan.addSqliteConfig(danProject.root(), QStringLiteral("dans"), QStringLiteral("./dans.db"), {}));
        NOORM_VERIFY_RUN(dan({QStringLiteral("--config"), QStringLiteral("dans"), QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("DAN_TOKEN")},
                             danProject.root(), "from-dan\n"));
        const noorm::test::CliRun mine = cli({QStringLiteral("--json"), QStringLiteral("identity"), QStringLiteral("export")}, project.root());
        const QString myKey = QJsonDocument::fromJson(mine.out).object().value(QStringLiteral("publicKey")).toString();
        const QString back = danProject.path(QStringLiteral("dans.noorm.enc"));
        NOORM_VERIFY_RUN(dan({QStringLiteral("config"), QStringLiteral("export"), QStringLiteral("dans"), QStringLiteral("--to"), myKey, QStringLiteral("-o"), back},
                             danProject.root()));
        QSignalSpy imported(window->sharing(), &ConfigSharing::imported);
        // The real dialog: who sent it, what it connects to, its secrets; kept as "from-dan".
        QString shown;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll.stop();
            for (QLabel *label : dialog->findChildren<QLabel *>())
                shown += label->text() + QLatin1Char('\n');
            dialog->findChildren<QLineEdit *>().value(0)->setText(QStringLiteral("from-dan"));
            screenshot(dialog, QStringLiteral("config-import"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        poll.start(10);
        window->sharing()->importFrom(back);
        QTRY_COMPARE(imported.count(), 1);
        QCOMPARE(imported.at(0).at(0).toString(), QStringLiteral("from-dan"));
        QVERIFY2(shown.contains(QLatin1String("dan@example.com")) && shown.contains(QLatin1String("DAN_TOKEN")) && shown.contains(QLatin1String("SQLite")),
                 qPrintable(shown));
        QTRY_VERIFY(window->configs()->entry(QStringLiteral("from-dan")) != nullptr);
        NOORM_VERIFY_RUN(cli({QStringLiteral("--yes"), QStringLiteral("config"), QStringLiteral("rm"), QStringLiteral("from-dan")}, project.root()));
    }

    // A change edited after it was applied shows beside the text that ran; a template shows
    // as the SQL it renders to for the config.
    void showsAnEditedChangeBesideWhatRanAndRendersTemplates()
    {
        project.write(QStringLiteral("changes/2026-06-01-diff-demo/change/001_demo.sql"), "CREATE TABLE diff_demo (id INTEGER);\n-- the end\n");
        project.write(QStringLiteral("changes/2026-06-01-diff-demo/revert/001_demo.sql"), "DROP TABLE diff_demo;\n");
        project.write(QStringLiteral("changes/2026-06-02-template-demo/change/001_t.sql.tmpl"), "SELECT '{%~ $.config.name %}' AS config_name;\n");
        project.write(QStringLiteral("changes/2026-06-02-template-demo/revert/001_t.sql"), "SELECT 1;\n");
        NOORM_VERIFY_RUN(cli({QStringLiteral("change"), QStringLiteral("run"), QStringLiteral("2026-06-01-diff-demo")}, project.root()));
        project.write(QStringLiteral("changes/2026-06-01-diff-demo/change/001_demo.sql"),
                      "CREATE TABLE diff_demo (id INTEGER, note TEXT);\n-- the end\n");
        auto window = openWindow();
        QVERIFY(window);
        QTRY_COMPARE(window->currentConfig(), QStringLiteral("dev"));
        ChangeManager *manager = window->openChanges();
        QVERIFY(manager);
        QSignalSpy loaded(manager, &ChangeManager::loaded);
        QTRY_VERIFY(loaded.count() >= 1);
        QSignalSpy shown(manager, &ChangeManager::fileShown);
        manager->select(QStringLiteral("2026-06-01-diff-demo"));
        QVERIFY(manager->list()->currentItem()->text(1).contains(QLatin1String("changed")));
        QTRY_VERIFY(shown.count() >= 1);
        QTRY_COMPARE(manager->fileMode()->currentIndex(), 2); // Since Applied
        QTRY_VERIFY(manager->diff()->changedRows() > 0);
        QCOMPARE(manager->diff()->changedRows(), 1);
        QVERIFY(manager->diff()->left()->text().contains(QLatin1String("(id INTEGER);")));
        QVERIFY(manager->diff()->right()->text().contains(QLatin1String("note TEXT")));
        // Within the changed line, the characters that differ are marked (only the whole line
        // was shaded), and the two sides scroll sideways together to show them.
        QsciScintilla *now = manager->diff()->right();
        const auto marked = [](QsciScintilla *e, qsizetype at) { return e->SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT, 8, long(at)) != 0; };
        QVERIFY(marked(now, now->text().indexOf(QLatin1String("note TEXT"))));
        QVERIFY(!marked(now, now->text().indexOf(QLatin1String("CREATE"))));
        const long notePosition = long(now->text().indexOf(QLatin1String("note TEXT")));
        QTRY_VERIFY(now->SendScintilla(QsciScintillaBase::SCI_POINTXFROMPOSITION, 0UL, notePosition) < now->viewport()->width());
        QVERIFY(now->SendScintilla(QsciScintillaBase::SCI_POINTXFROMPOSITION, 0UL, notePosition) >= 0);
        screenshot(window.get(), QStringLiteral("change-diff"));

        manager->select(QStringLiteral("2026-06-02-template-demo"));
        QVERIFY(manager->fileMode()->isTabEnabled(1));
        QVERIFY(!manager->fileMode()->isTabEnabled(2));
        const int before = shown.count();
        manager->fileMode()->setCurrentIndex(1); // Rendered SQL
        QTRY_VERIFY(shown.count() > before);
        QVERIFY2(manager->fileView()->text().contains(QLatin1String("SELECT 'dev' AS config_name;")), qPrintable(manager->fileView()->text()));
        NOORM_VERIFY_RUN(cli({QStringLiteral("change"), QStringLiteral("revert"), QStringLiteral("2026-06-01-diff-demo"), QStringLiteral("--force"), QStringLiteral("--yes")},
                             project.root()));
    }

    // Database › Inspect Template… opens the template with its inspector: what `$` holds
    // (sources open on double-click, secrets by name only), the rendered SQL with its time,
    // and a render error that opens the template at its line.
    void inspectsATemplateBesideItsEditor()
    {
        TempProject shop;
        copyTree(QStringLiteral(NOORM_SOURCE_DIR "/examples/sqlite-shop"), shop.root());
        NOORM_VERIFY_RUN(cli.addSqliteConfig(shop.root(), QStringLiteral("dev"), QStringLiteral("./shop.db"), {QStringLiteral("--use")}));
        NOORM_VERIFY_RUN(cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("API_TOKEN")}, shop.root(), "tok-hidden-9931\n"));
        shop.write(QStringLiteral("sql/$helpers.ts"),
                   "export function slug(name: string): string { return name.toLowerCase().replace(/[^a-z0-9]+/g, '-'); }\n");
        shop.write(QStringLiteral("sql/03_seed/categories.yml"),
                   "- name: Coffee Beans\n  featured: true\n- name: Tea & Herbs\n  featured: false\n- name: Brewing Gear\n  featured: true\n");
        const QString tmpl = shop.write(QStringLiteral("sql/03_seed/002_categories.sql.tmpl"),
            "-- one row per entry of categories.yml\n"
            "CREATE TABLE IF NOT EXISTS categories (slug TEXT PRIMARY KEY, name TEXT NOT NULL, featured INTEGER NOT NULL);\n"
            "{% for (const c of $.categories) { %}\n"
            "INSERT INTO categories (slug, name, featured) VALUES ({%~ $.quote($.slug(c.name)) %}, {%~ $.quote(c.name) %}, {%~ c.featured ? 1 : 0 %});\n"
            "{% } %}\n");
        NOORM_VERIFY_RUN(cli({QStringLiteral("run"), QStringLiteral("build")}, shop.root()));
        const auto opened = openWindow(shop.root());
        QVERIFY(opened);
        MainWindow &window = *opened;
        QTRY_COMPARE(window.currentConfig(), QStringLiteral("dev"));
        window.inspectTemplate(); // the one template: opened without asking
        SqlEditor *editor = nullptr;
        QTRY_VERIFY((editor = qobject_cast<SqlEditor *>(window.tabs()->currentWidget())) && editor->file() == tmpl);
        auto *inspector = editor->findChild<TemplateInspector *>();
        QVERIFY(inspector);
        QTRY_VERIFY(inspector->section(QStringLiteral("Data files")) && inspector->section(QStringLiteral("Data files"))->childCount() == 1);

        QTreeWidgetItem *categories = inspector->section(QStringLiteral("Data files"))->child(0);
        QCOMPARE(categories->text(0), QStringLiteral("$.categories"));
        QCOMPARE(categories->text(1), QStringLiteral("Array [3]"));
        QCOMPARE(categories->text(2), QStringLiteral("categories.yml"));
        QCOMPARE(categories->child(0)->text(1), QStringLiteral("Array [3] of {name, featured}"));
        QTreeWidgetItem *helpers = inspector->section(QStringLiteral("Helpers"));
        QCOMPARE(helpers->childCount(), 1);
        QCOMPARE(helpers->child(0)->text(0), QStringLiteral("$.slug"));
        QCOMPARE(helpers->child(0)->text(2), QStringLiteral("$helpers.ts"));
        QTreeWidgetItem *builtins = inspector->section(QStringLiteral("Built-ins"));
        QCOMPARE(builtins->childCount(), 6);
        // Each as it is called, then what it gives (the name twice, then cut at the edge).
        QMap<QString, QString> calls;
        for (int i = 0; i < builtins->childCount(); ++i)
            calls.insert(builtins->child(i)->text(0), builtins->child(i)->text(1));
        QCOMPARE(calls.value(QStringLiteral("$.escape(text)")), QStringLiteral("quotes doubled for a SQL string"));
        QCOMPARE(calls.value(QStringLiteral("await $.include(path)")), QStringLiteral("another file's text, rendered if a template"));
        QTreeWidgetItem *secrets = inspector->section(QStringLiteral("Secrets"));
        QCOMPARE(secrets->childCount(), 1);
        QCOMPARE(secrets->child(0)->text(0), QStringLiteral("$.secrets.API_TOKEN"));
        QStringList shown;
        for (QTreeWidgetItemIterator it(inspector->context()); *it; ++it)
            for (int c = 0; c < 3; ++c)
                shown << (*it)->text(c) << (*it)->toolTip(c);
        QVERIFY(shown.contains(QStringLiteral("$.secrets.API_TOKEN")));
        QVERIFY(!shown.join(QLatin1Char('\n')).contains(QLatin1String("tok-hidden")));

        QSignalSpy rendered(inspector, &TemplateInspector::rendered);
        inspector->renderPreview();
        QTRY_COMPARE(rendered.count(), 1);
        QVERIFY2(rendered.at(0).at(0).toBool(), qPrintable(inspector->message()->text()));
        QVERIFY2(inspector->preview()->text().contains(QLatin1String("VALUES ('tea-herbs', 'Tea & Herbs', 0);")), qPrintable(inspector->preview()->text()));
        QVERIFY2(inspector->message()->text().contains(QLatin1String(" ms")), qPrintable(inspector->message()->text()));
        screenshot(&window, QStringLiteral("template-inspector"));

        // A source opens in a tab of its own; the template's tab is found again, not opened twice.
        emit inspector->context()->itemDoubleClicked(categories, 0);
        auto *data = qobject_cast<SqlEditor *>(window.tabs()->currentWidget());
        QVERIFY(data && data->file().endsWith(QLatin1String("categories.yml")));
        const int tabs = window.tabs()->count();
        QCOMPARE(window.openFileInEditor(tmpl), editor);
        QCOMPARE(window.tabs()->count(), tabs);

        // Saved with a mistake on line 3: the context is read again; the preview names the line and opens it.
        QSignalSpy refreshed(inspector, &TemplateInspector::refreshed);
        editor->setText(QStringLiteral("-- one\n{% for (const c of $.categories) { %}\n{%~ c.name.nope.deeper %}\n{% } %}\n"));
        QVERIFY(editor->save());
        QTRY_VERIFY(refreshed.count() >= 1);
        inspector->renderPreview();
        QTRY_COMPARE(rendered.count(), 2);
        QCOMPARE(rendered.at(1).at(0).toBool(), false);
        const QRegularExpressionMatch link = QRegularExpression(QStringLiteral("href=\"([^\"]+)\"")).match(inspector->message()->text());
        QVERIFY2(link.hasMatch(), qPrintable(inspector->message()->text()));
        QVERIFY2(link.captured(1).startsWith(tmpl + QStringLiteral(":3:")), qPrintable(link.captured(1)));
        window.tabs()->setCurrentWidget(data);
        emit inspector->message()->linkActivated(link.captured(1));
        QCOMPARE(window.tabs()->currentWidget(), editor);
        int line = 0, index = 0;
        editor->editor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 2);
        screenshot(&window, QStringLiteral("template-inspector-error"));

        // The build runner's file list opens a file on double-click: here, the same tab again.
        BuildRunner *runner = window.openBuildRunner();
        QVERIFY(runner);
        QTRY_VERIFY(!runner->sqlFolder().isEmpty());
        auto *files = qobject_cast<QFileSystemModel *>(runner->files()->model());
        QVERIFY(files);
        QModelIndex fileIndex;
        QTRY_VERIFY((fileIndex = files->index(tmpl)).isValid());
        emit runner->files()->doubleClicked(fileIndex);
        QCOMPARE(window.tabs()->currentWidget(), editor);
    }

    // What the day's update check found shows in the status bar, linked to the release; under
    // CI nothing is checked. The check here needs no network: it ran today already.
    void showsAnAvailableUpdateInTheStatusBar()
    {
        const QString settingsFile = QDir(cli.home()).filePath(QStringLiteral("settings.yml"));
        QFile settings(settingsFile);
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("lastCheck: " + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8()
                       + "\ncachedVersion: 9.9.9\ncachedRelease: https://github.com/noormdev/noorm/releases/tag/v9.9.9\n");
        settings.close();
        const auto removeAfter = qScopeGuard([&] { QFile::remove(settingsFile); });
        auto window = openWindow();
        QVERIFY(window);
        const QByteArray ci = qgetenv("CI");
        window->checkForUpdates();
        QCoreApplication::processEvents();
        if (!ci.isEmpty())
            QVERIFY(window->updateText().isEmpty()); // under CI: not even looked at
        qunsetenv("CI");
        const auto restoreCi = qScopeGuard([&] {
            if (!ci.isEmpty())
                qputenv("CI", ci);
        });
        window->checkForUpdates();
        QTRY_VERIFY(!window->updateText().isEmpty());
        QVERIFY2(window->updateText().contains(QStringLiteral("Update available (v" NOORM_VERSION " → v9.9.9)")), qPrintable(window->updateText()));
        QVERIFY(window->updateText().contains(QLatin1String("releases/tag/v9.9.9")));
        screenshot(window.get(), QStringLiteral("update-available"));
    }

    // A misspelt settings key is said in the window's banner, as the CLI warns of it: it is
    // otherwise no setting at all (`protcted: true` protected nothing, without a word).
    void saysWhichSettingsKeysItDoesNotKnow()
    {
        const QByteArray original = project.read(QStringLiteral(".noorm/settings.yml"));
        const auto restore = qScopeGuard([&] { project.write(QStringLiteral(".noorm/settings.yml"), original); });
        project.write(QStringLiteral(".noorm/settings.yml"), original + "\nteardwn:\n    preserveTables: [customers]\n");
        auto window = openWindow();
        QVERIFY(window);
        QTRY_VERIFY2(window->bannerText().contains(QLatin1String(".noorm/settings.yml:")) && !window->bannerText().contains(QLatin1String("/tmp"))
                         && window->bannerText().contains(QLatin1String("teardwn is not a setting noorm knows; it is ignored")),
                     qPrintable(window->bannerText()));
        QVERIFY2(window->bannerText().contains(QLatin1String("settings.yml:")), qPrintable(window->bannerText()));
        screenshot(window.get(), QStringLiteral("settings-unknown-key"));
    }

    // The layout never overlaps boxes, for a chain of 2,000 tables and a star of 100.
    void laysOutWithoutOverlaps()
    {
        for (const int n : {100, 2000}) {
            QList<QSizeF> boxes;
            QList<QPair<int, int>> links;
            for (int i = 0; i < n; ++i) {
                boxes << QSizeF(120 + (i % 7) * 10, 60 + (i % 5) * 16);
                if (i > 0)
                    links << qMakePair(i, n == 100 ? 0 : i - 1);
            }
            const QList<QPointF> at = layoutErDiagram(boxes, links);
            QCOMPARE(at.size(), n);
            QList<QRectF> rects;
            for (int i = 0; i < n; ++i)
                rects << QRectF(at[i], boxes[i]);
            // Sweep by x: only boxes whose x ranges meet are compared.
            QList<int> order(n);
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(), [&](int a, int b) { return rects[a].left() < rects[b].left(); });
            for (int i = 0; i < n; ++i)
                for (int j = i + 1; j < n && rects[order[j]].left() < rects[order[i]].right(); ++j)
                    QVERIFY2(!rects[order[i]].intersects(rects[order[j]]), qPrintable(QStringLiteral("%1 and %2 overlap").arg(order[i]).arg(order[j])));
            QRectF all;
            for (const QRectF &r : rects)
                all |= r;
            QVERIFY2(all.width() / all.height() < 4 && all.height() / all.width() < 4, "the layout keeps a screen-like shape");
        }
    }

    // Export runs the result's query again into the file, as sql --csv / --json writes it.
    void exportsAResultToCsvAndJson()
    {
        auto window = openWindow();
        QVERIFY(window);
        QTRY_COMPARE(window->currentConfig(), QStringLiteral("dev"));
        SqlEditor *editor = window->newSqlTab();
        editor->setText(QStringLiteral("SELECT sku, price_cents FROM products ORDER BY sku"));
        editor->runScript();
        QTRY_VERIFY(editor->resultGrid(0) != nullptr && !editor->isRunning());
        QSignalSpy exported(editor, &SqlEditor::exported);
        const QString csv = project.path(QStringLiteral("out/products.csv"));
        QDir().mkpath(project.path(QStringLiteral("out")));
        editor->exportResult(0, false, csv);
        QTRY_COMPARE(exported.count(), 1);
        QCOMPARE(exported.at(0).at(1).toLongLong(), 3);
        QCOMPARE(project.read(QStringLiteral("out/products.csv")),
                 QByteArray("sku,price_cents\r\nMUG-01,1200\r\nSTK-01,500\r\nTEE-01,2500\r\n"));
        QVERIFY(!QFile::exists(csv + QStringLiteral(".part")));
        const QString json = project.path(QStringLiteral("out/products.json"));
        editor->exportResult(0, true, json);
        QTRY_COMPARE(exported.count(), 2);
        const QJsonObject doc = QJsonDocument::fromJson(project.read(QStringLiteral("out/products.json"))).object();
        QCOMPARE(doc.value(QStringLiteral("rowCount")).toInt(), 3);
        QCOMPARE(doc.value(QStringLiteral("rows")).toArray().at(0).toObject().value(QStringLiteral("sku")).toString(), QStringLiteral("MUG-01"));
        // A file that cannot be written: an error, and nothing left behind.
        QSignalSpy failed(editor, &SqlEditor::exportFailed);
        editor->exportResult(0, false, project.path(QStringLiteral("no/such/folder/x.csv")));
        QTRY_COMPARE(failed.count(), 1);
    }

    // On a protected config a script that writes asks first; refused, nothing runs.
    void asksBeforeWritingToAProtectedConfig()
    {
        auto window = openWindow();
        QVERIFY(window);
        QTRY_COMPARE(window->configs()->list()->count(), 2);
        window->configs()->select(QStringLiteral("prod"));
        QTRY_COMPARE(window->currentConfig(), QStringLiteral("prod"));
        SqlEditor *editor = window->newSqlTab();
        QStringList asked;
        bool allow = false;
        editor->runner()->setConfirm([&](const ConfirmationRequest &request) -> Status {
            asked << request.question;
            if (allow)
                return {};
            return Error::refused(QStringLiteral("Not confirmed"));
        });
        editor->setText(QStringLiteral("CREATE TABLE guarded (id integer)"));
        editor->runScript();
        QTRY_VERIFY(!editor->isRunning());
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QLatin1String("prod")), qPrintable(asked.first()));
        QVERIFY2(editor->messages().contains(QLatin1String("Not confirmed")), qPrintable(editor->messages()));
        // A read asks nothing.
        editor->setText(QStringLiteral("SELECT 1"));
        editor->runScript();
        QTRY_VERIFY(!editor->isRunning() && editor->resultGrid(0));
        QCOMPARE(asked.size(), 1);
        allow = true;
        editor->setText(QStringLiteral("CREATE TABLE guarded (id integer)"));
        editor->runScript();
        QTRY_VERIFY(!editor->isRunning());
        QCOMPARE(asked.size(), 2);
        QVERIFY2(editor->messages().contains(QLatin1String("done")), qPrintable(editor->messages()));
    }

    // A million rows: the first page shows, the worker stops a page ahead, scrolling to the
    // end asks for the next page; NULL and binary look different from text.
    void scrollsAMillionRowsAPageAtATime()
    {
        auto window = openWindow();
        QVERIFY(window);
        QTRY_COMPARE(window->currentConfig(), QStringLiteral("dev"));
        SqlEditor *editor = window->newSqlTab();
        editor->setText(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) "
                                       "SELECT i, CASE WHEN i % 2 = 0 THEN NULL ELSE 'v' || i END AS label, x'00ff' AS bytes FROM n"));
        editor->runScript();
        QTRY_VERIFY(editor->resultGrid(0) != nullptr);
        QTableView *grid = editor->resultGrid(0);
        auto *model = qobject_cast<ResultModel *>(grid->model());
        QTRY_VERIFY(model->rowCount() >= int(ResultModel::kPage));
        QVERIFY(editor->isRunning()); // held back, a page ahead, not read to the end
        QVERIFY(model->rowCount() < 10 * ResultModel::kPage);
        QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("NULL"));
        QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("v1"));
        QVERIFY(model->index(0, 2).data().toString().contains(QLatin1String("binary")));
        const int before = model->rowCount();
        grid->scrollToBottom();
        QTRY_VERIFY(model->rowCount() > before);
        QCOMPARE(model->index(before, 0).data().toLongLong(), before + 1);
        // Copy as TSV.
        grid->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(1, 1)), QItemSelectionModel::Select);
        auto *resultGrid = qobject_cast<ResultGrid *>(grid->parentWidget());
        QVERIFY(resultGrid);
        QCOMPARE(resultGrid->selectionAsTsv(), QStringLiteral("1\tv1\n2\tNULL"));
        screenshot(window.get(), QStringLiteral("million"));
        window->cancelAction()->trigger();
        QTRY_VERIFY(!editor->isRunning());
    }

    // On live PostgreSQL: a partitioned table's object tab lists its partitions, every level.
    void showsThePartitionsOfAPostgresTable()
    {
        NOORM_REQUIRE_LIVE(pg, "postgres");
        TempProject project;
        NOORM_VERIFY_RUN(cli.initProject(project.root()));
        NOORM_VERIFY_RUN(cli.addLiveConfig(project.root(), QStringLiteral("pg"), QStringLiteral("postgres"), pg.database, {QStringLiteral("--use")}));
        const QString table = noorm::test::uniqueName(QStringLiteral("readings"));
        NOORM_VERIFY_RUN(cli({QStringLiteral("sql"), QStringLiteral("-q"),
                              QStringLiteral("CREATE TABLE %1 (at date NOT NULL, kind text NOT NULL) PARTITION BY RANGE (at);"
                                             "CREATE TABLE %1_2026 PARTITION OF %1 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') "
                                             "PARTITION BY LIST (kind);"
                                             "CREATE TABLE %1_2026_a PARTITION OF %1_2026 FOR VALUES IN ('a');"
                                             "CREATE TABLE %1_old PARTITION OF %1 DEFAULT").arg(table)},
                             project.root()));
        const auto drop = qScopeGuard([&] { cli({QStringLiteral("sql"), QStringLiteral("-q"), QStringLiteral("DROP TABLE %1").arg(table)}, project.root()); });
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(project.root()));
        QTRY_COMPARE(window.currentConfig(), QStringLiteral("pg"));
        QTRY_VERIFY(window.explorer()->catalog() != nullptr);
        QModelIndex row;
        QTRY_VERIFY((row = findRow(window.explorer()->view()->model(), table)).isValid());
        QVERIFY(!findRow(window.explorer()->view()->model(), table + QStringLiteral("_old")).isValid()); // not a table of its own
        window.explorer()->view()->setCurrentIndex(row);
        emit window.explorer()->view()->activated(row);
        auto *view = qobject_cast<ObjectView *>(window.tabs()->currentWidget());
        QVERIFY(view);
        QTableWidget *parts = nullptr;
        for (int i = 0; i < view->tabs()->count(); ++i)
            if (view->tabs()->tabText(i) == QLatin1String("Partitions (3)")) {
                parts = qobject_cast<QTableWidget *>(view->tabs()->widget(i));
                view->tabs()->setCurrentIndex(i);
            }
        QVERIFY(parts);
        QCOMPARE(parts->item(1, 0)->text(), table + QStringLiteral("_2026_a"));
        QCOMPARE(parts->item(1, 1)->text(), table + QStringLiteral("_2026"));
        QCOMPARE(parts->item(1, 2)->text(), QStringLiteral("FOR VALUES IN ('a')"));
        QCOMPARE(parts->item(2, 2)->text(), QStringLiteral("DEFAULT"));
        screenshot(&window, QStringLiteral("table-partitions"));
    }

    // On live PostgreSQL: the change manager applies a change and reverts it, and the
    // database follows; a secret set in the vault there is synced and revealed by a teammate.
    void appliesChangesAndSharesVaultSecretsOnPostgres()
    {
        NOORM_REQUIRE_LIVE(pg, "postgres");
        TempProject pgProject;
        NOORM_VERIFY_RUN(cli.initProject(pgProject.root()));
        const QString table = noorm::test::uniqueName(QStringLiteral("heron"));
        pgProject.write(QStringLiteral("changes/2026-07-01-heron/change/001_create.sql"), QStringLiteral("CREATE TABLE %1 (id integer primary key);\n").arg(table).toUtf8());
        pgProject.write(QStringLiteral("changes/2026-07-01-heron/revert/001_drop.sql"), QStringLiteral("DROP TABLE %1;\n").arg(table).toUtf8());
        NOORM_VERIFY_RUN(cli.addLiveConfig(pgProject.root(), QStringLiteral("pg"), QStringLiteral("postgres"), pg.database, {QStringLiteral("--use")}));
        const auto tableExists = [&] {
            const noorm::test::CliRun r = cli({QStringLiteral("--json"), QStringLiteral("sql"),
                                               QStringLiteral("SELECT count(*) AS n FROM information_schema.tables WHERE table_name = '%1'").arg(table)},
                                              pgProject.root());
            return r.out.contains("\"n\":1") || r.out.contains("\"n\": 1");
        };
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(pgProject.root()));
        QTRY_COMPARE(window.currentConfig(), QStringLiteral("pg"));
        ChangeManager *manager = window.openChanges();
        QVERIFY(manager);
        manager->setConfirmPlan([](const QString &, const QStringList &) { return true; });
        QSignalSpy finished(manager, &ChangeManager::finished);
        QTRY_COMPARE(manager->list()->topLevelItemCount(), 1);
        manager->select(QStringLiteral("2026-07-01-heron"));
        manager->start(ChangeManager::Action::Apply);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(tableExists());
        QTRY_COMPARE(manager->list()->topLevelItem(0)->text(1), QStringLiteral("applied"));
        manager->start(ChangeManager::Action::Revert);
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
        QVERIFY(!tableExists());

        // A SQL tab shows what the server says beside the results (RAISE NOTICE), as psql does.
        SqlEditor *terminal = window.newSqlTab();
        QVERIFY(terminal);
        terminal->editor()->setText(QStringLiteral("DO $$ BEGIN RAISE NOTICE 'hello from %', 'heron'; END $$;"));
        terminal->runScript();
        QTRY_VERIFY(!terminal->isRunning() && terminal->messages().contains(QLatin1String("done")));
        QVERIFY2(terminal->messages().contains(QLatin1String("NOTICE:  hello from heron")), qPrintable(terminal->messages()));

        noorm::test::Cli erin;
        TempProject erinProject;
        NOORM_VERIFY_RUN(erin({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Erin"), QStringLiteral("--email"), QStringLiteral("erin@example.com")},
                              erinProject.root()));
        NOORM_VERIFY_RUN(erin.addLiveConfig(erinProject.root(), QStringLiteral("pg"), QStringLiteral("postgres"), pg.database, {QStringLiteral("--use")}));
        NOORM_VERIFY_RUN(erin({QStringLiteral("secrets"), QStringLiteral("list")}, erinProject.root())); // registers Erin (the change made the tables)

        const QString key = noorm::test::uniqueName(QStringLiteral("PG_TOKEN"));
        SecretsView *view = window.openSecrets();
        QVERIFY(view);
        QSignalSpy loaded(view, &SecretsView::loaded);
        QTRY_VERIFY(loaded.count() >= 1);
        QSignalSpy done(view, &SecretsView::done);
        view->setInVault([&](SecretDialog &d) {
            d.keyBox()->setCurrentText(key);
            QTest::keyClicks(d.valueEdit(), QStringLiteral("pg-v4lue-for-erin"));
        });
        QTRY_COMPARE(done.count(), 1);
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        QVERIFY2(done.at(0).at(1).toString().contains(QLatin1String("erin@example.com")), qPrintable(done.at(0).at(1).toString()));

        const QByteArray home = qgetenv("NOORM_HOME");
        qputenv("NOORM_HOME", erin.home().toUtf8());
        MainWindow hersWindow;
        qputenv("NOORM_HOME", home);
        hersWindow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&hersWindow));
        QVERIFY(hersWindow.openProject(erinProject.root()));
        QTRY_COMPARE(hersWindow.currentConfig(), QStringLiteral("pg"));
        SecretsView *hers = hersWindow.openSecrets();
        QVERIFY(hers);
        QSignalSpy synced(hers, &SecretsView::vaultSynced);
        QSignalSpy herLoad(hers, &SecretsView::loaded);
        QTRY_VERIFY(herLoad.count() >= 1);
        hers->syncVault();
        QTRY_COMPARE(synced.count(), 1);
        QTRY_VERIFY(!hers->local()->findItems(key, Qt::MatchExactly).isEmpty());
        hers->local()->setCurrentItem(hers->local()->findItems(key, Qt::MatchExactly).value(0));
        hers->toggleReveal();
        QTRY_COMPARE(hers->local()->findItems(key, Qt::MatchExactly).value(0)->text(4), QStringLiteral("pg-v4lue-for-erin"));
    }

    // A database with several schemas: their names first, each one's objects when it is
    // opened; Refresh reads the catalog again only when its fingerprint changed.
    void opensSchemasLazilyAndRefreshesOnlyOnChange()
    {
        NOORM_REQUIRE_LIVE(pg, "postgres");
        const QString schema = QStringLiteral("kestrel_lazy_%1").arg(QCoreApplication::applicationPid());
        const auto sql = [&](const QString &statement) {
            return cli({QStringLiteral("--config"), QStringLiteral("pg"), QStringLiteral("sql"), QStringLiteral("-q"), statement}, project.root());
        };
        if (!window_has_pg) {
            NOORM_VERIFY_RUN(cli.addLiveConfig(project.root(), QStringLiteral("pg"), QStringLiteral("postgres"), pg.database));
            window_has_pg = true;
        }
        NOORM_VERIFY_RUN(sql(QStringLiteral("CREATE SCHEMA %1").arg(schema)));
        NOORM_VERIFY_RUN(sql(QStringLiteral("CREATE TABLE %1.wing (id integer primary key)").arg(schema)));
        auto window = openWindow();
        QVERIFY(window);
        QTRY_VERIFY(window->configs()->entry(QStringLiteral("pg")) != nullptr);
        window->configs()->select(QStringLiteral("pg"));
        const QAbstractItemModel *model = window->explorer()->view()->model();
        QTRY_VERIFY(window->explorer()->configName() == QStringLiteral("pg") && findRow(model, schema).isValid());
        const int loads = window->explorer()->loads();
        const QModelIndex node = findRow(model, schema);
        QVERIFY2(node.isValid(), qPrintable(texts(model).join(u',')));
        QCOMPARE(model->index(0, 0, node).data().toString(), QStringLiteral("Loading…"));
        QVERIFY(!window->explorer()->catalog()->find(schema + QStringLiteral(".wing")));
        window->explorer()->view()->expand(node);
        QTRY_COMPARE(model->index(0, 0, findRow(model, schema)).data().toString(), QStringLiteral("Tables (1)"));
        QVERIFY(window->explorer()->catalog()->find(schema + QStringLiteral(".wing")));

        // A read that waits (another session holds the table's lock) is cancelled.
        {
            Config owner = noorm::test::liveConfig(pg);
            owner.name = QStringLiteral("locker");
            Result<std::unique_ptr<Connection>> locker = Connection::open(owner, QString());
            QVERIFY(locker);
            QVERIFY((*locker)->exec(QStringLiteral("BEGIN")));
            QVERIFY((*locker)->exec(QStringLiteral("LOCK TABLE %1.wing IN ACCESS EXCLUSIVE MODE").arg(schema)));
            window->explorer()->view()->collapse(findRow(model, schema));
            window->explorer()->reload();
            QTRY_VERIFY(findRow(model, schema).isValid());
            window->explorer()->view()->expand(findRow(model, schema));
            QTRY_VERIFY(window->explorer()->isReading());
            QVERIFY(window->cancelAction()->isEnabled());
            window->cancelAction()->trigger();
            QTRY_VERIFY(!window->explorer()->isReading());
            QVERIFY2(model->index(0, 0, findRow(model, schema)).data().toString().contains(QLatin1String("ancel")),
                     qPrintable(model->index(0, 0, findRow(model, schema)).data().toString()));
            QVERIFY((*locker)->exec(QStringLiteral("ROLLBACK")));
        }
        window->explorer()->reload();
        QTRY_VERIFY(findRow(model, schema).isValid());
        window->explorer()->view()->expand(findRow(model, schema));
        QTRY_COMPARE(model->index(0, 0, findRow(model, schema)).data().toString(), QStringLiteral("Tables (1)"));
        const int loads2 = window->explorer()->loads();

        QSignalSpy unchanged(window->explorer(), &SchemaTree::unchanged);
        window->explorer()->refresh();
        QTRY_COMPARE(unchanged.count(), 1);
        QCOMPARE(window->explorer()->loads(), loads2);
        QVERIFY(loads2 > loads);
        NOORM_VERIFY_RUN(sql(QStringLiteral("CREATE TABLE %1.nest (id integer)").arg(schema)));
        window->explorer()->refresh();
        QTRY_COMPARE(window->explorer()->loads(), loads2 + 1);
        NOORM_VERIFY_RUN(sql(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema)));
    }

    // A long statement on PostgreSQL: the event loop keeps turning while it runs, and Cancel
    // stops it.
    void cancelsALongQueryWhileTheWindowStaysResponsive()
    {
        NOORM_REQUIRE_LIVE(pg, "postgres");
        if (!window_has_pg) {
            NOORM_VERIFY_RUN(cli.addLiveConfig(project.root(), QStringLiteral("pg"), QStringLiteral("postgres"), pg.database));
            window_has_pg = true;
        }
        auto window = openWindow();
        QVERIFY(window);
        QTRY_COMPARE(window->configs()->list()->count(), 3);
        window->configs()->select(QStringLiteral("pg"));
        QTRY_COMPARE(window->currentConfig(), QStringLiteral("pg"));
        QTRY_VERIFY(window->explorer()->catalog() != nullptr);
        SqlEditor *editor = window->newSqlTab();
        editor->setText(QStringLiteral("SELECT pg_sleep(30)"));
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
        ticker.start(0);
        editor->runScript();
        QVERIFY(editor->isRunning());
        QTRY_VERIFY(ticks > 200); // the GUI thread is free while the statement runs
        QVERIFY(editor->isRunning());
        QVERIFY(window->cancelAction()->isEnabled());
        QVERIFY(window->statusBar()->findChild<QProgressBar *>()->isVisible()); // busy
        window->cancelAction()->trigger();
        QTRY_VERIFY(!editor->isRunning());
        QTRY_VERIFY(!window->statusBar()->findChild<QProgressBar *>()->isVisible());
        QVERIFY2(editor->messages().contains(QLatin1String("nterrupted")) || editor->messages().contains(QLatin1String("ancel")),
                 qPrintable(editor->messages()));
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
