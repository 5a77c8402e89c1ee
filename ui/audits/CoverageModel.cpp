#include "audits/CoverageModel.h"

#include "audits/AuditNames.h"
#include "gap/GapNames.h"

#include <QBrush>
#include <QFont>

namespace cw::ui {

namespace {
const QColor kStale(0xe8, 0x9a, 0x24);
}

CoverageModel::CoverageModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CoverageModel::setCoverage(cw::AuditCoverage coverage, std::string since)
{
    beginResetModel();
    m_coverage = std::move(coverage);
    m_since = std::move(since);
    endResetModel();
}

void CoverageModel::languageChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const cw::CoverageRow* CoverageModel::row(int index) const
{
    return index >= 0 && static_cast<std::size_t>(index) < m_coverage.rows.size()
               ? &m_coverage.rows[static_cast<std::size_t>(index)]
               : nullptr;
}

bool CoverageModel::stale(const cw::CoverageRow& r) const
{
    return r.status == cw::CoverageStatus::Audited && !r.lastAudited.empty() && r.lastAudited < m_since;
}

int CoverageModel::recentlyAuditedLeaves() const
{
    int n = 0;
    for (const auto& r : m_coverage.rows)
        if (r.leaf && r.status == cw::CoverageStatus::Audited && !stale(r))
            ++n;
    return n;
}

int CoverageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_coverage.rows.size());
}

int CoverageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoverageModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cw::CoverageRow& r = m_coverage.rows[static_cast<std::size_t>(index.row())];
    const bool isStale = stale(r);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ClauseColumn:
            return QString(r.depth * 4, QLatin1Char(' ')) + QString::fromStdString(r.clause.ref) +
                   QStringLiteral("  ") + GapNames::pick(r.titleEn, r.titleZh);
        case StatusColumn:
            return isStale ? tr("Audited over 12 months ago") : AuditNames::coverage(r.status);
        case AuditsColumn: {
            QStringList codes;
            for (const auto& c : r.audits)
                codes << QString::fromStdString(c);
            return codes.join(QStringLiteral(", "));
        }
        case LastAuditedColumn:
            return QString::fromStdString(r.lastAudited);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ClauseColumn)
        return r.leaf ? data(index, Qt::DisplayRole).toString().trimmed()
                      : tr("%1: the weakest status of the clauses under it")
                            .arg(QString::fromStdString(r.clause.ref));
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return AuditNames::dot(isStale ? kStale : AuditNames::coverageColor(r.status));
    if (role == Qt::FontRole && r.depth == 0) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn &&
        r.status == cw::CoverageStatus::NotPlanned)
        return QBrush(AuditNames::coverageColor(r.status));
    return {};
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClauseColumn:
        return tr("Clause");
    case StatusColumn:
        return tr("Coverage");
    case AuditsColumn:
        return tr("Audits");
    case LastAuditedColumn:
        return tr("Last audited");
    default:
        return {};
    }
}

} // namespace cw::ui
