#pragma once
// SqlEditor: one SQL terminal tab: a QScintilla editor (SQL highlighting, line numbers,
// brace matching) over the results of what it ran: a grid per result set and a Messages
// pane with each statement's rows, timings and errors. Ctrl+Enter runs the statement under
// the cursor (or the selection), Ctrl+Shift+Enter the whole script, through the core SQL
// operation off the GUI thread; a failed statement's line is marked in the editor.

#include "project_session.h"
#include <QPair>
#include <QWidget>

#include <memory>

#include <optional>

class QsciScintilla;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTabWidget;
class QTableView;

namespace noorm {

class ProjectSession;
class ResultModel;
class SqlRunner;
struct StatementOutcome;
class SqlCompletion;

class SqlEditor : public QWidget {
    Q_OBJECT
public:
    SqlEditor(const ProjectSession &session, QString configName, QString dialect, QWidget *parent = nullptr);

    QString configName() const { return m_config; }
    QsciScintilla *editor() const { return m_editor; }
    QTabWidget *results() const { return m_results; }
    SqlRunner *runner() const { return m_runner; }
    QString messages() const;
    bool isRunning() const;

    void setText(const QString &sql);
    // The file this tab edits (a build or change file opened from the build runner or the
    // change manager): Save (Ctrl+S) writes it back atomically. Empty: a scratch tab.
    void setFile(const QString &path);
    QString file() const { return m_file; }
    bool isModified() const; // a file tab with unsaved edits
    bool save();
    // Rows only, as a table's Data tab shows them: no editor and no result tabs; an error
    // takes the grid's place.
    void showResultsOnly();
    bool showsResultTabs() const;
    // A panel beside the editor (a template's inspector), in a splitter with it.
    void addSidePanel(QWidget *panel);
    // Puts the cursor at (line, column), 1-based, and marks the line (an error's place).
    void showAt(int line, int column);
    // Completion from the config's catalog (keywords only until there is one); Ctrl+Space
    // asks, typing a '.' or two letters of a word offers.
    void setCompletion(std::shared_ptr<const SqlCompletion> completion);
    void complete(bool asked);
    // The statement under the cursor, or the selection when there is one.
    void runStatement();
    void runScript();
    void cancel();
    // Find (Ctrl+F) and replace (Ctrl+H) in the editor: a bar above it; Enter finds the next.
    void showFind(bool replace);
    bool findNext(const QString &text);
    int replaceAll(const QString &text, const QString &with);
    // The grid of the result set at `index` (0 = first), or null.
    QTableView *resultGrid(int index) const;
    // Runs the query of result set `index` again into `file` (CSV or the JSON of sql --json),
    // streaming, off the GUI thread; exported(file, rows) or exportFailed(message) follows.
    void exportResult(int index, bool json, const QString &file);

signals:
    void runningChanged(bool running);
    void resultAdded(QTableView *grid);
    void status(const QString &text);
    void exported(const QString &file, qint64 rows);
    void exportFailed(const QString &message);
    void modificationChanged(bool modified); // a file tab's edits were made or saved

private:
    void start(const QString &sql, int firstLine);
    void addResult(ResultModel *model);
    void statementDone(const StatementOutcome &statement);
    void done(bool ok, const QString &message, qint64 durationMs);
    void say(const QString &line);

    ProjectSession m_session; // a copy: the window may open another project while this lives
    QString m_config;
    QString m_dialect;
    QString m_file;
    QsciScintilla *m_editor;
    QWidget *m_findBar;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QSplitter *m_beside; // the editor and its side panels
    QTabWidget *m_results;
    QPlainTextEdit *m_messages;
    SqlRunner *m_runner;
    int m_firstLine = 1;  // where the running text starts in the editor
    int m_errorMarker = 0;
    int m_resultCount = 0;
    std::optional<QPair<QString, int>> m_pending; // asked for while another ran
    std::shared_ptr<const SqlCompletion> m_completion;
    int m_completeFrom = 0; // the byte position the offered word replaces from
};

} // namespace noorm
