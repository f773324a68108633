#include "settings_editor.h"

#include "settings_pages.h"

#include "project/project.h"
#include "settings/settings_file.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace noorm {

SettingsEditor::SettingsEditor(const ProjectSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_path(Project::settingsPath(session.root())), m_sections(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_stages(nullptr), m_file(new QPlainTextEdit(this)), m_problem(new QLabel(this)),
      m_save(new QPushButton(tr("&Save"), this)), m_revert(new QPushButton(tr("Revert"), this)), m_watcher(new QFileSystemWatcher(this))
{
    m_stages = new StagesPage(&m_settings, m_pages);
    m_pageList = {new ProjectPage(&m_settings, m_pages), m_stages, new RulesPage(&m_settings, m_pages), new LoggingPage(&m_settings, m_pages)};
    const QStringList titles = {tr("Project and Build"), tr("Stages"), tr("Rules"), tr("Logging and Teardown")};
    for (int i = 0; i < m_pageList.size(); ++i) {
        auto *scroll = new QScrollArea(m_pages);
        scroll->setWidget(m_pageList[i]);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_pages->addWidget(scroll);
        m_sections->addItem(titles[i]);
        connect(m_pageList[i], &SettingsPage::edited, this, &SettingsEditor::edited);
    }
    m_file->setReadOnly(true);
    m_file->setObjectName(QStringLiteral("settings-file"));
    m_file->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_file->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_pages->addWidget(m_file);
    m_sections->addItem(tr("settings.yml"));
    m_sections->item(m_sections->count() - 1)->setToolTip(tr("The file as it will be saved, comments kept"));
    m_sections->setSpacing(3);
    m_sections->setFixedWidth(m_sections->sizeHintForColumn(0) + 32);
    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save->setToolTip(tr("Write .noorm/settings.yml, keeping its comments (Ctrl+S)"));
    m_save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_revert->setToolTip(tr("Forget the edits and load the file again"));
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this, this, &SettingsEditor::save, Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(saveShortcut);
    connect(m_save, &QPushButton::clicked, this, &SettingsEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsEditor::reload);
    // The CLI or an editor saved the file: take it in when nothing here would be lost.
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        if (!m_watcher->files().contains(m_path) && QFileInfo::exists(m_path))
            m_watcher->addPath(m_path); // an atomic save replaces the file, and the watch with it
        if (!m_saving && !isModified())
            reload();
        else if (!m_saving)
            m_problem->setText(tr("settings.yml changed on disk. Revert to load it (your edits here are lost), or Save to be told what changed."));
    });

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_problem, 1);
    bottom->addWidget(m_revert);
    bottom->addWidget(m_save);
    auto *body = new QHBoxLayout;
    body->addWidget(m_sections);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *title = new QLabel(tr("<b>%1</b> · shared by the team: commit it").arg(QDir::toNativeSeparators(QStringLiteral(".noorm/settings.yml"))), this);
    title->setToolTip(QDir::toNativeSeparators(m_path));
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(title);
    layout->addLayout(body, 1);
    layout->addLayout(bottom);
    m_sections->setCurrentRow(0);
    reload();
}

void SettingsEditor::reload()
{
    const quint64 ticket = m_reloads.take();
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    whenDone(m_session.start<Settings>([](Workspace &ws, Cancellation &) -> Result<Settings> { return ws.settings(); }), this,
             [this, ticket](const Result<Settings> &settings) {
                 if (!m_reloads.isLatest(ticket))
                     return; // a later reload is on its way
                 if (!settings) {
                     // A file that does not parse: say where, the CLI's words.
                     m_problem->setText(settings.error().toString());
                     setEnabled(true);
                     return;
                 }
                 show(*settings);
                 emit loaded();
             });
}

void SettingsEditor::show(const Settings &settings)
{
    m_settings = settings;
    m_loadedYaml = SettingsFile::toYaml(m_settings);
    for (SettingsPage *page : std::as_const(m_pageList))
        page->fill();
    if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
    edited();
}

bool SettingsEditor::isModified() const
{
    return SettingsFile::toYaml(m_settings) != m_loadedYaml;
}

QString SettingsEditor::preview() const
{
    return m_file->toPlainText();
}

void SettingsEditor::edited()
{
    const Status valid = m_settings.validate();
    m_problemText = valid ? QString() : valid.error().toString();
    const bool modified = isModified();
    m_problem->setText(!m_problemText.isEmpty() ? m_problemText : modified ? tr("Edited; not saved yet.") : QString());
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, m_problemText.isEmpty() ? palette().color(QPalette::WindowText) : QColor(0xc6, 0x28, 0x28));
    m_problem->setPalette(pal);
    m_save->setEnabled(valid.ok() && modified && !m_saving);
    m_revert->setEnabled(modified && !m_saving);
    const int scroll = m_file->verticalScrollBar() ? m_file->verticalScrollBar()->value() : 0;
    m_file->setPlainText(valid ? QString::fromUtf8(SettingsFile::toYaml(m_settings)) : QString::fromUtf8(m_loadedYaml));
    m_file->verticalScrollBar()->setValue(scroll);
}

void SettingsEditor::save()
{
    if (m_saving || !m_settings.validate().ok() || !isModified())
        return;
    m_saving = true;
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    whenDone(m_session.start<Settings>([edited = m_settings](Workspace &ws, Cancellation &) -> Result<Settings> {
                 ws.settings() = edited;
                 if (Status saved = ws.saveSettings(); !saved)
                     return saved.error();
                 // Read back what was written: the next save checks against this text.
                 return SettingsFile::load(Project::settingsPath(ws.root()));
             }),
             this, [this](const Result<Settings> &written) {
                 m_saving = false;
                 if (!written) {
                     edited();
                     m_problem->setText(written.error().toString());
                     emit saved(false, written.error().toString());
                     return;
                 }
                 show(*written);
                 m_problem->setText(tr("Saved."));
                 emit saved(true, tr("Saved %1").arg(m_path));
             });
}

void SettingsEditor::showPage(Page page)
{
    m_sections->setCurrentRow(int(page));
}

} // namespace noorm
