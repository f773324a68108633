#include "config_sidebar.h"
#include "theme.h"

#include "project_session.h"

#include <QAbstractItemView>
#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace noorm {

namespace {

constexpr int kEntryRole = Qt::UserRole + 1; // index into the entries

// Two lines per config (name with badges, then dialect and database), the protected badge
// in red so that nobody mistakes production for a scratch database.
class ConfigDelegate : public QStyledItemDelegate {
public:
    ConfigDelegate(const QList<ConfigEntry> &entries, QObject *parent) : QStyledItemDelegate(parent), m_entries(entries) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        // As wide as the list shows (laid out again when it resizes), never wider.
        const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
        return QSize(view ? view->viewport()->width() : option.rect.width(), option.fontMetrics.height() * 2 + 14);
    }
    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.icon = QIcon();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, p, opt.widget);
        const int i = index.data(kEntryRole).toInt();
        if (i < 0 || i >= m_entries.size())
            return;
        const ConfigEntry &e = m_entries.at(i);
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette &pal = opt.palette;
        const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor dim = selected ? text : secondaryText(pal);
        const QRect r = opt.rect.adjusted(8, 6, -8, -6);
        const int lineH = opt.fontMetrics.height();
        QIcon::fromTheme(QString(), QIcon(QStringLiteral(":/icons/dialect-%1.svg").arg(e.summary.dialect)))
            .paint(p, QRect(r.left(), r.top() + (r.height() - 20) / 2, 20, 20));
        int x = r.left() + 28;
        QFont bold = opt.font;
        bold.setBold(e.summary.isActive);
        p->setFont(bold);
        p->setPen(text);
        const QString name = e.summary.name;
        p->drawText(QRect(x, r.top(), r.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += QFontMetrics(bold).horizontalAdvance(name) + 8;
        QFont small = opt.font;
        small.setPointSizeF(std::max(7.0, opt.font.pointSizeF() * 0.82));
        const auto badge = [&](const QString &label, const QColor &fill, const QColor &ink) {
            const QFontMetrics fm(small);
            const QRect b(x, r.top() + 1, fm.horizontalAdvance(label) + 10, lineH - 2);
            p->setPen(Qt::NoPen);
            p->setBrush(fill);
            p->drawRoundedRect(b, 4, 4);
            p->setFont(small);
            p->setPen(ink);
            p->drawText(b, Qt::AlignCenter, label);
            x = b.right() + 5;
        };
        if (e.summary.isActive)
            badge(ConfigSidebar::tr("active"), pal.color(QPalette::Highlight).lighter(selected ? 140 : 100), pal.color(QPalette::HighlightedText));
        if (e.summary.isProtected)
            badge(ConfigSidebar::tr("protected"), QColor(0xc6, 0x28, 0x28), Qt::white);
        if (e.summary.isTest)
            badge(ConfigSidebar::tr("test"), QColor(0x2e, 0x7d, 0x32), Qt::white);
        if (!e.stage.isEmpty())
            badge(e.stage, pal.color(QPalette::Mid), pal.color(QPalette::Text));
        if (!e.lockedBy.isEmpty()) {
            const int h = lineH - 2;
            static const QIcon lock = withSelectedLook(QIcon(QStringLiteral(":/icons/lock.svg")));
            lock.paint(p, QRect(x, r.top() + 1, h, h), Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);
            x += h + 3;
            badge(ConfigSidebar::tr("locked"), QColor(0xe6, 0x8a, 0x00), Qt::black);
        }
        p->setFont(opt.font);
        p->setPen(dim);
        const QString second = e.summary.database;
        p->drawText(QRect(r.left() + 28, r.top() + lineH + 2, r.width() - 28, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                    opt.fontMetrics.elidedText(second, Qt::ElideMiddle, r.width() - 28));
    }

private:
    const QList<ConfigEntry> &m_entries;
};

QString tooltip(const ConfigEntry &e, const QString &lockDetail)
{
    const QString about = ConfigSidebar::tr("%1 — %2 %3").arg(e.summary.name, e.summary.dialect, e.summary.database);
    return lockDetail.isEmpty() ? about : about + QLatin1Char('\n') + lockDetail;
}

} // namespace

ConfigSidebar::ConfigSidebar(const ProjectSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_list(new QListWidget(this)), m_empty(new QLabel(this))
{
    m_list->setItemDelegate(new ConfigDelegate(m_entries, m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    // An entry is as wide as the panel (its text elided), whatever width the panel gets: laid
    // out again on every resize (not one size cached for all, which kept the first width).
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setContentsMargins(8, 8, 8, 8);
    m_empty->hide();
    auto *use = new QAction(tr("Use as the Active Config"), this);
    connect(use, &QAction::triggered, this, &ConfigSidebar::useSelected);
    m_list->addAction(use);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_entries.size())
            emit configChosen(m_entries.at(row).summary.name);
    });
}

const ConfigEntry *ConfigSidebar::entry(const QString &name) const
{
    for (const ConfigEntry &e : m_entries)
        if (e.summary.name == name)
            return &e;
    return nullptr;
}

void ConfigSidebar::select(const QString &name)
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).summary.name == name)
            m_list->setCurrentRow(i);
}

void ConfigSidebar::setLock(const QString &name, const QString &lockedBy, const QString &detail)
{
    m_locks.insert(name, {lockedBy, detail});
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).summary.name == name && m_entries.at(i).lockedBy != lockedBy) {
            m_entries[i].lockedBy = lockedBy;
            if (QListWidgetItem *item = m_list->item(i)) {
                item->setToolTip(tooltip(m_entries.at(i), detail));
                m_list->update(m_list->visualItemRect(item));
            }
        }
}

void ConfigSidebar::reload()
{
    const quint64 ticket = m_reloads.take();
    whenDone(m_session.start<QList<ConfigEntry>>([](Workspace &ws, Cancellation &) -> Result<QList<ConfigEntry>> {
                 Result<QList<ConfigSummary>> listed = ConfigStore(ws).list();
                 if (!listed)
                     return listed.error();
                 QList<ConfigEntry> entries;
                 for (const ConfigSummary &s : std::as_const(*listed)) {
                     QString stage;
                     for (const Stage &st : ws.settings().stages)
                         if (st.name == s.name)
                             stage = st.name;
                     entries << ConfigEntry{s, stage};
                 }
                 return entries;
             }),
             this, [this, ticket](const Result<QList<ConfigEntry>> &result) {
                 if (!m_reloads.isLatest(ticket))
                     return; // a later reload is on its way
                 if (!result) {
                     emit failed(result.error().toString());
                     return show({});
                 }
                 show(*result);
             });
}

void ConfigSidebar::show(const QList<ConfigEntry> &entries)
{
    const QString current = m_list->currentRow() >= 0 && m_list->currentRow() < m_entries.size()
        ? m_entries.at(m_list->currentRow()).summary.name
        : QString();
    m_list->blockSignals(true);
    m_list->clear();
    m_entries = entries;
    for (int i = 0; i < m_entries.size(); ++i) {
        auto *item = new QListWidgetItem(m_entries.at(i).summary.name, m_list);
        item->setData(kEntryRole, i);
        const auto lock = m_locks.constFind(m_entries.at(i).summary.name);
        if (lock != m_locks.cend())
            m_entries[i].lockedBy = lock->first;
        item->setToolTip(tooltip(m_entries.at(i), lock != m_locks.cend() ? lock->second : QString()));
    }
    m_list->blockSignals(false);
    m_empty->setVisible(m_entries.isEmpty());
    m_empty->setText(tr("No configs yet. Add one with noorm config add."));
    QString pick = current;
    if (pick.isEmpty())
        for (const ConfigEntry &e : std::as_const(m_entries))
            if (e.summary.isActive)
                pick = e.summary.name;
    if (pick.isEmpty() && !m_entries.isEmpty())
        pick = m_entries.constFirst().summary.name;
    emit loaded();
    if (!pick.isEmpty())
        select(pick);
}

void ConfigSidebar::useSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const QString name = m_entries.at(row).summary.name;
    whenDone(m_session.start<bool>([name](Workspace &ws, Cancellation &) -> Result<bool> {
                 if (Status ok = ConfigStore(ws).use(name); !ok)
                     return ok.error();
                 return true;
             }),
             this, [this](const Result<bool> &result) {
                 if (!result)
                     emit failed(result.error().toString());
                 reload();
             });
}

} // namespace noorm
