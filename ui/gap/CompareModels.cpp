#include "gap/CompareModels.h"

#include "gap/GapNames.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <cmath>

namespace cw::ui {

namespace {
const QColor kImproved(0x2e, 0x7d, 0x32);
const QColor kRegressed(0xc6, 0x28, 0x28);
const QColor kImprovedBack(0xe3, 0xf2, 0xe4);
const QColor kRegressedBack(0xfb, 0xe4, 0xe4);

/// +1 improved, -1 regressed, 0 unchanged or not comparable.
int direction(const std::optional<double>& change)
{
    if (!change || std::abs(*change) < 1e-9)
        return 0;
    return *change > 0 ? 1 : -1;
}

QVariant ratio(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}
} // namespace

// --- ClauseCompareModel -------------------------------------------------------------------------

ClauseCompareModel::ClauseCompareModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ClauseCompareModel::setComparison(const cw::AssessmentComparison& comparison, int depth)
{
    beginResetModel();
    m_rows.clear();
    for (const auto& c : comparison.clauses)
        if (c.level >= 1 && c.level <= depth)
            m_rows.push_back(c);
    endResetModel();
}

void ClauseCompareModel::setHeaders(const QString& nameA, const QString& nameB)
{
    m_nameA = nameA;
    m_nameB = nameB;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ClauseCompareModel::languageChanged()
{
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const cw::ClauseComparison* ClauseCompareModel::clause(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < m_rows.size() ? &m_rows[static_cast<std::size_t>(row)]
                                                                     : nullptr;
}

int ClauseCompareModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ClauseCompareModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClauseCompareModel::points(const std::optional<double>& change)
{
    if (!change)
        return QStringLiteral("–");
    const double p = std::round(*change * 1000.0) / 10.0;
    return (p > 0 ? QStringLiteral("+") : QString()) + QString::number(p, 'f', 1);
}

QVariant ClauseCompareModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cw::ClauseComparison& c = m_rows[static_cast<std::size_t>(index.row())];
    const int dir = direction(c.change());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ClauseColumn:
            return QString(2 * (c.level - 1), QLatin1Char(' ')) + QString::fromStdString(c.key.ref) +
                   QStringLiteral("  ") + GapNames::pick(c.titleEn, c.titleZh);
        case ReadinessAColumn:
            return GapNames::percent(c.readinessA);
        case ReadinessBColumn:
            return GapNames::percent(c.readinessB);
        case ChangeColumn:
            return points(c.change());
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ChangeColumn && c.change())
            return dir > 0   ? tr("Improved by %1 percentage points").arg(points(c.change()))
                   : dir < 0 ? tr("Regressed by %1 percentage points").arg(points(c.change()))
                             : tr("Unchanged");
        if (index.column() == ClauseColumn)
            return GapNames::pick(c.titleEn, c.titleZh);
        if (index.column() != ChangeColumn &&
            !(index.column() == ReadinessAColumn ? c.readinessA : c.readinessB))
            return tr("Not covered, or nothing under this clause applies");
        return {};
    case RatioRole:
        switch (index.column()) {
        case ReadinessAColumn:
            return ratio(c.readinessA);
        case ReadinessBColumn:
            return ratio(c.readinessB);
        case ChangeColumn:
            return ratio(c.change());
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn && dir != 0)
            return QBrush(dir > 0 ? kImproved : kRegressed);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == ChangeColumn && dir != 0)
            return QBrush(dir > 0 ? kImprovedBack : kRegressedBack);
        return {};
    case Qt::FontRole:
        if (c.level == 1) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != ClauseColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ClauseCompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClauseColumn:
        return tr("Clause");
    case ReadinessAColumn:
        return m_nameA.isEmpty() ? tr("Readiness A") : m_nameA;
    case ReadinessBColumn:
        return m_nameB.isEmpty() ? tr("Readiness B") : m_nameB;
    case ChangeColumn:
        return tr("Change (points)");
    default:
        return {};
    }
}

// --- StatusChangeModel --------------------------------------------------------------------------

StatusChangeModel::StatusChangeModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void StatusChangeModel::setChanges(std::vector<cw::RequirementChange> changes)
{
    beginResetModel();
    m_rows = std::move(changes);
    endResetModel();
}

void StatusChangeModel::languageChanged()
{
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const cw::RequirementChange* StatusChangeModel::change(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < m_rows.size() ? &m_rows[static_cast<std::size_t>(row)]
                                                                     : nullptr;
}

int StatusChangeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StatusChangeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatusChangeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cw::RequirementChange& c = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case RefColumn:
            return QString::fromStdString(c.key.ref);
        case TitleColumn:
            return GapNames::pick(c.titleEn, c.titleZh);
        case BeforeColumn:
            return GapNames::status(c.before);
        case AfterColumn:
            return GapNames::status(c.after);
        case KindColumn:
            switch (c.kind) {
            case cw::ChangeKind::Improved:
                return tr("Improved");
            case cw::ChangeKind::Regressed:
                return tr("Regressed");
            case cw::ChangeKind::Applicability:
                return tr("Applicability changed");
            }
            return {};
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == BeforeColumn)
        return GapNames::statusDot(c.before);
    if (role == Qt::DecorationRole && index.column() == AfterColumn)
        return GapNames::statusDot(c.after);
    if (role == Qt::ForegroundRole && index.column() == KindColumn) {
        if (c.kind == cw::ChangeKind::Improved)
            return QBrush(kImproved);
        if (c.kind == cw::ChangeKind::Regressed)
            return QBrush(kRegressed);
    }
    if (role == Qt::BackgroundRole && index.column() == KindColumn) {
        if (c.kind == cw::ChangeKind::Improved)
            return QBrush(kImprovedBack);
        if (c.kind == cw::ChangeKind::Regressed)
            return QBrush(kRegressedBack);
    }
    return {};
}

QVariant StatusChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RefColumn:
        return tr("Clause");
    case TitleColumn:
        return tr("Requirement");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case KindColumn:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace cw::ui
