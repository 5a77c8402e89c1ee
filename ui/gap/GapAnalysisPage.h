#pragma once

#include "assessment/Assessment.h"
#include "assessment/AssessmentActions.h"
#include "assessment/AssessmentResults.h"
#ifndef Q_MOC_RUN
#include "assessment/ChecklistImport.h"
#include "assessment/Spreadsheet.h"
#endif
#include "catalog/Catalog.h"
#include "common/Page.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QVBoxLayout;

namespace cw::ui {

class Banner;
class ClauseHeatMap;
class ClauseTreeModel;
class ClauseTreeView;
class CompareView;
class EmptyState;
class EntryPanel;
class GapListModel;
class ReadinessChart;
class RefreshWhenShown;
class WorkspaceSession;

/// Gap analysis: one assessment at a time, requirement by requirement. Left the clause tree
/// with status dots and readiness, right the requirement with its questions, status buttons
/// and notes; above, coverage and readiness; tabs for the readiness chart and heat map and for
/// the prioritised gap list. Every edit is one undoable step and one core call.
class GapAnalysisPage : public Page {
    Q_OBJECT
public:
    explicit GapAnalysisPage(WorkspaceSession& session, QWidget* parent = nullptr);
    [[nodiscard]] QString title() const override;

    /// The assessment shown, or 0.
    [[nodiscard]] std::int64_t assessmentId() const { return m_assessmentId; }
    void selectAssessment(std::int64_t id);
    /// Creates an assessment as an undoable step and shows it; false when the core refused it.
    bool createAssessment(const cw::NewAssessment& init);
    /// Sets the status of the selected requirement as an undoable step; false when nothing
    /// changed (no requirement selected, the same status, or the core refused it).
    bool setStatus(cw::AssessmentStatus status, const QString& justification = {});
    /// Creates the action as an undoable step.
    bool addAction(const cw::GapAction& action);
    /// Selects a requirement or clause in the tree and shows it.
    void showRequirement(const cw::RequirementKey& key);

    /// Integrated systems: after a status is recorded, the mapped requirements of the
    /// assessment's other catalogs that would change by taking it over (shown in a bar above the
    /// entry tab). Empty when nothing is offered.
    [[nodiscard]] const std::vector<cw::RequirementKey>& propagationOffer() const { return m_offerTargets; }
    /// Gives the offered requirements the status (and evidence) as one undoable step; false when
    /// nothing was offered or the core refused it.
    bool applyPropagation();
    /// Imports a checklist into the assessment shown as one undoable step (all rows or none);
    /// false when the core refused it (the error is reported through the session).
    bool importChecklist(const cw::Sheet& sheet, const cw::ChecklistMapping& mapping);
    /// Hides the offer without applying it.
    void dismissPropagation();

    [[nodiscard]] ClauseTreeModel* treeModel() const { return m_treeModel; }
    [[nodiscard]] ClauseTreeView* tree() const { return m_tree; }
    [[nodiscard]] GapListModel* gapModel() const { return m_gapModel; }
    [[nodiscard]] CompareView* compareView() const { return m_compare; }

public Q_SLOTS:
    void newAssessment();
    void createActionForSelectedGap();
    /// Opens the import wizard for the assessment shown.
    void openImportWizard();

protected:
    void retranslateUi() override;

private:
    void buildTopBar(QWidget* parent, QVBoxLayout* layout);
    void buildOfferBar(QWidget* parent, QVBoxLayout* layout);
    [[nodiscard]] QWidget* buildEntryTab();
    [[nodiscard]] QWidget* buildOverviewTab();
    [[nodiscard]] QWidget* buildGapsTab();
    void workspaceChanged();
    void refresh();
    void reloadAssessments();
    void reloadData();
    void reloadGaps();
    void reloadCompare();
    void updateFigures();
    void showCurrent();
    void statusKey(int digit);
    void commitField(cw::ResultField field, const QString& value);
    void goToNext();
    void focusTree();
    [[nodiscard]] const cw::Requirement* catalogRequirement(const cw::RequirementKey& key);
    [[nodiscard]] std::map<std::string, QString> catalogTitles();
    [[nodiscard]] std::optional<cw::RequirementKey> currentKey() const;
    void offerPropagation(const cw::RequirementKey& source);
    void updatePropagationOffer();

    WorkspaceSession& m_session;
    RefreshWhenShown* m_refresher = nullptr;
    std::int64_t m_assessmentId = 0;
    std::map<std::string, cw::Catalog> m_catalogCache;
    bool m_gapsStale = true;
    bool m_compareStale = true;
    bool m_refreshing = false;

    QStackedWidget* m_stack;
    EmptyState* m_noWorkspace;
    QWidget* m_content;
    QLabel* m_assessmentLabel = nullptr;
    QComboBox* m_assessment = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_coverageLabel = nullptr;
    QProgressBar* m_coverage = nullptr;
    QLabel* m_readiness = nullptr;
    Banner* m_banner;
    QStackedWidget* m_body;
    EmptyState* m_noAssessment;
    QTabWidget* m_tabs;
    ClauseTreeModel* m_treeModel;
    ClauseTreeView* m_tree = nullptr;
    EntryPanel* m_entry = nullptr;
    QLabel* m_chartTitle = nullptr;
    ReadinessChart* m_chart = nullptr;
    QLabel* m_heatTitle = nullptr;
    QLabel* m_heatHint = nullptr;
    ClauseHeatMap* m_heatMap = nullptr;
    GapListModel* m_gapModel;
    QTableView* m_gapTable = nullptr;
    QPushButton* m_createAction = nullptr;
    QLabel* m_gapCount = nullptr;
    CompareView* m_compare = nullptr;
    QFrame* m_offerBar = nullptr;
    QLabel* m_offerText = nullptr;
    QPushButton* m_offerApply = nullptr;
    QPushButton* m_offerDismiss = nullptr;
    std::optional<cw::RequirementKey> m_offerSource;
    std::vector<cw::RequirementKey> m_offerTargets;
};

} // namespace cw::ui
