#include "config_dialog.h"

#include "dialect/dialect.h"
#include "dialect/dialect_list.h"
#include "project_session.h"
#include "workspace/config_resolver.h"
#include "workspace/config_store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace noorm {

ConfigDialog::ConfigDialog(const ProjectSession &session, const QJsonObject &existing, QWidget *parent)
    : QDialog(parent), m_session(session), m_original(existing), m_name(new QLineEdit(this)), m_host(new QLineEdit(this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_dialect(new QComboBox(this)), m_isTest(new QCheckBox(tr("Test database (builds may seed it)"), this)),
      m_protected(new QCheckBox(tr("Protected (destructive commands refused, others confirmed)"), this)),
      m_use(new QCheckBox(tr("Make it the active config"), this)), m_databaseLabel(new QLabel(tr("Database"), this)),
      m_problem(new QLabel(this)), m_testResult(new QLabel(this)), m_test(new QPushButton(tr("Test Connection"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(isEdit() ? tr("Edit Config") : tr("Add Config"));
    for (const DialectInfo &d : kDialects)
        m_dialect->addItem(QIcon(QStringLiteral(":/icons/dialect-%1.svg").arg(d.name)), d.displayName, QString(d.name));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_password->setEchoMode(QLineEdit::Password);
    m_name->setPlaceholderText(tr("letters, numbers, - and _"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = m_form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Dialect"), m_dialect);
    form->addRow(tr("Host"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(m_databaseLabel, m_database);
    form->addRow(tr("User"), m_user);
    form->addRow(tr("Password"), m_password);
    form->addRow(QString(), m_isTest);
    form->addRow(QString(), m_protected);
    form->addRow(QString(), m_use);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    layout->addLayout(testRow);
    layout->addWidget(m_buttons);

    if (isEdit()) {
        const QJsonObject conn = existing.value(QStringLiteral("connection")).toObject();
        m_name->setText(existing.value(QStringLiteral("name")).toString());
        const int d = m_dialect->findData(conn.value(QStringLiteral("dialect")).toString());
        m_dialect->setCurrentIndex(std::max(0, d));
        m_dialect->setEnabled(false); // the dialect cannot change after creation
        m_host->setText(conn.value(QStringLiteral("host")).toString());
        m_port->setValue(conn.value(QStringLiteral("port")).toInt());
        m_database->setText(conn.value(QStringLiteral("database")).toString());
        m_user->setText(conn.value(QStringLiteral("user")).toString());
        m_password->setPlaceholderText(conn.value(QStringLiteral("password")).toString().isEmpty() ? QString() : tr("unchanged"));
        m_isTest->setChecked(existing.value(QStringLiteral("isTest")).toBool());
        m_protected->setChecked(existing.value(QStringLiteral("protected")).toBool());
        m_use->hide();
    }
    for (QLineEdit *e : {m_name, m_host, m_database, m_user, m_password})
        connect(e, &QLineEdit::textChanged, this, &ConfigDialog::revalidate);
    connect(m_port, &QSpinBox::valueChanged, this, &ConfigDialog::revalidate);
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &ConfigDialog::dialectChanged);
    connect(m_test, &QPushButton::clicked, this, &ConfigDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConfigDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    dialectChanged();
    resize(520, sizeHint().height());
}

QPushButton *ConfigDialog::okButton() const { return m_buttons->button(QDialogButtonBox::Ok); }

QJsonObject ConfigDialog::fields() const
{
    QJsonObject conn{{QStringLiteral("dialect"), m_dialect->currentData().toString()},
                     {QStringLiteral("database"), m_database->text().trimmed()}};
    const Dialect *dialect = dialectFor(m_dialect->currentData().toString());
    const bool file = dialect && dialect->connection().isFileBased();
    if (!file) {
        conn.insert(QStringLiteral("host"), m_host->text().trimmed());
        if (m_port->value() > 0)
            conn.insert(QStringLiteral("port"), m_port->value());
        conn.insert(QStringLiteral("user"), m_user->text().trimmed());
        if (!m_password->text().isEmpty())
            conn.insert(QStringLiteral("password"), m_password->text());
    }
    return {{QStringLiteral("name"), m_name->text().trimmed()},
            {QStringLiteral("type"), file || m_host->text().trimmed() == QLatin1String("localhost")
                                             || m_host->text().trimmed() == QLatin1String("127.0.0.1")
                                         ? QStringLiteral("local")
                                         : QStringLiteral("remote")},
            {QStringLiteral("isTest"), m_isTest->isChecked()},
            {QStringLiteral("protected"), m_protected->isChecked()},
            {QStringLiteral("connection"), conn}};
}

QString ConfigDialog::problem() const
{
    const Status ok = validateConfig(Config::fromJson(fields()));
    return ok ? QString() : ok.error().message;
}

void ConfigDialog::revalidate()
{
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    okButton()->setEnabled(p.isEmpty() && !m_saving);
    m_test->setEnabled(p.isEmpty() && !m_testing);
}

void ConfigDialog::dialectChanged()
{
    const Dialect *dialect = dialectFor(m_dialect->currentData().toString());
    const bool file = dialect && dialect->connection().isFileBased();
    m_databaseLabel->setText(file ? tr("Database file") : tr("Database"));
    m_database->setPlaceholderText(file ? tr("./app.db (relative to the project)") : QString());
    // A file has no server: its rows go (SQLite had Host "localhost" and Port "default (5432)").
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_port, m_user, m_password}) {
        w->setEnabled(!file);
        m_form->setRowVisible(w, !file);
    }
    if (!file && m_host->text().isEmpty() && !isEdit())
        m_host->setText(QStringLiteral("localhost"));
    if (dialect && !file)
        m_port->setSpecialValueText(tr("default (%1)").arg(dialect->connection().defaultPort()));
    revalidate();
}

void ConfigDialog::testConnection()
{
    m_testing = true;
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting…"));
    QJsonObject form = fields();
    const QString editing = isEdit() ? m_original.value(QStringLiteral("name")).toString() : QString();
    whenDone(m_session.start<ConnectionCheck>([form, editing](Workspace &ws, Cancellation &) -> Result<ConnectionCheck> {
                 Config config = Config::fromJson(form);
                 // Editing without a new password: test with the stored one.
                 if (!editing.isEmpty() && !form.value(QStringLiteral("connection")).toObject().contains(QStringLiteral("password"))) {
                     Result<const State *> st = ws.state();
                     if (st && (*st)->configs.contains(editing))
                         config.connection.password = (*st)->configs.value(editing).connection.password;
                 }
                 if (config.connection.port.value_or(0) == 0)
                     if (const Dialect *d = dialectFor(config.connection.dialect); d && d->connection().defaultPort() > 0)
                         config.connection.port = d->connection().defaultPort();
                 return checkConnection(config, ws.root());
             }),
             this, [this, product = m_dialect->currentText()](const Result<ConnectionCheck> &check) {
                 m_testing = false;
                 revalidate();
                 if (!check)
                     return m_testResult->setText(check.error().toString());
                 if (check->databaseMissing)
                     return m_testResult->setText(tr("✓ The database file does not exist yet: the first build creates it."));
                 m_testResult->setText(check->ok ? tr("✓ Connected: %1 %2").arg(product, check->serverVersion) : tr("✗ %1").arg(check->error));
             });
}

void ConfigDialog::save()
{
    if (!problem().isEmpty())
        return;
    m_saving = true;
    revalidate();
    const QJsonObject form = fields();
    const QString original = m_original.value(QStringLiteral("name")).toString();
    const bool edit = isEdit(), makeActive = m_use->isChecked();
    whenDone(m_session.start<QString>([form, original, edit, makeActive](Workspace &ws, Cancellation &) -> Result<QString> {
                 ConfigStore store(ws);
                 const QString name = form.value(QStringLiteral("name")).toString();
                 if (edit) {
                     QJsonObject changes = form;
                     changes.remove(QStringLiteral("name"));
                     Result<Config> edited = store.edit(original, changes, name == original ? QString() : name);
                     if (!edited)
                         return edited.error();
                     return edited->name;
                 }
                 Result<Config> added = store.add(form, makeActive);
                 if (!added)
                     return added.error();
                 return added->name;
             }),
             this, [this](const Result<QString> &name) {
                 m_saving = false;
                 revalidate();
                 if (!name) {
                     m_problem->setText(name.error().message);
                     m_problem->show();
                     return;
                 }
                 emit saved(*name);
                 accept();
             });
}

} // namespace noorm
