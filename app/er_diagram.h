#pragma once
// ErDiagram: a schema's tables (or a chosen few) as boxes listing their columns, with the
// primary and foreign key columns marked, and each foreign key as a line from the child
// table to its parent. Laid out automatically (er_layout.h); zoom with Ctrl+wheel, +/- or
// Fit, pan by dragging; export to PNG or SVG. Each table is one item that paints itself,
// so thousands of tables stay quick.

#include "operations/explore_operation.h"

#include <QWidget>

class QGraphicsScene;
class QGraphicsView;

namespace noorm {

class ErDiagram : public QWidget {
    Q_OBJECT
public:
    // The tables of `schema` in `catalog` (all of them when `tables` is empty, else those).
    ErDiagram(const ExploreCatalog &catalog, const QString &schema, const QStringList &tables = {}, QWidget *parent = nullptr);

    QGraphicsScene *scene() const { return m_scene; }
    QGraphicsView *view() const { return m_view; }
    int tableCount() const { return m_tables; }
    int linkCount() const { return m_links; }

    bool exportPng(const QString &file) const;
    bool exportSvg(const QString &file) const;
    void zoomBy(double factor);
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void exportAs();

    QGraphicsScene *m_scene;
    QGraphicsView *m_view;
    QString m_schema;
    int m_tables = 0;
    int m_links = 0;
};

} // namespace noorm
