#pragma once
// SchemaTree: a config's database as a tree: schemas, then tables, views, functions,
// procedures, sequences, types and triggers with their counts, read off the GUI thread from
// the core catalog (the explore operation: one query per kind, not per object). The filter
// box narrows every level at once; it works on the loaded model, so it stays instant on
// thousands of tables. Activating an object opens it.

#include "project_session.h"
#include "operations/explore_operation.h"

#include <QWidget>

#include <memory>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;
class QLabel;
class QStandardItem;

namespace noorm {

class ProjectSession;

// What a tree row stands for.
struct ExplorerObject {
    ExploreKind kind = ExploreKind::Tables;
    QString schema;
    QString name;
};

class SchemaTree : public QWidget {
    Q_OBJECT
public:
    explicit SchemaTree(const ProjectSession &session, QWidget *parent = nullptr);

    // A database with one schema is read whole; with several, their names first and each
    // schema's objects when it is first expanded.
    void load(const QString &configName);
    void reload() { load(m_config); }
    // noorm's own tracking tables in the tree too (Developer › Show Tracking Tables), read-only
    // as everything the explorer opens.
    void setShowTrackingTables(bool show)
    {
        m_noorm = show ? NoormTables::Shown : NoormTables::Hidden;
        reload();
    }
    // Reads the catalog's fingerprint first and reloads only when it changed.
    void refresh();
    // Stops a catalog read in progress (the tree stays as it was before it).
    void cancel();
    bool isReading() const { return m_reading > 0; }
    int loads() const { return m_loads; } // whole loads so far (a refresh that found no change adds none)
    QString configName() const { return m_config; }
    const ExploreCatalog *catalog() const { return m_catalog.get(); }
    QTreeView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    QStandardItemModel *model() const { return m_model; }
    // The schema of the selected row, else the first one; empty before a load.
    QString currentSchema() const;
    // The tables selected in the current schema (Ctrl/Shift-click); empty when none.
    QStringList selectedTables() const;
    // Selects and opens the table or view `schema`.`name` (a foreign key's target).
    void reveal(const QString &schema, const QString &name);

signals:
    void objectActivated(const noorm::ExplorerObject &object);
    void loaded(int tables);
    void unchanged();
    void busy(bool reading); // the catalog is being read
    void failed(const QString &message);

private:
    struct Overview;
    void show(const Overview &overview);
    void loadSchema(const QString &schema);
    void fillSchema(QStandardItem *schemaItem, const ExploreCatalog &part);

    ProjectSession m_session; // a copy: the window may open another project while this lives
    QString m_config;
    LatestOnly m_generations; // a load that was overtaken by a newer one is dropped
    std::shared_ptr<ExploreCatalog> m_catalog; // what has been read so far
    QString m_fingerprint;
    int m_loads = 0;
    int m_reading = 0;
    std::shared_ptr<Cancellation> m_cancellation; // of the read in progress
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_state;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    NoormTables m_noorm = NoormTables::Hidden;
};

} // namespace noorm

Q_DECLARE_METATYPE(noorm::ExplorerObject)
