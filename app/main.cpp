#include "main_window.h"
#include "theme.h"

#include "template/template_engine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    noorm::quietJsCompilerWarnings();
    QApplication::setApplicationName(QStringLiteral("noorm-desktop"));
    QApplication::setOrganizationName(QStringLiteral("noorm"));
    QApplication::setApplicationVersion(QStringLiteral(NOORM_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/noorm.svg")));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "noorm's desktop app: configs, schema explorer and SQL terminal"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("main", "The project folder to open (default: the working directory, if it is one)"),
                                 QStringLiteral("[project]"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QCoreApplication::translate("main", "Start, show the window, say so and quit (checks an installation)"));
    parser.addOption(selfTest);
    noorm::installTranslations(app);
    parser.process(app);
    noorm::applyColorScheme(app);
    noorm::MainWindow window;
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty())
        window.openProject(args.constFirst());
    else if (QDir::current().exists(QStringLiteral(".noorm")))
        window.openProject(QDir::currentPath());
    window.show();
    if (!parser.isSet(selfTest))
        window.checkForUpdates(); // in the background; a day's check is kept in ~/.noorm/settings.yml
    if (parser.isSet(selfTest)) {
        // Once the event loop has shown the window: it started, with its plugins and resources.
        QTimer::singleShot(0, &app, [&window] {
            std::printf("noorm-desktop %s: the window opened (%s, %d×%d)\n", NOORM_VERSION, qPrintable(QGuiApplication::platformName()),
                        window.width(), window.height());
            QCoreApplication::exit(window.isVisible() ? 0 : 1);
        });
    }
    return app.exec();
}
