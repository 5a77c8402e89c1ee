#include "gap/GapListModel.h"

#include "gap/GapNames.h"

namespace cw::ui {

GapListModel::GapListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void GapListModel::setRows(std::vector<cw::GapRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void GapListModel::languageChanged()
{
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const cw::GapRow* GapListModel::gap(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < m_rows.size() ? &m_rows[static_cast<std::size_t>(row)]
                                                                       : nullptr;
}

int GapListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GapListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GapListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cw::GapRow& g = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case RankColumn: return index.row() + 1;
        case RefColumn: return QString::fromStdString(g.key.ref);
        case TitleColumn: return GapNames::pick(g.titleEn, g.titleZh);
        case StatusColumn: return GapNames::status(g.status);
        case PriorityColumn:
            return role == Qt::ToolTipRole && !g.priorityFromActions
                       ? tr("%1 (no open action sets it)").arg(GapNames::priority(g.priority))
                       : GapNames::priority(g.priority);
        case MaturityColumn: return g.maturity ? QVariant(*g.maturity) : QVariant(QStringLiteral("–"));
        case GapColumn: return QString::fromStdString(g.gap);
        case RecommendationColumn: return QString::fromStdString(g.recommendation);
        case ActionsColumn: return g.activeActions;
        default: return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return GapNames::statusDot(g.status);
    if (role == Qt::TextAlignmentRole &&
        (index.column() == RankColumn || index.column() == MaturityColumn || index.column() == ActionsColumn))
        return QVariant::fromValue(Qt::AlignCenter);
    return {};
}

QVariant GapListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn: return tr("#");
    case RefColumn: return tr("Clause");
    case TitleColumn: return tr("Requirement");
    case StatusColumn: return tr("Status");
    case PriorityColumn: return tr("Priority");
    case MaturityColumn: return tr("Maturity");
    case GapColumn: return tr("Gap");
    case RecommendationColumn: return tr("Recommended action");
    case ActionsColumn: return tr("Open actions");
    default: return {};
    }
}

} // namespace cw::ui
