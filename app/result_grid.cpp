#include "result_grid.h"

#include "result_model.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace noorm {

ResultGrid::ResultGrid(ResultModel *model, QWidget *parent) : QWidget(parent), m_model(model), m_view(new QTableView(this)), m_count(new QLabel(this))
{
    model->setParent(this);
    m_view->setModel(model);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_count->setContentsMargins(6, 2, 6, 2);
    auto *copy = new QAction(tr("Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &ResultGrid::copySelection);
    m_view->addAction(copy);
    auto *csv = new QAction(tr("Export as CSV…"), this);
    connect(csv, &QAction::triggered, this, [this] { emit exportRequested(false); });
    auto *json = new QAction(tr("Export as JSON…"), this);
    connect(json, &QAction::triggered, this, [this] { emit exportRequested(true); });
    m_view->addAction(csv);
    m_view->addAction(json);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view);
    layout->addWidget(m_count);
    connect(model, &ResultModel::rowsShown, this, [this](qint64 rows, bool complete) {
        const QString n = QLocale().toString(rows);
        QString text = complete ? (rows == 1 ? tr("1 row") : tr("%1 rows").arg(n)) : tr("%1 rows so far (scroll for more)").arg(n);
        if (const qint64 dropped = m_model->pages()->dropped(); dropped > 0)
            text += tr(" — %1 more not kept: only the script's last result is read page by page").arg(QLocale().toString(dropped));
        m_count->setText(text);
    });
}

ResultGrid::~ResultGrid() { m_model->cancel(); }

QString ResultGrid::selectionAsTsv() const
{
    std::map<int, std::map<int, QString>> cells;
    for (const QModelIndex &i : m_view->selectionModel()->selectedIndexes())
        cells[i.row()][i.column()] = ResultModel::cellText(m_model->value(i.row(), i.column()));
    QStringList lines;
    for (const auto &[row, columns] : cells) {
        QStringList values;
        for (const auto &[column, text] : columns)
            values << text;
        lines << values.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void ResultGrid::copySelection() const { QApplication::clipboard()->setText(selectionAsTsv()); }

} // namespace noorm
