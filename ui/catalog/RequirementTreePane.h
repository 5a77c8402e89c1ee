#pragma once

#include "catalog/CatalogTreeModel.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace cw::ui {

class RequirementFilterModel;

/// The left side of the catalog page: the view switch (clauses of 2018 / process groups of 2011,
/// shown only for catalogs with process groups), the search field and the requirement tree.
class RequirementTreePane : public QWidget {
    Q_OBJECT
public:
    explicit RequirementTreePane(QWidget* parent = nullptr);

    /// Shows `catalog`, keeping the view, the search and, when it is still there, the selection.
    void setCatalog(std::shared_ptr<const cw::Catalog> catalog);
    void setLanguage(const QString& language);
    void setView(CatalogTreeModel::View view);
    void retranslateUi();
    /// Selects `ref`, switching to the clause view or clearing the search when needed to show
    /// it; false when the catalog has no such clause.
    bool select(const QString& ref);
    void focusSearch();

    /// The selected requirement, or nullptr.
    [[nodiscard]] const cw::Requirement* currentRequirement() const;
    /// The selected process group, or nullptr.
    [[nodiscard]] const cw::ProcessGroup* currentGroup() const;
    [[nodiscard]] CatalogTreeModel* model() const { return m_model; }
    [[nodiscard]] RequirementFilterModel* filter() const { return m_filter; }

Q_SIGNALS:
    /// The user (or select()) chose another requirement or group.
    void currentChanged();

private:
    void search(const QString& text);
    void updateMatches();
    void onCurrentChanged(const QModelIndex& current);
    [[nodiscard]] QModelIndex currentSource() const;

    CatalogTreeModel* m_model;
    RequirementFilterModel* m_filter;
    QLabel* m_viewLabel;
    QComboBox* m_viewSwitch;
    QLineEdit* m_search;
    QTreeView* m_tree;
    QLabel* m_matches;
};

} // namespace cw::ui
