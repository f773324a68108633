#include "change_manager.h"
#include "change_text.h"
#include "diff_view.h"

#include "gui_confirm.h"
#include "project_session.h"
#include "sql_style.h"

#include "operations/run_operation.h"

#include <Qsci/qsciscintilla.h>
#include <Qsci/qscilexersql.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QAction>
#include <QInputDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace noorm {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

QString stateLabel(const ChangeStatus &s)
{
    QString label;
    switch (s.state) {
    case ChangeState::Pending: label = ChangeManager::tr("pending"); break;
    case ChangeState::Applied: label = ChangeManager::tr("applied"); break;
    case ChangeState::Changed: label = ChangeManager::tr("changed since applied"); break;
    case ChangeState::Failed: label = ChangeManager::tr("failed"); break;
    case ChangeState::Reverted: label = ChangeManager::tr("reverted"); break;
    case ChangeState::Stale: label = ChangeManager::tr("stale"); break;
    case ChangeState::Orphaned: label = ChangeManager::tr("orphaned (no folder)"); break;
    }
    if (s.outOfOrder)
        label += ChangeManager::tr(", out of order");
    if (s.failedRevert)
        label += ChangeManager::tr(", revert failed");
    return label;
}

QColor stateColor(ChangeState state)
{
    switch (state) {
    case ChangeState::Applied: return QColor(0x2e, 0x9d, 0x4f);
    case ChangeState::Failed: return QColor(0xd2, 0x3b, 0x3b);
    case ChangeState::Changed: case ChangeState::Stale: return QColor(0xd4, 0x8a, 0x00);
    case ChangeState::Orphaned: return QColor(0x8a, 0x8f, 0x98);
    default: return QColor(0x2f, 0x6f, 0xde);
    }
}

// The action on the change operation (a plan when the operation's request says dry run).
Result<ChangeBatch> perform(ChangeOperation &op, ChangeManager::Action action, const QString &name, Cancellation &cancellation)
{
    using Action = ChangeManager::Action;
    switch (action) {
    case Action::Apply: return op.run(name, cancellation);
    case Action::Revert: return op.revert(name, cancellation);
    case Action::Next: return op.next(1, cancellation);
    case Action::FastForward: return op.fastForward(cancellation);
    case Action::RewindTo: return op.rewind(name, cancellation);
    }
    return Error::failed(QString());
}

QString directionWord(ChangeDirection d) { return d == ChangeDirection::Change ? ChangeManager::tr("apply") : ChangeManager::tr("revert"); }

} // namespace

ChangeManager::ChangeManager(const ProjectSession &session, QString configName, QWidget *parent)
    : QWidget(parent), m_session(session), m_config(std::move(configName)), m_filter(new QLineEdit(this)), m_list(new QTreeWidget(this)),
      m_files(new QListWidget(this)), m_file(new QsciScintilla(this)), m_history(new QTreeWidget(this)), m_detail(new QTabWidget(this)),
      m_message(new QLabel(this)), m_progress(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_fileMode(new QTabBar(this)), m_fileStack(new QStackedWidget(this)), m_diff(new DiffView(this))
{
    m_confirmPlan = [this](const QString &title, const QStringList &plan) {
        return QMessageBox::question(this, title, plan.join(QLatin1Char('\n'))) == QMessageBox::Yes;
    };
    m_confirm = askWithDialog;
    m_filter->setPlaceholderText(tr("Filter changes"));
    m_filter->setClearButtonEnabled(true);
    m_list->setHeaderLabels({tr("Change"), tr("Status"), tr("Applied"), tr("By")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents); // when and by whom: kept in view
    m_list->header()->setStretchLastSection(true);
    m_history->setHeaderLabels({tr("Direction"), tr("Status"), tr("When"), tr("By"), tr("ms"), tr("Error")});
    m_history->setRootIsDecorated(false);
    styleSqlEditor(m_file, QString(), true); // plain SQL: the change manager does not know the config's dialect
    m_file->markerDefine(QsciScintilla::RightArrow, 1);
    m_file->setMarkerBackgroundColor(QColor(0xd2, 0x3b, 0x3b), 1);
    m_progress->hide();
    m_cancel->hide();
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &text, const QString &tip, Action action) {
        auto *b = new QPushButton(text, this);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, [this, action] { start(action); });
        buttons->addWidget(b);
        m_actions << b;
    };
    button(tr("Apply"), tr("Apply the selected change (change run)"), Action::Apply);
    button(tr("Revert"), tr("Revert the selected change (change revert)"), Action::Revert);
    button(tr("Next"), tr("Apply the next pending change (change next)"), Action::Next);
    button(tr("Fast-forward"), tr("Apply every pending change in order (change ff)"), Action::FastForward);
    button(tr("Rewind to Here"), tr("Revert the applied changes down to and including the selected one (change rewind)"), Action::RewindTo);
    // Making and deleting change sets, as change add and change rm do.
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("New Change…"), this);
    add->setToolTip(tr("Make a change set dated today, with its change and revert files (change add)"));
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString description = QInputDialog::getText(this, tr("New Change"), tr("What does it change? (becomes the folder's name)"),
                                                           QLineEdit::Normal, QString(), &ok).trimmed();
        if (ok && !description.isEmpty())
            createChange(description);
    });
    auto *remove = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Remove…"), this);
    remove->setToolTip(tr("Delete the selected change's folder; its rows in the database stay (change rm)"));
    connect(remove, &QPushButton::clicked, this, [this] {
        if (!selectedName().isEmpty())
            removeChange(selectedName());
    });
    auto *refresh = new QPushButton(tr("Refresh"), this);
    connect(refresh, &QPushButton::clicked, this, &ChangeManager::reload);
    buttons->addStretch();
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(refresh);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QPushButton *b : {add, remove}) {
        auto *action = new QAction(b->icon(), b->text(), m_list);
        connect(action, &QAction::triggered, b, &QPushButton::click);
        m_list->addAction(action);
    }

    m_fileMode->addTab(tr("Source"));
    m_fileMode->addTab(tr("Rendered SQL"));
    m_fileMode->addTab(tr("Since Applied"));
    m_fileMode->setTabToolTip(Rendered, tr("The SQL this template renders to with the config's secrets (masked): what will run"));
    m_fileMode->setTabToolTip(SinceApplied, tr("The file as it was when the change was applied, beside the file now"));
    m_fileMode->setDrawBase(false);
    m_fileMode->setTabEnabled(Rendered, false); // until a template, or an edited file, is selected
    m_fileMode->setTabEnabled(SinceApplied, false);
    m_fileMode->setExpanding(false);
    m_fileStack->addWidget(m_file);
    m_fileStack->addWidget(m_diff);
    auto *fileBox = new QWidget(this);
    auto *fileLayout = new QVBoxLayout(fileBox);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->setSpacing(0);
    fileLayout->addWidget(m_fileMode);
    fileLayout->addWidget(m_fileStack, 1);
    connect(m_fileMode, &QTabBar::currentChanged, this, &ChangeManager::showFileAs);
    // The files beside the file: a change has a few short names, and its SQL (or its diff,
    // two files side by side) needs the width.
    auto *filesBox = new QSplitter(Qt::Horizontal, this);
    filesBox->addWidget(m_files);
    filesBox->addWidget(fileBox);
    filesBox->setStretchFactor(1, 4);
    filesBox->setSizes({220, 750});
    m_detail->setDocumentMode(true);
    m_detail->addTab(filesBox, tr("Files"));
    m_detail->addTab(m_history, tr("History"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_list);
    // The list above the selected change, both the window's width: the list's columns in
    // sight, the diff's two sides wide enough to read (beside the list they were cut).
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(left);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({260, 420});
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    layout->addLayout(progressRow);
    layout->addWidget(m_message);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_list->topLevelItemCount(); ++i)
            m_list->topLevelItem(i)->setHidden(!m_list->topLevelItem(i)->text(0).contains(text, Qt::CaseInsensitive)
                                               && !m_list->topLevelItem(i)->text(1).contains(text, Qt::CaseInsensitive));
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ChangeManager::showDetail);
    connect(m_files, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) { emit openInEditor(item->data(kPathRole).toString()); });
    m_files->setToolTip(tr("Double-click a file to edit it in a SQL tab"));
    connect(m_files, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            openFile(item->data(kPathRole).toString());
    });
    connect(m_cancel, &QPushButton::clicked, this, &ChangeManager::cancel);
    reload();
}

QString ChangeManager::selectedName() const { return m_list->currentItem() ? m_list->currentItem()->text(0) : QString(); }

void ChangeManager::select(const QString &name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->text(0) == name)
            m_list->setCurrentItem(m_list->topLevelItem(i));
}

void ChangeManager::reload()
{
    // Reloads may overlap (a save, a run that ended): one asked for earlier and done later
    // would show the list as it was, and take the failed file's line before it is due.
    const quint64 ticket = m_reloads.take();
    if (m_list->topLevelItemCount() == 0 && m_message->text().isEmpty())
        m_message->setText(tr("Reading the change sets…")); // the first read: an empty list is not the answer yet
    whenDone(m_session.start<ChangeListing>([config = m_config](Workspace &ws, Cancellation &) {
                 return ChangeOperation(ws, ChangeRequest{ResolveRequest{config}}, {}).list();
             }),
             this, [this, ticket](const Result<ChangeListing> &listing) {
                 if (!m_reloads.isLatest(ticket))
                     return; // a later one is on its way
                 if (!listing) {
                     m_message->setText(listing.error().toString());
                     return;
                 }
                 if (m_message->text() == tr("Reading the change sets…"))
                     m_message->setText(listing->changes.isEmpty()
                                            ? tr("No change sets in %1 yet: New Change… makes one.").arg(listing->config.changesPath)
                                            : QString());
                 show(*listing);
             });
}

void ChangeManager::show(const ChangeListing &listing)
{
    const QString selected = selectedName();
    m_statuses = listing.changes;
    m_list->clear();
    for (const ChangeStatus &s : std::as_const(m_statuses)) {
        auto *item = new QTreeWidgetItem(m_list, {s.name, stateLabel(s),
                                                  s.applied ? QLocale().toString(s.applied->executedAt.toLocalTime(), QLocale::ShortFormat) : QString(),
                                                  s.applied ? s.applied->executedBy : QString()});
        item->setForeground(1, stateColor(s.state));
        if (s.state == ChangeState::Changed)
            item->setToolTip(1, tr("Edited since applied: %1").arg(s.changedFiles.join(QStringLiteral(", "))));
        if (s.failedRevert) {
            item->setForeground(1, stateColor(ChangeState::Failed));
            item->setToolTip(1, tr("The last revert failed: %1").arg(s.failedRevert->errorMessage));
        }
    }
    for (const ChangeDiagnostic &d : listing.diagnostics)
        m_message->setText(tr("Not a change set: %1").arg(d.error.toString()));
    for (int c = 2; c < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
    if (!selected.isEmpty())
        select(selected);
    else if (m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    emit loaded();
}

void ChangeManager::showDetail()
{
    m_files->clear();
    m_history->clear();
    const QString name = selectedName();
    const auto it = std::find_if(m_statuses.begin(), m_statuses.end(), [&](const ChangeStatus &s) { return s.name == name; });
    if (it == m_statuses.end())
        return;
    if (it->change) {
        const auto add = [this](const QString &label, const QString &path) {
            auto *item = new QListWidgetItem(label, m_files);
            item->setData(kPathRole, path);
        };
        for (const ChangeFile &f : it->change->changeFiles)
            add(QStringLiteral("change/") + f.filename, f.path);
        for (const ChangeFile &f : it->change->revertFiles)
            add(QStringLiteral("revert/") + f.filename, f.path);
        if (it->change->hasChangelog)
            add(QStringLiteral("changelog.md"), it->change->path + QStringLiteral("/changelog.md"));
        int row = 0;
        if (m_failedAt)
            for (int i = 0; i < m_files->count(); ++i)
                if (QFileInfo(m_files->item(i)->data(kPathRole).toString()) == QFileInfo(m_failedAt->first))
                    row = i;
        if (m_files->count()) {
            m_files->blockSignals(true);
            m_files->setCurrentRow(row);
            m_files->blockSignals(false);
            if (m_failedAt && QFileInfo(m_files->item(row)->data(kPathRole).toString()) == QFileInfo(m_failedAt->first)) {
                m_detail->setCurrentIndex(0);
                openFile(m_failedAt->first, m_failedAt->second);
            } else {
                openFile(m_files->item(row)->data(kPathRole).toString());
            }
        }
        m_failedAt.reset();
    }
    whenDone(m_session.start<QList<ChangeRecord>>([config = m_config, name](Workspace &ws, Cancellation &) {
                 return ChangeOperation(ws, ChangeRequest{ResolveRequest{config}}, {}).history(name);
             }),
             this, [this, name](const Result<QList<ChangeRecord>> &records) {
                 if (!records || name != selectedName())
                     return;
                 for (const ChangeRecord &r : *records)
                     new QTreeWidgetItem(m_history, {ChangeText::direction(r.direction), ChangeText::status(r.status), QLocale().toString(r.executedAt.toLocalTime(), QLocale::ShortFormat),
                                                     r.executedBy, QString::number(r.durationMs), r.errorMessage});
             });
}

void ChangeManager::openFile(const QString &path, int line)
{
    m_shownPath = path;
    m_shownLine = line;
    const ChangeStatus *status = selectedStatus();
    const QString relative = QDir(m_session.root()).relativeFilePath(path);
    const bool edited = status && status->state == ChangeState::Changed && status->changedFiles.contains(relative);
    m_fileMode->setTabEnabled(Rendered, path.endsWith(QLatin1String(".sql.tmpl")));
    m_fileMode->setTabEnabled(SinceApplied, edited);
    // An edited file opens beside what ran; a failed one at its line.
    const int mode = edited && line == 0 ? SinceApplied : Source;
    if (m_fileMode->currentIndex() == mode)
        showFileAs(mode);
    else
        m_fileMode->setCurrentIndex(mode); // shows it
}

const ChangeStatus *ChangeManager::selectedStatus() const
{
    const QString name = selectedName();
    const auto it = std::find_if(m_statuses.begin(), m_statuses.end(), [&](const ChangeStatus &s) { return s.name == name; });
    return it == m_statuses.end() ? nullptr : &*it;
}

void ChangeManager::showFileAs(int mode)
{
    const QString path = m_shownPath;
    if (path.isEmpty())
        return;
    m_fileStack->setCurrentIndex(mode == SinceApplied ? 1 : 0);
    m_file->markerDeleteAll(1);
    if (mode == Rendered) {
        m_file->setText(tr("-- rendering %1…").arg(QFileInfo(path).fileName()));
        RunRequest request{RunMode::File, {path}, true, ResolveRequest{m_config}};
        whenDone(m_session.start<RunPreview>([request](Workspace &ws, Cancellation &) { return RunOperation(ws, request, {}).preview(); }), this,
                 [this, path](const Result<RunPreview> &preview) {
                     if (path != m_shownPath || m_fileMode->currentIndex() != Rendered)
                         return;
                     m_file->setText(preview ? preview->sql : QStringLiteral("-- ") + preview.error().toString());
                     emit fileShown();
                 });
        return;
    }
    if (mode == SinceApplied) {
        m_diff->showMessage(tr("Reading what ran…"));
        whenDone(m_session.start<AppliedVersion>([config = m_config, name = selectedName(), path](Workspace &ws, Cancellation &) {
                     return ChangeOperation(ws, ChangeRequest{ResolveRequest{config}}, {}).appliedVersion(name, path);
                 }),
                 this, [this, path](const Result<AppliedVersion> &version) {
                     if (path != m_shownPath || m_fileMode->currentIndex() != SinceApplied)
                         return;
                     if (!version)
                         m_diff->showMessage(version.error().toString());
                     else if (version->appliedChecksum.isEmpty())
                         m_diff->showTexts(tr("Not run when the change was applied (added since)"), QString(), tr("Now"), version->current);
                     else if (!version->applied)
                         m_diff->showMessage(tr("The text that ran (checksum %1) is neither on this machine nor in the project's git history.")
                                                 .arg(version->appliedChecksum.left(12)));
                     else
                         m_diff->showTexts(tr("Applied (from %1)").arg(version->applied->foundIn), version->applied->text, tr("Now"), version->current);
                     emit fileShown();
                 });
        return;
    }
    // A change's files are the user's own, small and local.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_file->setText(tr("-- cannot read %1").arg(path));
        return;
    }
    m_file->setText(QString::fromUtf8(file.readAll()));
    if (const int line = m_shownLine; line > 0) {
        m_file->markerAdd(line - 1, 1);
        m_file->setCursorPosition(line - 1, 0);
        m_file->ensureLineVisible(line - 1);
    }
    emit fileShown();
}

void ChangeManager::start(Action action)
{
    if (isRunning())
        return;
    const QString name = selectedName();
    if ((action == Action::Apply || action == Action::Revert || action == Action::RewindTo) && name.isEmpty())
        return;
    // First the plan: what exactly would run (nothing is written, no lock).
    m_message->setText(tr("Planning…"));
    whenDone(m_session.start<ChangeBatch>([config = m_config, action, name](Workspace &ws, Cancellation &cancellation) -> Result<ChangeBatch> {
                 ChangeRequest request{ResolveRequest{config}};
                 request.dryRun = true;
                 ChangeOperation op(ws, request, {});
                 return perform(op, action, name, cancellation);
             }),
             this, [this, action, name](const Result<ChangeBatch> &plan) {
                 if (!plan) {
                     m_message->setText(plan.error().toString());
                     return emit finished(false, plan.error().toString());
                 }
                 if (plan->changes.isEmpty()) {
                     m_message->setText(tr("Nothing to run."));
                     return emit finished(true, m_message->text());
                 }
                 QStringList lines;
                 for (const ChangeOutcome &c : plan->changes) {
                     lines << tr("%1 %2 (%3)").arg(directionWord(c.direction), c.name, c.reason);
                     for (const FileResult &f : c.report.files)
                         lines << QStringLiteral("    ") + f.displayPath;
                 }
                 lines << plan->warnings;
                 if (!m_confirmPlan(tr("Run on %1?").arg(m_config), lines)) {
                     m_message->setText(tr("Not run."));
                     return emit finished(false, m_message->text());
                 }
                 run(action, name);
             });
}

void ChangeManager::run(Action action, const QString &name)
{
    for (QPushButton *b : std::as_const(m_actions))
        b->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_message->setText(tr("Running…"));
    QPointer<ChangeManager> self(this);
    const Confirm confirm = askOnGuiThread(this, [self](const ConfirmationRequest &request) {
        return self ? self->m_confirm(request) : Status(Error::refused(tr("Not confirmed")));
    });
    m_job = m_session.start<ChangeBatch>([config = m_config, action, name, confirm, self](Workspace &ws, Cancellation &cancellation) -> Result<ChangeBatch> {
        ChangeOperation op(ws, ChangeRequest{ResolveRequest{config}}, confirm);
        // Progress, from this thread to the window's.
        QObject::connect(&op, &ChangeOperation::fileProgress, &op, [self](const FileProgress &p) {
            QMetaObject::invokeMethod(qApp, [self, p] {
                if (!self)
                    return;
                self->m_progress->setRange(0, std::max(1, p.total));
                self->m_progress->setValue(p.index + (p.status == FileStatus::Pending ? 0 : 1));
                self->m_message->setText(tr("%1 (%2 of %3)").arg(p.displayPath).arg(p.index + 1).arg(p.total));
            }, Qt::QueuedConnection);
        }, Qt::DirectConnection);
        return perform(op, action, name, cancellation);
    });
    whenDone(*m_job, this, [this](const Result<ChangeBatch> &batch) {
        m_job.reset();
        m_progress->hide();
        m_cancel->hide();
        for (QPushButton *b : std::as_const(m_actions))
            b->setEnabled(true);
        QString text;
        bool ok = false;
        std::optional<Error> error;
        if (!batch) {
            error = batch.error();
        } else if (batch->firstError) {
            error = batch->firstError;
        } else {
            ok = true;
            text = batch->changes.size() == 1 ? tr("1 change ran: %1").arg(batch->changes.constFirst().name)
                                             : tr("%1 changes ran").arg(batch->changes.size());
        }
        if (error) {
            text = error->toString();
            // The failing file, at its line, once the list is read again.
            const QString failed = QFileInfo(error->file).isAbsolute() ? error->file : QDir(m_session.root()).filePath(error->file);
            if (!error->file.isEmpty() && QFileInfo::exists(failed))
                m_failedAt = qMakePair(failed, error->line);
        }
        m_message->setText(text);
        reload();
        emit finished(ok, text);
    });
}

void ChangeManager::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ChangeManager::removeChange(const QString &name)
{
    if (!m_confirmPlan(tr("Remove %1?").arg(name),
                       {tr("Delete the folder of change %1 and its files?").arg(name),
                        tr("Its rows in %1's database stay; an applied change then shows as orphaned.").arg(m_config)})) {
        m_message->setText(tr("Not removed."));
        return;
    }
    whenDone(m_session.start<bool>([config = m_config, name](Workspace &ws, Cancellation &) -> Result<bool> {
                 // Asked above, on this window's thread.
                 ChangeOperation op(ws, ChangeRequest{ResolveRequest{config}}, [](const ConfirmationRequest &) { return Status(); });
                 if (Status removed = op.remove(name); !removed)
                     return removed.error();
                 return true;
             }),
             this, [this, name](const Result<bool> &removed) {
                 if (!removed) {
                     m_message->setText(removed.error().toString());
                     return;
                 }
                 m_message->setText(tr("Removed %1").arg(name));
                 emit changeRemoved(name);
                 reload();
             });
}

void ChangeManager::createChange(const QString &description)
{
    whenDone(m_session.start<QString>([config = m_config, description](Workspace &ws, Cancellation &) -> Result<QString> {
                 Result<ChangeSet> made = ChangeOperation(ws, ChangeRequest{ResolveRequest{config}}, {}).add(description, QDate::currentDate());
                 if (!made)
                     return made.error();
                 return made->name;
             }),
             this, [this](const Result<QString> &name) {
                 if (!name) {
                     m_message->setText(name.error().toString());
                     return;
                 }
                 m_message->setText(tr("Created %1").arg(*name));
                 connect(this, &ChangeManager::loaded, this, [this, n = *name] {
                     select(n);
                     emit changeCreated(n);
                     // Its SQL to write: the change's files, then the revert's, each in a tab.
                     if (const ChangeStatus *status = selectedStatus(); status && status->change)
                         for (const QList<ChangeFile> *files : {&status->change->changeFiles, &status->change->revertFiles})
                             for (const ChangeFile &f : *files)
                                 emit openInEditor(f.path);
                 }, Qt::SingleShotConnection);
                 reload();
             });
}

} // namespace noorm
