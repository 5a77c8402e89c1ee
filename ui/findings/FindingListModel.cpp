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
    // The rows read last are current: the page reloads on every change of the workspace before
    // it shows, so a new filter only chooses among them.
    m_filter = filter;
    beginResetModel();
    m_shown = matching(m_all, m_filter);
    endResetModel();
}

std::vector<std::size_t> FindingListModel::matching(const std::vector<cw::FindingRow>& rows,
                                                    const cw::FindingFilter& filter)
{
    std::vector<std::size_t> shown;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (cw::findingMatches(rows[i], filter))
            shown.push_back(i);
    return shown;
}

void FindingListModel::reload()
{
    // The whole register once (the page's summary counts all of it), filtered here.
    std::vector<cw::FindingRow> all;
    if (m_session.isOpen())
        m_session.run([&](cw::Workspace& ws) { all = cw::listFindings(ws); });
    std::vector<std::size_t> shown = matching(all, m_filter);
    beginResetModel();
    m_all = std::move(all);
    m_shown = std::move(shown);
    endResetModel();
}

void FindingListModel::clear()
{
    beginResetModel();
    m_all.clear();
    m_shown.clear();
    endResetModel();
}

void FindingListModel::languageChanged()
{
    if (!m_shown.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const cw::FindingRow* FindingListModel::finding(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < m_shown.size()
               ? &m_all[m_shown[static_cast<std::size_t>(row)]]
               : nullptr;
}

int FindingListModel::rowOf(std::int64_t findingId) const
{
    for (std::size_t i = 0; i < m_shown.size(); ++i)
        if (m_all[m_shown[i]].finding.id == findingId)
            return static_cast<int>(i);
    return -1;
}

int FindingListModel::rowOfCode(const std::string& code) const
{
    for (std::size_t i = 0; i < m_shown.size(); ++i)
        if (m_all[m_shown[i]].finding.code == code)
            return static_cast<int>(i);
    return -1;
}

int FindingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int FindingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cw::FindingRow& r = m_all[m_shown[static_cast<std::size_t>(index.row())]];
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
            if (r.plannedOwners.empty())
                return QString::fromStdString(f.auditee);
            QStringList owners;
            for (const auto& o : r.plannedOwners)
                owners << QString::fromStdString(o);
            return owners.join(QStringLiteral(", "));
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
