// GapAnalysisPage: building the page's widgets (top bar, entry, overview and gaps tabs).
#include "gap/GapAnalysisPage.h"

#include "assessment/AssessmentResults.h"
#include "assessment/GapList.h"
#include "assessment/Propagation.h"
#include "assessment/Scoring.h"
#include "catalog/BuiltinCatalogs.h"
#include "catalog/CatalogStore.h"
#include "common/Banner.h"
#include "common/EmptyState.h"
#include "common/PageWidgets.h"
#include "gap/ActionDialog.h"
#include "gap/ClauseHeatMap.h"
#include "gap/ClauseTreeModel.h"
#include "gap/ClauseTreeView.h"
#include "gap/CompareView.h"
#include "gap/CreateActionCommand.h"
#include "gap/CreateAssessmentCommand.h"
#include "gap/EntryPanel.h"
#include "gap/GapListModel.h"
#include "gap/GapNames.h"
#include "gap/ImportChecklistCommand.h"
#include "gap/ImportChecklistWizard.h"
#include "gap/NewAssessmentDialog.h"
#include "gap/PropagationCommand.h"
#include "gap/ReadinessChart.h"
#include "gap/ResultEditCommand.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace cw::ui {

void GapAnalysisPage::buildTopBar(QWidget* parent, QVBoxLayout* layout)
{
    auto* bar = new QWidget(parent);
    bar->setObjectName(QStringLiteral("gapTopBar"));
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(16, 10, 16, 10);
    row->setSpacing(8);
    m_assessmentLabel = new QLabel(bar);
    m_assessment = new QComboBox(bar);
    m_assessment->setObjectName(QStringLiteral("assessmentSelector"));
    m_assessment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_assessment->setMinimumContentsLength(18);
    m_assessmentLabel->setBuddy(m_assessment);
    m_new = new QPushButton(bar);
    m_new->setObjectName(QStringLiteral("newAssessment"));
    m_import = new QPushButton(bar);
    m_import->setObjectName(QStringLiteral("importChecklist"));
    m_coverageLabel = new QLabel(bar);
    m_coverage = new QProgressBar(bar);
    m_coverage->setObjectName(QStringLiteral("coverageBar"));
    m_coverage->setMinimumWidth(220);
    m_coverage->setTextVisible(true);
    m_readiness = new QLabel(bar);
    m_readiness->setObjectName(QStringLiteral("overallReadiness"));
    QFont f = m_readiness->font();
    f.setBold(true);
    m_readiness->setFont(f);
    row->addWidget(m_assessmentLabel);
    row->addWidget(m_assessment);
    row->addWidget(m_new);
    row->addWidget(m_import);
    row->addSpacing(16);
    row->addStretch();
    row->addWidget(m_coverageLabel);
    row->addWidget(m_coverage, 1);
    row->addSpacing(12);
    row->addWidget(m_readiness);
    layout->addWidget(bar);

    connect(m_assessment, &QComboBox::activated, this,
            [this](int index) { selectAssessment(m_assessment->itemData(index).toLongLong()); });
    connect(m_new, &QPushButton::clicked, this, &GapAnalysisPage::newAssessment);
    connect(m_import, &QPushButton::clicked, this, &GapAnalysisPage::openImportWizard);
}

QWidget* GapAnalysisPage::buildEntryTab()
{
    auto* splitter = new QSplitter(Qt::Horizontal, m_tabs);
    splitter->setObjectName(QStringLiteral("entrySplitter"));
    m_tree = new ClauseTreeView(splitter);
    m_tree->setModel(m_treeModel);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ClauseTreeModel::ClauseColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ClauseTreeModel::StateColumn, QHeaderView::ResizeToContents);
    m_entry = new EntryPanel(splitter);
    auto* scroll = scrollingArea(m_entry, splitter);
    splitter->addWidget(m_tree);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({380, 700});
    splitter->setChildrenCollapsible(false);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &GapAnalysisPage::showCurrent);
    connect(m_tree, &ClauseTreeView::statusKeyPressed, this, &GapAnalysisPage::statusKey);
    connect(m_tree, &ClauseTreeView::nextRequested, this, &GapAnalysisPage::goToNext);
    connect(m_tree, &ClauseTreeView::notesRequested, m_entry, &EntryPanel::focusNotes);
    connect(m_entry, &EntryPanel::statusRequested, this,
            [this](cw::AssessmentStatus s, const QString& justification) { setStatus(s, justification); });
    connect(m_entry, &EntryPanel::fieldCommitted, this, &GapAnalysisPage::commitField);
    connect(m_entry, &EntryPanel::nextRequested, this, [this] {
        goToNext();
        focusTree();
    });
    connect(m_entry, &EntryPanel::treeRequested, this, &GapAnalysisPage::focusTree);
    return splitter;
}

QWidget* GapAnalysisPage::buildOverviewTab()
{
    auto* inner = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(inner);
    layout->setContentsMargins(20, 16, 20, 16);
    m_chartTitle = headingLabel(inner, 1.15);
    m_chart = new ReadinessChart(inner);
    m_heatTitle = headingLabel(inner, 1.15);
    m_heatHint = new QLabel(inner);
    m_heatHint->setForegroundRole(QPalette::PlaceholderText);
    m_heatHint->setWordWrap(true);
    m_heatMap = new ClauseHeatMap(inner);
    layout->addWidget(m_chartTitle);
    layout->addWidget(m_chart);
    layout->addSpacing(16);
    layout->addWidget(m_heatTitle);
    layout->addWidget(m_heatHint);
    layout->addWidget(m_heatMap);
    layout->addStretch();
    connect(m_heatMap, &ClauseHeatMap::clauseActivated, this, [this](const cw::RequirementKey& key) {
        m_tabs->setCurrentIndex(0);
        showRequirement(key);
    });
    return scrollingArea(inner, m_tabs);
}

QWidget* GapAnalysisPage::buildGapsTab()
{
    auto* tab = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(12, 10, 12, 10);
    auto* bar = new QHBoxLayout;
    m_gapCount = new QLabel(tab);
    m_gapCount->setObjectName(QStringLiteral("gapCount"));
    m_createAction = new QPushButton(tab);
    m_createAction->setObjectName(QStringLiteral("createAction"));
    bar->addWidget(m_gapCount, 1);
    bar->addWidget(m_createAction);
    m_gapTable = new QTableView(tab);
    m_gapTable->setObjectName(QStringLiteral("gapTable"));
    m_gapTable->setModel(m_gapModel);
    m_gapTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_gapTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gapTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gapTable->setAlternatingRowColors(true);
    m_gapTable->setWordWrap(false);
    m_gapTable->verticalHeader()->hide();
    m_gapTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_gapTable->horizontalHeader()->setStretchLastSection(false);
    m_gapTable->horizontalHeader()->setSectionResizeMode(GapListModel::TitleColumn, QHeaderView::Stretch);
    m_gapTable->horizontalHeader()->setSectionResizeMode(GapListModel::GapColumn, QHeaderView::Stretch);
    m_gapTable->horizontalHeader()->setSectionResizeMode(GapListModel::RecommendationColumn,
                                                         QHeaderView::Stretch);
    for (const int c :
         {GapListModel::RankColumn, GapListModel::RefColumn, GapListModel::StatusColumn,
          GapListModel::PriorityColumn, GapListModel::MaturityColumn, GapListModel::ActionsColumn})
        m_gapTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addLayout(bar);
    layout->addWidget(m_gapTable, 1);

    const auto updateButton = [this] {
        m_createAction->setEnabled(m_gapTable->currentIndex().isValid() && !m_session.isReadOnly());
    };
    connect(m_gapTable->selectionModel(), &QItemSelectionModel::currentChanged, this, updateButton);
    connect(m_gapModel, &QAbstractItemModel::modelReset, this, updateButton);
    connect(m_createAction, &QPushButton::clicked, this, &GapAnalysisPage::createActionForSelectedGap);
    connect(m_gapTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const cw::GapRow* g = m_gapModel->gap(index.row())) {
            m_tabs->setCurrentIndex(0);
            showRequirement(g->key);
        }
    });
    return tab;
}

} // namespace cw::ui
