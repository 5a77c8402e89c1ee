#pragma once

#include "catalog/Catalog.h"

#include <QAbstractItemModel>
#include <QString>

#include <memory>
#include <vector>

namespace cw::ui {

/// The requirements of one catalog as a one-column tree, in one of two views: the clause tree
/// (2018 structure) or the catalog's process groups with their assessable requirements in
/// clause order under each (the 2011 structure). Texts are in the language set here.
class CatalogTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class View { Clauses, ProcessGroups };
    enum Role {
        RefRole = Qt::UserRole + 1, ///< the clause reference; empty for a process group
        GroupRole,                  ///< the process group id; empty for a requirement
        AssessableRole,             ///< bool
        SearchTextRole,             ///< ref, titles, description and questions in both languages
    };

    explicit CatalogTreeModel(QObject* parent = nullptr);

    /// Shows `catalog` (nullptr: nothing). Falls back to the clause view when it has no groups.
    void setCatalog(std::shared_ptr<const cw::Catalog> catalog);
    [[nodiscard]] const cw::Catalog* catalog() const { return m_catalog.get(); }
    void setView(View view);
    [[nodiscard]] View view() const { return m_view; }
    /// "en" or "zh".
    void setLanguage(const QString& language);

    /// The requirement at `index`, or nullptr (a process group, or invalid).
    [[nodiscard]] const cw::Requirement* requirement(const QModelIndex& index) const;
    /// The first node showing `ref`; invalid when this view does not show it.
    [[nodiscard]] QModelIndex indexOf(const std::string& ref) const;
    /// All nodes, at every depth.
    [[nodiscard]] int nodeCount() const { return static_cast<int>(m_nodes.size()); }

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        int parent = -1;      ///< node index, -1 at the top
        int row = 0;          ///< among its siblings
        int requirement = -1; ///< index into the catalog's requirements, or -1
        int group = -1;       ///< index into the catalog's process groups, or -1
        std::vector<int> children;
    };

    void rebuild();
    void buildClauses();
    void buildGroups();
    int addNode(int parent, int requirement, int group);
    [[nodiscard]] const Node* node(const QModelIndex& index) const;
    [[nodiscard]] const std::vector<int>& childrenOf(const QModelIndex& parent) const;
    [[nodiscard]] QString displayText(const Node& node) const;
    [[nodiscard]] QString toolTip(const Node& node) const;
    [[nodiscard]] QString searchText(const Node& node) const;
    void emitDataChanged(const QModelIndex& parent);

    std::shared_ptr<const cw::Catalog> m_catalog;
    View m_view = View::Clauses;
    QString m_language = QStringLiteral("en");
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
};

} // namespace cw::ui
