#pragma once
// ObjectView: one database object opened from the explorer, in tabs. A table or view:
// columns (type, null, default, keys), indexes, foreign keys both ways (double-click one to
// go to the other table), its DDL, and its rows, browsed lazily with a WHERE filter and
// sorting by a column (no count(*) first). Functions, procedures, sequences, types and
// triggers: their properties and DDL. The DDL and the rows are read off the GUI thread.

#include "project_session.h"
#include "schema_tree.h"

#include <QWidget>

class QsciScintilla;
class QLineEdit;
class QTabWidget;
class QTableWidget;

namespace noorm {

class ProjectSession;
class SqlEditor;

class ObjectView : public QWidget {
    Q_OBJECT
public:
    ObjectView(const ProjectSession &session, QString configName, QString dialect, const ExploreCatalog &catalog,
               ExplorerObject object, QWidget *parent = nullptr);

    const ExplorerObject &object() const { return m_object; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *columnsTable() const { return m_columns; }
    QsciScintilla *ddl() const { return m_ddl; }
    SqlEditor *data() const { return m_data; }
    QLineEdit *where() const { return m_where; }
    // Reads the rows again with the WHERE filter and the sort column.
    void browse();

signals:
    void openTable(const QString &schema, const QString &name);

private:
    void buildTable(const TableInfo &table, const ExploreCatalog &catalog);
    void opensTheRowsTable(QTableWidget *rows);
    void buildProperties(const QList<QPair<QString, QString>> &rows);
    void loadDefinition(const DefinedObject &object);

    ProjectSession m_session; // a copy: the window may open another project while this lives
    QString m_config, m_dialect;
    ExplorerObject m_object;
    QTabWidget *m_tabs;
    QTableWidget *m_columns = nullptr;
    QsciScintilla *m_ddl;
    SqlEditor *m_data = nullptr;
    QLineEdit *m_where = nullptr;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QStringList m_columnNames;
};

} // namespace noorm
