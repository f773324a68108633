#pragma once
// ChangeManager: the config's change sets in a window: each with its status (pending,
// applied, changed since applied, failed, reverted, stale, orphaned; out of order marked),
// date, who applied it and when, filtered as you type. Selecting one shows its change/ and
// revert/ files, its changelog and its tracking history. Apply, Revert, Next, Fast-forward
// and Rewind to here run the core change operation off the GUI thread: first its plan
// (what exactly will run) to confirm, then the run with a file-by-file progress and Cancel.
// A failed file opens at its line. New Change… scaffolds one as `noorm change add` does.

#include "project_session.h"
#include "operations/change_operation.h"
#include "operations/job.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QTabWidget;
class QTreeWidget;
class QsciScintilla;

namespace noorm {

class DiffView;
class ProjectSession;

class ChangeManager : public QWidget {
    Q_OBJECT
public:
    enum class Action { Apply, Revert, Next, FastForward, RewindTo };

    ChangeManager(const ProjectSession &session, QString configName, QWidget *parent = nullptr);

    void reload();
    // Plans `action` (on the selected change for Apply, Revert and RewindTo), asks through
    // `confirmPlan` (a dialog by default), then runs it.
    void start(Action action);
    void cancel();
    bool isRunning() const { return m_job.has_value(); }
    void select(const QString &name);
    // Asked with the plan's lines; true goes ahead. Replaced by tests.
    void setConfirmPlan(std::function<bool(const QString &title, const QStringList &plan)> confirm) { m_confirmPlan = std::move(confirm); }
    // The protected-config confirmation (a dialog by default).
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    QTreeWidget *list() const { return m_list; }
    QsciScintilla *fileView() const { return m_file; }
    QListWidget *files() const { return m_files; }
    QLabel *message() const { return m_message; }
    QTabBar *fileMode() const { return m_fileMode; }
    DiffView *diff() const { return m_diff; }
    const QList<ChangeStatus> &statuses() const { return m_statuses; }
    // Scaffolds a change dated today (noorm change add), then selects it.
    void createChange(const QString &description);
    // Deletes the folder of change `name` (noorm change rm) once the user says yes; its
    // rows in the database stay.
    void removeChange(const QString &name);

signals:
    void loaded();
    void fileShown(); // the selected file is on screen in its mode (a diff or a render may take a moment)
    void finished(bool ok, const QString &message);
    void changeCreated(const QString &name);
    void changeRemoved(const QString &name);
    // A file to edit in a SQL tab: double-clicked, or the files of a change just made.
    void openInEditor(const QString &path);

private:
    void show(const ChangeListing &listing);
    void showDetail();
    void openFile(const QString &path, int line = 0);
    void run(Action action, const QString &name);
    QString selectedName() const;

    ProjectSession m_session; // a copy: the window may open another project while this lives
    QString m_config;
    QList<ChangeStatus> m_statuses;
    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QListWidget *m_files;
    QsciScintilla *m_file;
    QTreeWidget *m_history;
    QTabWidget *m_detail;
    QLabel *m_message;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QList<QPushButton *> m_actions;
    std::optional<Job<ChangeBatch>> m_job;
    std::optional<QPair<QString, int>> m_failedAt; // the failed file and line, opened once the list is read again
    LatestOnly m_reloads; // only the newest reload's listing is shown
    std::function<bool(const QString &, const QStringList &)> m_confirmPlan;
    Confirm m_confirm;
    // How the selected file shows: its source, the SQL it renders to (a template), or beside
    // the text that ran when the change was applied (an edited file of an applied change).
    enum FileMode { Source, Rendered, SinceApplied };
    void showFileAs(int mode);
    const ChangeStatus *selectedStatus() const;
    QTabBar *m_fileMode;
    QStackedWidget *m_fileStack;
    DiffView *m_diff;
    QString m_shownPath;
    int m_shownLine = 0;
};

} // namespace noorm
