#pragma once

#include "assessment/AssessmentResults.h"
#include "assessment/Scoring.h"

#include <QAbstractItemModel>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cw::ui {

/// The clause tree of one assessment: its catalogs (as top-level nodes when there are several),
/// their headings with readiness, and their assessable requirements with a status dot. A thin
/// adapter over cw::assessmentWorksheet() and cw::summarizeAssessment(): reload() keeps the
/// structure when the clauses are the same and reports only the rows whose figures changed.
class ClauseTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { ClauseColumn, StateColumn, ColumnCount };

    explicit ClauseTreeModel(QObject* parent = nullptr);

    /// Replaces the contents; `catalogTitles` names the catalogs (id -> title).
    void reload(std::vector<cw::WorksheetRow> rows, cw::AssessmentSummary summary,
                 const std::map<std::string, QString>& catalogTitles);
    void clear();
    /// Titles follow the user-interface language.
    void languageChanged();

    [[nodiscard]] const cw::WorksheetRow* row(const QModelIndex& index) const;
    [[nodiscard]] QModelIndex indexOf(const cw::RequirementKey& key) const;
    /// The next assessable requirement after `from` in tree order (the first one when `from` is
    /// invalid); invalid when there is none.
    [[nodiscard]] QModelIndex nextAssessable(const QModelIndex& from) const;
    [[nodiscard]] const cw::AssessmentSummary& summary() const { return m_summary; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        int worksheetRow = -1; ///< -1 for the root and catalog nodes
        std::string catalogId; ///< for catalog nodes
        int parent = -1;
        int position = 0; ///< among the parent's children
        std::vector<int> children;
    };

    void build(const std::map<std::string, QString>& catalogTitles);
    [[nodiscard]] int nodeOf(const QModelIndex& index) const;
    [[nodiscard]] QModelIndex indexOfNode(int node, int column = 0) const;
    [[nodiscard]] QVariant nodeData(const Node& node, int column, int role) const;
    [[nodiscard]] std::optional<double> readiness(const Node& node) const;

    std::vector<cw::WorksheetRow> m_rows;
    cw::AssessmentSummary m_summary;
    std::map<std::string, QString> m_catalogTitles;
    std::vector<Node> m_nodes; ///< [0] is the invisible root
    std::vector<int> m_nodeOfRow; ///< worksheet row -> node
    std::map<cw::RequirementKey, int> m_rowOfKey;
};

} // namespace cw::ui
