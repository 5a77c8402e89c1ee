#include "dashboard/EntityCountsModel.h"

#include "common/EntityNames.h"

#include <QLocale>

namespace cw::ui {

EntityCountsModel::EntityCountsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EntityCountsModel::setCounts(Counts counts)
{
    beginResetModel();
    m_counts = std::move(counts);
    endResetModel();
}

void EntityCountsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_counts.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

int EntityCountsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_counts.size());
}

int EntityCountsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityCountsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& [entity, count] = m_counts[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole)
        return index.column() == Kind ? EntityNames::plural(entity)
                                      : QLocale().toString(static_cast<qlonglong>(count));
    if (role == Qt::TextAlignmentRole && index.column() == Count)
        return (Qt::AlignRight | Qt::AlignVCenter).toInt();
    return {};
}

QVariant EntityCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Kind)
        return tr("Type");
    if (section == Count)
        return tr("Count");
    return {};
}

} // namespace cw::ui
