#include "main_window.h"

#include <QLabel>
#include <QStatusBar>

namespace noorm {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("noorm"));
    auto *label = new QLabel(tr("Open a project to begin."), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    statusBar()->showMessage(tr("noorm %1").arg(QStringLiteral(NOORM_VERSION)));
    resize(1100, 720);
}

} // namespace noorm
