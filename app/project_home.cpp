#include "project_home.h"
#include "change_text.h"
#include "dialect/dialect.h"

#include "lock_text.h"
#include "operations/change_operation.h"
#include "workspace/config_store.h"
#include "workspace/lock_commands.h"
#include "workspace/protection.h"

#include <QAction>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace noorm {

struct ProjectHome::Overview {
    Config config;
    bool isProtected = false;
    ConnectionCheck check;
    std::optional<ChangeListing> listing;
    QString changesProblem;
    QList<ChangeRecord> recent;
    std::optional<LockInfo> lock;
    QString lockProblem;
};

namespace {
QLabel *value(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ProjectHome::ProjectHome(const ProjectSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_connection(value(this)), m_changes(value(this)), m_lock(value(this)),
      m_recent(new QTreeWidget(this)), m_actions(new QGridLayout)
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_recent->setHeaderLabels({tr("Change"), tr("Direction"), tr("Status"), tr("When"), tr("By")});
    m_recent->setRootIsDecorated(false);
    m_recent->setAlternatingRowColors(true);
    m_recent->header()->setStretchLastSection(true);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    connect(refresh, &QPushButton::clicked, this, &ProjectHome::reload);
    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(refresh);
    auto *facts = new QFormLayout;
    facts->addRow(tr("Connection:"), m_connection);
    facts->addRow(tr("Changes:"), m_changes);
    facts->addRow(tr("Lock:"), m_lock);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(head);
    layout->addLayout(facts);
    layout->addSpacing(8);
    layout->addLayout(m_actions);
    layout->addSpacing(8);
    auto *recentTitle = new QLabel(tr("Latest change runs"), this);
    QFont bold = recentTitle->font();
    bold.setBold(true);
    recentTitle->setFont(bold);
    layout->addWidget(recentTitle);
    layout->addWidget(m_recent, 1);
}

void ProjectHome::addQuickAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setMinimumHeight(button->sizeHint().height() + 8);
    const int n = m_actions->count();
    m_actions->addWidget(button, n / 3, n % 3);
}

void ProjectHome::showConfig(const QString &configName)
{
    m_config = configName;
    reload();
}

void ProjectHome::reload()
{
    const quint64 generation = m_reloads.take();
    if (m_config.isEmpty()) {
        m_title->setText(tr("No config yet"));
        m_connection->setText(tr("Add one with Config › Add Config… (or noorm config add)."));
        m_changes->clear();
        m_lock->clear();
        m_recent->clear();
        return;
    }
    m_title->setText(m_config);
    m_connection->setText(tr("connecting…"));
    whenDone(m_session.start<Overview>([config = m_config](Workspace &ws, Cancellation &) -> Result<Overview> {
                 Result<Config> resolved = ws.resolveConfig(ResolveRequest{config});
                 if (!resolved)
                     return resolved.error();
                 Overview o;
                 o.config = *resolved;
                 o.isProtected = isEffectivelyProtected(*resolved, ws.settings());
                 o.check = checkConnection(*resolved, ws.root());
                 // The rest needs the database and its noorm tables: looking creates nothing.
                 if (!o.check.ok || !o.check.tracking || o.check.tracking->needsChanges())
                     return o;
                 ChangeOperation changes(ws, ChangeRequest{ResolveRequest{config}}, {});
                 if (Result<ChangeListing> listing = changes.list(); listing)
                     o.listing = *listing;
                 else
                     o.changesProblem = listing.error().toString();
                 if (Result<QList<ChangeRecord>> history = changes.history(); history)
                     o.recent = history->mid(0, 10);
                 if (Result<std::optional<LockInfo>> lock = lockStatus(ws, *resolved); lock)
                     o.lock = *lock;
                 else
                     o.lockProblem = lock.error().toString();
                 return o;
             }),
             this, [this, generation](const Result<Overview> &o) {
                 if (!m_reloads.isLatest(generation))
                     return;
                 if (!o) {
                     m_connection->setText(o.error().toString());
                     return;
                 }
                 show(*o);
                 emit loaded();
             });
}

void ProjectHome::show(const Overview &o)
{
    const QString badges = o.isProtected ? tr(" · protected") : o.config.isTest ? tr(" · test database") : QString();
    m_title->setText(o.config.name + badges);
    const QString where = o.config.connection.host.isEmpty()
        ? o.config.connection.database
        : o.config.connection.port ? QStringLiteral("%1:%2/%3").arg(o.config.connection.host).arg(*o.config.connection.port).arg(o.config.connection.database)
                                   : QStringLiteral("%1/%2").arg(o.config.connection.host, o.config.connection.database);
    const Dialect *dialect = dialectFor(o.config.connection.dialect);
    const QString product = dialect ? dialect->displayName() : o.config.connection.dialect; // SQLite, as the status bar says it
    m_connection->setText(o.check.ok ? tr("%1 %2 · %3 · connected").arg(product, o.check.serverVersion, where)
                                     : tr("%1 · %2 · not connected: %3").arg(product, where, o.check.error));
    m_recent->clear();
    if (!o.check.ok) {
        m_changes->setText(tr("unknown until it connects"));
        m_lock->setText(tr("unknown until it connects"));
        return;
    }
    if (!o.check.tracking || o.check.tracking->needsChanges()) {
        const QString why = o.check.databaseMissing ? tr("the database is not created yet") : tr("noorm's tables are not there yet (or need an upgrade)");
        m_changes->setText(tr("%1: a build, a change or Database › Create makes them").arg(why));
        m_lock->setText(tr("not locked"));
        return;
    }
    if (o.listing) {
        int pending = 0, changed = 0, failed = 0, applied = 0;
        for (const ChangeStatus &s : o.listing->changes) {
            pending += s.state == ChangeState::Pending || s.state == ChangeState::Reverted || s.state == ChangeState::Stale;
            changed += s.state == ChangeState::Changed;
            failed += s.state == ChangeState::Failed;
            applied += s.state == ChangeState::Applied;
        }
        QStringList parts{tr("%1 applied").arg(applied), tr("%1 to apply").arg(pending)};
        if (changed)
            parts << tr("%1 changed since applied").arg(changed);
        if (failed)
            parts << tr("%1 failed").arg(failed);
        m_changes->setText(parts.join(QStringLiteral(" · ")));
    } else {
        m_changes->setText(o.changesProblem);
    }
    m_lock->setText(!o.lockProblem.isEmpty() ? o.lockProblem : o.lock ? LockText::detail(*o.lock) : tr("not locked"));
    for (const ChangeRecord &r : o.recent)
        new QTreeWidgetItem(m_recent, {r.name, ChangeText::direction(r.direction), ChangeText::status(r.status), QLocale().toString(r.executedAt.toLocalTime(), QLocale::ShortFormat), r.executedBy});
    for (int c = 0; c < m_recent->columnCount() - 1; ++c)
        m_recent->resizeColumnToContents(c);
}

} // namespace noorm
