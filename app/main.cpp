#include "main_window.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("noorm"));
    QApplication::setApplicationVersion(QStringLiteral(NOORM_VERSION));
    noorm::MainWindow window;
    window.show();
    return app.exec();
}
