#include "template_inspector.h"
#include "theme.h"

#include "operations/run_operation.h"
#include "sql_style.h"
#include "template/template_inspection.h"

#include <Qsci/qsciscintilla.h>

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace noorm {

namespace {

constexpr int kSourceRole = Qt::UserRole + 1;

RunRequest requestFor(const QString &config, const QString &file)
{
    RunRequest request;
    request.mode = RunMode::File;
    request.paths = {file};
    request.config.name = config;
    return request;
}

// What each built-in does, as a template author reads it.
QString builtinUse(const QString &name)
{
    if (name == QLatin1String("include"))
        return TemplateInspector::tr("await include(path): another file's text, rendered if a template");
    if (name == QLatin1String("escape"))
        return TemplateInspector::tr("escape(text): quotes doubled for a SQL string");
    if (name == QLatin1String("quote"))
        return TemplateInspector::tr("quote(value): a SQL literal ('text', 42, NULL)");
    if (name == QLatin1String("json"))
        return TemplateInspector::tr("json(value): JSON text");
    if (name == QLatin1String("now"))
        return TemplateInspector::tr("now(): the current time, ISO 8601");
    if (name == QLatin1String("uuid"))
        return TemplateInspector::tr("uuid(): a random UUID");
    return {};
}

} // namespace

TemplateInspector::TemplateInspector(const ProjectSession &session, QString configName, QString dialect, QString file, QWidget *parent)
    : QWidget(parent), m_session(session), m_config(std::move(configName)), m_file(std::move(file)), m_root(session.root()),
      m_tree(new QTreeWidget(this)), m_preview(new QsciScintilla(this)), m_message(new QLabel(this)),
      m_refresh(new QPushButton(tr("Refresh"), this)), m_render(new QPushButton(tr("Preview SQL"), this))
{
    m_tree->setHeaderLabels({tr("Name"), tr("Type"), tr("Source")});
    m_tree->setUniformRowHeights(true);
    // The type takes what is left; long ones are elided with the whole text in a tooltip.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setToolTip(tr("What this template can use from $; double-click an entry to open the file it comes from"));
    styleSqlEditor(m_preview, dialect, true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_refresh->setToolTip(tr("Read the data files, helpers and config again"));
    m_render->setToolTip(tr("Render the saved file and show the SQL it runs (secrets masked)"));

    auto *title = new QLabel(tr("<b>Template context</b>"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(title, 1);
    top->addWidget(m_refresh);
    top->addWidget(m_render);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);

    connect(m_refresh, &QPushButton::clicked, this, &TemplateInspector::refresh);
    connect(m_render, &QPushButton::clicked, this, &TemplateInspector::renderPreview);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (const QString source = item->data(0, kSourceRole).toString(); !source.isEmpty())
            emit openFile(source, 0, 0); // no line: nothing marked
    });
    connect(m_message, &QLabel::linkActivated, this, [this](const QString &link) {
        // "file:line:column" of the error shown.
        const qsizetype c = link.lastIndexOf(QLatin1Char(':')), l = link.lastIndexOf(QLatin1Char(':'), c - 1);
        emit openFile(link.left(l), link.mid(l + 1, c - l - 1).toInt(), link.mid(c + 1).toInt());
    });
    refresh();
}

QTreeWidgetItem *TemplateInspector::section(const QString &title) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->text(0) == title)
            return m_tree->topLevelItem(i);
    return nullptr;
}

void TemplateInspector::refresh()
{
    m_refresh->setEnabled(false);
    const RunRequest request = requestFor(m_config, m_file);
    const quint64 number = m_refreshes.take();
    whenDone(m_session.start<TemplateInspection>([request](Workspace &ws, Cancellation &) { return RunOperation(ws, request, {}).inspect(); }),
             this, [this, number](const Result<TemplateInspection> &inspection) {
                 if (!m_refreshes.isLatest(number))
                     return; // a later refresh (another save) is on its way
                 m_refresh->setEnabled(true);
                 if (!inspection) {
                     showError(inspection.error(), false);
                     return emit refreshed(false);
                 }
                 show(*inspection);
                 emit refreshed(true);
             });
}

void TemplateInspector::renderPreview()
{
    m_render->setEnabled(false);
    m_message->setText(tr("Rendering…"));
    const RunRequest request = requestFor(m_config, m_file);
    whenDone(m_session.start<RunPreview>([request](Workspace &ws, Cancellation &) { return RunOperation(ws, request, {}).preview(); }),
             this, [this](const Result<RunPreview> &preview) {
                 m_render->setEnabled(true);
                 if (!preview) {
                     m_preview->clear();
                     showError(preview.error(), true);
                     return emit rendered(false);
                 }
                 m_preview->setText(preview->sql);
                 m_message->setText(tr("Rendered in %1 ms (secrets masked)").arg(preview->renderMs));
                 emit rendered(true);
             });
}

QTreeWidgetItem *TemplateInspector::addSection(const QString &title, const QString &summary)
{
    auto *item = new QTreeWidgetItem(m_tree, {title, summary});
    item->setToolTip(1, summary);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    return item;
}

void TemplateInspector::show(const TemplateInspection &inspection)
{
    m_tree->clear();
    const QDir root(m_root);
    const auto add = [&](QTreeWidgetItem *parent, const TemplateContextEntry &entry, const QString &name) {
        auto *item = new QTreeWidgetItem(parent, {name, entry.type});
        item->setToolTip(1, entry.type);
        if (!entry.source.isEmpty()) {
            item->setText(2, QFileInfo(entry.source).fileName());
            item->setToolTip(2, root.relativeFilePath(entry.source));
            item->setData(0, kSourceRole, entry.source);
        }
        for (const QString &line : entry.shape)
            if (line != QLatin1String("Object") && line != entry.type)
                (new QTreeWidgetItem(item, {QString(), line.trimmed()}))->setToolTip(1, line.trimmed());
        return item;
    };
    QTreeWidgetItem *data = addSection(tr("Data files"), tr("%n file(s)", nullptr, int(inspection.dataFiles.size())));
    for (const TemplateContextEntry &e : inspection.dataFiles)
        add(data, e, QStringLiteral("$.") + e.key)->setExpanded(inspection.dataFiles.size() <= 5); // shapes in sight
    QTreeWidgetItem *helpers = addSection(tr("Helpers"), tr("%n function(s)", nullptr, int(inspection.helpers.size())));
    for (const TemplateContextEntry &e : inspection.helpers)
        add(helpers, e, QStringLiteral("$.") + e.key);
    QTreeWidgetItem *builtins = addSection(tr("Built-ins"), {});
    for (const QString &b : inspection.builtins) {
        // "$.escape(text)" and what it gives: the call in the name's column, so the rest fits.
        const QString use = builtinUse(b);
        const qsizetype colon = use.indexOf(QLatin1String(": "));
        QString call = colon > 0 ? use.left(colon) : b;
        if (!call.contains(QLatin1String("$.")))
            call = call.contains(b + QLatin1Char('(')) ? call.replace(b + QLatin1Char('('), QStringLiteral("$.") + b + QLatin1Char('('))
                                                      : QStringLiteral("$.") + call;
        auto *item = new QTreeWidgetItem(builtins, {call, colon > 0 ? use.mid(colon + 2) : use});
        item->setToolTip(0, use);
        item->setToolTip(1, use);
    }
    QTreeWidgetItem *config = addSection(tr("Config"), m_config);
    add(config, inspection.config, QStringLiteral("$.config"));
    QTreeWidgetItem *secrets = addSection(tr("Secrets"), tr("names only"));
    for (const QString &s : inspection.secrets)
        new QTreeWidgetItem(secrets, {QStringLiteral("$.secrets.") + s, tr("secret of %1").arg(m_config)});
    for (const QString &s : inspection.globalSecrets)
        new QTreeWidgetItem(secrets, {QStringLiteral("$.globalSecrets.") + s, tr("global secret")});
    secrets->setToolTip(1, tr("Values are never shown here; a preview masks them"));
    if (inspection.secrets.isEmpty() && inspection.globalSecrets.isEmpty())
        secrets->setText(1, tr("none set"));
    QTreeWidgetItem *env = addSection(tr("Environment"), {});
    new QTreeWidgetItem(env, {QStringLiteral("$.env"), tr("%n variable(s)", nullptr, inspection.environmentVariables)});
    for (QTreeWidgetItem *s : {data, helpers, builtins, secrets})
        s->setExpanded(true);
    config->setExpanded(false);
    m_message->setText(tr("%1 · Preview SQL renders it").arg(root.relativeFilePath(inspection.file)));
}

void TemplateInspector::showError(const Error &error, bool inPreview)
{
    QString text = error.message.toHtmlEscaped();
    // Errors name a file as the project shows it (relative to its root), or absolute outside it.
    const QString file = error.file.isEmpty() ? QString() : QDir(m_root).absoluteFilePath(error.file);
    if (!file.isEmpty() && error.line > 0)
        text += QStringLiteral("<br><a href=\"%1:%2:%3\">%4</a>")
                    .arg(file.toHtmlEscaped()).arg(error.line).arg(error.column)
                    .arg(tr("Open %1 at line %2").arg(QFileInfo(error.file).fileName().toHtmlEscaped()).arg(error.line));
    // In the error colour, as the config dialog's problems (it read like "Rendered in 107 ms")
    const QString red = isDark() ? QStringLiteral("#ff8a80") : QStringLiteral("#c62828");
    m_message->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                           .arg(red, (inPreview ? tr("Cannot render: %1") : tr("Cannot read the context: %1")).arg(text)));
}

} // namespace noorm
