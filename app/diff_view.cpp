#include "diff_view.h"

#include "sql_style.h"

#include "common/line_diff.h"

#include <Qsci/qsciscintilla.h>

#include <QGridLayout>
#include <QLabel>
#include <QScrollBar>

namespace noorm {

namespace {
enum Marker { RemovedLine = 2, AddedLine = 3, ChangedLine = 4, Filler = 5 };

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
    for (auto [from, to] : {std::pair{m_left, m_right}, std::pair{m_right, m_left}})
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, to->verticalScrollBar(), &QScrollBar::setValue);
}

void DiffView::showMessage(const QString &message)
{
    m_oldTitle->setText(message);
    m_newTitle->clear();
    m_left->clear();
    m_right->clear();
    m_changed = 0;
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
    }
    if (firstChange >= 0) {
        m_left->setFirstVisibleLine(std::max(0, firstChange - 3));
        m_right->setFirstVisibleLine(std::max(0, firstChange - 3));
    }
}

} // namespace noorm
