#include "main_window.h"

#include "template/js_runtime.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    noorm::quietJsCompilerWarnings();
    QApplication::setApplicationName(QStringLiteral("noorm"));
    QApplication::setApplicationVersion(QStringLiteral(NOORM_VERSION));
    noorm::MainWindow window;
    window.show();
    return app.exec();
}
