#include "audits/AuditListModel.h"

#include "audits/AuditNames.h"

#include <QApplication>
#include <QBrush>
#include <QStyle>

namespace cw::ui {

namespace {
QString dates(const std::string& start, const std::string& end)
{
    if (start.empty() && end.empty())
        return {};
    if (end.empty() || end == start)
        return QString::fromStdString(start);
    return QStringLiteral("%1 – %2").arg(QString::fromStdString(start), QString::fromStdString(end));
}
} // namespace

AuditListModel::AuditListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AuditListModel::setRows(std::vector<Row> rows, std::string defaultCatalog)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_defaultCatalog = std::move(defaultCatalog);
    endResetModel();
}

void AuditListModel::languageChanged()
{
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const AuditListModel::Row* AuditListModel::row(int index) const
{
    return index >= 0 && static_cast<std::size_t>(index) < m_rows.size()
               ? &m_rows[static_cast<std::size_t>(index)]
               : nullptr;
}

int AuditListModel::rowOf(std::int64_t auditId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].audit.id == auditId)
            return static_cast<int>(i);
    return -1;
}

int AuditListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    const cw::Audit& a = r.audit;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CodeColumn:
            return QString::fromStdString(a.code);
        case TitleColumn:
            return QString::fromStdString(a.title);
        case DatesColumn:
            // What happened when it has happened, else what is planned.
            return a.actualStart.empty() ? dates(a.plannedStart, a.plannedEnd)
                                         : dates(a.actualStart, a.actualEnd);
        case StatusColumn:
            return AuditNames::status(a.status);
        case LeadColumn:
            return QString::fromStdString(a.leadAuditor);
        case ClausesColumn:
            return AuditNames::clauses(a.clauses, m_defaultCatalog);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == CodeColumn && !r.flags.empty()) {
            QStringList lines;
            for (const auto& f : r.flags)
                lines << AuditNames::independence(f);
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == DatesColumn)
            return tr("Planned %1; carried out %2")
                .arg(dates(a.plannedStart, a.plannedEnd),
                     a.actualStart.empty() ? tr("not yet") : dates(a.actualStart, a.actualEnd));
        if (index.column() == TitleColumn || index.column() == ClausesColumn)
            return data(index, Qt::DisplayRole);
        return {};
    }
    if (role == Qt::DecorationRole) {
        if (index.column() == StatusColumn)
            return AuditNames::dot(AuditNames::statusColor(a.status));
        if (index.column() == CodeColumn && !r.flags.empty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    if (role == Qt::ForegroundRole && index.column() == LeadColumn && !r.flags.empty())
        return QBrush(QColor(0xa0, 0x5a, 0x00));
    return {};
}

QVariant AuditListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Audit");
    case TitleColumn:
        return tr("Title");
    case DatesColumn:
        return tr("Dates");
    case StatusColumn:
        return tr("Status");
    case LeadColumn:
        return tr("Lead auditor");
    case ClausesColumn:
        return tr("Clauses in scope");
    default:
        return {};
    }
}

} // namespace cw::ui
