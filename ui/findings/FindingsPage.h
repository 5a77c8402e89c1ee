#pragma once

#include "common/Page.h"
#include "findings/Finding.h"

#include <cstdint>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace cw::ui {

class Banner;
class EmptyState;
class FindingDetailPanel;
class FindingListModel;
class RefreshWhenShown;
class WorkspaceSession;

/// Findings & actions: the findings register with filters (type, state, clause, open, overdue), open
/// major nonconformities called out above it, and the selected finding below with its correction,
/// root cause, corrective actions and lifecycle. Every edit is one undoable step.
class FindingsPage : public Page {
    Q_OBJECT
public:
    explicit FindingsPage(WorkspaceSession& session, QWidget* parent = nullptr);
    [[nodiscard]] QString title() const override;

    /// Selects the finding in the register (clearing filters that hide it) and shows it.
    void showFinding(std::int64_t findingId);
    /// Creates a finding as an undoable step and shows it.
    bool createFinding(const cw::Finding& finding);
    /// Sets the filters as the controls above the table do.
    void setTypeFilter(std::optional<cw::FindingType> type);
    void setStateFilter(std::optional<cw::FindingState> state);
    void setOverdueOnly(bool overdue);
    void setOpenOnly(bool open);
    /// Only findings citing this clause or one under it ("8.6"; "iso27001:2022 A.5").
    void setClauseFilter(const QString& clause);
    /// Reads everything again (e.g. after the workspace's clock changed).
    void reload();

    [[nodiscard]] FindingListModel* listModel() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] FindingDetailPanel* detail() const { return m_detail; }

public Q_SLOTS:
    void newFinding();

protected:
    void retranslateUi() override;

private:
    void workspaceChanged();
    void refresh();
    void applyFilters();
    void updateSummary();
    void showCurrent();

    WorkspaceSession& m_session;
    RefreshWhenShown* m_refresher = nullptr;
    bool m_refreshing = false;
    QStackedWidget* m_stack;
    EmptyState* m_noWorkspace;
    QWidget* m_content;
    Banner* m_banner;
    QLabel* m_majors;
    QLabel* m_typeLabel;
    QComboBox* m_type;
    QLabel* m_stateLabel;
    QComboBox* m_state;
    QCheckBox* m_open;
    QCheckBox* m_overdue;
    QLabel* m_clauseLabel;
    QLineEdit* m_clause;
    QLabel* m_count;
    QPushButton* m_new;
    FindingListModel* m_model;
    QTableView* m_table;
    FindingDetailPanel* m_detail;
};

} // namespace cw::ui
