#include "findings/CorrectiveActionModel.h"

#include "findings/CorrectiveActions.h"
#include "findings/FindingEdits.h"
#include "findings/FindingNames.h"

#include <QBrush>
#include <QFont>

namespace cw::ui {

CorrectiveActionModel::CorrectiveActionModel(WorkspaceSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{}

void CorrectiveActionModel::setActions(std::vector<cw::CorrectiveAction> actions, int currentRound,
                                       std::string today, bool editable)
{
    bool same = actions.size() == m_actions.size();
    for (std::size_t i = 0; same && i < actions.size(); ++i)
        same = actions[i].id == m_actions[i].id;
    if (!same)
        beginResetModel();
    m_actions = std::move(actions);
    m_round = currentRound;
    m_today = std::move(today);
    m_editable = editable;
    if (!same)
        endResetModel();
    else if (!m_actions.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CorrectiveActionModel::languageChanged()
{
    if (!m_actions.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const cw::CorrectiveAction* CorrectiveActionModel::action(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < m_actions.size()
               ? &m_actions[static_cast<std::size_t>(row)]
               : nullptr;
}

bool CorrectiveActionModel::overdue(const cw::CorrectiveAction& a) const
{
    return a.state == cw::ActionState::Planned && !a.dueDate.empty() && a.dueDate < m_today;
}

int CorrectiveActionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_actions.size());
}

int CorrectiveActionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CorrectiveActionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cw::CorrectiveAction& a = m_actions[static_cast<std::size_t>(index.row())];
    if (role == Qt::EditRole && index.column() == StateColumn)
        return QString::fromUtf8(cw::toString(a.state).data());
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case RoundColumn:
            return a.round;
        case DescriptionColumn:
            return QString::fromStdString(a.description);
        case OwnerColumn:
            return QString::fromStdString(a.owner);
        case DueColumn:
            return role == Qt::ToolTipRole && overdue(a)
                       ? tr("Overdue since %1").arg(QString::fromStdString(a.dueDate))
                       : QString::fromStdString(a.dueDate);
        case StateColumn:
            return overdue(a) && role == Qt::DisplayRole ? tr("Overdue") : FindingNames::actionState(a.state);
        case ImplementedColumn:
            return QString::fromStdString(a.implementedOn);
        case NotesColumn:
            return QString::fromStdString(a.notes);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (overdue(a) && (index.column() == DueColumn || index.column() == StateColumn))
            return QBrush(FindingNames::overdueColor());
        if (a.round < m_round || a.state == cw::ActionState::Cancelled)
            return QBrush(QColor(0x80, 0x86, 0x8e)); // history
    }
    if (role == Qt::FontRole && overdue(a) && index.column() == StateColumn) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && index.column() == RoundColumn)
        return QVariant::fromValue(Qt::AlignCenter);
    return {};
}

QVariant CorrectiveActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RoundColumn:
        return tr("Round");
    case DescriptionColumn:
        return tr("Corrective action");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StateColumn:
        return tr("State");
    case ImplementedColumn:
        return tr("Implemented on");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

Qt::ItemFlags CorrectiveActionModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const cw::CorrectiveAction* a = action(index.row());
    if (a && m_editable && a->round == m_round && index.column() != RoundColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool CorrectiveActionModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const cw::CorrectiveAction* a = action(index.row());
    if (role != Qt::EditRole || !a || !(flags(index) & Qt::ItemIsEditable))
        return false;
    cw::CorrectiveActionField field = cw::CorrectiveActionField::Description;
    switch (index.column()) {
    case DescriptionColumn:
        field = cw::CorrectiveActionField::Description;
        break;
    case OwnerColumn:
        field = cw::CorrectiveActionField::Owner;
        break;
    case DueColumn:
        field = cw::CorrectiveActionField::DueDate;
        break;
    case StateColumn:
        field = cw::CorrectiveActionField::State;
        break;
    case ImplementedColumn:
        field = cw::CorrectiveActionField::ImplementedOn;
        break;
    case NotesColumn:
        field = cw::CorrectiveActionField::Notes;
        break;
    default:
        return false;
    }
    return FindingEdits::setActionField(m_session, a->id, field, value.toString());
}

} // namespace cw::ui
