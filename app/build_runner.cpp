#include "build_runner.h"

#include "gui_confirm.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace noorm {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kLineRole = Qt::UserRole + 2;
constexpr int kColumnRole = Qt::UserRole + 3;
constexpr int kOpenRole = Qt::UserRole + 4; // the file a double click opens: where the error is

QString statusWord(FileStatus s)
{
    switch (s) {
    case FileStatus::Pending: return BuildRunner::tr("running");
    case FileStatus::Success: return BuildRunner::tr("ran");
    case FileStatus::Failed: return BuildRunner::tr("failed");
    case FileStatus::Skipped: return BuildRunner::tr("skipped");
    }
    return {};
}

QColor statusColor(FileStatus s)
{
    switch (s) {
    case FileStatus::Success: return QColor(0x2e, 0x9d, 0x4f);
    case FileStatus::Failed: return QColor(0xd2, 0x3b, 0x3b);
    case FileStatus::Skipped: return QColor(0x8a, 0x8f, 0x98);
    default: return QColor(0x2f, 0x6f, 0xde);
    }
}

} // namespace

BuildRunner::BuildRunner(const ProjectSession &session, QString configName, QWidget *parent)
    : QWidget(parent), m_session(session), m_config(std::move(configName)), m_files(new QTreeView(this)), m_model(new QFileSystemModel(this)),
      m_results(new QTreeWidget(this)), m_force(new QCheckBox(tr("Force"), this)),
      m_dryRun(new QCheckBox(tr("Dry run"), this)), m_message(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_confirm(askWithDialog)
{
    m_model->setNameFilters({QStringLiteral("*.sql"), QStringLiteral("*.sql.tmpl"), QStringLiteral("*.txt")});
    m_model->setNameFilterDisables(false);
    m_model->setReadOnly(true);
    m_files->setModel(m_model);
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    for (int c = 1; c < m_model->columnCount(); ++c)
        m_files->hideColumn(c);
    m_files->setHeaderHidden(true);
    m_results->setHeaderLabels({tr("File"), tr("Status"), tr("ms"), tr("Note")});
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->setToolTip(tr("Double-click a failed file to open it at the error"));
    m_progress->hide();
    m_cancel->hide();
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    const auto button = [&](const QString &text, const QString &tip, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        top->addWidget(b);
        m_buttons << b;
    };
    button(tr("Build"), tr("Run every file of the SQL folder that changed (run build)"), [this] { run(); });
    button(tr("Run Selected"), tr("Run the files or the folder selected on the left (run files, run dir)"), [this] { run(selectedFiles()); });
    button(tr("Preview"), tr("The rendered SQL of the selection, or of the whole build"), [this] { preview(selectedFiles()); });
    button(tr("Truncate…"), tr("Empty every user table, keeping the structure (db truncate)"), [this] { destroy(Destroy::Truncate); });
    button(tr("Teardown…"), tr("Drop every user object, keeping noorm's tables (db teardown)"), [this] { destroy(Destroy::Teardown); });
    button(tr("Reset…"), tr("Teardown, then build everything again (db reset)"), [this] { destroy(Destroy::Reset); });
    m_confirmStatements = [this](const QString &title, const QStringList &statements) {
        QMessageBox box(QMessageBox::Warning, title, tr("These statements will run on %1:").arg(m_config), QMessageBox::Cancel, this);
        box.setDetailedText(statements.join(QStringLiteral(";\n")) + QLatin1Char(';'));
        QPushButton *go = box.addButton(tr("Run Them"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == static_cast<QAbstractButton *>(go);
    };
    m_force->setToolTip(tr("Run unchanged files too (run build --force)"));
    m_dryRun->setToolTip(tr("Render the files into tmp/ only; nothing touches the database (run build --dry-run)"));
    top->addWidget(m_force);
    top->addWidget(m_dryRun);
    top->addStretch();
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_files);
    split->addWidget(m_results);
    split->setStretchFactor(1, 2);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_message);
    connect(m_cancel, &QPushButton::clicked, this, &BuildRunner::cancel);
    connect(m_files, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!m_model->isDir(index))
            emit openFile(m_model->filePath(index), 0, 0); // a template opens with its inspector
    });
    connect(m_results, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString where = item->data(0, kOpenRole).toString();
        const QString path = where.isEmpty() ? item->data(0, kPathRole).toString() : where;
        if (!path.isEmpty())
            emit openFile(path, item->data(0, kLineRole).toInt(), item->data(0, kColumnRole).toInt());
    });

    // Where the SQL folder is (settings.yml, read off the GUI thread with the rest).
    whenDone(m_session.start<QString>([](Workspace &ws, Cancellation &) -> Result<QString> { return ws.absolutePath(ws.settings().sqlPath); }),
             this, [this](const Result<QString> &folder) {
                 if (!folder)
                     return m_message->setText(folder.error().toString());
                 m_sqlFolder = *folder;
                 m_files->setRootIndex(m_model->setRootPath(m_sqlFolder));
             });
}

void BuildRunner::setForce(bool on) { m_force->setChecked(on); }
void BuildRunner::setDryRun(bool on) { m_dryRun->setChecked(on); }

QStringList BuildRunner::selectedFiles() const
{
    QStringList paths;
    for (const QModelIndex &i : m_files->selectionModel()->selectedRows())
        paths << m_model->filePath(i);
    paths.sort();
    return paths;
}

namespace {
// A selection as files: each selected folder's SQL files, in the runner's (name) order.
QStringList filesOf(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files << path;
            continue;
        }
        QStringList inside;
        QDirIterator it(path, {QStringLiteral("*.sql"), QStringLiteral("*.sql.tmpl")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            inside << it.next();
        inside.sort();
        files << inside;
    }
    files.removeDuplicates();
    return files;
}

// Nothing selected: the build. One folder alone runs as `run dir` does; a mix, as its files.
RunRequest requestFor(const QStringList &selected)
{
    RunRequest request;
    const bool oneFolder = selected.size() == 1 && QFileInfo(selected.first()).isDir();
    request.mode = selected.isEmpty() ? RunMode::Build : oneFolder ? RunMode::Dir : RunMode::Files;
    request.paths = oneFolder ? selected : filesOf(selected);
    return request;
}
} // namespace

void BuildRunner::run(const QStringList &selected)
{
    if (isRunning())
        return;
    RunRequest request = requestFor(selected);
    request.force = m_force->isChecked();
    request.config = ResolveRequest{m_config};
    const bool dry = m_dryRun->isChecked();
    m_results->clear();
    for (QPushButton *b : std::as_const(m_buttons))
        b->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_message->setText(tr("Running…"));
    QPointer<BuildRunner> self(this);
    const Confirm confirm = askOnGuiThread(this, [self](const ConfirmationRequest &r) {
        return self ? self->m_confirm(r) : Status(Error::refused(tr("Not confirmed")));
    });
    m_job = m_session.start<RunOutcome>([request, dry, confirm, self](Workspace &ws, Cancellation &cancellation) -> Result<RunOutcome> {
        RunOperation op(ws, request, confirm);
        QObject::connect(&op, &RunOperation::fileProgress, &op, [self](const FileProgress &p) {
            QMetaObject::invokeMethod(qApp, [self, p] {
                if (self)
                    self->showProgress(p);
            }, Qt::QueuedConnection);
        }, Qt::DirectConnection);
        if (dry) {
            Result<RunReport> report = op.dryRun();
            if (!report)
                return report.error();
            return RunOutcome{Config{}, *report, std::nullopt};
        }
        return op.run(cancellation);
    });
    whenDone(*m_job, this, [this, dry](const Result<RunOutcome> &outcome) {
        m_job.reset();
        m_progress->hide();
        m_cancel->hide();
        for (QPushButton *b : std::as_const(m_buttons))
            b->setEnabled(true);
        if (!outcome) {
            m_message->setText(outcome.error().toString());
            return emit finished(false, outcome.error().toString());
        }
        showReport(outcome->report);
        const RunReport &r = outcome->report;
        QString text = dry ? tr("Dry run: %n file(s) rendered, nothing ran", nullptr, int(r.files.size()))
                           : tr("%1 ran, %2 skipped, %3 failed, %4 ms").arg(r.filesRun).arg(r.filesSkipped).arg(r.filesFailed).arg(r.durationMs);
        if (r.firstError)
            text += QStringLiteral("\n") + r.firstError->toString();
        for (const FileResult &f : r.files)
            if (f.statementsKept > 0)
                text += QStringLiteral(" — ") + statementsKeptNote(f);
        m_message->setText(text);
        emit finished(r.succeeded(), text);
    });
}

void BuildRunner::showProgress(const FileProgress &p)
{
    m_progress->setRange(0, std::max(1, p.total));
    m_progress->setValue(p.index + (p.status == FileStatus::Pending ? 0 : 1));
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < m_results->topLevelItemCount() && !item; ++i)
        if (m_results->topLevelItem(i)->data(0, kPathRole).toString() == p.filepath)
            item = m_results->topLevelItem(i);
    if (!item) {
        item = new QTreeWidgetItem(m_results, {p.displayPath});
        item->setData(0, kPathRole, p.filepath);
    }
    item->setText(1, statusWord(p.status));
    item->setForeground(1, statusColor(p.status));
    m_results->scrollToItem(item);
}

// No transaction rolled them back (MySQL's DDL, a file of its own BEGIN/COMMIT or
// `-- noorm:no-transaction`).
QString BuildRunner::statementsKeptNote(const FileResult &file)
{
    return tr("%n statement(s) before it ran and stay", nullptr, file.statementsKept);
}

void BuildRunner::showReport(const RunReport &report)
{
    m_results->clear();
    for (const FileResult &f : report.files) {
        QString note = f.error ? f.error->message : f.skipReason;
        if (f.statementsKept > 0)
            note = statementsKeptNote(f) + QStringLiteral(" — ") + note; // first: the error is in the tooltip and below
        auto *item = new QTreeWidgetItem(m_results, {f.displayPath, statusWord(f.status), QString::number(f.durationMs), note});
        item->setForeground(1, statusColor(f.status));
        item->setData(0, kPathRole, f.filepath);
        if (f.error) {
            // An included file's error is in that file (named relative to the project).
            if (!f.error->file.isEmpty())
                item->setData(0, kOpenRole, QDir(m_session.root()).absoluteFilePath(f.error->file));
            item->setData(0, kLineRole, f.error->line);
            item->setData(0, kColumnRole, f.error->column);
            item->setToolTip(3, f.error->toString());
        }
    }
}

void BuildRunner::preview(const QStringList &selected)
{
    RunRequest request = requestFor(selected);
    request.force = true; // every file, rendered
    request.config = ResolveRequest{m_config};
    m_message->setText(tr("Rendering…"));
    whenDone(m_session.start<RunPreview>([request](Workspace &ws, Cancellation &) { return RunOperation(ws, request, {}).preview(); }), this,
             [this](const Result<RunPreview> &preview) {
                 if (!preview) {
                     m_message->setText(preview.error().toString());
                     return;
                 }
                 m_message->setText(tr("%n file(s) rendered", nullptr, preview->files));
                 emit previewReady(preview->sql);
             });
}

void BuildRunner::destroy(Destroy what)
{
    if (isRunning())
        return;
    m_message->setText(tr("Reading what would be dropped…"));
    const QString config = m_config;
    whenDone(m_session.start<QStringList>([config, what](Workspace &ws, Cancellation &) -> Result<QStringList> {
                 TeardownOperation op(ws, ResolveRequest{config}, {});
                 if (what == Destroy::Truncate) {
                     Result<TruncatePlan> plan = op.planTruncate();
                     if (!plan)
                         return plan.error();
                     return plan->statements;
                 }
                 Result<TeardownPlan> plan = op.planTeardown();
                 if (!plan)
                     return plan.error();
                 return plan->statements;
             }),
             this, [this, what, config](const Result<QStringList> &statements) {
                 if (!statements) {
                     m_message->setText(statements.error().toString());
                     return emit finished(false, statements.error().toString());
                 }
                 const QString title = what == Destroy::Truncate ? tr("Truncate %1?").arg(config)
                                     : what == Destroy::Teardown ? tr("Teardown %1?").arg(config)
                                                                 : tr("Reset %1 (teardown, then build)?").arg(config);
                 if (!m_confirmStatements(title, *statements)) {
                     m_message->setText(tr("Not run."));
                     return emit finished(false, m_message->text());
                 }
                 m_results->clear();
                 m_message->setText(tr("Running…"));
                 m_progress->setRange(0, 0);
                 m_progress->show();
                 for (QPushButton *b : std::as_const(m_buttons))
                     b->setEnabled(false);
                 // Asked once, with the statements: the operation's own question is that one.
                 const Confirm confirmed = [](const ConfirmationRequest &) { return Status(); };
                 whenDone(m_session.start<QString>([config, what, confirmed](Workspace &ws, Cancellation &cancellation) -> Result<QString> {
                              TeardownOperation op(ws, ResolveRequest{config}, confirmed);
                              if (what == Destroy::Truncate) {
                                  Result<TruncatePlan> done = op.truncate(cancellation);
                                  if (!done)
                                      return done.error();
                                  return tr("%n table(s) emptied", nullptr, int(done->tables.size()));
                              }
                              if (what == Destroy::Teardown) {
                                  Result<TeardownPlan> done = op.teardown(cancellation);
                                  if (!done)
                                      return done.error();
                                  const QString dropped = tr("%n object(s) dropped", nullptr, done->total());
                                  if (done->staleBuilds == 0)
                                      return tr("%1, %2").arg(dropped, tr("%n change(s) marked stale", nullptr, done->staleChanges));
                                  return tr("%1, %2 and %3 marked stale")
                                      .arg(dropped, tr("%n change(s)", nullptr, done->staleChanges), tr("%n build(s)", nullptr, done->staleBuilds));
                              }
                              Result<ResetOutcome> done = op.reset(cancellation);
                              if (!done)
                                  return done.error();
                              if (!done->build.report.succeeded())
                                  return done->build.report.firstError ? *done->build.report.firstError
                                                                       : Error::failed(tr("The build after the teardown failed"));
                              return tr("%1, then %2 built")
                                  .arg(tr("%n object(s) dropped", nullptr, done->teardown.total()), tr("%n file(s)", nullptr, done->build.report.filesRun));
                          }),
                          this, [this](const Result<QString> &done) {
                              m_progress->hide();
                              for (QPushButton *b : std::as_const(m_buttons))
                                  b->setEnabled(true);
                              const QString text = done ? *done : done.error().toString();
                              m_message->setText(text);
                              emit finished(bool(done), text);
                          });
             });
}

void BuildRunner::cancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace noorm
