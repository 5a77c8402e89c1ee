#pragma once

#include "common/Page.h"

#include <cstdint>
#include <string>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QVBoxLayout;

namespace cw::ui {

class AuditDetailPanel;
class AuditListModel;
class Banner;
class CoverageModel;
class EmptyState;
class ReviewPanel;
class RefreshWhenShown;
class WorkspaceSession;

/// Audits: the audit programme (its audits with dates, status, lead auditor and clauses, the
/// coverage of clauses 4–10 over the last 12 months, independence warnings), the audit editor
/// with its lifecycle and checklist, and the management reviews. Every edit is one undoable step.
class AuditsPage : public Page {
    Q_OBJECT
public:
    enum Tab { ProgrammeTab, AuditTab, ReviewTab };

    explicit AuditsPage(WorkspaceSession& session, QWidget* parent = nullptr);
    [[nodiscard]] QString title() const override;

    [[nodiscard]] std::int64_t programmeId() const { return m_programmeId; }
    void selectProgramme(std::int64_t id);
    /// Shows the audit in the Audit tab.
    void openAudit(std::int64_t auditId);
    /// Creates an audit in the programme as an undoable step and opens it.
    bool newAudit();
    /// Creates a programme for the current year as an undoable step.
    bool newProgramme();
    /// Reads everything again (e.g. after the workspace's clock changed).
    void reload();
    void setCurrentTab(Tab tab);

    [[nodiscard]] AuditListModel* auditModel() const { return m_auditModel; }
    [[nodiscard]] CoverageModel* coverageModel() const { return m_coverageModel; }
    [[nodiscard]] AuditDetailPanel* detail() const { return m_detail; }
    [[nodiscard]] ReviewPanel* reviews() const { return m_reviews; }
    [[nodiscard]] QTableView* auditTable() const { return m_auditTable; }

Q_SIGNALS:
    void findingRaised(qint64 findingId);

protected:
    void retranslateUi() override;

private:
    void buildTopBar(QVBoxLayout* layout);
    [[nodiscard]] QWidget* buildProgrammeTab();
    void workspaceChanged();
    void refresh();
    void reloadProgrammes();
    void reloadProgramme();

    WorkspaceSession& m_session;
    RefreshWhenShown* m_refresher = nullptr;
    std::int64_t m_programmeId = 0;
    std::string m_defaultCatalog;
    bool m_refreshing = false;

    QStackedWidget* m_stack;
    EmptyState* m_noWorkspace;
    QWidget* m_content;
    QLabel* m_programmeLabel = nullptr;
    QComboBox* m_programme = nullptr;
    QLabel* m_period = nullptr;
    QPushButton* m_newProgramme = nullptr;
    QPushButton* m_newAudit = nullptr;
    Banner* m_banner;
    QTabWidget* m_tabs;
    AuditListModel* m_auditModel;
    CoverageModel* m_coverageModel;
    QLabel* m_auditsTitle = nullptr;
    QTableView* m_auditTable = nullptr;
    QLabel* m_independence = nullptr;
    QLabel* m_coverageTitle = nullptr;
    QLabel* m_coverageSummary = nullptr;
    QTableView* m_coverageTable = nullptr;
    AuditDetailPanel* m_detail;
    ReviewPanel* m_reviews;
};

} // namespace cw::ui
