#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace cw::ui {

/// Filters a CatalogTreeModel as the user types: a requirement stays when its search text (ref,
/// titles, description and questions, English and Chinese) contains every word typed, ignoring
/// case; the parents of a match stay too.
class RequirementFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit RequirementFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    [[nodiscard]] bool isFiltering() const { return !m_terms.isEmpty(); }
    /// How many requirements match (parents kept only for context are not counted).
    [[nodiscard]] int matchCount() const;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    [[nodiscard]] bool matches(const QModelIndex& sourceIndex) const;
    [[nodiscard]] int countMatches(const QModelIndex& parent) const;

    QStringList m_terms;
};

} // namespace cw::ui
