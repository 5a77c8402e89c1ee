#include "audits/ChecklistModel.h"

#include "audits/AuditNames.h"
#include "audits/CoreEditCommand.h"
#include "shell/WorkspaceSession.h"

#include <QBrush>

namespace cw::ui {

namespace {
std::optional<cw::ChecklistLineField> fieldOf(int column)
{
    switch (column) {
    case ChecklistModel::QuestionColumn:
        return cw::ChecklistLineField::Question;
    case ChecklistModel::ResultColumn:
        return cw::ChecklistLineField::Result;
    case ChecklistModel::NotesColumn:
        return cw::ChecklistLineField::Notes;
    case ChecklistModel::EvidenceColumn:
        return cw::ChecklistLineField::Evidence;
    default:
        return std::nullopt;
    }
}

QString commandText(cw::ChecklistLineField field, int number)
{
    switch (field) {
    case cw::ChecklistLineField::Question:
        return ChecklistModel::tr("Edit Question of Checklist Line %1").arg(number);
    case cw::ChecklistLineField::Result:
        return ChecklistModel::tr("Set Result of Checklist Line %1").arg(number);
    case cw::ChecklistLineField::Notes:
        return ChecklistModel::tr("Edit Notes of Checklist Line %1").arg(number);
    case cw::ChecklistLineField::Evidence:
        return ChecklistModel::tr("Edit Evidence of Checklist Line %1").arg(number);
    }
    return {};
}
} // namespace

ChecklistModel::ChecklistModel(WorkspaceSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{}

void ChecklistModel::setLines(std::int64_t auditId, std::vector<cw::ChecklistLine> lines, bool editable)
{
    bool same = auditId == m_auditId && lines.size() == m_lines.size();
    for (std::size_t i = 0; same && i < lines.size(); ++i)
        same = lines[i].id == m_lines[i].id;
    if (!same) {
        beginResetModel();
        m_auditId = auditId;
        m_lines = std::move(lines);
        m_editable = editable;
        endResetModel();
        return;
    }
    m_lines = std::move(lines);
    m_editable = editable; // flags are part of what dataChanged() reports
    if (!m_lines.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ChecklistModel::languageChanged()
{
    if (!m_lines.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const cw::ChecklistLine* ChecklistModel::line(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < m_lines.size()
               ? &m_lines[static_cast<std::size_t>(row)]
               : nullptr;
}

int ChecklistModel::rowOfLine(std::int64_t lineId) const
{
    for (std::size_t i = 0; i < m_lines.size(); ++i)
        if (m_lines[i].id == lineId)
            return static_cast<int>(i);
    return -1;
}

bool ChecklistModel::setField(int row, cw::ChecklistLineField field, const QString& value)
{
    const cw::ChecklistLine* l = line(row);
    if (!l || !m_editable)
        return false;
    const std::string before = cw::checklistLineField(*l, field);
    const std::string after =
        field == cw::ChecklistLineField::Result ? value.toStdString() : value.trimmed().toStdString();
    if (before == after)
        return false;
    const std::int64_t id = l->id;
    return CoreEditCommand::push(
        m_session,
        new CoreEditCommand(
            m_session, commandText(field, l->position),
            [id, field, after](cw::Workspace& ws) { cw::setChecklistLineField(ws, id, field, after); },
            [id, field, before](cw::Workspace& ws) { cw::setChecklistLineField(ws, id, field, before); }));
}

bool ChecklistModel::setResult(int row, cw::ChecklistResult result)
{
    return setField(row, cw::ChecklistLineField::Result, QString::fromUtf8(cw::toString(result).data()));
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int ChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cw::ChecklistLine& l = m_lines[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::EditRole) {
        switch (index.column()) {
        case NumberColumn:
            return l.position;
        case ClauseColumn:
            return l.clause ? QString::fromStdString(l.clause->ref) : QString();
        case QuestionColumn:
            return QString::fromStdString(l.question);
        case ResultColumn:
            if (role == Qt::EditRole)
                return static_cast<int>(l.result);
            return AuditNames::result(l.result);
        case NotesColumn:
            return QString::fromStdString(l.notes);
        case EvidenceColumn:
            return QString::fromStdString(l.evidence);
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == ResultColumn)
        return AuditNames::dot(AuditNames::resultColor(l.result));
    if (role == Qt::ForegroundRole && index.column() == ResultColumn &&
        l.result == cw::ChecklistResult::Nonconformity)
        return QBrush(AuditNames::resultColor(l.result));
    if (role == Qt::TextAlignmentRole && index.column() == NumberColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("#");
    case ClauseColumn:
        return tr("Clause");
    case QuestionColumn:
        return tr("Question");
    case ResultColumn:
        return tr("Result");
    case NotesColumn:
        return tr("Notes");
    case EvidenceColumn:
        return tr("Evidence");
    default:
        return {};
    }
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable && fieldOf(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const auto field = fieldOf(index.column());
    if (!field)
        return false;
    if (*field == cw::ChecklistLineField::Result) {
        const auto& all = cw::allChecklistResults();
        const int i = value.toInt();
        if (i < 0 || static_cast<std::size_t>(i) >= all.size())
            return false;
        return setResult(index.row(), all[static_cast<std::size_t>(i)]);
    }
    return setField(index.row(), *field, value.toString());
}

} // namespace cw::ui
