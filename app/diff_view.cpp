#include "diff_view.h"

#include "sql_style.h"

#include "common/line_diff.h"

#include <Qsci/qsciscintilla.h>

#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollBar>

namespace noorm {

namespace {
enum Marker { RemovedLine = 2, AddedLine = 3, ChangedLine = 4, Filler = 5 };
constexpr int kChangedText = 8; // the indicator over the characters that differ in a changed line

// Where two versions of a line differ: the length of their common start, and of their
// common end after it.
std::pair<qsizetype, qsizetype> commonEnds(const QString &a, const QString &b)
{
    qsizetype start = 0;
    while (start < a.size() && start < b.size() && a.at(start) == b.at(start))
        ++start;
    qsizetype end = 0;
    while (end < a.size() - start && end < b.size() - start && a.at(a.size() - 1 - end) == b.at(b.size() - 1 - end))
        ++end;
    return {start, end};
}

void prepare(QsciScintilla *e)
{
    styleSqlEditor(e, QString(), true);
    const bool dark = e->palette().color(QPalette::Base).lightness() < 128;
    e->markerDefine(QsciScintilla::Background, RemovedLine);
    e->markerDefine(QsciScintilla::Background, AddedLine);
    e->markerDefine(QsciScintilla::Background, ChangedLine);
    e->markerDefine(QsciScintilla::Background, Filler);
    e->setMarkerBackgroundColor(dark ? QColor(0x5c, 0x24, 0x24) : QColor(0xfd, 0xdc, 0xdc), RemovedLine);
    e->setMarkerBackgroundColor(dark ? QColor(0x1f, 0x4a, 0x2a) : QColor(0xd9, 0xf5, 0xdd), AddedLine);
    e->setMarkerBackgroundColor(dark ? QColor(0x4a, 0x40, 0x1c) : QColor(0xfc, 0xf1, 0xc8), ChangedLine);
    e->setMarkerBackgroundColor(e->palette().color(QPalette::Window), Filler);
    e->setCaretLineVisible(false);
    // The characters that changed, stronger than their line's background.
    e->indicatorDefine(QsciScintilla::FullBoxIndicator, kChangedText);
    e->setIndicatorForegroundColor(dark ? QColor(0xc0, 0x9a, 0x30, 150) : QColor(0xe0, 0xa8, 0x00, 120), kChangedText);
    e->setIndicatorDrawUnder(true, kChangedText);
    // A horizontal scroll bar as wide as the longest line (the edit was cut off at the edge).
    e->SendScintilla(QsciScintillaBase::SCI_SETSCROLLWIDTH, 1);
    e->SendScintilla(QsciScintillaBase::SCI_SETSCROLLWIDTHTRACKING, 1);
    // Line numbers are the file's own, so the margin shows them as text (fillers have none).
    e->setMarginType(0, QsciScintilla::TextMarginRightJustified);
    e->setMarginWidth(0, QStringLiteral("0000"));
    e->setMarginWidth(1, 4); // no symbols: the line's background says what changed
}
} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent), m_oldTitle(new QLabel(this)), m_newTitle(new QLabel(this)), m_left(new QsciScintilla(this)), m_right(new QsciScintilla(this))
{
    prepare(m_left);
    prepare(m_right);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(2);
    layout->addWidget(m_oldTitle, 0, 0);
    layout->addWidget(m_newTitle, 0, 1);
    layout->addWidget(m_left, 1, 0);
    layout->addWidget(m_right, 1, 1);
    for (auto [from, to] : {std::pair{m_left, m_right}, std::pair{m_right, m_left}}) {
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, to->verticalScrollBar(), &QScrollBar::setValue);
        connect(from->horizontalScrollBar(), &QScrollBar::valueChanged, to->horizontalScrollBar(), &QScrollBar::setValue);
    }
}

void DiffView::showMessage(const QString &message)
{
    m_oldTitle->setText(message);
    m_newTitle->clear();
    m_left->clear();
    m_right->clear();
    m_changed = 0;
    m_firstChangeRow = -1;
}

void DiffView::showTexts(const QString &oldTitle, const QString &oldText, const QString &newTitle, const QString &newText)
{
    m_oldTitle->setText(oldTitle);
    m_newTitle->setText(newTitle);
    const QList<DiffRow> rows = LineDiff::sideBySide(LineDiff::lines(oldText), LineDiff::lines(newText));
    QStringList left, right;
    for (const DiffRow &r : rows) {
        left << r.oldText;
        right << r.newText;
    }
    m_left->setText(left.join(QLatin1Char('\n')));
    m_right->setText(right.join(QLatin1Char('\n')));
    m_changed = 0;
    int firstChange = -1;
    qsizetype firstChangedColumn = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const DiffRow &r = rows[i];
        m_left->setMarginText(i, r.oldLine ? QString::number(r.oldLine) : QString(), 0);
        m_right->setMarginText(i, r.newLine ? QString::number(r.newLine) : QString(), 0);
        if (r.kind == DiffRow::Kind::Same)
            continue;
        ++m_changed;
        if (firstChange < 0)
            firstChange = i;
        const int marker = r.kind == DiffRow::Kind::Changed ? ChangedLine : r.kind == DiffRow::Kind::Removed ? RemovedLine : AddedLine;
        m_left->markerAdd(i, r.oldLine ? marker : Filler);
        m_right->markerAdd(i, r.newLine ? marker : Filler);
        if (r.kind == DiffRow::Kind::Changed) {
            const auto [start, end] = commonEnds(r.oldText, r.newText);
            m_left->fillIndicatorRange(i, int(start), i, int(r.oldText.size() - end), kChangedText);
            m_right->fillIndicatorRange(i, int(start), i, int(r.newText.size() - end), kChangedText);
            if (firstChange == i)
                firstChangedColumn = start;
        }
    }
    if (firstChange >= 0) {
        m_left->setFirstVisibleLine(std::max(0, firstChange - 3));
        m_right->setFirstVisibleLine(std::max(0, firstChange - 3));
    }
    m_firstChangeRow = firstChange;
    m_firstChangeColumn = firstChangedColumn;
    revealFirstChange();
}

void DiffView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    revealFirstChange();
}

void DiffView::revealFirstChange()
{
    if (m_firstChangeRow < 0)
        return;
    // x of the character in its line, whatever the view's scroll now
    const long lineStart = long(m_right->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, static_cast<unsigned long>(m_firstChangeRow)));
    const long at = long(m_right->positionFromLineIndex(m_firstChangeRow, int(m_firstChangeColumn)));
    const long x = long(m_right->SendScintilla(QsciScintillaBase::SCI_POINTXFROMPOSITION, 0UL, at))
        - long(m_right->SendScintilla(QsciScintillaBase::SCI_POINTXFROMPOSITION, 0UL, lineStart));
    const int visible = m_right->viewport()->width() - m_right->marginWidth(0) - m_right->marginWidth(1);
    const long offset = x + 40 > visible ? x - visible / 3 : 0;
    for (QsciScintilla *e : {m_left, m_right})
        e->SendScintilla(QsciScintillaBase::SCI_SETXOFFSET, static_cast<unsigned long>(std::max(0L, offset)));
}

} // namespace noorm
