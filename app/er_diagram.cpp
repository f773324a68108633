#include "er_diagram.h"

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
        double width = bm.horizontalAdvance(m_title) + 2 * kPad;
        for (const ColumnInfo &c : table.columns) {
            const QString mark = c.primaryKey ? QStringLiteral("PK") : fks.contains(c.name) ? QStringLiteral("FK") : QString();
            m_columns << Line{c.name, c.dataType, mark};
            width = std::max(width, fm.horizontalAdvance(c.name) + fm.horizontalAdvance(c.dataType) + 3 * kPad + 28);
        }
        m_size = QSizeF(std::min(width, 360.0), m_line * (m_columns.size() + 1) + kPad);
        setFlag(ItemIsMovable);
        setCacheMode(DeviceCoordinateCache);
        setToolTip(table.schema + QLatin1Char('.') + table.name);
    }
    QSizeF size() const { return m_size; }
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
            if (!c.mark.isEmpty()) {
                p->setPen(c.mark == QLatin1String("PK") ? QColor(0xc7, 0x8a, 0x00) : QColor(0x2f, 0x6f, 0xde));
                p->drawText(r, Qt::AlignVCenter | Qt::AlignLeft, c.mark);
            }
            p->setPen(m_palette.color(QPalette::Text));
            p->drawText(r.adjusted(24, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, c.name);
            p->setPen(m_palette.color(QPalette::Disabled, QPalette::Text));
            p->drawText(r, Qt::AlignVCenter | Qt::AlignRight, c.type);
            y += m_line;
        }
    }

private:
    struct Line {
        QString name, type, mark;
    };
    QPalette m_palette;
    QFont m_font, m_bold;
    QString m_title;
    QList<Line> m_columns;
    QSizeF m_size;
    double m_line = 16;
};

QPainterPath link(const QRectF &from, const QRectF &to)
{
    // Side to facing side as a gentle S; boxes in one column join on their left sides.
    const double fromY = from.top() + 12, toY = to.top() + 12;
    QPainterPath path;
    if (to.left() > from.right() || to.right() < from.left()) {
        const bool right = to.left() > from.right();
        const QPointF a(right ? from.right() : from.left(), fromY), b(right ? to.left() : to.right(), toY);
        const double bend = std::max(30.0, std::abs(b.x() - a.x()) / 2) * (right ? 1 : -1);
        path.moveTo(a);
        path.cubicTo(a + QPointF(bend, 0), b - QPointF(bend, 0), b);
    } else {
        const QPointF a(from.left(), fromY), b(to.left(), toY);
        const double out = 30 + std::abs(b.y() - a.y()) / 8;
        path.moveTo(a);
        path.cubicTo(a - QPointF(out, 0), b - QPointF(out, 0), b);
    }
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
    for (int i = 0; i < chosen.size(); ++i)
        for (const ForeignKeyInfo &fk : chosen[i]->foreignKeys)
            if (fk.referencedSchema == schema && index.contains(fk.referencedTable))
                links << qMakePair(i, index.value(fk.referencedTable));
    const QList<QPointF> at = layoutErDiagram(sizes, links);
    for (int i = 0; i < items.size(); ++i) {
        items[i]->setPos(at[i]);
        items[i]->setZValue(1);
        m_scene->addItem(items[i]);
    }
    const QPen linePen(palette().color(QPalette::Disabled, QPalette::Text), 1.3);
    for (const auto &[child, parentTable] : std::as_const(links)) {
        auto *line = m_scene->addPath(link(items[child]->sceneBoundingRect(), items[parentTable]->sceneBoundingRect()), linePen);
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
