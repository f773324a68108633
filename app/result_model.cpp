#include "result_model.h"
#include "theme.h"

#include "sql/sql_value.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace noorm {

namespace {

constexpr int kMaxCellChars = 500; // longer values are cut in the grid (copying gives them whole)

bool isNumeric(const QString &type) { return type == QLatin1String("integer") || type == QLatin1String("decimal"); }

} // namespace

ResultModel::ResultModel(std::shared_ptr<ResultPages> pages, QObject *parent) : QAbstractTableModel(parent), m_pages(std::move(pages))
{
    m_pages->want(kPage);
}

int ResultModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ResultModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_pages->columns().size()); }

QString ResultModel::cellText(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    return sqlValueText(value);
}

QVariant ResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QVariant &v = m_rows.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        if (v.isNull())
            return QStringLiteral("NULL");
        if (v.typeId() == QMetaType::QByteArray) {
            const QByteArray bytes = v.toByteArray();
            return bytes.size() == 1 ? tr("(binary, 1 byte)") : tr("(binary, %1 bytes)").arg(bytes.size());
        }
        QString text = sqlValueText(v);
        if (text.size() > kMaxCellChars)
            text = text.left(kMaxCellChars) + QStringLiteral("…");
        text.replace(QLatin1Char('\n'), QStringLiteral("↵"));
        return text;
    }
    case Qt::ToolTipRole:
        return v.typeId() == QMetaType::QByteArray ? sqlValueText(v).left(2 + 64) : QVariant();
    case Qt::ForegroundRole:
        if (v.isNull() || v.typeId() == QMetaType::QByteArray)
            return QBrush(secondaryText(QGuiApplication::palette()));
        return {};
    case Qt::FontRole:
        if (v.isNull()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (isNumeric(m_pages->columns().at(index.column()).type) && !v.isNull())
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_pages->columns().size())
        return {};
    const ResultColumn &c = m_pages->columns().at(section);
    if (role == Qt::DisplayRole)
        return c.name;
    if (role == Qt::ToolTipRole)
        return tr("%1 (%2)").arg(c.name, c.type);
    return {};
}

bool ResultModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && m_pages->hasMore(); }

void ResultModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    m_pages->want(kPage);
    takeArrived();
}

void ResultModel::takeArrived()
{
    QList<QVariantList> arrived = m_pages->take(kPage * 4);
    if (!arrived.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + arrived.size() - 1));
        m_rows.append(std::move(arrived));
        endInsertRows();
    }
    emit rowsShown(m_rows.size(), isComplete());
}

} // namespace noorm
