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

/// The findings register: cw::listFindings() with the filter set here (type, state, open only,
/// overdue only), one row per finding in the core's order (open majors first). Findings with an
/// overdue corrective action are drawn in red. Read-only: editing happens in the detail below.
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

    void setFilter(const cw::FindingFilter& filter);
    [[nodiscard]] const cw::FindingFilter& filter() const { return m_filter; }
    /// Reads the findings again.
    void reload();
    void clear();
    void languageChanged();
    [[nodiscard]] const cw::FindingRow* finding(int row) const;
    [[nodiscard]] int rowOf(std::int64_t findingId) const;
    [[nodiscard]] int rowOfCode(const std::string& code) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    WorkspaceSession& m_session;
    cw::FindingFilter m_filter;
    std::vector<cw::FindingRow> m_rows;
    std::map<std::int64_t, QString> m_owners; ///< owners of the finding's planned actions
};

} // namespace cw::ui
