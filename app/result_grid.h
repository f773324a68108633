#pragma once
// ResultGrid: a result set's grid and its row count ("1,000 rows so far", "42 rows"), with
// Ctrl+C copying the selected cells as tab-separated text (NULL as NULL).

#include <QWidget>

class QLabel;
class QTableView;

namespace noorm {

class ResultModel;

class ResultGrid : public QWidget {
    Q_OBJECT
public:
    ResultGrid(ResultModel *model, QWidget *parent = nullptr);
    ~ResultGrid() override;
    QTableView *view() const { return m_view; }
    ResultModel *model() const { return m_model; }
    // The selection as TSV: rows by line, cells by tab, in the grid's order.
    QString selectionAsTsv() const;
    void copySelection() const;

signals:
    void exportRequested(bool json); // CSV when false

private:
    ResultModel *m_model;
    QTableView *m_view;
    QLabel *m_count;
};

} // namespace noorm
