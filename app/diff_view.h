#pragma once
// DiffView: two versions of a file side by side (what was applied, what is there now), line
// against line: removed lines marked on the left, added ones on the right, changed ones on
// both, blank filler where one side has no line, the two sides scrolling together. The rows
// come from core's LineDiff.

#include <QWidget>

class QLabel;
class QsciScintilla;

namespace noorm {

class DiffView : public QWidget {
    Q_OBJECT
public:
    explicit DiffView(QWidget *parent = nullptr);
    // `oldTitle`/`newTitle` head the two sides.
    void showTexts(const QString &oldTitle, const QString &oldText, const QString &newTitle, const QString &newText);
    void showMessage(const QString &message);

    QsciScintilla *left() const { return m_left; }
    QsciScintilla *right() const { return m_right; }
    int changedRows() const { return m_changed; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Scrolls both sides sideways so that the first change's first differing character is
    // in view, when the pane is too narrow for it.
    void revealFirstChange();
    int m_firstChangeRow = -1;
    qsizetype m_firstChangeColumn = 0;
    QLabel *m_oldTitle, *m_newTitle;
    QsciScintilla *m_left, *m_right;
    int m_changed = 0;
};

} // namespace noorm
