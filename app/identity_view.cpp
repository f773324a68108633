#include "identity_view.h"
#include "theme.h"

#include "identity/identity_defaults.h"
#include "identity/identity_service.h"
#include "workspace/identity_registry.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLocale>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace noorm {

namespace {

struct People {
    std::optional<CryptoIdentity> me;
    QList<KnownUser> users;
    QString problem; // why the database's users could not be read (the rest still shows)
};

} // namespace

IdentityView::IdentityView(const ProjectSession &session, QString configName, QWidget *parent)
    : QWidget(parent), m_session(session), m_config(std::move(configName)), m_you(new QLabel(this)), m_message(new QLabel(this)),
      m_users(new QTreeWidget(this))
{
    m_you->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_you->setWordWrap(true);
    m_message->setWordWrap(true);
    showAsSecondary(m_message);
    m_users->setHeaderLabels({tr("Name"), tr("Email"), tr("Machine"), tr("Identity"), tr("Last seen")});
    m_users->setRootIsDecorated(false);
    m_users->setAlternatingRowColors(true);
    m_users->header()->setStretchLastSection(true);
    auto *copy = new QPushButton(tr("Copy Public Key"), this);
    copy->setToolTip(tr("For a teammate: noorm config export NAME --to <this key>"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_publicKey); });
    auto *save = new QPushButton(tr("Save Public Key…"), this);
    save->setToolTip(tr("Write your public key to a file to send a teammate (noorm identity export -o)"));
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Public Key"), QDir::home().filePath(QStringLiteral("noorm-public-key.txt")));
        if (path.isEmpty() || !m_me)
            return;
        const Status written = writePublicKeyFile(*m_me, path, true); // the dialog asked
        m_message->setText(written ? tr("Wrote your public key to %1").arg(QDir::toNativeSeparators(path)) : written.error().toString());
    });
    auto *edit = new QPushButton(tr("Edit…"), this);
    edit->setToolTip(tr("Change your name or email; your keys stay (noorm identity edit)"));
    connect(edit, &QPushButton::clicked, this, [this] {
        if (!m_me)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Edit Identity"), tr("Name:"), QLineEdit::Normal, m_me->name, &ok);
        if (!ok)
            return;
        const QString email = QInputDialog::getText(this, tr("Edit Identity"), tr("Email:"), QLineEdit::Normal, m_me->email, &ok);
        if (ok)
            editIdentity(name.trimmed(), email.trimmed());
    });
    auto *refresh = new QPushButton(tr("Refresh"), this);
    connect(refresh, &QPushButton::clicked, this, &IdentityView::reload);
    auto *row = new QHBoxLayout;
    row->addWidget(m_you, 1);
    row->addWidget(copy);
    row->addWidget(save);
    row->addWidget(edit);
    row->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(row);
    auto *title = new QLabel(tr("Registered in the database of %1").arg(m_config), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    layout->addWidget(m_users, 1);
    layout->addWidget(m_message);
    reload();
}

void IdentityView::editIdentity(const QString &name, const QString &email)
{
    IdentityEdit request;
    if (m_me && name != m_me->name)
        request.name = name;
    if (m_me && email != m_me->email)
        request.email = email;
    if (!request.name && !request.email)
        return;
    whenDone(m_session.start<CryptoIdentity>([request](Workspace &ws, Cancellation &) { return ws.identity().edit(request); }), this,
             [this](const Result<CryptoIdentity> &edited) {
                 m_message->setText(edited ? tr("You are now %1 <%2>").arg(edited->name, edited->email) : edited.error().toString());
                 emit identityEdited(edited.ok());
                 reload();
             });
}

void IdentityView::reload()
{
    const quint64 ticket = m_reloads.take();
    whenDone(m_session.start<People>([config = m_config](Workspace &ws, Cancellation &) -> Result<People> {
                 People people;
                 Result<std::optional<CryptoIdentity>> me = ws.identity().current();
                 if (!me)
                     return me.error();
                 people.me = *me;
                 Result<Config> resolved = ws.resolveConfig(ResolveRequest{config});
                 if (!resolved)
                     return resolved.error();
                 Result<QList<KnownUser>> users = syncKnownUsers(ws, *resolved);
                 if (users)
                     people.users = *users;
                 else
                     people.problem = users.error().toString();
                 return people;
             }),
             this, [this, ticket](const Result<People> &people) {
                 if (!m_reloads.isLatest(ticket))
                     return; // a later reload is on its way
                 if (!people) {
                     m_you->setText(people.error().toString());
                     return;
                 }
                 if (!people->me) {
                     m_you->setText(tr("No identity yet: create one with noorm identity init."));
                 } else {
                     const CryptoIdentity &me = *people->me;
                     m_publicKey = me.publicKey;
                     m_me = me;
                     m_you->setText(tr("<b>%1</b> &lt;%2&gt; on %3 · identity %4").arg(me.name.toHtmlEscaped(), me.email.toHtmlEscaped(),
                                                                                        me.machine.toHtmlEscaped(), me.identityHash.left(8)));
                 }
                 m_users->clear();
                 for (const KnownUser &u : people->users) {
                     const bool isYou = people->me && u.identityHash == people->me->identityHash;
                     const QDateTime seen = QDateTime::fromString(u.lastSeen, Qt::ISODateWithMs);
                     QString name = isYou ? tr("%1 (you)").arg(u.name) : u.name;
                     if (u.revoked)
                         name = tr("%1 (revoked)").arg(name);
                     auto *item = new QTreeWidgetItem(m_users, {name, u.email, u.machine, u.identityHash.left(8),
                                                                seen.isValid() ? QLocale().toString(seen.toLocalTime(), QLocale::ShortFormat) : u.lastSeen});
                     item->setToolTip(3, u.identityHash);
                     if (u.revoked) {
                         item->setToolTip(0, tr("Revoked from this database's vault: no new secret is sealed for them"));
                         for (int c = 0; c < m_users->columnCount(); ++c)
                             item->setForeground(c, m_users->palette().brush(QPalette::Disabled, QPalette::Text));
                     }
                 }
                 for (int c = 0; c < m_users->columnCount() - 1; ++c)
                     m_users->resizeColumnToContents(c);
                 const qsizetype n = people->users.size();
                 m_message->setText(!people->problem.isEmpty() ? people->problem
                                    : n == 1                 ? tr("1 identity registered")
                                                             : tr("%1 identities registered").arg(n));
                 emit loaded();
             });
}

} // namespace noorm
