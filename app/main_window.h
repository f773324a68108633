#pragma once
// MainWindow: the desktop shell. Later issues fill it with the schema tree, SQL editor,
// change manager and build runner.

#include <QMainWindow>

namespace noorm {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace noorm
