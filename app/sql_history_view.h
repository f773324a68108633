#pragma once
// SqlHistoryView: the SQL terminal's history of a config (`noorm sql history`), newest
// first: when, whether it worked, rows, time and the query, with a search as you type. The
// selected entry's kept result (its first rows) shows below; Open puts the query in a SQL tab
// to run again; Clear removes entries older than some months, or all. Secrets were masked
// before anything was written.

#include "project_session.h"
#include "sql/sql_history.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace noorm {

class SqlHistoryView : public QWidget {
    Q_OBJECT
public:
    SqlHistoryView(const ProjectSession &session, QString configName, QWidget *parent = nullptr);
    void reload();
    // Removes entries older than `months` (0: all).
    void clear(int months);

    QTreeWidget *entries() const { return m_entries; }
    QTableWidget *result() const { return m_result; }
    QLineEdit *search() const { return m_search; }

signals:
    void loaded();
    void resultShown();
    void openQuery(const QString &configName, const QString &query);

private:
    void filter();
    void showResult();

    ProjectSession m_session; // a copy: the window may open another project while this lives
    QString m_config;
    QList<SqlHistoryEntry> m_list;
    QLineEdit *m_search;
    QTreeWidget *m_entries;
    QTableWidget *m_result;
    QLabel *m_message;
    QSpinBox *m_months;
    LatestOnly m_reloads; // only the newest reload is shown
};

} // namespace noorm
