#include "common/line_diff.h"

#include <vector>

namespace noorm {

namespace {

enum class Op { Same, Remove, Add };

// The edit script of a[from..] against b[from..] up to their common tail, by LCS.
std::vector<Op> middleScript(const QStringList &a, const QStringList &b, qsizetype head, qsizetype aEnd, qsizetype bEnd)
{
    const qsizetype n = aEnd - head, m = bEnd - head;
    std::vector<Op> ops;
    if (n * m > LineDiff::kMaxCells) {
        ops.insert(ops.end(), size_t(n), Op::Remove);
        ops.insert(ops.end(), size_t(m), Op::Add);
        return ops;
    }
    // lcs[i][j]: the LCS length of a[head+i..aEnd) and b[head+j..bEnd).
    std::vector<quint32> lcs(size_t((n + 1) * (m + 1)), 0);
    const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[at(i, j)] = a[head + i] == b[head + j] ? lcs[at(i + 1, j + 1)] + 1 : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[head + i] == b[head + j]) {
            ops.push_back(Op::Same);
            ++i, ++j;
        } else if (j < m && (i == n || lcs[at(i, j + 1)] >= lcs[at(i + 1, j)])) {
            ops.push_back(Op::Add);
            ++j;
        } else {
            ops.push_back(Op::Remove);
            ++i;
        }
    }
    return ops;
}

} // namespace

QStringList LineDiff::lines(const QString &text)
{
    QStringList out = text.split(QLatin1Char('\n'));
    for (QString &line : out)
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    if (out.size() > 1 && out.last().isEmpty())
        out.removeLast(); // the newline that ends the last line starts no line of its own
    return out;
}

QList<DiffRow> LineDiff::sideBySide(const QStringList &a, const QStringList &b)
{
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype aEnd = a.size(), bEnd = b.size();
    while (aEnd > head && bEnd > head && a[aEnd - 1] == b[bEnd - 1])
        --aEnd, --bEnd;
    std::vector<Op> ops(size_t(head), Op::Same);
    const std::vector<Op> middle = middleScript(a, b, head, aEnd, bEnd);
    ops.insert(ops.end(), middle.begin(), middle.end());
    ops.insert(ops.end(), size_t(a.size() - aEnd), Op::Same);

    QList<DiffRow> rows;
    qsizetype i = 0, j = 0;
    for (size_t k = 0; k < ops.size();) {
        if (ops[k] == Op::Same) {
            rows.append({DiffRow::Kind::Same, int(i + 1), int(j + 1), a[i], b[j]});
            ++i, ++j, ++k;
            continue;
        }
        // A run of removals and additions: paired up side by side, the rest alone.
        QList<qsizetype> removed, added;
        for (; k < ops.size() && ops[k] != Op::Same; ++k)
            (ops[k] == Op::Remove ? removed : added) << (ops[k] == Op::Remove ? i++ : j++);
        for (qsizetype p = 0; p < std::max(removed.size(), added.size()); ++p) {
            DiffRow row;
            if (p < removed.size()) {
                row.oldLine = int(removed[p] + 1);
                row.oldText = a[removed[p]];
            }
            if (p < added.size()) {
                row.newLine = int(added[p] + 1);
                row.newText = b[added[p]];
            }
            row.kind = row.oldLine && row.newLine ? DiffRow::Kind::Changed : row.oldLine ? DiffRow::Kind::Removed : DiffRow::Kind::Added;
            rows << row;
        }
    }
    return rows;
}

} // namespace noorm
