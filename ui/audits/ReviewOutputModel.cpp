#include "audits/ReviewOutputModel.h"

#include "audits/AuditNames.h"
#include "audits/ReviewEdits.h"
#include "findings/FindingNames.h"

#include <QBrush>

namespace cw::ui {

ReviewOutputModel::ReviewOutputModel(WorkspaceSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{}

void ReviewOutputModel::setOutputs(std::vector<cw::ReviewOutput> outputs, std::string today, bool editable)
{
    bool same = outputs.size() == m_outputs.size();
    for (std::size_t i = 0; same && i < outputs.size(); ++i)
        same = outputs[i].id == m_outputs[i].id;
    if (!same)
        beginResetModel();
    m_outputs = std::move(outputs);
    m_today = std::move(today);
    m_editable = editable;
    if (!same)
        endResetModel();
    else if (!m_outputs.empty()) // an edit in place: keep the selection and the open editor's row
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ReviewOutputModel::languageChanged()
{
    if (!m_outputs.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const cw::ReviewOutput* ReviewOutputModel::output(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < m_outputs.size()
               ? &m_outputs[static_cast<std::size_t>(row)]
               : nullptr;
}

bool ReviewOutputModel::overdue(const cw::ReviewOutput& o) const
{
    return o.kind == cw::OutputKind::Action && o.state == cw::OutputState::Open && !o.dueDate.empty() &&
           o.dueDate < m_today;
}

int ReviewOutputModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_outputs.size());
}

int ReviewOutputModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewOutputModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cw::ReviewOutput& o = m_outputs[static_cast<std::size_t>(index.row())];
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case KindColumn:
            return QString::fromUtf8(cw::toString(o.kind).data());
        case StateColumn:
            return QString::fromUtf8(cw::toString(o.state).data());
        default:
            break;
        }
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case KindColumn:
            return AuditNames::outputKind(o.kind);
        case TextColumn:
            return QString::fromStdString(o.text);
        case OwnerColumn:
            return QString::fromStdString(o.owner);
        case DueColumn:
            return role == Qt::ToolTipRole && overdue(o)
                       ? tr("Overdue since %1").arg(QString::fromStdString(o.dueDate))
                       : QString::fromStdString(o.dueDate);
        case StateColumn:
            return o.kind == cw::OutputKind::Decision ? QString() : AuditNames::outputState(o.state);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && overdue(o) &&
        (index.column() == DueColumn || index.column() == StateColumn))
        return QBrush(FindingNames::overdueColor());
    return {};
}

QVariant ReviewOutputModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case TextColumn:
        return tr("Decision or action");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

Qt::ItemFlags ReviewOutputModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ReviewOutputModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const cw::ReviewOutput* o = output(index.row());
    if (role != Qt::EditRole || !o || !m_editable)
        return false;
    cw::OutputField field = cw::OutputField::Text;
    switch (index.column()) {
    case KindColumn:
        field = cw::OutputField::Kind;
        break;
    case TextColumn:
        field = cw::OutputField::Text;
        break;
    case OwnerColumn:
        field = cw::OutputField::Owner;
        break;
    case DueColumn:
        field = cw::OutputField::DueDate;
        break;
    case StateColumn:
        field = cw::OutputField::State;
        break;
    default:
        return false;
    }
    return ReviewEdits::setOutputField(m_session, o->id, field, value.toString());
}

} // namespace cw::ui
