#pragma once
// LineDiff: two versions of a text, line by line, as rows for a side-by-side view: lines
// both have, lines only the old or only the new one has, and a removed line beside the added
// line that replaced it. The longest common subsequence of the lines between their common
// head and tail; a middle too big for that (over kMaxCells line pairs) shows as replaced whole.

#include <QList>
#include <QString>
#include <QStringList>

namespace noorm {

struct DiffRow {
    enum class Kind { Same, Changed, Removed, Added };
    Kind kind = Kind::Same;
    int oldLine = 0; // 1-based; 0 when this row has no old line
    int newLine = 0; // 1-based; 0 when this row has no new line
    QString oldText, newText;
};

class LineDiff {
public:
    static constexpr qsizetype kMaxCells = 4'000'000;
    static QList<DiffRow> sideBySide(const QStringList &oldLines, const QStringList &newLines);
    static QStringList lines(const QString &text); // split on \n, without the \r of \r\n
};

} // namespace noorm
