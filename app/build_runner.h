#pragma once
// BuildRunner: `run build`, and `run files` on a selection, in a window. The SQL folder's
// files on the left (select some to run only those); Build runs the whole folder as
// `noorm run build` does, Run Selected the chosen files; Force and Dry run as the CLI's
// flags; Preview shows the rendered SQL (templates filled, secrets masked). Each file's
// status (ran, skipped as unchanged, failed) and time fills the list as it runs, off the GUI
// thread, with Cancel; a failed file opens at its line and column.

#include "operations/job.h"
#include "operations/run_operation.h"
#include "operations/teardown_operation.h"
#include "project_session.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QFileSystemModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;
class QTreeWidget;

namespace noorm {

class BuildRunner : public QWidget {
    Q_OBJECT
public:
    BuildRunner(const ProjectSession &session, QString configName, QWidget *parent = nullptr);

    // Runs the whole SQL folder (`selected` empty) or those files.
    void run(const QStringList &selected = {});
    void preview(const QStringList &selected = {});
    // `db truncate`, `db teardown` and `db reset`: the exact statements first, through
    // `confirmStatements` (a dialog by default); refused on a protected config, as the CLI.
    enum class Destroy { Truncate, Teardown, Reset };
    void destroy(Destroy what);
    void setConfirmStatements(std::function<bool(const QString &title, const QStringList &statements)> confirm)
    {
        m_confirmStatements = std::move(confirm);
    }
    void cancel();
    bool isRunning() const { return m_job.has_value(); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setForce(bool on);
    void setDryRun(bool on);

    QTreeWidget *results() const { return m_results; }
    QTreeView *files() const { return m_files; }
    QLabel *message() const { return m_message; }
    QStringList selectedFiles() const;
    QString sqlFolder() const { return m_sqlFolder; }

signals:
    void finished(bool ok, const QString &message);
    void previewReady(const QString &sql);
    // A file to open at (line, column), 1-based: a failed one the user asked to see.
    void openFile(const QString &path, int line, int column);

private:
    void showProgress(const FileProgress &progress);
    void showReport(const RunReport &report);
    static QString statementsKeptNote(const FileResult &file);

    ProjectSession m_session; // a copy: the window may open another project while this lives
    QString m_config;
    QString m_sqlFolder;
    QTreeView *m_files;
    QFileSystemModel *m_model;
    QTreeWidget *m_results;
    QCheckBox *m_force, *m_dryRun;
    QLabel *m_message;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QList<QPushButton *> m_buttons;
    std::optional<Job<RunOutcome>> m_job;
    Confirm m_confirm;
    std::function<bool(const QString &, const QStringList &)> m_confirmStatements;
};

} // namespace noorm
