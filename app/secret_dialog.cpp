#include "secret_dialog.h"

#include "workspace/identity_registry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace noorm {

SecretDialog::SecretDialog(const QString &title, const QString &configName, const QStringList &suggestedKeys, const QList<KnownUser> &users,
                           QWidget *parent)
    : QDialog(parent), m_key(new QComboBox(this)), m_value(new QLineEdit(this)),
      m_global(new QCheckBox(tr("Global: for every config, not only %1").arg(configName), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_key->setEditable(true);
    m_key->addItems(suggestedKeys);
    m_key->setCurrentText(suggestedKeys.value(0));
    m_key->lineEdit()->setPlaceholderText(QStringLiteral("API_KEY"));
    m_value->setEchoMode(QLineEdit::Password);
    m_value->setPlaceholderText(tr("the value (hidden)"));
    auto *show = m_value->addAction(QIcon::fromTheme(QStringLiteral("view-visible"), QIcon(QStringLiteral(":/icons/show.svg"))), QLineEdit::TrailingPosition);
    show->setCheckable(true);
    show->setToolTip(tr("Show the value as typed"));
    connect(show, &QAction::toggled, this, [this](bool on) { m_value->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    auto *form = new QFormLayout(this);
    form->addRow(tr("Key:"), m_key);
    form->addRow(tr("Value:"), m_value);
    form->addRow(QString(), m_global);
    if (!users.isEmpty()) {
        m_everyone = new QCheckBox(tr("Everyone registered in the database (and whoever you add later by setting it again)"), this);
        m_everyone->setChecked(true);
        m_recipients = new QListWidget(this);
        for (const KnownUser &u : users) {
            if (u.revoked) // never a recipient again (the vault refuses them)
                continue;
            auto *item = new QListWidgetItem(QStringLiteral("%1 <%2> · %3 · %4").arg(u.name, u.email, u.machine, u.identityHash.left(8)), m_recipients);
            item->setData(Qt::UserRole, u.identityHash);
            item->setCheckState(Qt::Checked);
        }
        m_recipients->setEnabled(false);
        m_recipients->setMaximumHeight(m_recipients->sizeHintForRow(0) * std::clamp(int(users.size()), 2, 8) + 6);
        connect(m_everyone, &QCheckBox::toggled, m_recipients, [this](bool all) { m_recipients->setEnabled(!all); });
        connect(m_recipients, &QListWidget::itemChanged, this, &SecretDialog::check);
        connect(m_everyone, &QCheckBox::toggled, this, &SecretDialog::check);
        form->addRow(tr("Readers:"), m_everyone);
        form->addRow(QString(), m_recipients);
        auto *note = new QLabel(tr("Each reader gets a copy encrypted for their key alone; you always get one."), this);
        note->setWordWrap(true);
        note->setEnabled(false);
        form->addRow(QString(), note);
    }
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_key, &QComboBox::editTextChanged, this, &SecretDialog::check);
    connect(m_value, &QLineEdit::textChanged, this, &SecretDialog::check);
    resize(520, sizeHint().height());
    check();
}

void SecretDialog::check()
{
    bool anyone = !m_recipients || m_everyone->isChecked();
    for (int i = 0; m_recipients && i < m_recipients->count(); ++i)
        anyone = anyone || m_recipients->item(i)->checkState() == Qt::Checked;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_key->currentText().trimmed().isEmpty() && !m_value->text().isEmpty() && anyone);
}

SecretDialog::Request SecretDialog::request() const
{
    Request r;
    r.key = m_key->currentText().trimmed();
    r.value = Secret(m_value->text());
    r.global = m_global->isChecked();
    if (m_recipients && !m_everyone->isChecked())
        for (int i = 0; i < m_recipients->count(); ++i)
            if (m_recipients->item(i)->checkState() == Qt::Checked)
                r.recipients << m_recipients->item(i)->data(Qt::UserRole).toString();
    return r;
}

} // namespace noorm
