#pragma once

#include "audit/Audit.h"
#include "audit/AuditLifecycle.h"
#include "findings/Finding.h"

#include <QWidget>

#include <map>
#include <optional>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cw::ui {

class Banner;
class ChecklistModel;
class ChecklistView;
class CommittingTextEdit;
class WorkspaceSession;

/// The audit editor: the plan (every field one undoable edit), the lifecycle steps the core
/// offers (a refused one shows the core's reason), independence warnings, and the checklist with
/// its results, notes and evidence, from which a finding can be raised.
class AuditDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit AuditDetailPanel(WorkspaceSession& session, QWidget* parent = nullptr);

    /// Shows the audit (0: none); `defaultCatalog` is the catalog of bare clause numbers.
    void showAudit(std::int64_t auditId, const std::string& defaultCatalog);
    /// Reads the audit shown again (after any change to the workspace).
    void reload();
    [[nodiscard]] std::int64_t auditId() const { return m_auditId; }

    /// Sets a plan field as an undoable step; false when unchanged or refused.
    bool setField(cw::AuditField field, const QString& value);
    /// Takes a lifecycle step as an undoable step. A refused step shows the core's reason in a
    /// message box and gives false.
    bool takeStep(cw::AuditStep step);
    /// What raising a finding from checklist line `row` starts from.
    [[nodiscard]] cw::Finding proposalFor(int row) const;
    /// Creates the finding as an undoable step.
    bool raiseFinding(const cw::Finding& finding);
    void commitPending();
    void retranslateUi();

    [[nodiscard]] ChecklistModel* checklistModel() const { return m_checklistModel; }
    [[nodiscard]] ChecklistView* checklist() const { return m_checklist; }

Q_SIGNALS:
    void findingRaised(qint64 findingId);

private:
    struct Field {
        QLabel* label = nullptr;
        QLineEdit* line = nullptr;
        CommittingTextEdit* text = nullptr;
    };
    void buildForm(QGridLayout* grid);
    void rebuildSteps(const std::vector<cw::AuditStepOption>& steps);
    void commitLine(cw::AuditField field);
    void commitClauses();
    void updateButtons();
    void raiseFindingFromSelection();
    void addLine();
    void removeLine();
    [[nodiscard]] bool writable() const;

    WorkspaceSession& m_session;
    std::int64_t m_auditId = 0;
    std::string m_defaultCatalog;
    std::optional<cw::Audit> m_audit;
    QLabel* m_heading;
    QLabel* m_status;
    QHBoxLayout* m_stepRow;
    QLabel* m_commentLabel;
    QLineEdit* m_comment;
    std::vector<QPushButton*> m_stepButtons;
    Banner* m_independence;
    std::map<cw::AuditField, Field> m_fields;
    QLabel* m_clausesLabel = nullptr;
    QLineEdit* m_clauses = nullptr;
    QLabel* m_checklistTitle;
    QLabel* m_tally;
    QPushButton* m_generate;
    QPushButton* m_addLine;
    QPushButton* m_removeLine;
    QPushButton* m_raise;
    QLabel* m_keysHint;
    ChecklistModel* m_checklistModel;
    ChecklistView* m_checklist;
};

} // namespace cw::ui
