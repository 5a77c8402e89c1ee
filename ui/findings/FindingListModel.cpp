#include "findings/FindingListModel.h"

#include "audits/AuditNames.h"
#include "findings/FindingNames.h"
#include "shell/WorkspaceSession.h"

#include <QBrush>
#include <QFont>

namespace cw::ui {

FindingListModel::FindingListModel(WorkspaceSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{}

void FindingListModel::setFilter(const cw::FindingFilter& filter)
{
    m_filter = filter;
    reload();
}

void FindingListModel::reload()
{
    std::vector<cw::FindingRow> rows;
    std::map<std::int64_t, QString> owners;
    if (m_session.isOpen())
        m_session.run([&](cw::Workspace& ws) {
            rows = cw::listFindings(ws, m_filter);
            std::map<std::int64_t, QStringList> names;
            for (const auto& a : cw::openCorrectiveActions(ws))
                if (!a.action.owner.empty() &&
                    !names[a.action.findingId].contains(QString::fromStdString(a.action.owner)))
                    names[a.action.findingId] << QString::fromStdString(a.action.owner);
            for (const auto& [id, list] : names)
                owners[id] = list.join(QStringLiteral(", "));
        });
    beginResetModel();
    m_rows = std::move(rows);
    m_owners = std::move(owners);
    endResetModel();
}

void FindingListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_owners.clear();
    endResetModel();
}

void FindingListModel::languageChanged()
{
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const cw::FindingRow* FindingListModel::finding(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < m_rows.size() ? &m_rows[static_cast<std::size_t>(row)]
                                                                     : nullptr;
}

int FindingListModel::rowOf(std::int64_t findingId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].finding.id == findingId)
            return static_cast<int>(i);
    return -1;
}

int FindingListModel::rowOfCode(const std::string& code) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].finding.code == code)
            return static_cast<int>(i);
    return -1;
}

int FindingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FindingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cw::FindingRow& r = m_rows[static_cast<std::size_t>(index.row())];
    const cw::Finding& f = r.finding;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case CodeColumn:
            return QString::fromStdString(f.code);
        case TypeColumn:
            return FindingNames::type(f.type);
        case TitleColumn:
            return QString::fromStdString(f.title);
        case OriginColumn:
            if (!r.auditCode.empty())
                return QString::fromStdString(r.auditCode);
            return f.sourceReference.empty()
                       ? FindingNames::source(f.source)
                       : QStringLiteral("%1 %2").arg(FindingNames::source(f.source),
                                                     QString::fromStdString(f.sourceReference));
        case ClausesColumn: {
            QStringList refs;
            for (const auto& c : f.clauses)
                refs << QString::fromStdString(c.ref);
            return role == Qt::ToolTipRole ? AuditNames::clauses(f.clauses, {})
                                           : refs.join(QStringLiteral(", "));
        }
        case StateColumn:
            return FindingNames::state(f.state);
        case OwnerColumn: {
            const auto it = m_owners.find(f.id);
            return it != m_owners.end() ? it->second : QString::fromStdString(f.auditee);
        }
        case DueColumn:
            if (role == Qt::ToolTipRole && r.overdue)
                return tr("Corrective actions overdue: %1").arg(r.overdueActions);
            return QString::fromStdString(r.nextDue);
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == TypeColumn)
        return AuditNames::dot(FindingNames::typeColor(f.type));
    if (role == Qt::ForegroundRole && r.overdue &&
        (index.column() == DueColumn || index.column() == CodeColumn))
        return QBrush(FindingNames::overdueColor());
    if (role == Qt::ForegroundRole && !r.open())
        return QBrush(QColor(0x80, 0x86, 0x8e));
    if (role == Qt::FontRole &&
        ((r.overdue && index.column() == DueColumn) ||
         (f.type == cw::FindingType::Major && r.open() && index.column() == TypeColumn))) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant FindingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Finding");
    case TypeColumn:
        return tr("Type");
    case TitleColumn:
        return tr("Title");
    case OriginColumn:
        return tr("Audit / source");
    case ClausesColumn:
        return tr("Clauses");
    case StateColumn:
        return tr("State");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Next due");
    default:
        return {};
    }
}

} // namespace cw::ui
