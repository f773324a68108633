#include "sql_editor.h"

#include "dialect/dialect.h"
#include "operations/sql_export.h"
#include "project_session.h"
#include "result_grid.h"
#include "result_model.h"
#include "sql/sql_completion.h"
#include "sql/sql_result.h"
#include "sql/statement_kind.h"
#include "sql_runner.h"
#include "sql_style.h"

#include <Qsci/qsciscintilla.h>
#include <Qsci/qscilexersql.h>

#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QShortcut>
#include <QFontDatabase>
#include <QAction>
#include <QLocale>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace noorm {

namespace {

} // namespace

SqlEditor::SqlEditor(const ProjectSession &session, QString configName, QString dialect, QWidget *parent)
    : QWidget(parent), m_session(session), m_config(std::move(configName)), m_dialect(std::move(dialect)), m_editor(new QsciScintilla(this)),
      m_findBar(new QWidget(this)), m_find(new QLineEdit(m_findBar)), m_replace(new QLineEdit(m_findBar)),
      m_results(new QTabWidget(this)), m_messages(new QPlainTextEdit(this)), m_runner(new SqlRunner(session, this))
{
    styleSqlEditor(m_editor, m_dialect);
    m_errorMarker = m_editor->markerDefine(QsciScintilla::RightArrow);
    m_editor->setMarkerBackgroundColor(QColor(0xd2, 0x3b, 0x3b), m_errorMarker);
    m_messages->setReadOnly(true);
    m_messages->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_messages->setFrameShape(QFrame::NoFrame);
    m_results->setDocumentMode(true);
    m_results->addTab(m_messages, tr("Messages"));
    // The find bar: Enter finds the next match, Replace All replaces them, Escape hides it.
    m_find->setPlaceholderText(tr("Find"));
    m_replace->setPlaceholderText(tr("Replace with"));
    auto *replaceAllButton = new QPushButton(tr("Replace All"), m_findBar);
    auto *closeFind = new QPushButton(tr("Close"), m_findBar);
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(4, 2, 4, 2);
    findLayout->addWidget(m_find, 2);
    findLayout->addWidget(m_replace, 2);
    findLayout->addWidget(replaceAllButton);
    findLayout->addWidget(closeFind);
    m_findBar->hide();
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(m_find->text()); });
    connect(replaceAllButton, &QPushButton::clicked, this, [this] {
        const int n = replaceAll(m_find->text(), m_replace->text());
        emit status(n == 1 ? tr("1 replacement") : tr("%1 replacements").arg(n));
    });
    connect(closeFind, &QPushButton::clicked, m_findBar, &QWidget::hide);
    for (const auto &[keys, replace] : {std::pair{QKeySequence(QKeySequence::Find), false}, std::pair{QKeySequence(QKeySequence::Replace), true}}) {
        auto *action = new QAction(replace ? tr("Replace") : tr("Find"), this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, replace = replace] { showFind(replace); });
        addAction(action);
    }
    auto *editorBox = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorBox);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_findBar);
    editorLayout->addWidget(m_editor);
    m_beside = new QSplitter(Qt::Horizontal, this);
    m_beside->addWidget(editorBox);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_beside);
    split->addWidget(m_results);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    m_completion = std::make_shared<SqlCompletion>(DatabaseObjects{});
    connect(m_editor, &QsciScintilla::SCN_CHARADDED, this, [this](int ch) {
        if (ch == '.' || QChar(ch).isLetterOrNumber() || ch == '_')
            complete(false);
    });
    connect(m_editor, &QsciScintilla::userListActivated, this, [this](int, const QString &word) {
        const int pos = int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS));
        m_editor->SendScintilla(QsciScintillaBase::SCI_SETSELECTIONSTART, m_completeFrom);
        m_editor->SendScintilla(QsciScintillaBase::SCI_SETSELECTIONEND, pos);
        m_editor->replaceSelectedText(word);
    });
    auto *ask = new QAction(tr("Complete"), this);
    ask->setShortcut(QKeySequence(tr("Ctrl+Space")));
    ask->setShortcutContext(Qt::WidgetShortcut);
    connect(ask, &QAction::triggered, this, [this] { complete(true); });
    m_editor->addAction(ask);
    connect(m_runner, &SqlRunner::resultSet, this, &SqlEditor::addResult);
    connect(m_runner, &SqlRunner::statementFinished, this, &SqlEditor::statementDone);
    connect(m_runner, &SqlRunner::notice, this, &SqlEditor::say); // in Messages, as psql prints them
    connect(m_runner, &SqlRunner::finished, this, &SqlEditor::done);
}

void SqlEditor::setText(const QString &sql) { m_editor->setText(sql); }

void SqlEditor::setFile(const QString &path)
{
    m_file = path;
    m_editor->setModified(false);
    connect(m_editor, &QsciScintilla::modificationChanged, this, &SqlEditor::modificationChanged, Qt::UniqueConnection);
    auto *save = new QShortcut(QKeySequence::Save, this, this, [this] { (void)this->save(); }, Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(save);
}

void SqlEditor::addSidePanel(QWidget *panel)
{
    m_beside->addWidget(panel);
    m_beside->setStretchFactor(0, 3);
    m_beside->setStretchFactor(m_beside->count() - 1, 2);
    // A file with a panel beside it is for editing: the results get less of the height.
    if (auto *split = qobject_cast<QSplitter *>(m_beside->parentWidget()))
        split->setSizes({4 * height() / 5, height() / 5});
}

bool SqlEditor::isModified() const { return !m_file.isEmpty() && m_editor->isModified(); }

bool SqlEditor::save()
{
    if (m_file.isEmpty())
        return false;
    // The user's own file, replaced whole or not at all.
    QSaveFile out(m_file);
    const QByteArray text = m_editor->text().toUtf8();
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit()) {
        emit status(tr("Cannot save %1: %2").arg(m_file, out.errorString()));
        return false;
    }
    m_editor->setModified(false);
    emit status(tr("Saved %1").arg(QFileInfo(m_file).fileName()));
    return true;
}

void SqlEditor::showAt(int line, int column)
{
    if (line <= 0)
        return;
    m_editor->markerDeleteAll(m_errorMarker);
    m_editor->markerAdd(line - 1, m_errorMarker);
    m_editor->setCursorPosition(line - 1, std::max(0, column - 1));
    m_editor->ensureLineVisible(line - 1);
    m_editor->setFocus();
}

void SqlEditor::showFind(bool replace)
{
    m_findBar->show();
    m_replace->setVisible(replace);
    m_findBar->findChildren<QPushButton *>().value(0)->setVisible(replace);
    if (m_editor->hasSelectedText())
        m_find->setText(m_editor->selectedText());
    m_find->setFocus();
    m_find->selectAll();
}

bool SqlEditor::findNext(const QString &text)
{
    if (text.isEmpty())
        return false;
    // Case-insensitive, from the cursor, wrapping around.
    const bool found = m_editor->findFirst(text, false, false, false, true, true);
    if (!found)
        emit status(tr("\"%1\" not found").arg(text));
    return found;
}

int SqlEditor::replaceAll(const QString &text, const QString &with)
{
    if (text.isEmpty())
        return 0;
    int count = 0;
    m_editor->beginUndoAction();
    m_editor->setCursorPosition(0, 0);
    // Forward from the top, without wrapping: each match once, even when `with` holds `text`.
    for (bool found = m_editor->findFirst(text, false, false, false, false, true, 0, 0); found; found = m_editor->findNext()) {
        m_editor->replace(with);
        ++count;
    }
    m_editor->endUndoAction();
    return count;
}

void SqlEditor::setCompletion(std::shared_ptr<const SqlCompletion> completion)
{
    if (completion)
        m_completion = std::move(completion);
}

void SqlEditor::complete(bool asked)
{
    const int pos = int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS));
    // QScintilla's bytes() ends with the NUL it wrote them with.
    const auto textOf = [this](int from, int to) {
        QByteArray b = m_editor->bytes(from, to);
        if (b.endsWith('\0'))
            b.chop(1);
        return QString::fromUtf8(b);
    };
    const QString before = textOf(0, pos);
    const QString text = before + textOf(pos, m_editor->length());
    const SqlCompletion::Candidates c = m_completion->at(text, int(before.size()));
    const QString typed = before.mid(c.replaceFrom);
    const bool afterDot = c.replaceFrom > 0 && before.at(c.replaceFrom - 1) == QLatin1Char('.');
    if (c.words.isEmpty() || (!asked && !afterDot && typed.size() < 2) || (c.words.size() == 1 && c.words.constFirst() == typed)) {
        if (m_editor->isListActive())
            m_editor->cancelList();
        return;
    }
    m_completeFrom = pos - int(typed.toUtf8().size());
    m_editor->showUserList(1, c.words);
}

QString SqlEditor::messages() const { return m_messages->toPlainText(); }

bool SqlEditor::isRunning() const { return m_runner->isRunning(); }

QTableView *SqlEditor::resultGrid(int index) const
{
    int seen = 0;
    for (int i = 0; i < m_results->count(); ++i)
        if (auto *grid = qobject_cast<ResultGrid *>(m_results->widget(i)); grid && seen++ == index)
            return grid->view();
    return nullptr;
}

void SqlEditor::runStatement()
{
    if (m_editor->hasSelectedText()) {
        int line = 0, index = 0, endLine = 0, endIndex = 0;
        m_editor->getSelection(&line, &index, &endLine, &endIndex);
        return start(m_editor->selectedText(), line + 1);
    }
    const QString text = m_editor->text();
    const Dialect *dialect = dialectFor(m_dialect);
    if (!dialect)
        return say(tr("No dialect %1").arg(m_dialect));
    Result<QList<SqlStatement>> statements = dialect->scripts().split(text, QString());
    if (!statements)
        return say(statements.error().toString());
    if (statements->isEmpty())
        return;
    // The cursor as a UTF-16 offset, as the splitter counts: the statement it is in, else
    // the last one that starts before it (the cursor after its ';').
    const int pos = int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS));
    QByteArray before = m_editor->bytes(0, pos);
    if (before.endsWith('\0'))
        before.chop(1);
    const int cursor = int(QString::fromUtf8(before).size());
    const SqlStatement *chosen = &statements->constFirst();
    for (const SqlStatement &s : std::as_const(*statements)) {
        if (s.offset <= cursor)
            chosen = &s;
        if (s.offset <= cursor && cursor <= s.offset + s.text.size())
            break;
    }
    start(chosen->text, chosen->line);
}

void SqlEditor::exportResult(int index, bool json, const QString &file)
{
    QTableView *view = resultGrid(index);
    auto *model = view ? qobject_cast<ResultModel *>(view->model()) : nullptr;
    if (!model)
        return;
    const QString sql = model->pages()->statement();
    // Export runs the query again: only one that cannot change anything.
    if (!statementOnlyReads(sql)) {
        const QString why = tr("Only a query that only reads can be exported (it runs again): copy the rows instead");
        say(why);
        return emit exportFailed(why);
    }
    say(tr("Exporting to %1…").arg(file));
    whenDone(m_session.start<SqlExport>([config = m_config, sql, json, file](Workspace &ws, Cancellation &cancellation) {
                 return exportQuery(ws, ResolveRequest{config}, sql, json ? ResultFormat::Json : ResultFormat::Csv, file, cancellation);
             }),
             this, [this](const Result<SqlExport> &done) {
                 if (!done) {
                     say(done.error().toString());
                     return emit exportFailed(done.error().toString());
                 }
                 say(tr("Exported %1 to %2").arg(done->rows == 1 ? tr("1 row") : tr("%1 rows").arg(QLocale().toString(done->rows)), done->file));
                 emit exported(done->file, done->rows);
             });
}

void SqlEditor::runScript() { start(m_editor->text(), 1); }

void SqlEditor::cancel()
{
    if (m_runner->isRunning()) {
        m_runner->cancel();
        say(tr("Cancelling…"));
    }
}

void SqlEditor::start(const QString &sql, int firstLine)
{
    if (sql.trimmed().isEmpty())
        return;
    if (m_runner->isRunning()) { // the newer one wins: this one is cancelled, that one follows
        m_pending = qMakePair(sql, firstLine);
        m_runner->cancel();
        return;
    }
    m_firstLine = firstLine;
    m_editor->markerDeleteAll(m_errorMarker);
    // Later, not now: a grid's own header may be what asked for this run.
    while (m_results->count() > 1) {
        QWidget *old = m_results->widget(1);
        m_results->removeTab(1);
        old->deleteLater();
    }
    m_resultCount = 0;
    m_messages->clear();
    m_runner->run(m_config, sql, tr("query"));
    emit runningChanged(true);
    emit status(tr("Running…"));
}

void SqlEditor::addResult(ResultModel *model)
{
    auto *grid = new ResultGrid(model, this);
    ++m_resultCount;
    m_results->addTab(grid, tr("Result %1").arg(m_resultCount));
    if (m_resultCount == 1)
        m_results->setCurrentWidget(grid);
    const int index = m_resultCount - 1;
    connect(grid, &ResultGrid::exportRequested, this, [this, index](bool json) {
        const QString file = QFileDialog::getSaveFileName(this, json ? tr("Export as JSON") : tr("Export as CSV"), QString(),
                                                          json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
        if (!file.isEmpty())
            exportResult(index, json, file);
    });
    emit resultAdded(grid->view());
}

void SqlEditor::statementDone(const StatementOutcome &s)
{
    const int line = m_firstLine + s.line - 1;
    if (s.error) {
        const int at = m_firstLine + (s.error->line > 0 ? s.error->line : s.line) - 1;
        m_editor->markerAdd(at - 1, m_errorMarker);
        m_editor->setCursorPosition(at - 1, std::max(0, s.error->column - 1));
        say(tr("Line %1: %2").arg(at).arg(s.error->message));
        m_results->setCurrentWidget(m_messages);
        return;
    }
    const auto rows = [](qint64 n) { return n == 1 ? tr("1 row") : tr("%1 rows").arg(QLocale().toString(n)); };
    if (s.hasResultSet)
        say(tr("Line %1: %2 in %3 ms").arg(line).arg(rows(s.rows)).arg(s.durationMs));
    else if (s.affected >= 0)
        say(tr("Line %1: %2 affected in %3 ms").arg(line).arg(rows(s.affected)).arg(s.durationMs));
    else
        say(tr("Line %1: done in %2 ms").arg(line).arg(s.durationMs));
}

void SqlEditor::done(bool ok, const QString &message, qint64 durationMs)
{
    if (m_pending) {
        const auto [sql, firstLine] = *std::exchange(m_pending, std::nullopt);
        emit runningChanged(false);
        return start(sql, firstLine);
    }
    if (!ok && !message.isEmpty() && !m_messages->toPlainText().contains(message))
        say(message);
    emit runningChanged(false);
    emit status(ok ? tr("Done in %1 ms").arg(durationMs) : tr("Failed"));
    if (!ok && m_resultCount == 0)
        m_results->setCurrentWidget(m_messages);
}

void SqlEditor::say(const QString &line) { m_messages->appendPlainText(line); }

void SqlEditor::showResultsOnly()
{
    m_beside->hide(); // the editor and what is beside it, and with them the splitter's handle
    m_results->tabBar()->hide();
}

bool SqlEditor::showsResultTabs() const { return !m_results->tabBar()->isHidden(); }

} // namespace noorm
