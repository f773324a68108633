#pragma once
// ResultModel: one result set in a grid, fed a page at a time. The rows come from a core
// ResultPages that the SQL's worker thread fills; the model shows what has arrived and asks
// for more when the view scrolls near the end (canFetchMore/fetchMore), so a 1,000,000-row
// result shows its first rows at once and holds only what was scrolled through. NULL and
// binary values look different from text.

#include "sql/paged_results.h"

#include <QAbstractTableModel>

#include <memory>

namespace noorm {

class ResultModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr qint64 kPage = 1000;

    explicit ResultModel(std::shared_ptr<ResultPages> pages, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Takes the rows that arrived (the runner calls it when it hears of them).
    void takeArrived();
    bool isComplete() const { return m_pages->isFinished() && !m_pages->hasMore(); }
    const QList<ResultColumn> &columns() const { return m_pages->columns(); }
    const std::shared_ptr<ResultPages> &pages() const { return m_pages; }
    // The value as text (NULL as "NULL", binary as \x hex), for copying.
    static QString cellText(const QVariant &value);
    const QVariant &value(int row, int column) const { return m_rows.at(row).at(column); }
    // Stops the worker reading ahead (the tab closed, the query was cancelled).
    void cancel() { m_pages->cancel(); }

signals:
    void rowsShown(qint64 rows, bool complete);

private:
    std::shared_ptr<ResultPages> m_pages;
    QList<QVariantList> m_rows;
};

} // namespace noorm
