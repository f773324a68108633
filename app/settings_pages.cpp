#include "settings_pages.h"

#include "settings_fields.h"

#include "dialect/dialect_list.h"
#include "settings/settings_schema.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace noorm {

namespace {

std::optional<QString> optionalText(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

QLineEdit *lineEdit(QWidget *parent, const QString &objectName, const QString &placeholder = QString())
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QGroupBox *group(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setFlat(true);
    return box;
}

// A list of named items with Add and Remove beside their form.
QWidget *listWithButtons(QListWidget *list, QPushButton *add, QPushButton *remove, QWidget *parent)
{
    auto *side = new QWidget(parent);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(list, 1);
    layout->addLayout(buttons);
    return side;
}

// The list shows `labels` again, keeping the selected row where it can.
void refill(QListWidget *list, const QStringList &labels)
{
    const int row = list->currentRow();
    list->clear();
    list->addItems(labels);
    list->setCurrentRow(std::clamp(row, 0, int(list->count()) - 1));
}

} // namespace

void SettingsPage::onEdit(const std::function<void()> &apply)
{
    if (m_filling)
        return;
    apply();
    emit edited();
}

// ---- Project -------------------------------------------------------------------------

ProjectPage::ProjectPage(Settings *settings, QWidget *parent)
    : SettingsPage(settings, parent), m_sqlPath(lineEdit(this, QStringLiteral("sql-path"), QStringLiteral("./sql"))),
      m_changesPath(lineEdit(this, QStringLiteral("changes-path"), QStringLiteral("./changes"))),
      m_include(new LinesEdit(tr("every folder"), this)), m_exclude(new LinesEdit(tr("none"), this)), m_secrets(new SecretsTable(this))
{
    m_include->setObjectName(QStringLiteral("build-include"));
    m_exclude->setObjectName(QStringLiteral("build-exclude"));
    m_secrets->setObjectName(QStringLiteral("universal-secrets"));
    auto *paths = group(tr("Paths (relative to the project folder)"), this);
    auto *pathForm = new QFormLayout(paths);
    pathForm->addRow(tr("SQL folder:"), m_sqlPath);
    pathForm->addRow(tr("Changes folder:"), m_changesPath);
    auto *build = group(tr("Build: folders under the SQL folder, one per line"), this);
    auto *buildForm = new QFormLayout(build);
    buildForm->addRow(tr("Include:"), m_include);
    buildForm->addRow(tr("Exclude:"), m_exclude);
    auto *secrets = group(tr("Secrets every config must have"), this);
    auto *secretsLayout = new QVBoxLayout(secrets);
    secretsLayout->addWidget(m_secrets);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(paths);
    layout->addWidget(build);
    layout->addWidget(secrets, 1);

    connect(m_sqlPath, &QLineEdit::textEdited, this, [this] { onEdit([this] { m_settings->sqlPath = m_sqlPath->text().trimmed(); }); });
    connect(m_changesPath, &QLineEdit::textEdited, this, [this] { onEdit([this] { m_settings->changesPath = m_changesPath->text().trimmed(); }); });
    connect(m_include, &LinesEdit::edited, this, [this] { onEdit([this] { m_settings->setBuild(m_include->lines(), std::nullopt); }); });
    connect(m_exclude, &LinesEdit::edited, this, [this] { onEdit([this] { m_settings->setBuild(std::nullopt, m_exclude->lines()); }); });
    connect(m_secrets, &SecretsTable::edited, this, [this] { onEdit([this] { m_settings->secrets = m_secrets->secrets(); }); });
}

void ProjectPage::fill()
{
    Filling f(this);
    m_sqlPath->setText(m_settings->sqlPath);
    m_changesPath->setText(m_settings->changesPath);
    m_include->setLines(m_settings->buildInclude);
    m_exclude->setLines(m_settings->buildExclude);
    m_secrets->setSecrets(m_settings->secrets);
}

// ---- Stages --------------------------------------------------------------------------

StagesPage::StagesPage(Settings *settings, QWidget *parent)
    : SettingsPage(settings, parent), m_strict(new QCheckBox(tr("Strict: every config must belong to one of these stages"), this)),
      m_strictStages(new LinesEdit(tr("stages a config may belong to, one per line"), this)), m_list(new QListWidget(this)),
      m_form(new QWidget(this)), m_name(lineEdit(m_form, QStringLiteral("stage-name"))),
      m_description(lineEdit(m_form, QStringLiteral("stage-description"))), m_host(lineEdit(m_form, QStringLiteral("stage-host"))),
      m_database(lineEdit(m_form, QStringLiteral("stage-database"))), m_user(lineEdit(m_form, QStringLiteral("stage-user"))),
      m_locked(new QCheckBox(tr("Locked: its configs cannot be removed"), m_form)), m_dialect(new QComboBox(m_form)),
      m_port(new QSpinBox(m_form)), m_ssl(new OptionalBoolBox(m_form)), m_isTest(new OptionalBoolBox(m_form)),
      m_isProtected(new OptionalBoolBox(m_form)), m_secrets(new SecretsTable(m_form))
{
    m_list->setObjectName(QStringLiteral("stages"));
    m_strict->setObjectName(QStringLiteral("strict"));
    m_port->setObjectName(QStringLiteral("stage-port"));
    m_dialect->setObjectName(QStringLiteral("stage-dialect"));
    m_isProtected->setObjectName(QStringLiteral("stage-protected"));
    m_secrets->setObjectName(QStringLiteral("stage-secrets"));
    m_dialect->addItem(tr("(not set)"));
    for (const DialectInfo &d : kDialects) // shown by name, stored by id
        m_dialect->addItem(QIcon(QStringLiteral(":/icons/dialect-%1.svg").arg(d.name)), d.displayName, QString(d.name));
    // 0 is "(not set)"; the range is wider than a port's so a wrong value shows its error.
    m_port->setRange(0, 999999);
    m_port->setSpecialValueText(tr("(not set)"));
    m_strictStages->setFixedHeight(m_strictStages->fontMetrics().lineSpacing() * 2 + 12);

    auto *form = new QFormLayout(m_form);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Description:"), m_description);
    form->addRow(QString(), m_locked);
    auto *defaults = group(tr("Defaults of a config made for this stage"), m_form);
    auto *d = new QFormLayout(defaults);
    d->addRow(tr("Dialect:"), m_dialect);
    d->addRow(tr("Host:"), m_host);
    d->addRow(tr("Port:"), m_port);
    d->addRow(tr("Database:"), m_database);
    d->addRow(tr("User:"), m_user);
    d->addRow(tr("SSL:"), m_ssl);
    d->addRow(tr("Test database:"), m_isTest);
    d->addRow(tr("Protected:"), m_isProtected);
    form->addRow(defaults);
    form->addRow(new QLabel(tr("Secrets its configs must have:"), m_form));
    form->addRow(m_secrets);

    auto *add = new QPushButton(tr("Add Stage"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        QString name = QStringLiteral("stage");
        for (int n = 2; m_settings->stage(name); ++n)
            name = QStringLiteral("stage%1").arg(n);
        addStage(name);
        m_name->setFocus();
        m_name->selectAll();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        onEdit([this, row] { m_settings->stages.removeAt(row); });
        fill();
    });
    auto *split = new QSplitter(this);
    split->addWidget(listWithButtons(m_list, add, remove, split));
    split->addWidget(m_form);
    split->setStretchFactor(1, 1);
    split->setSizes({180, 520});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_strict);
    layout->addWidget(m_strictStages);
    layout->addWidget(split, 1);

    connect(m_strict, &QCheckBox::toggled, m_strictStages, &QWidget::setEnabled);
    connect(m_strict, &QCheckBox::toggled, this, [this](bool on) { onEdit([this, on] { m_settings->strictEnabled = on; }); });
    connect(m_strictStages, &LinesEdit::edited, this, [this] { onEdit([this] { m_settings->strictStages = m_strictStages->lines(); }); });
    connect(m_list, &QListWidget::currentRowChanged, this, &StagesPage::showStage);
    for (QLineEdit *e : {m_name, m_description, m_host, m_database, m_user})
        connect(e, &QLineEdit::textEdited, this, &StagesPage::applyStage);
    connect(m_locked, &QCheckBox::toggled, this, &StagesPage::applyStage);
    connect(m_dialect, &QComboBox::activated, this, &StagesPage::applyStage);
    connect(m_port, &QSpinBox::valueChanged, this, &StagesPage::applyStage);
    for (OptionalBoolBox *b : {m_ssl, m_isTest, m_isProtected})
        connect(b, &OptionalBoolBox::edited, this, &StagesPage::applyStage);
    connect(m_secrets, &SecretsTable::edited, this, &StagesPage::applyStage);
}

void StagesPage::addStage(const QString &name)
{
    onEdit([this, name] { m_settings->stages.append(Stage{name}); });
    fill();
    m_list->setCurrentRow(m_list->count() - 1);
}

Stage *StagesPage::current()
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_settings->stages.size() ? &m_settings->stages[row] : nullptr;
}

void StagesPage::fill()
{
    Filling f(this);
    m_strict->setChecked(m_settings->strictEnabled);
    m_strictStages->setEnabled(m_settings->strictEnabled);
    m_strictStages->setLines(m_settings->strictStages);
    QStringList names;
    for (const Stage &stage : std::as_const(m_settings->stages))
        names << stage.name;
    refill(m_list, names);
    showStage();
}

void StagesPage::showStage()
{
    Filling f(this);
    const Stage *stage = current();
    m_form->setEnabled(stage);
    const Stage shown = stage ? *stage : Stage{};
    m_name->setText(shown.name);
    m_description->setText(shown.description);
    m_locked->setChecked(shown.locked);
    const StageDefaults &d = shown.defaults;
    m_dialect->setCurrentIndex(d.dialect ? std::max(0, m_dialect->findData(*d.dialect)) : 0);
    m_host->setText(d.host.value_or(QString()));
    m_port->setValue(d.port.value_or(0));
    m_database->setText(d.database.value_or(QString()));
    m_user->setText(d.user.value_or(QString()));
    m_ssl->setValue(d.ssl);
    m_isTest->setValue(d.isTest);
    m_isProtected->setValue(d.isProtected);
    m_secrets->setSecrets(shown.secrets);
}

void StagesPage::applyStage()
{
    onEdit([this] {
        Stage *stage = current();
        if (!stage)
            return;
        stage->name = m_name->text().trimmed();
        stage->description = m_description->text();
        stage->locked = m_locked->isChecked();
        StageDefaults &d = stage->defaults;
        d.dialect = m_dialect->currentData().isValid() ? std::optional<QString>(m_dialect->currentData().toString()) : std::nullopt;
        d.host = optionalText(m_host);
        d.port = m_port->value() ? std::optional<int>(m_port->value()) : std::nullopt;
        d.database = optionalText(m_database);
        d.user = optionalText(m_user);
        d.ssl = m_ssl->value();
        d.isTest = m_isTest->value();
        d.isProtected = m_isProtected->value();
        stage->secrets = m_secrets->secrets();
        m_list->currentItem()->setText(stage->name);
    });
}

// ---- Rules ---------------------------------------------------------------------------

RulesPage::RulesPage(Settings *settings, QWidget *parent)
    : SettingsPage(settings, parent), m_list(new QListWidget(this)), m_form(new QWidget(this)),
      m_description(lineEdit(m_form, QStringLiteral("rule-description"))),
      m_matchName(lineEdit(m_form, QStringLiteral("rule-name"), tr("any config"))), m_matchProtected(new OptionalBoolBox(m_form)),
      m_matchTest(new OptionalBoolBox(m_form)), m_matchType(new QComboBox(m_form)), m_include(new LinesEdit(tr("every folder"), m_form)),
      m_exclude(new LinesEdit(tr("none"), m_form))
{
    m_list->setObjectName(QStringLiteral("rules"));
    m_matchType->addItem(tr("(not set)"));
    for (const QString &t : SettingsSchema::connectionTypes())
        m_matchType->addItem(t, t);
    auto *form = new QFormLayout(m_form);
    form->addRow(tr("Description:"), m_description);
    auto *match = group(tr("For configs that match all of"), m_form);
    auto *m = new QFormLayout(match);
    m->addRow(tr("Name:"), m_matchName);
    m->addRow(tr("Protected:"), m_matchProtected);
    m->addRow(tr("Test database:"), m_matchTest);
    m->addRow(tr("Connection:"), m_matchType);
    form->addRow(match);
    auto *folders = group(tr("Folders under the SQL folder, one per line"), m_form);
    auto *f = new QFormLayout(folders);
    f->addRow(tr("Include:"), m_include);
    f->addRow(tr("Exclude:"), m_exclude);
    form->addRow(folders);

    auto *add = new QPushButton(tr("Add Rule"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        Rule rule;
        rule.match.isTest = true; // a rule needs a condition; this one is the commonest
        onEdit([this, rule] { m_settings->rules.append(rule); });
        fill();
        m_list->setCurrentRow(m_list->count() - 1);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        onEdit([this, row] { (void)m_settings->removeRule(row); });
        fill();
    });
    auto *split = new QSplitter(this);
    split->addWidget(listWithButtons(m_list, add, remove, split));
    split->addWidget(m_form);
    split->setStretchFactor(1, 1);
    split->setSizes({180, 520});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_list, &QListWidget::currentRowChanged, this, &RulesPage::showRule);
    for (QLineEdit *e : {m_description, m_matchName})
        connect(e, &QLineEdit::textEdited, this, &RulesPage::applyRule);
    for (OptionalBoolBox *b : {m_matchProtected, m_matchTest})
        connect(b, &OptionalBoolBox::edited, this, &RulesPage::applyRule);
    connect(m_matchType, &QComboBox::activated, this, &RulesPage::applyRule);
    for (LinesEdit *e : {m_include, m_exclude})
        connect(e, &LinesEdit::edited, this, &RulesPage::applyRule);
}

Rule *RulesPage::current()
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_settings->rules.size() ? &m_settings->rules[row] : nullptr;
}

static QString ruleLabel(const Rule &rule, int index)
{
    return rule.description.isEmpty() ? SettingsPage::tr("Rule %1").arg(index + 1) : rule.description;
}

void RulesPage::fill()
{
    Filling f(this);
    QStringList labels;
    for (int i = 0; i < m_settings->rules.size(); ++i)
        labels << ruleLabel(m_settings->rules[i], i);
    refill(m_list, labels);
    showRule();
}

void RulesPage::showRule()
{
    Filling f(this);
    const Rule *rule = current();
    m_form->setEnabled(rule);
    const Rule shown = rule ? *rule : Rule{};
    m_description->setText(shown.description);
    m_matchName->setText(shown.match.name.value_or(QString()));
    m_matchProtected->setValue(shown.match.isProtected);
    m_matchTest->setValue(shown.match.isTest);
    m_matchType->setCurrentIndex(shown.match.type ? std::max(0, m_matchType->findData(*shown.match.type)) : 0);
    m_include->setLines(shown.include);
    m_exclude->setLines(shown.exclude);
}

void RulesPage::applyRule()
{
    onEdit([this] {
        Rule *rule = current();
        if (!rule)
            return;
        rule->description = m_description->text();
        rule->match.name = optionalText(m_matchName);
        rule->match.isProtected = m_matchProtected->value();
        rule->match.isTest = m_matchTest->value();
        rule->match.type = m_matchType->currentData().isValid() ? std::optional<QString>(m_matchType->currentData().toString()) : std::nullopt;
        rule->include = m_include->lines();
        rule->exclude = m_exclude->lines();
        m_list->currentItem()->setText(ruleLabel(*rule, m_list->currentRow()));
    });
}

// ---- Logging and teardown ------------------------------------------------------------

LoggingPage::LoggingPage(Settings *settings, QWidget *parent)
    : SettingsPage(settings, parent), m_enabled(new QCheckBox(tr("Write a log file"), this)), m_level(new QComboBox(this)),
      m_file(lineEdit(this, QStringLiteral("log-file"))), m_maxSize(lineEdit(this, QStringLiteral("log-max-size"), QStringLiteral("10mb"))),
      m_postScript(lineEdit(this, QStringLiteral("teardown-post-script"), tr("a SQL file run after teardown"))), m_maxFiles(new QSpinBox(this)),
      m_preserve(new LinesEdit(tr("tables truncate keeps, one per line"), this))
{
    m_level->setObjectName(QStringLiteral("log-level"));
    m_level->addItems(SettingsSchema::logLevels());
    m_maxFiles->setRange(0, 1000);
    auto *logging = group(tr("Log"), this);
    auto *l = new QFormLayout(logging);
    l->addRow(QString(), m_enabled);
    l->addRow(tr("Level:"), m_level);
    l->addRow(tr("File:"), m_file);
    l->addRow(tr("Rotate at:"), m_maxSize);
    l->addRow(tr("Files kept:"), m_maxFiles);
    auto *teardown = group(tr("Teardown and truncate"), this);
    auto *t = new QFormLayout(teardown);
    t->addRow(tr("Preserve tables:"), m_preserve);
    t->addRow(tr("After teardown run:"), m_postScript);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(logging);
    layout->addWidget(teardown);
    layout->addStretch();

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) { onEdit([this, on] { m_settings->logging.enabled = on; }); });
    connect(m_level, &QComboBox::activated, this, [this] { onEdit([this] { m_settings->logging.level = m_level->currentText(); }); });
    connect(m_file, &QLineEdit::textEdited, this, [this] { onEdit([this] { m_settings->logging.file = m_file->text().trimmed(); }); });
    connect(m_maxSize, &QLineEdit::textEdited, this, [this] { onEdit([this] { m_settings->logging.maxSize = m_maxSize->text().trimmed(); }); });
    connect(m_maxFiles, &QSpinBox::valueChanged, this, [this](int n) { onEdit([this, n] { m_settings->logging.maxFiles = n; }); });
    connect(m_preserve, &LinesEdit::edited, this, [this] { onEdit([this] { m_settings->teardownPreserveTables = m_preserve->lines(); }); });
    connect(m_postScript, &QLineEdit::textEdited, this, [this] { onEdit([this] { m_settings->teardownPostScript = m_postScript->text().trimmed(); }); });
}

void LoggingPage::fill()
{
    Filling f(this);
    m_enabled->setChecked(m_settings->logging.enabled);
    m_level->setCurrentText(m_settings->logging.level);
    m_file->setText(m_settings->logging.file);
    m_maxSize->setText(m_settings->logging.maxSize);
    m_maxFiles->setValue(m_settings->logging.maxFiles);
    m_preserve->setLines(m_settings->teardownPreserveTables);
    m_postScript->setText(m_settings->teardownPostScript);
}

} // namespace noorm
