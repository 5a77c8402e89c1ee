#pragma once

// CorrectiveActions.h before anything that includes <compare> first: CMake 3.25 runs moc as C++17,
// and moc then fails on <compare> when it is the first standard header it meets.
#include "findings/CorrectiveActions.h"
#include "findings/FindingQuery.h"

#include <QAbstractTableModel>

#include <map>
#include <string>
#include <vector>

namespace cw::ui {

class WorkspaceSession;

/// The findings register: the whole of cw::listFindings(), read once per reload, showing the rows
/// that pass the filter set here (type, state, open only, overdue only, clause), one per finding in the
/// core's order (open majors first). Findings with an overdue corrective action are drawn in red. Read-only:
/// editing happens in the detail below.
class FindingListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        TypeColumn,
        TitleColumn,
        OriginColumn,
        ClausesColumn,
        StateColumn,
        OwnerColumn,
        DueColumn,
        ColumnCount
    };

    explicit FindingListModel(WorkspaceSession& session, QObject* parent = nullptr);

    /// Shows the rows read last that pass `filter` (no reading: reload() after a change).
    void setFilter(const cw::FindingFilter& filter);
    [[nodiscard]] const cw::FindingFilter& filter() const { return m_filter; }
    /// Reads the findings again.
    void reload();
    void clear();
    void languageChanged();
    [[nodiscard]] const cw::FindingRow* finding(int row) const;
    /// Every finding of the register, whatever the filter (for counts).
    [[nodiscard]] const std::vector<cw::FindingRow>& allFindings() const { return m_all; }
    [[nodiscard]] int rowOf(std::int64_t findingId) const;
    [[nodiscard]] int rowOfCode(const std::string& code) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static std::vector<std::size_t> matching(const std::vector<cw::FindingRow>& rows,
                                             const cw::FindingFilter& filter);

    WorkspaceSession& m_session;
    cw::FindingFilter m_filter;
    std::vector<cw::FindingRow> m_all;
    std::vector<std::size_t> m_shown; ///< indexes into m_all of the rows that pass the filter
};

} // namespace cw::ui
