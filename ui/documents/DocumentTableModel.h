#pragma once

// moc (Qt 6.4) cannot parse <concepts>, which documents/Document.h reaches through <compare>;
// it needs only the type names.
#ifndef Q_MOC_RUN
#include "documents/DocumentQuery.h"
#endif

#include <QAbstractTableModel>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace cw::ui {

class WorkspaceSession;

/// The register as a flat table, filtered and sorted by the core. Lazy: rowCount() comes from
/// cw::countDocuments() and rows are read a page at a time (cw::listDocuments()) when a view
/// asks for them, so 10,000 documents cost a count and the pages on screen. Sorting a column
/// asks the core for a different order.
class DocumentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        TitleColumn,
        LevelColumn,
        TypeColumn,
        StatusColumn,
        VersionColumn,
        OwnerColumn,
        NextReviewColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;      ///< the document id (qlonglong)
    static constexpr int OverdueRole = Qt::UserRole + 2; ///< bool
    static constexpr std::size_t kPageSize = 100;

    explicit DocumentTableModel(WorkspaceSession& session, QObject* parent = nullptr);

    void setFilter(const cw::DocumentFilter& filter);
    [[nodiscard]] const cw::DocumentFilter& filter() const { return m_filter; }
    /// Reads the count again and forgets the pages read.
    void reload();
    /// After a change of the workspace: with the same count, the rows are read again in place
    /// (views keep their scroll position and current row); otherwise reload().
    void refresh();
    /// Headers and texts again, after a language change.
    void languageChanged();

    /// The row, reading its page when needed; nullptr out of range.
    [[nodiscard]] const cw::DocumentRow* row(int row) const;
    /// The row of a document among the pages read so far (-1 when not read yet or absent).
    [[nodiscard]] int rowOfLoaded(std::int64_t id) const;
    /// How many pages have been read from the core since the last reload (for tests).
    [[nodiscard]] std::size_t pagesRead() const { return m_pages.size(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    [[nodiscard]] const std::vector<cw::DocumentRow>* page(std::size_t number) const;

    WorkspaceSession& m_session;
    cw::DocumentFilter m_filter;
    cw::DocumentSort m_sort = cw::DocumentSort::Code;
    bool m_descending = false;
    int m_count = 0;
    mutable std::map<std::size_t, std::vector<cw::DocumentRow>> m_pages;
};

} // namespace cw::ui
