#include "er_diagram.h"
#include "theme.h"

#include "er_layout.h"

#include <QApplication>
#include <QFileDialog>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace noorm {

namespace {

constexpr double kPad = 8;

// One table: its name in a header band, then a line per column (PK and FK marked).
class TableItem final : public QGraphicsItem {
public:
    TableItem(const TableInfo &table, const QFont &font, const QPalette &palette) : m_palette(palette), m_font(font)
    {
        m_bold = font;
        m_bold.setBold(true);
        m_title = table.name;
        QSet<QString> fks;
        for (const ForeignKeyInfo &fk : table.foreignKeys)
            for (const QString &c : fk.columns)
                fks.insert(c);
        const QFontMetricsF fm(font), bm(m_bold);
        m_line = fm.height() + 3;
        // A column can be both (order_lines.order_id: in the key, and pointing at orders).
        for (const ColumnInfo &c : table.columns)
            m_columns << Line{c.name, c.dataType, c.primaryKey, fks.contains(c.name)};
        const bool both = std::any_of(m_columns.begin(), m_columns.end(), [](const Line &l) { return l.pk && l.fk; });
        m_markWidth = std::max(24.0, fm.horizontalAdvance(both ? QStringLiteral("PK FK") : QStringLiteral("PK")) + 6);
        double width = bm.horizontalAdvance(m_title) + 2 * kPad;
        for (const Line &c : std::as_const(m_columns))
            width = std::max(width, fm.horizontalAdvance(c.name) + fm.horizontalAdvance(c.type) + 3 * kPad + m_markWidth);
        m_size = QSizeF(std::min(width, 360.0), m_line * (m_columns.size() + 1) + kPad);
        setFlag(ItemIsMovable);
        setCacheMode(DeviceCoordinateCache);
        setToolTip(table.schema + QLatin1Char('.') + table.name);
    }
    QSizeF size() const { return m_size; }
    // The middle of `column`'s row, in the item's coordinates (the header's when not shown).
    double rowCenter(const QString &column) const
    {
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            if (m_columns.at(i).name == column)
                return m_line + 4 + double(i) * m_line + m_line / 2;
        return (m_line + 2) / 2;
    }
    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), m_size).adjusted(-1, -1, 1, 1); }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QRectF box(QPointF(0, 0), m_size);
        p->setPen(QPen(m_palette.color(QPalette::Mid), 1));
        p->setBrush(m_palette.color(QPalette::Base));
        p->drawRoundedRect(box, 5, 5);
        const QRectF header(0, 0, m_size.width(), m_line + 2);
        p->setBrush(m_palette.color(QPalette::Highlight));
        p->setPen(Qt::NoPen);
        p->drawRoundedRect(header, 5, 5);
        p->drawRect(header.adjusted(0, 5, 0, 0));
        p->setPen(m_palette.color(QPalette::HighlightedText));
        p->setFont(m_bold);
        p->drawText(header.adjusted(kPad, 0, -kPad, 0), Qt::AlignVCenter | Qt::AlignLeft, m_title);
        p->setFont(m_font);
        double y = header.bottom() + 2;
        for (const Line &c : m_columns) {
            const QRectF r(kPad, y, m_size.width() - 2 * kPad, m_line);
            double markAt = 0;
            if (c.pk) {
                p->setPen(QColor(0xc7, 0x8a, 0x00));
                p->drawText(r, Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("PK"));
                markAt = QFontMetricsF(m_font).horizontalAdvance(QStringLiteral("PK "));
            }
            if (c.fk) {
                p->setPen(isDark() ? QColor(0x6a, 0xa1, 0xf7) : QColor(0x2f, 0x6f, 0xde));
                p->drawText(r.adjusted(markAt, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("FK"));
            }
            p->setPen(m_palette.color(QPalette::Text));
            p->drawText(r.adjusted(m_markWidth, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, c.name);
            p->setPen(secondaryText(m_palette));
            p->drawText(r, Qt::AlignVCenter | Qt::AlignRight, c.type);
            y += m_line;
        }
    }

private:
    struct Line {
        QString name, type;
        bool pk = false, fk = false;
    };
    double m_markWidth = 24;
    QPalette m_palette;
    QFont m_font, m_bold;
    QString m_title;
    QList<Line> m_columns;
    QSizeF m_size;
    double m_line = 16;
};

// From the foreign key's row of `from` (the child, at fromY) to the referenced row of `to`
// (the parent, at toY): side to facing side as a gentle S; boxes in one column join on
// their left sides. The ends say which is which: a crow's foot at the child (many rows), a
// bar across the line at the parent (one).
QPainterPath link(const QRectF &from, double fromY, const QRectF &to, double toY)
{
    QPainterPath path;
    QPointF a, b;
    double outA = 0, outB = 0; // the way the line leaves each end: +1 right, -1 left
    if (to.left() > from.right() || to.right() < from.left()) {
        const bool right = to.left() > from.right();
        a = QPointF(right ? from.right() : from.left(), fromY);
        b = QPointF(right ? to.left() : to.right(), toY);
        outA = right ? 1 : -1;
        outB = -outA;
        const double bend = std::max(30.0, std::abs(b.x() - a.x()) / 2);
        path.moveTo(a);
        path.cubicTo(a + QPointF(bend * outA, 0), b + QPointF(bend * outB, 0), b);
    } else {
        a = QPointF(from.left(), fromY);
        b = QPointF(to.left(), toY);
        outA = outB = -1;
        const double out = 30 + std::abs(b.y() - a.y()) / 8;
        path.moveTo(a);
        path.cubicTo(a - QPointF(out, 0), b - QPointF(out, 0), b);
    }
    const QPointF foot = a + QPointF(10 * outA, 0);
    for (double dy : {-5.0, 0.0, 5.0}) {
        path.moveTo(foot);
        path.lineTo(a + QPointF(0, dy));
    }
    path.moveTo(b + QPointF(7 * outB, -5));
    path.lineTo(b + QPointF(7 * outB, 5));
    return path;
}

} // namespace

ErDiagram::ErDiagram(const ExploreCatalog &catalog, const QString &schema, const QStringList &tables, QWidget *parent)
    : QWidget(parent), m_scene(new QGraphicsScene(this)), m_view(new QGraphicsView(m_scene, this)), m_schema(schema)
{
    QList<const TableInfo *> chosen;
    for (const TableInfo &t : catalog.tables)
        if (t.kind == TableKind::Table && t.schema == schema && (tables.isEmpty() || tables.contains(t.name)))
            chosen << &t;
    QHash<QString, int> index;
    for (int i = 0; i < chosen.size(); ++i)
        index.insert(chosen[i]->name, i);
    QList<TableItem *> items;
    QList<QSizeF> sizes;
    QFont font = QApplication::font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.9));
    for (const TableInfo *t : std::as_const(chosen)) {
        auto *item = new TableItem(*t, font, palette());
        items << item;
        sizes << item->size();
    }
    QList<QPair<int, int>> links;
    struct Ends {
        QString column, referenced; // the key's first column, and the one it points at
    };
    QList<Ends> ends;
    for (int i = 0; i < chosen.size(); ++i)
        for (const ForeignKeyInfo &fk : chosen[i]->foreignKeys)
            if (fk.referencedSchema == schema && index.contains(fk.referencedTable)) {
                links << qMakePair(i, index.value(fk.referencedTable));
                ends << Ends{fk.columns.value(0), fk.referencedColumns.value(0)};
            }
    const QList<QPointF> at = layoutErDiagram(sizes, links);
    for (int i = 0; i < items.size(); ++i) {
        items[i]->setPos(at[i]);
        items[i]->setZValue(1);
        m_scene->addItem(items[i]);
    }
    const QPen linePen(secondaryText(palette()), 1.3);
    for (qsizetype k = 0; k < links.size(); ++k) {
        const auto &[child, parentTable] = links.at(k);
        const TableItem *from = items[child], *to = items[parentTable];
        auto *line = m_scene->addPath(link(from->sceneBoundingRect(), from->pos().y() + from->rowCenter(ends.at(k).column),
                                           to->sceneBoundingRect(), to->pos().y() + to->rowCenter(ends.at(k).referenced)),
                                      linePen);
        line->setZValue(0);
    }
    m_tables = int(items.size());
    m_links = int(links.size());
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-40, -40, 40, 40));
    m_scene->setBackgroundBrush(palette().color(QPalette::Window));

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->viewport()->installEventFilter(this);
    const auto button = [this](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(button(tr("Zoom In"), tr("Zoom in (Ctrl+wheel)"), [this] { zoomBy(1.25); }));
    bar->addWidget(button(tr("Zoom Out"), tr("Zoom out (Ctrl+wheel)"), [this] { zoomBy(0.8); }));
    bar->addWidget(button(tr("Fit"), tr("Show the whole diagram"), [this] { fit(); }));
    bar->addWidget(button(tr("Export…"), tr("Save as PNG or SVG"), [this] { exportAs(); }));
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view);
}

void ErDiagram::zoomBy(double factor)
{
    const double scale = m_view->transform().m11() * factor;
    if (scale < 0.02 || scale > 8)
        return;
    m_view->scale(factor, factor);
}

void ErDiagram::fit()
{
    m_view->fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    if (m_view->transform().m11() > 1)
        m_view->resetTransform();
}

bool ErDiagram::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            zoomBy(wheel->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ErDiagram::exportPng(const QString &file) const
{
    const QRectF source = m_scene->sceneRect();
    // Large schemas are scaled down to stay within a 16k-pixel image.
    const double scale = std::min(2.0, 16000.0 / std::max(source.width(), source.height()));
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_scene->render(&painter, QRectF(), source);
    painter.end();
    return image.save(file, "PNG");
}

bool ErDiagram::exportSvg(const QString &file) const
{
    QSvgGenerator svg;
    svg.setFileName(file);
    svg.setSize(m_scene->sceneRect().size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), m_scene->sceneRect().size()));
    svg.setTitle(tr("Schema %1").arg(m_schema));
    svg.setDescription(tr("ER diagram made by noorm"));
    // Drawn afresh, not from the items' pixmap caches: text stays text in the SVG.
    const QList<QGraphicsItem *> items = m_scene->items();
    for (QGraphicsItem *item : items)
        item->setCacheMode(QGraphicsItem::NoCache);
    QPainter painter;
    bool ok = painter.begin(&svg);
    if (ok) {
        m_scene->render(&painter, QRectF(QPointF(0, 0), m_scene->sceneRect().size()), m_scene->sceneRect());
        ok = painter.end();
    }
    for (QGraphicsItem *item : items)
        if (item->type() != QGraphicsPathItem::Type)
            item->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    return ok;
}

void ErDiagram::exportAs()
{
    QString selected;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Diagram"), m_schema + QStringLiteral(".svg"),
                                                      tr("SVG (*.svg);;PNG (*.png)"), &selected);
    if (file.isEmpty())
        return;
    if (file.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        exportPng(file);
    else
        exportSvg(file);
}

} // namespace noorm
