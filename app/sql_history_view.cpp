#include "sql_history_view.h"
#include "theme.h"

#include "operations/sql_operation.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace noorm {

namespace {
enum Column { When, Outcome, Rows, Took, Query };
constexpr int kIndexRole = Qt::UserRole;

// The kept rows of an entry (the listing and clearing go through the SQL operation).
SqlHistory historyOf(Workspace &ws, const QString &config)
{
    return SqlHistory(ws.root(), config, ws.logger()->redactor());
}
} // namespace

SqlHistoryView::SqlHistoryView(const ProjectSession &session, QString configName, QWidget *parent)
    : QWidget(parent), m_session(session), m_config(std::move(configName)), m_search(new QLineEdit(this)), m_entries(new QTreeWidget(this)),
      m_result(new QTableWidget(this)), m_message(new QLabel(this)), m_months(new QSpinBox(this))
{
    m_search->setPlaceholderText(tr("Search the queries"));
    m_search->setClearButtonEnabled(true);
    m_entries->setHeaderLabels({tr("When"), tr("Result"), tr("Rows"), tr("ms"), tr("Query")});
    m_entries->setRootIsDecorated(false);
    m_entries->setUniformRowHeights(true);
    m_entries->setAlternatingRowColors(true);
    m_entries->header()->setStretchLastSection(true);
    m_result->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_result->verticalHeader()->hide();
    m_result->verticalHeader()->setDefaultSectionSize(m_result->fontMetrics().height() + 6);
    m_months->setRange(0, 120);
    m_months->setValue(3);
    m_months->setSpecialValueText(tr("all"));
    m_months->setSuffix(tr(" months"));
    m_months->setToolTip(tr("Clear removes the entries older than this (all: every entry)"));
    auto *open = new QPushButton(tr("Open in SQL Tab"), this);
    open->setToolTip(tr("Put the selected query in a new SQL tab, to run it again (Ctrl+Enter)"));
    auto *clearButton = new QPushButton(tr("Clear…"), this);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    connect(open, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_entries->currentItem())
            emit openQuery(m_config, m_list.value(item->data(When, kIndexRole).toInt()).query);
    });
    connect(m_entries, &QTreeWidget::itemDoubleClicked, open, &QPushButton::click);
    connect(clearButton, &QPushButton::clicked, this, [this] {
        const int months = m_months->value();
        const QString what = months ? tr("the entries older than %1 months").arg(months) : tr("every entry");
        if (QMessageBox::question(this, tr("Clear SQL History"), tr("Remove %1 of the SQL history of %2, with their kept results?").arg(what, m_config)) ==
            QMessageBox::Yes)
            clear(months);
    });
    connect(refresh, &QPushButton::clicked, this, &SqlHistoryView::reload);
    connect(m_search, &QLineEdit::textChanged, this, &SqlHistoryView::filter);
    connect(m_entries, &QTreeWidget::currentItemChanged, this, &SqlHistoryView::showResult);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(open);
    top->addWidget(new QLabel(tr("Older than:"), this));
    top->addWidget(m_months);
    top->addWidget(clearButton);
    top->addWidget(refresh);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_entries);
    split->addWidget(m_result);
    split->setSizes({400, 200});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    reload();
}

void SqlHistoryView::reload()
{
    const quint64 ticket = m_reloads.take();
    whenDone(m_session.start<QList<SqlHistoryEntry>>([config = m_config](Workspace &ws, Cancellation &) {
                 return SqlOperation(ws, SqlRequest{{}, {}, ResolveRequest{config}}, {}).history(0);
             }),
             this, [this, ticket](const Result<QList<SqlHistoryEntry>> &entries) {
                 if (!m_reloads.isLatest(ticket))
                     return; // a later reload is on its way
                 if (!entries) {
                     m_message->setText(entries.error().toString());
                     return;
                 }
                 m_list = *entries;
                 m_entries->clear();
                 for (int i = 0; i < m_list.size(); ++i) {
                     const SqlHistoryEntry &e = m_list[i];
                     QString query = e.query.simplified();
                     auto *item = new QTreeWidgetItem(m_entries, {QLocale().toString(e.executedAt.toLocalTime(), QLocale::ShortFormat),
                                                                  e.success ? tr("ok") : tr("failed"),
                                                                  e.rowCount ? QString::number(*e.rowCount) : QString(), QString::number(e.durationMs),
                                                                  query.left(300)});
                     item->setData(When, kIndexRole, i);
                     item->setToolTip(Query, e.success ? e.query : e.query + QStringLiteral("\n\n") + e.errorMessage);
                     if (!e.success)
                         item->setForeground(Outcome, QColor(0xc6, 0x28, 0x28));
                 }
                 for (int c = 0; c < Query; ++c)
                     m_entries->resizeColumnToContents(c);
                 filter();
                 m_message->setText(m_list.size() == 1 ? tr("1 query in the history of %1").arg(m_config)
                                                       : tr("%1 queries in the history of %2").arg(m_list.size()).arg(m_config));
                 emit loaded();
             });
}

void SqlHistoryView::filter()
{
    const QString text = m_search->text();
    for (int i = 0; i < m_entries->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_entries->topLevelItem(i);
        item->setHidden(!text.isEmpty() && !m_list.value(item->data(When, kIndexRole).toInt()).query.contains(text, Qt::CaseInsensitive));
    }
}

void SqlHistoryView::showResult()
{
    m_result->clear();
    m_result->setRowCount(0);
    m_result->setColumnCount(0);
    QTreeWidgetItem *item = m_entries->currentItem();
    if (!item)
        return;
    const SqlHistoryEntry entry = m_list.value(item->data(When, kIndexRole).toInt());
    if (entry.resultsFile.isEmpty()) {
        m_message->setText(entry.success ? tr("No rows were kept for this query.") : entry.errorMessage);
        return emit resultShown();
    }
    whenDone(m_session.start<SqlKeptResult>([config = m_config, entry](Workspace &ws, Cancellation &) { return historyOf(ws, config).results(entry); }),
             this, [this, id = entry.id](const Result<SqlKeptResult> &kept) {
                 QTreeWidgetItem *current = m_entries->currentItem();
                 if (!current || m_list.value(current->data(When, kIndexRole).toInt()).id != id)
                     return;
                 if (!kept) {
                     m_message->setText(kept.error().toString());
                     return emit resultShown();
                 }
                 m_result->setColumnCount(int(kept->columns.size()));
                 m_result->setHorizontalHeaderLabels(kept->columns);
                 m_result->setRowCount(int(kept->rows.size()));
                 for (int r = 0; r < kept->rows.size(); ++r) {
                     const QJsonObject row = kept->rows.at(r).toObject();
                     for (int c = 0; c < kept->columns.size(); ++c) {
                         const QJsonValue v = row.value(kept->columns.at(c));
                         auto *cell = new QTableWidgetItem(v.isNull() ? QStringLiteral("NULL") : v.toVariant().toString());
                         if (v.isNull()) {
                             QFont italic = cell->font();
                             italic.setItalic(true);
                             cell->setFont(italic);
                             cell->setForeground(secondaryText(palette()));
                         } else if (v.isDouble()) { // numbers right-aligned, as in the SQL tab's grid
                             cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                         }
                         m_result->setItem(r, c, cell);
                     }
                 }
                 m_result->resizeColumnsToContents();
                 m_message->setText(kept->truncated ? tr("The first %n row(s), as kept", nullptr, int(kept->rows.size()))
                                                 : tr("%n row(s), as kept", nullptr, int(kept->rows.size())));
                 emit resultShown();
             });
}

void SqlHistoryView::clear(int months)
{
    whenDone(m_session.start<SqlHistoryCleared>([config = m_config, months](Workspace &ws, Cancellation &) {
                 return SqlOperation(ws, SqlRequest{{}, {}, ResolveRequest{config}}, {}).clearHistory(months ? std::optional<int>(months) : std::nullopt);
             }),
             this, [this](const Result<SqlHistoryCleared> &cleared) {
                 m_message->setText(cleared ? tr("Removed %1 entries").arg(cleared->entriesRemoved) : cleared.error().toString());
                 reload();
             });
}

} // namespace noorm
