// noorm-demo WORKFLOW PROJECT [TEAMMATE_HOME TEAMMATE_PROJECT]: plays one workflow in the
// real desktop app at a person's pace, for docs/record.sh to film under Xvfb. Not a test:
// the GUI tests (tests/app/tst_desktop.cpp) check the same paths without pauses.
//
//   changes  apply a change from the change manager, then revert it
//   vault    set a secret in the team vault; a teammate's window syncs and reveals it

#include "change_manager.h"
#include "main_window.h"
#include "secret_dialog.h"
#include "secrets_view.h"
#include "theme.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest/QTest>

#include <functional>
#include <memory>

using namespace noorm;

namespace {

// Steps run one after the other on the event loop; a step that returns false is asked again
// 40 ms later (waiting for the app), so dialogs opened by a step keep the script going.
class Script : public QObject {
public:
    void then(std::function<void()> action)
    {
        m_steps.append([action] {
            QTimer::singleShot(0, action); // from the event loop: a dialog's exec() must not block the script
            return true;
        });
    }
    void waitFor(std::function<bool()> ready) { m_steps.append(std::move(ready)); }
    void pause(int ms)
    {
        auto clock = std::make_shared<QElapsedTimer>();
        m_steps.append([clock, ms] {
            if (!clock->isValid())
                clock->start();
            return clock->elapsed() >= ms;
        });
    }
    void start()
    {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this, timer] {
            if (m_busy)
                return;
            m_busy = true;
            while (m_next < m_steps.size() && m_steps[m_next]())
                ++m_next;
            m_busy = false;
            if (m_next >= m_steps.size()) {
                timer->stop();
                QTimer::singleShot(1500, qApp, &QCoreApplication::quit);
            }
        });
        timer->start(40);
    }

private:
    QList<std::function<bool()>> m_steps;
    qsizetype m_next = 0;
    bool m_busy = false;
};

template <typename T>
T *modal()
{
    return qobject_cast<T *>(QApplication::activeModalWidget());
}

// A caption above the window: whose window the film shows.
QLabel *caption(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWindowFlag(Qt::FramelessWindowHint);
    label->setAlignment(Qt::AlignCenter);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    label->setFont(f);
    label->setAutoFillBackground(true);
    label->setGeometry(0, 0, 1280, 40);
    label->show();
    return label;
}

std::unique_ptr<MainWindow> openWindow(const QString &project)
{
    auto window = std::make_unique<MainWindow>();
    window->setWindowFlag(Qt::FramelessWindowHint); // no window manager under Xvfb: the frame is the app's
    window->setGeometry(0, 40, 1280, 800);
    window->show();
    window->openProject(project);
    return window;
}

void clickWhenAsked(Script &s, int showMs)
{
    s.waitFor([] { return modal<QMessageBox>() != nullptr; });
    s.pause(showMs);
    s.then([] {
        if (QMessageBox *box = modal<QMessageBox>())
            box->button(QMessageBox::Yes)->click();
    });
}

void changesWorkflow(Script &s, MainWindow &window, QLabel *title)
{
    title->setText(QStringLiteral("Apply a change from the change manager, then revert it"));
    auto manager = std::make_shared<ChangeManager *>(nullptr);
    auto finished = std::make_shared<int>(0);
    const QString change = QStringLiteral("2026-02-03-add-product-slug");
    s.waitFor([&window] { return window.currentConfig() == QLatin1String("dev"); });
    s.pause(1200);
    s.then([&window, manager, finished] {
        *manager = window.openChanges();
        QObject::connect(*manager, &ChangeManager::finished, *manager, [finished](bool, const QString &) { ++*finished; });
    });
    s.waitFor([manager] { return *manager && (*manager)->list()->topLevelItemCount() > 0; });
    s.pause(1200);
    s.then([manager, change] { (*manager)->select(change); });
    s.pause(1800);
    s.then([manager] { (*manager)->start(ChangeManager::Action::Apply); });
    clickWhenAsked(s, 2200);
    s.waitFor([finished] { return *finished == 1; });
    s.pause(2200);
    s.then([manager] { (*manager)->start(ChangeManager::Action::Revert); });
    clickWhenAsked(s, 2200);
    s.waitFor([finished] { return *finished == 2; });
    s.pause(2500);
}

void vaultWorkflow(Script &s, MainWindow &window, QLabel *title, const QString &teammateHome, const QString &teammateProject)
{
    title->setText(QStringLiteral("Your window: set a secret in the team vault"));
    auto view = std::make_shared<SecretsView *>(nullptr);
    auto done = std::make_shared<int>(0);
    s.waitFor([&window] { return window.currentConfig() == QLatin1String("dev"); });
    s.pause(1000);
    s.then([&window, view, done] {
        *view = window.openSecrets();
        QObject::connect(*view, &SecretsView::done, *view, [done](bool, const QString &) { ++*done; });
    });
    s.waitFor([view] { return *view && (*view)->vault()->isEnabled() && !(*view)->completeness()->text().isEmpty(); });
    s.pause(1500);
    s.then([view] { (*view)->setInVault(); });
    s.waitFor([] { return modal<SecretDialog>() != nullptr; });
    s.pause(600);
    s.then([] {
        SecretDialog *d = modal<SecretDialog>();
        d->keyBox()->lineEdit()->clear();
        QTest::keyClicks(d->keyBox()->lineEdit(), QStringLiteral("STRIPE_API_KEY"), Qt::NoModifier, 70);
        QTest::keyClicks(d->valueEdit(), QStringLiteral("sk_test_4eC39HqLyjWDarjtT1zdp7dc"), Qt::NoModifier, 35);
    });
    s.waitFor([] { return modal<SecretDialog>() && modal<SecretDialog>()->valueEdit()->text().size() == 32; });
    s.pause(1500);
    s.then([] { modal<SecretDialog>()->accept(); });
    s.waitFor([done] { return *done == 1; });
    s.pause(2500);

    // The teammate: a window with their own identity (their HOME), on the same database.
    auto teammate = std::make_shared<std::unique_ptr<MainWindow>>();
    auto theirs = std::make_shared<SecretsView *>(nullptr);
    auto synced = std::make_shared<bool>(false);
    s.then([teammate, teammateHome, teammateProject, title] {
        const QByteArray home = qgetenv("NOORM_HOME");
        qputenv("NOORM_HOME", teammateHome.toUtf8());
        *teammate = openWindow(teammateProject);
        qputenv("NOORM_HOME", home);
        title->setText(QStringLiteral("Carol's window (a teammate): Sync Now, then Reveal"));
        title->raise();
    });
    s.waitFor([teammate] { return *teammate && (*teammate)->currentConfig() == QLatin1String("dev"); });
    s.pause(1200);
    s.then([teammate, theirs, synced] {
        *theirs = (*teammate)->openSecrets();
        QObject::connect(*theirs, &SecretsView::vaultSynced, *theirs, [synced] { *synced = true; });
    });
    s.waitFor([theirs] { return *theirs && !(*theirs)->completeness()->text().isEmpty(); });
    s.pause(1800);
    s.then([theirs] { (*theirs)->syncVault(); });
    s.waitFor([synced, theirs] { return *synced && !(*theirs)->local()->findItems(QStringLiteral("STRIPE_API_KEY"), Qt::MatchExactly).isEmpty(); });
    s.pause(1800);
    s.then([theirs] {
        QTreeWidgetItem *item = (*theirs)->local()->findItems(QStringLiteral("STRIPE_API_KEY"), Qt::MatchExactly).value(0);
        (*theirs)->local()->setCurrentItem(item);
        (*theirs)->toggleReveal();
    });
    s.pause(3000);
    s.then([teammate] { teammate->reset(); });
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("noorm-demo"));
    applyColorScheme(app);
    const QStringList args = app.arguments();
    if (args.size() < 3 || (args[1] == QLatin1String("vault") && args.size() < 5)) {
        qWarning("usage: noorm-demo changes|vault PROJECT [TEAMMATE_HOME TEAMMATE_PROJECT]");
        return 2;
    }
    QLabel *title = caption(QString());
    auto window = openWindow(args[2]);
    Script script;
    if (args[1] == QLatin1String("changes"))
        changesWorkflow(script, *window, title);
    else
        vaultWorkflow(script, *window, title, args[3], args[4]);
    script.start();
    const int code = app.exec();
    delete title;
    return code;
}
