#pragma once
// The ER diagram's automatic layout: boxes (tables) joined by links (foreign keys) placed
// so that linked tables sit near each other and nothing overlaps. Connected groups are laid
// out one by one, biggest first, and packed in rows. Inside a group the tables go in
// columns by their distance from the most connected table, each column ordered by where its
// neighbours are (one barycentre pass), and a long group wraps into bands, so a 2,000-table
// chain still fits a screen-shaped area. Linear in tables and links.

#include <QList>
#include <QPair>
#include <QPointF>
#include <QSizeF>

namespace noorm {

// The top-left corner of each box, in the order given.
QList<QPointF> layoutErDiagram(const QList<QSizeF> &boxes, const QList<QPair<int, int>> &links);

} // namespace noorm
