#pragma once

#include <QWidget>

#include <cstdint>

class QComboBox;
class QLabel;
class QTableView;

namespace cw::ui {

class ClauseCompareModel;
class StatusChangeModel;
class WorkspaceSession;

/// Compare two assessments: readiness per clause side by side with the change, and the
/// requirements whose status improved, regressed or changed applicability (cw::compareAssessments()).
class CompareView : public QWidget {
    Q_OBJECT
public:
    explicit CompareView(WorkspaceSession& session, QWidget* parent = nullptr);

    /// Reloads the list of assessments; `current` becomes B (and the one before it A) the first
    /// time or when the chosen ones are gone.
    void reload(std::int64_t current);
    /// Compares A (usually the earlier) with B.
    void compare(std::int64_t a, std::int64_t b);
    void retranslateUi();

    [[nodiscard]] std::int64_t assessmentA() const { return m_a; }
    [[nodiscard]] std::int64_t assessmentB() const { return m_b; }
    [[nodiscard]] ClauseCompareModel* clauseModel() const { return m_clauses; }
    [[nodiscard]] StatusChangeModel* changeModel() const { return m_changes; }

Q_SIGNALS:
    /// A requirement of the change list was double-clicked (catalog id, ref).
    void requirementActivated(const QString& catalogId, const QString& ref);

private:
    void recompute();

    WorkspaceSession& m_session;
    std::int64_t m_a = 0;
    std::int64_t m_b = 0;
    QLabel* m_labelA;
    QComboBox* m_comboA;
    QLabel* m_labelB;
    QComboBox* m_comboB;
    QLabel* m_summary;
    QLabel* m_clausesTitle;
    QLabel* m_changesTitle;
    ClauseCompareModel* m_clauses;
    StatusChangeModel* m_changes;
    QTableView* m_clauseTable;
    QTableView* m_changeTable;
};

} // namespace cw::ui
