#include "er_layout.h"

#include <QHash>
#include <QRectF>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace noorm {

namespace {

constexpr double kGapX = 80;
constexpr double kGapY = 36;

struct Placed {
    QList<int> nodes;
    QList<QPointF> positions; // relative to the group's top-left
    QSizeF size;
};

Placed layoutGroup(const QList<int> &nodes, const QList<QList<int>> &adjacent, const QList<QSizeF> &boxes)
{
    // Start from the most connected table; columns by BFS distance.
    int root = nodes.first();
    for (int n : nodes)
        if (adjacent[n].size() > adjacent[root].size())
            root = n;
    QHash<int, int> layer;
    layer.insert(root, 0);
    QList<int> queue{root};
    for (int i = 0; i < queue.size(); ++i)
        for (int next : adjacent[queue[i]])
            if (!layer.contains(next)) {
                layer.insert(next, layer[queue[i]] + 1);
                queue << next;
            }
    int layers = 0;
    for (int n : nodes)
        layers = std::max(layers, layer[n] + 1);
    QList<QList<int>> columns(layers);
    for (int n : queue)
        columns[layer[n]] << n;
    // Barycentre: order each column by the mean row of its neighbours in the column before.
    QHash<int, double> row;
    for (int i = 0; i < columns[0].size(); ++i)
        row.insert(columns[0][i], i);
    for (int c = 1; c < layers; ++c) {
        QHash<int, double> key;
        for (int n : columns[c]) {
            double sum = 0;
            int count = 0;
            for (int m : adjacent[n])
                if (layer[m] == c - 1) {
                    sum += row.value(m);
                    ++count;
                }
            key.insert(n, count ? sum / count : 1e9);
        }
        std::stable_sort(columns[c].begin(), columns[c].end(), [&](int a, int b) { return key[a] < key[b]; });
        for (int i = 0; i < columns[c].size(); ++i)
            row.insert(columns[c][i], i);
    }
    // A tall column splits into columns of at most `maxRows` tables, and the columns wrap
    // into bands below each other, so that the group keeps a screen's shape (1.6 : 1).
    const int maxRows = std::max(4, int(std::ceil(std::sqrt(double(nodes.size())))));
    QList<QList<int>> physical;
    for (const QList<int> &column : std::as_const(columns))
        for (int from = 0; from < column.size(); from += maxRows)
            physical << column.mid(from, maxRows);
    double heights = 0, widths = 0;
    for (const QList<int> &column : std::as_const(physical)) {
        double h = 0, w = 0;
        for (int n : column) {
            h += boxes[n].height() + kGapY;
            w = std::max(w, boxes[n].width());
        }
        heights += h;
        widths += w + kGapX;
    }
    const double meanHeight = heights / physical.size(), meanWidth = widths / physical.size();
    const int perBand = std::clamp(int(std::ceil(std::sqrt(1.6 * physical.size() * meanHeight / meanWidth))), 1, int(physical.size()));
    Placed placed;
    placed.nodes = queue;
    QHash<int, QPointF> at;
    double bandTop = 0, width = 0;
    for (int first = 0; first < physical.size(); first += perBand) {
        double x = 0, bandHeight = 0;
        for (int c = first; c < std::min(int(physical.size()), first + perBand); ++c) {
            double y = bandTop, columnWidth = 0;
            for (int n : physical[c]) {
                at.insert(n, QPointF(x, y));
                y += boxes[n].height() + kGapY;
                columnWidth = std::max(columnWidth, boxes[n].width());
            }
            bandHeight = std::max(bandHeight, y - bandTop);
            x += columnWidth + kGapX;
        }
        width = std::max(width, x - kGapX);
        bandTop += bandHeight + kGapY;
    }
    for (int n : queue)
        placed.positions << at.value(n);
    placed.size = QSizeF(width, bandTop - kGapY);
    return placed;
}

} // namespace

QList<QPointF> layoutErDiagram(const QList<QSizeF> &boxes, const QList<QPair<int, int>> &links)
{
    const int n = int(boxes.size());
    QList<QList<int>> adjacent(n);
    for (const auto &[a, b] : links)
        if (a != b && a >= 0 && b >= 0 && a < n && b < n) {
            adjacent[a] << b;
            adjacent[b] << a;
        }
    // Connected groups, biggest first (tables without keys form groups of one, last).
    QList<int> group(n, -1);
    QList<QList<int>> groups;
    for (int start = 0; start < n; ++start) {
        if (group[start] >= 0)
            continue;
        QList<int> members{start};
        group[start] = int(groups.size());
        for (int i = 0; i < members.size(); ++i)
            for (int next : adjacent[members[i]])
                if (group[next] < 0) {
                    group[next] = int(groups.size());
                    members << next;
                }
        groups << members;
    }
    std::stable_sort(groups.begin(), groups.end(), [](const QList<int> &a, const QList<int> &b) { return a.size() > b.size(); });
    QList<Placed> placed;
    double area = 0;
    for (const QList<int> &g : std::as_const(groups)) {
        placed << layoutGroup(g, adjacent, boxes);
        area += (placed.last().size.width() + kGapX) * (placed.last().size.height() + kGapY);
    }
    // Rows of groups about as wide as the whole is tall (a landscape screen's shape).
    const double rowWidth = std::max(placed.isEmpty() ? 0.0 : placed.first().size.width(), std::sqrt(area) * 1.6);
    QList<QPointF> result(n);
    double x = 0, y = 0, rowHeight = 0;
    for (const Placed &p : std::as_const(placed)) {
        if (x > 0 && x + p.size.width() > rowWidth) {
            x = 0;
            y += rowHeight + kGapY * 2;
            rowHeight = 0;
        }
        for (int i = 0; i < p.nodes.size(); ++i)
            result[p.nodes[i]] = p.positions[i] + QPointF(x, y);
        x += p.size.width() + kGapX * 1.5;
        rowHeight = std::max(rowHeight, p.size.height());
    }
    return result;
}

} // namespace noorm
