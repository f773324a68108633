#include "main_window.h"
#include "theme.h"

#include "template/js_runtime.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

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
    return app.exec();
}
