#pragma once

#include "findings/CorrectiveActions.h"
#include "findings/FindingLifecycle.h"

#include <QWidget>

#include <map>
#include <optional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QWidget;

namespace cw::ui {

class CommittingTextEdit;
class CorrectiveActionModel;
class WorkspaceSession;

/// One finding: what was found (title, type, clauses, requirement, description, evidence), the
/// correction and root cause, the corrective actions with owners and due dates, the lifecycle
/// steps the core offers (a refused one shows the core's reason) and the history of who moved it
/// when. Every edit is one undoable step; a closed finding is shown read-only.
class FindingDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit FindingDetailPanel(WorkspaceSession& session, QWidget* parent = nullptr);

    void showFinding(std::int64_t findingId);
    void reload();
    [[nodiscard]] std::int64_t findingId() const { return m_findingId; }

    bool setField(cw::FindingField field, const QString& value);
    /// Takes a step (verify: asks for the verification). A refused step shows the core's reason
    /// in a message box and gives false.
    bool takeStep(cw::FindingStep step);
    /// Records a verification (refused ones show the reason, as above).
    bool verify(const cw::Verification& verification, const QString& comment = {});
    bool addAction(const cw::CorrectiveAction& action);
    void commitPending();
    void retranslateUi();

    [[nodiscard]] CorrectiveActionModel* actionModel() const { return m_actionModel; }
    [[nodiscard]] QTableView* actionTable() const { return m_actionTable; }

private:
    struct Field {
        QLabel* label = nullptr;
        QLineEdit* line = nullptr;
        CommittingTextEdit* text = nullptr;
        QComboBox* combo = nullptr;
    };
    void buildFields();
    void rebuildSteps(const std::vector<cw::FindingStepOption>& steps);
    void commitLine(cw::FindingField field);
    bool showRefusal(const std::optional<std::string>& refusal);
    void updateActionButtons();
    [[nodiscard]] bool writable() const;

    WorkspaceSession& m_session;
    std::int64_t m_findingId = 0;
    std::optional<cw::FindingSnapshot> m_snapshot;
    std::string m_auditCatalog = "iso20000-1:2018";
    QLabel* m_heading;
    QLabel* m_state;
    QLabel* m_origin;
    QHBoxLayout* m_stepRow;
    QLabel* m_commentLabel;
    QLineEdit* m_comment;
    std::vector<QPushButton*> m_stepButtons;
    std::map<cw::FindingField, Field> m_fields;
    QLabel* m_clausesLabel;
    QLineEdit* m_clauses;
    QWidget* m_ncSection;
    QLabel* m_ncTitle;
    QLabel* m_actionsTitle;
    QTableView* m_actionTable;
    CorrectiveActionModel* m_actionModel;
    QPushButton* m_addAction;
    QPushButton* m_implement;
    QPushButton* m_deleteAction;
    QLabel* m_historyTitle;
    QLabel* m_history;
};

} // namespace cw::ui
