#include "secrets_view.h"
#include "theme.h"

#include "secret_dialog.h"

#include "identity/identity_service.h"
#include "workspace/password_rotation.h"
#include "workspace/protection.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace noorm {

namespace {
enum LocalColumn { LKey, LFor, LState, LType, LValue };
enum VaultColumn { VKey, VFor, VReaders, VSetBy, VUpdated, VYou };
constexpr int kKeyRole = Qt::UserRole;
constexpr int kScopeRole = Qt::UserRole + 1; // the config's name, or "" for a global secret
const QString kHidden = QStringLiteral("••••••••");

QLabel *title(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QTreeWidget *tree(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTreeWidget(parent);
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setAlternatingRowColors(true);
    t->setUniformRowHeights(true);
    t->header()->setStretchLastSection(true);
    return t;
}

QPushButton *button(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setToolTip(tip);
    return b;
}
} // namespace

QString vaultSyncSummary(const VaultSync &synced)
{
    const qsizetype n = synced.received.size() + synced.passwords.size();
    return n == 1 ? SecretsView::tr("Synced 1 secret from the vault") : SecretsView::tr("Synced %1 secrets from the vault").arg(n);
}

struct SecretsView::Overview {
    QList<SecretEntry> config, global;
    QList<VaultEntry> vault;
    QString vaultProblem; // why the vault could not be read (the local part still shows)
    QList<KnownUser> users;
    QString me;
    bool isProtected = false;
};

SecretsView::SecretsView(const ProjectSession &session, QString configName, QWidget *parent)
    : QWidget(parent), m_session(session), m_config(std::move(configName)),
      m_local(tree({tr("Key"), tr("For"), tr("State"), tr("Type"), tr("Value")}, this)),
      m_vault(tree({tr("Secret"), tr("For"), tr("Readers"), tr("Set by"), tr("Updated"), tr("Your copy")}, this)),
      m_completeness(new QLabel(this)), m_vaultState(new QLabel(this)), m_message(new QLabel(this))
{
    m_completeness->setWordWrap(true);
    m_vaultState->setWordWrap(true);
    showAsSecondary(m_vaultState);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *set = button(tr("Set…"), tr("Set a secret of this config, or a global one, on this machine"), this);
    auto *reveal = button(tr("Reveal"), tr("Show the selected value (Hide again by clicking once more)"), this);
    auto *copy = button(tr("Copy"), tr("Copy the selected value to the clipboard"), this);
    auto *remove = button(tr("Remove Locally…"), tr("Remove the selected secret from this machine"), this);
    connect(set, &QPushButton::clicked, this, [this] { setLocal(); });
    connect(reveal, &QPushButton::clicked, this, &SecretsView::toggleReveal);
    connect(copy, &QPushButton::clicked, this, &SecretsView::copySelected);
    connect(remove, &QPushButton::clicked, this, &SecretsView::removeSelected);
    connect(m_local, &QTreeWidget::itemDoubleClicked, this, &SecretsView::toggleReveal);
    auto *localButtons = new QHBoxLayout;
    for (QPushButton *b : {set, reveal, copy, remove})
        localButtons->addWidget(b);
    localButtons->addStretch();

    auto *vaultSet = button(tr("Set in Vault…"), tr("Encrypt a secret for your teammates, in this config's database"), this);
    auto *sync = button(tr("Sync Now"), tr("Decrypt what the vault holds for you into this machine's secrets"), this);
    auto *vaultRemove = button(tr("Remove from Vault…"), tr("Remove the selected secret from the vault, for everyone"), this);
    auto *revokeButton = button(tr("Revoke Teammate…"), tr("Remove a teammate from every secret in this database, for good"), this);
    auto *rotate = button(tr("Rotate Database Password…"), tr("A new random password for this config's user: on the server, in your config, in the vault"), this);
    connect(vaultSet, &QPushButton::clicked, this, [this] { setInVault(); });
    connect(sync, &QPushButton::clicked, this, &SecretsView::syncVault);
    connect(vaultRemove, &QPushButton::clicked, this, &SecretsView::removeFromVault);
    connect(revokeButton, &QPushButton::clicked, this, &SecretsView::revoke);
    connect(rotate, &QPushButton::clicked, this, &SecretsView::rotatePassword);
    m_vaultButtons = {vaultSet, sync, vaultRemove, revokeButton, rotate};
    auto *vaultButtons = new QHBoxLayout;
    for (QPushButton *b : std::as_const(m_vaultButtons))
        vaultButtons->addWidget(b);
    vaultButtons->addStretch();

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(title(tr("On this machine (encrypted in .noorm/state)"), top));
    topLayout->addWidget(m_completeness);
    topLayout->addWidget(m_local, 1);
    topLayout->addLayout(localButtons);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(title(tr("Team vault in the database of %1").arg(m_config), bottom));
    bottomLayout->addWidget(m_vaultState);
    bottomLayout->addWidget(m_vault, 1);
    bottomLayout->addLayout(vaultButtons);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    reload();
}

void SecretsView::reload()
{
    const quint64 ticket = m_reloads.take();
    whenDone(m_session.start<Overview>([config = m_config](Workspace &ws, Cancellation &) -> Result<Overview> {
                 Result<Config> resolved = ws.resolveConfig(ResolveRequest{config});
                 if (!resolved)
                     return resolved.error();
                 Overview o;
                 SecretStore store(ws);
                 Result<QList<SecretEntry>> own = store.list(config);
                 if (!own)
                     return own.error();
                 o.config = *own;
                 Result<QList<SecretEntry>> global = store.list(QString());
                 if (!global)
                     return global.error();
                 o.global = *global;
                 o.isProtected = isEffectivelyProtected(*resolved, ws.settings());
                 if (Result<std::optional<CryptoIdentity>> me = ws.identity().current(); me && *me)
                     o.me = (*me)->identityHash;
                 Result<QList<VaultEntry>> vault = Vault(ws, *resolved).list();
                 if (!vault)
                     o.vaultProblem = vault.error().toString();
                 else
                     o.vault = *vault;
                 if (Result<QList<KnownUser>> users = syncKnownUsers(ws, *resolved); users)
                     o.users = *users;
                 return o;
             }),
             this, [this, ticket](const Result<Overview> &overview) {
                 if (!m_reloads.isLatest(ticket))
                     return; // a later reload is on its way
                 if (!overview) {
                     m_message->setText(overview.error().toString());
                     return;
                 }
                 show(*overview);
                 emit loaded();
             });
}

void SecretsView::show(const Overview &o)
{
    m_protected = o.isProtected;
    m_users = o.users;
    m_me = o.me;
    m_missing.clear();
    m_local->clear();
    int required = 0;
    const auto add = [this](const SecretEntry &e, const QString &scope) {
        const QString state = e.isSet ? tr("set") : e.required ? tr("missing (required)") : tr("not set");
        auto *item = new QTreeWidgetItem(m_local, {e.key, scope.isEmpty() ? tr("global") : scope, state, e.type, e.isSet ? kHidden : QString()});
        item->setData(LKey, kKeyRole, e.key);
        item->setData(LKey, kScopeRole, scope);
        if (!e.isSet && e.required)
            item->setForeground(LState, QColor(0xc6, 0x28, 0x28));
        return item;
    };
    for (const SecretEntry &e : o.config) {
        add(e, m_config);
        required += e.required;
        if (e.required && !e.isSet)
            m_missing << e.key;
    }
    for (const SecretEntry &e : o.global)
        add(e, QString());
    for (int c = 0; c < m_local->columnCount() - 1; ++c)
        m_local->resizeColumnToContents(c);
    m_completeness->setText(required == 0 ? tr("settings.yml requires no secrets of %1.").arg(m_config)
                            : m_missing.isEmpty()
                                ? (required == 1 ? tr("The secret settings.yml requires of %1 is set.").arg(m_config)
                                                 : tr("All %1 secrets settings.yml requires of %2 are set.").arg(required).arg(m_config))
                                : tr("%1 of %2 required secrets set; missing: %3. Runs and changes are refused until they are.")
                                      .arg(required - m_missing.size())
                                      .arg(required)
                                      .arg(m_missing.join(QStringLiteral(", "))));

    m_vault->clear();
    for (const VaultEntry &e : o.vault) {
        const QDateTime when = e.updatedAt.toLocalTime();
        auto *item = new QTreeWidgetItem(m_vault, {e.key, e.config.isEmpty() ? tr("global") : e.config, e.recipients.join(QStringLiteral(", ")),
                                                   e.setBy, when.isValid() ? QLocale().toString(when, QLocale::ShortFormat) : QString(),
                                                   e.forYou ? tr("yes") : tr("no")});
        item->setData(VKey, kKeyRole, e.key);
        item->setData(VKey, kScopeRole, e.config);
        item->setToolTip(VReaders, e.recipients.join(QLatin1Char('\n')));
    }
    for (int c = 0; c < m_vault->columnCount() - 1; ++c)
        m_vault->resizeColumnToContents(c);
    m_vault->setColumnWidth(VReaders, std::min(m_vault->columnWidth(VReaders), 360));
    const bool vaultReadable = o.vaultProblem.isEmpty();
    for (QPushButton *b : std::as_const(m_vaultButtons))
        b->setEnabled(vaultReadable);
    const QString registered = o.users.size() == 1 ? tr("1 teammate registered") : tr("%1 teammates registered").arg(o.users.size());
    const QString held = o.vault.size() == 1 ? tr("1 secret") : tr("%1 secrets").arg(o.vault.size());
    m_vaultState->setText(!vaultReadable ? o.vaultProblem
                          : o.vault.isEmpty() ? tr("No secrets in this database's vault yet; %1.").arg(registered)
                                              : tr("%1; %2. Values are never shown here: Sync Now decrypts yours into this machine.").arg(held, registered));
}

QTreeWidgetItem *SecretsView::selectedLocal() const
{
    QTreeWidgetItem *item = m_local->currentItem();
    return item && item->text(LValue) != QString() ? item : nullptr; // only a set secret has a value
}

void SecretsView::toggleReveal()
{
    QTreeWidgetItem *item = selectedLocal();
    if (!item)
        return;
    if (item->text(LValue) != kHidden) {
        item->setText(LValue, kHidden);
        return;
    }
    const QString key = item->data(LKey, kKeyRole).toString();
    const QString scope = item->data(LKey, kScopeRole).toString();
    whenDone(m_session.start<Secret>([key, scope](Workspace &ws, Cancellation &) { return SecretStore(ws).value(scope, key); }), m_local,
             [this, key, scope](const Result<Secret> &value) {
                 if (!value)
                     return m_message->setText(value.error().toString());
                 for (int i = 0; i < m_local->topLevelItemCount(); ++i)
                     if (QTreeWidgetItem *row = m_local->topLevelItem(i);
                         row->data(LKey, kKeyRole).toString() == key && row->data(LKey, kScopeRole).toString() == scope)
                         row->setText(LValue, value->reveal());
             });
}

void SecretsView::copySelected()
{
    QTreeWidgetItem *item = selectedLocal();
    if (!item)
        return;
    const QString key = item->data(LKey, kKeyRole).toString();
    const QString scope = item->data(LKey, kScopeRole).toString();
    whenDone(m_session.start<Secret>([key, scope](Workspace &ws, Cancellation &) { return SecretStore(ws).value(scope, key); }), this,
             [this, key](const Result<Secret> &value) {
                 if (!value)
                     return m_message->setText(value.error().toString());
                 QApplication::clipboard()->setText(value->reveal());
                 m_message->setText(tr("%1 copied to the clipboard").arg(key));
             });
}

void SecretsView::act(std::function<Result<QString>(Workspace &, const Config &)> work, std::function<void()> then)
{
    m_message->setText(tr("Working…"));
    whenDone(m_session.start<QString>([config = m_config, work = std::move(work)](Workspace &ws, Cancellation &) -> Result<QString> {
                 Result<Config> resolved = ws.resolveConfig(ResolveRequest{config});
                 if (!resolved)
                     return resolved.error();
                 return work(ws, *resolved);
             }),
             this, [this, then = std::move(then)](const Result<QString> &said) {
                 m_message->setText(said ? *said : said.error().toString());
                 if (said && then)
                     then();
                 emit done(said.ok(), m_message->text());
                 reload();
             });
}

bool SecretsView::runDialog(SecretDialog &dialog, const std::function<void(SecretDialog &)> &fill)
{
    if (!fill)
        return dialog.exec() == QDialog::Accepted;
    fill(dialog);
    return true;
}

void SecretsView::setLocal(const std::function<void(SecretDialog &)> &fill)
{
    SecretDialog dialog(tr("Set Secret"), m_config, m_missing, {}, this);
    if (!runDialog(dialog, fill))
        return;
    const SecretDialog::Request r = dialog.request();
    act([r](Workspace &ws, const Config &config) -> Result<QString> {
        if (Status s = SecretStore(ws).set(r.global ? QString() : config.name, r.key, r.value); !s)
            return s.error();
        return r.global ? tr("Global secret %1 set").arg(r.key) : tr("Secret %1 of %2 set").arg(r.key, config.name);
    });
}

void SecretsView::setInVault(const std::function<void(SecretDialog &)> &fill)
{
    SecretDialog dialog(tr("Set in Vault"), m_config, m_missing, m_users, this);
    if (!runDialog(dialog, fill))
        return;
    const SecretDialog::Request r = dialog.request();
    act([r](Workspace &ws, const Config &config) -> Result<QString> {
        Result<QStringList> readers = Vault(ws, config).set(r.key, r.value, r.recipients, r.global);
        if (!readers)
            return readers.error();
        return tr("%1 set in the vault for %2").arg(r.key, readers->join(QStringLiteral(", ")));
    });
}

void SecretsView::syncVault()
{
    act([](Workspace &ws, const Config &config) -> Result<QString> {
        Result<VaultSync> synced = Vault(ws, config).sync();
        if (!synced)
            return synced.error();
        QStringList said{vaultSyncSummary(*synced)};
        if (!synced->skipped.isEmpty())
            said << tr("skipped: %1").arg(synced->skipped.join(QStringLiteral("; ")));
        if (!synced->notForYou.isEmpty())
            said << tr("%1 not shared with you").arg(synced->notForYou.size());
        return said.join(QStringLiteral(" · "));
    }, [this] { emit vaultSynced(); });
}

void SecretsView::removeSelected()
{
    QTreeWidgetItem *item = selectedLocal();
    if (!item)
        return;
    const QString key = item->data(LKey, kKeyRole).toString();
    const QString scope = item->data(LKey, kScopeRole).toString();
    if (QMessageBox::question(this, tr("Remove Secret"), tr("Remove %1 (%2) from this machine?").arg(key, scope.isEmpty() ? tr("global") : scope)) !=
        QMessageBox::Yes)
        return;
    act([key, scope](Workspace &ws, const Config &) -> Result<QString> {
        if (Status s = SecretStore(ws).remove(scope, key); !s)
            return s.error();
        return tr("%1 removed").arg(key);
    });
}

void SecretsView::removeFromVault()
{
    QTreeWidgetItem *item = m_vault->currentItem();
    if (!item)
        return;
    const QString key = item->data(VKey, kKeyRole).toString();
    const bool global = item->data(VKey, kScopeRole).toString().isEmpty();
    if (QMessageBox::question(this, tr("Remove from Vault"),
                              tr("Remove %1 from the vault for every reader? Their synced copies stay on their machines.").arg(key)) != QMessageBox::Yes)
        return;
    act([key, global](Workspace &ws, const Config &config) -> Result<QString> {
        Result<bool> removed = Vault(ws, config).remove(key, global);
        if (!removed)
            return removed.error();
        return *removed ? tr("%1 removed from the vault").arg(key) : tr("%1 was not in the vault").arg(key);
    });
}

void SecretsView::revoke()
{
    QStringList choices;
    QStringList hashes;
    for (const KnownUser &u : std::as_const(m_users))
        if (u.identityHash != m_me && !u.revoked) { // revoked already: nothing left to take
            choices << QStringLiteral("%1 <%2> · %3 · %4").arg(u.name, u.email, u.machine, u.identityHash.left(8));
            hashes << u.identityHash;
        }
    if (choices.isEmpty())
        return m_message->setText(tr("Nobody else is registered in this database."));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Revoke Teammate"),
                                                 tr("Remove this identity from every secret in the database, for good. "
                                                    "Every value they could read should be changed afterwards."),
                                                 choices, 0, false, &ok);
    if (!ok)
        return;
    const QString hash = hashes.value(choices.indexOf(chosen));
    act([hash](Workspace &ws, const Config &config) -> Result<QString> {
        Result<VaultRevocation> revoked = Vault(ws, config).revoke(hash);
        if (!revoked)
            return revoked.error();
        return tr("Revoked %1. They could read: %2. Change those values.")
            .arg(revoked->revoked.join(QStringLiteral(", ")), revoked->exposed.isEmpty() ? tr("nothing") : revoked->exposed.join(QStringLiteral(", ")));
    });
}

void SecretsView::rotatePassword()
{
    QMessageBox box(m_protected ? QMessageBox::Warning : QMessageBox::Question, tr("Rotate Database Password"),
                    tr("Give the database user of %1 a new random password: on the server, in your config, and in the vault for "
                       "the teammates who read the old one?").arg(m_config),
                    QMessageBox::Cancel, this);
    if (m_protected)
        box.setInformativeText(tr("Config \"%1\" is protected.").arg(m_config));
    QPushButton *go = box.addButton(tr("Rotate"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(go))
        return;
    act([](Workspace &ws, const Config &config) -> Result<QString> {
        Result<PasswordRotation> rotated = rotateDatabasePassword(ws, config, config);
        if (!rotated)
            return rotated.error();
        return tr("New database password for %1 set on the server, in your config and in the vault for %2")
            .arg(rotated->config, rotated->recipients.join(QStringLiteral(", ")));
    });
}

} // namespace noorm
