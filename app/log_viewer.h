#pragma once
// LogViewer: the project's log (settings.logging.file, JSON lines) as a table: time, level,
// type, message, newest last, with a level filter and a search box, following the file as
// noorm (the app or the CLI) writes to it. Values were masked when they were written.

#include <QWidget>

class QComboBox;
class QFileSystemWatcher;
class QLineEdit;
class QTreeWidget;
class QCheckBox;

namespace noorm {

class LogViewer : public QWidget {
    Q_OBJECT
public:
    LogViewer(QString logFile, QWidget *parent = nullptr);

    QTreeWidget *entries() const { return m_entries; }
    QComboBox *level() const { return m_level; }
    QLineEdit *search() const { return m_search; }
    // Reads what was added to the file since the last read (the watcher calls it).
    void readNew();

private:
    void applyFilter();

    QString m_file;
    qint64 m_read = 0; // bytes of the file read so far
    QTreeWidget *m_entries;
    QComboBox *m_level;
    QLineEdit *m_search;
    QCheckBox *m_follow;
    QFileSystemWatcher *m_watcher;
};

} // namespace noorm
