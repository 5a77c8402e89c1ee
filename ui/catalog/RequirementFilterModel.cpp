#include "catalog/RequirementFilterModel.h"

#include "catalog/CatalogTreeModel.h"

#include <algorithm>

namespace cw::ui {

RequirementFilterModel::RequirementFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterRole(CatalogTreeModel::SearchTextRole);
}

void RequirementFilterModel::setSearchText(const QString& text)
{
    const QStringList terms = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateFilter();
}

bool RequirementFilterModel::matches(const QModelIndex& sourceIndex) const
{
    const QString text = sourceIndex.data(filterRole()).toString();
    if (text.isEmpty())
        return false;
    return std::all_of(m_terms.cbegin(), m_terms.cend(),
                       [&](const QString& term) { return text.contains(term, Qt::CaseInsensitive); });
}

bool RequirementFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    return matches(sourceModel()->index(sourceRow, 0, sourceParent));
}

int RequirementFilterModel::matchCount() const
{
    return isFiltering() ? countMatches({}) : 0;
}

int RequirementFilterModel::countMatches(const QModelIndex& parent) const
{
    int count = 0;
    for (int row = 0; row < rowCount(parent); ++row) {
        const QModelIndex child = index(row, 0, parent);
        if (matches(mapToSource(child)))
            ++count;
        count += countMatches(child);
    }
    return count;
}

} // namespace cw::ui
