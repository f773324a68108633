// noorm_desktop_bench PROJECT CONFIG: the desktop app's timings on real widgets, offscreen:
//   window   process start to the main window shown and painted, project open
//   tree     the config chosen to its explorer tree filled (the catalog read off the GUI thread)
//   filter   typing a filter into a filled tree, until it is narrowed
//   diagram  the ER diagram of the schema built, laid out and painted
//   completion_index, completion_us  the completion index built (ms), one answer (µs)
//   first    a 1,000,000-row SELECT to its first rows in the grid
//   rss      peak RSS after scrolling the grid through 20 pages
//   event_loop_max_gap_ms  the longest the GUI thread did not turn while SELECT pg_sleep(5) ran
// One line per figure: "<name> <milliseconds|MB>".

#include "main_window.h"
#include "config_sidebar.h"
#include "er_diagram.h"
#include "sql/sql_completion.h"
#include "result_model.h"
#include "schema_tree.h"
#include "sql_editor.h"
#include "theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <cstdio>

namespace {

QElapsedTimer processClock;

long peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong() / 1024;
    return -1;
}

template <typename F>
bool waitFor(F done, int ms = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

void say(const char *name, qint64 value) { std::printf("%s %lld\n", name, static_cast<long long>(value)); }

} // namespace

int main(int argc, char **argv)
{
    processClock.start();
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: noorm_desktop_bench PROJECT CONFIG [SQL]\n");
        return 64;
    }
    noorm::applyColorScheme(app);
    noorm::MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!window.openProject(QString::fromLocal8Bit(argv[1])))
        return 1;
    QCoreApplication::processEvents();
    window.repaint();
    say("window", processClock.elapsed());

    const QString config = QString::fromLocal8Bit(argv[2]);
    if (!waitFor([&] { return window.configs()->entry(config) != nullptr; }))
        return 1;
    QElapsedTimer t;
    t.start();
    window.configs()->select(config);
    if (!waitFor([&] { return window.explorer()->catalog() != nullptr && window.explorer()->configName() == config; }))
        return 1;
    say("tree", t.elapsed());

    t.restart();
    QTest::keyClicks(window.explorer()->filter(), QStringLiteral("t0199"));
    QCoreApplication::processEvents();
    say("filter", t.elapsed());

    t.restart();
    QCoreApplication::processEvents();
    noorm::ErDiagram *diagram = window.openDiagram();
    if (!diagram)
        return 1;
    diagram->fit();
    diagram->repaint();
    QCoreApplication::processEvents();
    say("diagram", t.elapsed());

    // Completion over the whole catalog: building its index, then one answer for an alias.
    t.restart();
    const noorm::SqlCompletion completion(*window.explorer()->catalog());
    say("completion_index", t.elapsed());
    QElapsedTimer answer;
    answer.start();
    const QString probe = QStringLiteral("SELECT x. FROM t01999 x JOIN t01998 y ON y.id = x.parent_id");
    int words = 0;
    for (int i = 0; i < 100; ++i)
        words += int(completion.at(probe, 9).words.size());
    say("completion_us", answer.nsecsElapsed() / 100 / 1000);
    if (words == 0)
        return 1;

    noorm::SqlEditor *editor = window.newSqlTab();
    const QString sql = argc > 3 ? QString::fromLocal8Bit(argv[3])
                                 : QStringLiteral("SELECT g AS i, 'row ' || g AS label, g * 0.5 AS half FROM generate_series(1, 1000000) AS g");
    editor->setText(sql);
    t.restart();
    editor->runScript();
    if (!waitFor([&] { return editor->resultGrid(0) && editor->resultGrid(0)->model()->rowCount() > 0; }))
        return 1;
    say("first", t.elapsed());
    QTableView *grid = editor->resultGrid(0);
    for (int page = 0; page < 20; ++page) {
        const int before = grid->model()->rowCount();
        grid->scrollToBottom();
        waitFor([&] { return grid->model()->rowCount() > before || !editor->isRunning(); });
    }
    say("rows_scrolled", grid->model()->rowCount());
    say("rss_mb", peakRssMb());
    editor->cancel();
    waitFor([&] { return !editor->isRunning(); });

    // The event loop while a 5-second statement runs: the longest gap between two turns.
    editor->setText(QStringLiteral("SELECT pg_sleep(5)"));
    QElapsedTimer gap;
    qint64 longest = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longest = std::max(longest, gap.restart());
    });
    editor->runScript();
    gap.start();
    ticker.start(1);
    waitFor([&] { return !editor->isRunning(); }, 20000);
    ticker.stop();
    say("event_loop_max_gap_ms", longest);
    return 0;
}
