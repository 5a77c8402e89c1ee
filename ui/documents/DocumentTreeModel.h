#pragma once

// moc (Qt 6.4) cannot parse <concepts>, which documents/Document.h reaches through <compare>;
// it needs only the type names.
#ifndef Q_MOC_RUN
#include "documents/Document.h"
#include "documents/DocumentQuery.h"
#endif

#include <QAbstractItemModel>

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <vector>

namespace cw::ui {

class WorkspaceSession;

/// The four-level hierarchy by parent links: level-1 documents at the top, each document's
/// derived documents under it. Lazy: how many children a document has comes with its row
/// (cw::DocumentRow::childCount); the children themselves are read from the core
/// (cw::listDocuments() with filter.parent) a batch at a time when a view first asks for one of
/// them, so a register of 10,000 documents costs only what is expanded and on screen. An index
/// is a placeholder until its data is asked for (views make an index for every top row when they
/// lay out, and draw only the rows on screen). The structure changes only by reload(), never
/// behind a view's back.
class DocumentTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { DocumentColumn, StatusColumn, NextReviewColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1; ///< the document id (qlonglong)
    static constexpr std::size_t kBatchSize = 200;

    explicit DocumentTreeModel(WorkspaceSession& session, QObject* parent = nullptr);

    /// Reads the tree again (after a change of the workspace).
    void reload();
    void languageChanged();

    [[nodiscard]] const cw::DocumentRow* row(const QModelIndex& index) const;
    /// The index of a document, reading the ancestors' children as needed; invalid if absent.
    [[nodiscard]] QModelIndex reveal(std::int64_t id);
    /// The index of a document among those read so far.
    [[nodiscard]] QModelIndex indexOfLoaded(std::int64_t id) const;
    /// How many batches were read from the core since the last reload (for tests).
    [[nodiscard]] int batchesRead() const { return m_batchesRead; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        /// The row once read (none for the root and placeholders): kept apart so that the
        /// placeholders a view makes for thousands of rows stay small.
        std::unique_ptr<cw::DocumentRow> row;
        int parent = -1;
        int position = 0;
        std::vector<int> children; ///< one per child in the register; -1 until asked for
        bool loaded = false;       ///< `row` and `children` have been read (false: a placeholder)
        /// Ids and child counts of the children, read when first needed (a view asks whether a
        /// placeholder has children; reveal() looks for a document).
        std::vector<cw::DocumentChild> outline;
        bool outlineRead = false;
    };

    [[nodiscard]] int nodeOf(const QModelIndex& index) const;
    [[nodiscard]] QModelIndex indexOfNode(int node, int column = 0) const;
    /// The node of a child, a placeholder until its row is needed; -1 outside the children.
    [[nodiscard]] int child(int node, int position) const;
    /// The node with its row read (its batch read when it was a placeholder).
    const Node& loadedNode(int node) const;
    const std::vector<cw::DocumentChild>& outlineOf(int node) const;
    /// Reads the batch of children holding `position`.
    void readBatch(int node, std::size_t position) const;
    [[nodiscard]] int addPlaceholder(int parent, int position) const;
    void fill(int node, cw::DocumentRow row) const;

    WorkspaceSession& m_session;
    mutable std::deque<Node> m_nodes; ///< [0] is the invisible root; a deque keeps references valid
    mutable std::map<std::int64_t, int> m_nodeOfId;
    mutable int m_batchesRead = 0;
};

} // namespace cw::ui
