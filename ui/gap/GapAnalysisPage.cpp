#include "gap/GapAnalysisPage.h"

#include "assessment/AssessmentResults.h"
#include "assessment/GapList.h"
#include "assessment/Propagation.h"
#include "assessment/Scoring.h"
#include "catalog/BuiltinCatalogs.h"
#include "catalog/CatalogStore.h"
#include "common/Banner.h"
#include "common/EmptyState.h"
#include "common/RefreshWhenShown.h"
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

GapAnalysisPage::GapAnalysisPage(WorkspaceSession& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_noWorkspace(new EmptyState(this))
    , m_content(new QWidget(this))
    , m_banner(new Banner(m_content))
    , m_body(new QStackedWidget(m_content))
    , m_noAssessment(new EmptyState(m_content))
    , m_tabs(new QTabWidget(m_content))
    , m_treeModel(new ClauseTreeModel(this))
    , m_gapModel(new GapListModel(this))
{
    setObjectName(QStringLiteral("gapAnalysisPage"));
    m_banner->setObjectName(QStringLiteral("gapBanner"));
    m_tabs->setObjectName(QStringLiteral("gapTabs"));
    m_tabs->setDocumentMode(true);

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    buildTopBar(m_content, contentLayout);
    contentLayout->addWidget(m_banner);
    buildOfferBar(m_content, contentLayout);
    m_tabs->addTab(buildEntryTab(), QString());
    m_tabs->addTab(buildOverviewTab(), QString());
    m_tabs->addTab(buildGapsTab(), QString());
    m_compare = new CompareView(m_session, m_tabs);
    m_tabs->addTab(m_compare, QString());
    connect(m_compare, &CompareView::requirementActivated, this,
            [this](const QString& catalog, const QString& ref) {
                m_tabs->setCurrentIndex(0);
                showRequirement({catalog.toStdString(), ref.toStdString()});
            });
    m_body->addWidget(m_noAssessment);
    m_body->addWidget(m_tabs);
    contentLayout->addWidget(m_body, 1);

    m_stack->addWidget(m_noWorkspace);
    m_stack->addWidget(m_content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_refresher = new RefreshWhenShown(*this, m_session, [this] { workspaceChanged(); }, [this] { refresh(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_gapsStale)
            reloadGaps();
        if (m_compareStale && m_tabs->currentWidget() == m_compare)
            reloadCompare();
    });

    retranslateUi();
    workspaceChanged();
}

QString GapAnalysisPage::title() const
{
    return tr("Gap analysis");
}

void GapAnalysisPage::retranslateUi()
{
    m_noWorkspace->setTexts(
        tr("No workspace is open"),
        tr("Create or open a workspace to assess its requirements against current practice."));
    m_noAssessment->setTexts(
        tr("No assessment yet"),
        tr("Start with New assessment…: give it a name, a date and the catalogs it covers. "
           "Then go through the clauses and record where the organization stands."));
    m_assessmentLabel->setText(tr("&Assessment:"));
    m_new->setText(tr("New assessment…"));
    m_import->setText(tr("Import checklist…"));
    m_import->setToolTip(tr("Record results from a CSV or Excel checklist into this assessment"));
    m_coverageLabel->setText(tr("Coverage:"));
    m_tabs->setTabText(0, tr("Assessment"));
    m_tabs->setTabText(1, tr("Overview"));
    m_tabs->setTabText(2, tr("Gaps"));
    m_tabs->setTabText(3, tr("Compare"));
    m_compare->retranslateUi();
    m_chartTitle->setText(tr("Readiness by clause"));
    m_heatTitle->setText(tr("Heat map of clauses"));
    m_heatHint->setText(tr("Each cell is a clause, coloured from red (not ready) to green (ready); grey when "
                           "nothing under it applies. Click a cell to open it."));
    m_createAction->setText(tr("Create action…"));
    m_offerApply->setToolTip(
        tr("Give the mapped requirements the same status and evidence (Alt+P; undoable)"));
    m_offerDismiss->setText(tr("Dismiss"));
    m_entry->retranslateUi();
    m_treeModel->languageChanged();
    m_gapModel->languageChanged();
    if (m_session.isOpen())
        refresh();
}

void GapAnalysisPage::workspaceChanged()
{
    m_catalogCache.clear();
    m_assessmentId = 0;
    m_offerSource.reset();
    m_treeModel->clear();
    m_gapModel->setRows({});
    refresh();
    if (const QModelIndex first = m_treeModel->nextAssessable({}); first.isValid())
        m_tree->setCurrentIndex(first);
}

void GapAnalysisPage::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    const bool open = m_session.isOpen();
    m_stack->setCurrentWidget(open ? m_content : static_cast<QWidget*>(m_noWorkspace));
    if (open) {
        reloadAssessments();
        reloadData();
    }
    updatePropagationOffer();
    m_refreshing = false;
}

void GapAnalysisPage::reloadAssessments()
{
    std::vector<cw::Assessment> list;
    if (!m_session.run([&](cw::Workspace& ws) { list = cw::listAssessments(ws); }))
        return;
    bool found = false;
    for (const auto& a : list)
        found = found || a.id == m_assessmentId;
    if (!found)
        m_assessmentId = list.empty() ? 0 : list.back().id; // the latest
    const QSignalBlocker block(m_assessment);
    m_assessment->clear();
    for (const auto& a : list)
        m_assessment->addItem(
            QStringLiteral("%1 (%2)").arg(QString::fromStdString(a.name), QString::fromStdString(a.date)),
            QVariant::fromValue<qlonglong>(a.id));
    m_assessment->setCurrentIndex(m_assessment->findData(QVariant::fromValue<qlonglong>(m_assessmentId)));
    m_assessment->setEnabled(!list.empty());
    m_new->setEnabled(!m_session.isReadOnly());
    m_import->setEnabled(!m_session.isReadOnly() && m_assessmentId != 0);
    m_body->setCurrentWidget(list.empty() ? static_cast<QWidget*>(m_noAssessment) : m_tabs);
}

std::map<std::string, QString> GapAnalysisPage::catalogTitles()
{
    std::map<std::string, QString> titles;
    std::optional<cw::Assessment> a;
    std::vector<cw::CatalogSummary> catalogs;
    m_session.run([&](cw::Workspace& ws) {
        a = cw::findAssessment(ws, m_assessmentId);
        catalogs = cw::listWorkspaceCatalogs(ws);
    });
    if (!a)
        return titles;
    for (const auto& id : a->catalogs) {
        QString title = QString::fromStdString(id);
        for (const auto& c : catalogs)
            if (c.id == id)
                title = GapNames::pick(c.title.en, c.title.zh);
        titles[id] = title;
    }
    return titles;
}

void GapAnalysisPage::reloadData()
{
    if (m_assessmentId == 0) {
        m_treeModel->clear();
        m_gapModel->setRows({});
        updateFigures();
        showCurrent();
        return;
    }
    const std::optional<cw::RequirementKey> current = currentKey();
    std::vector<cw::WorksheetRow> rows;
    cw::AssessmentSummary summary;
    if (!m_session.run([&](cw::Workspace& ws) {
            rows = cw::assessmentWorksheet(ws, m_assessmentId);
            summary = cw::summarizeAssessment(ws, m_assessmentId);
        }))
        return;
    const auto titles = catalogTitles();
    m_treeModel->reload(std::move(rows), std::move(summary), titles);
    if (current && !m_tree->currentIndex().isValid()) { // the model was reset
        m_tree->expandToDepth(0);
        showRequirement(*current);
    } else if (!m_tree->currentIndex().isValid()) {
        m_tree->expandToDepth(0);
    }
    m_gapsStale = true;
    if (m_tabs->currentIndex() == 2)
        reloadGaps();
    m_compareStale = true;
    if (m_tabs->currentWidget() == m_compare)
        reloadCompare();
    updateFigures();
    showCurrent();
}

void GapAnalysisPage::reloadGaps()
{
    if (m_assessmentId == 0 || !m_session.isOpen())
        return;
    std::vector<cw::GapRow> gaps;
    if (!m_session.run([&](cw::Workspace& ws) { gaps = cw::prioritisedGaps(ws, m_assessmentId); }))
        return;
    std::optional<cw::RequirementKey> selected;
    if (const cw::GapRow* g = m_gapModel->gap(m_gapTable->currentIndex().row()))
        selected = g->key;
    m_gapModel->setRows(std::move(gaps));
    m_gapsStale = false;
    int nonconformant = 0;
    for (int r = 0; r < m_gapModel->rowCount(); ++r) {
        if (m_gapModel->gap(r)->status == cw::AssessmentStatus::Nonconformant)
            ++nonconformant;
        if (selected && m_gapModel->gap(r)->key == *selected)
            m_gapTable->setCurrentIndex(m_gapModel->index(r, 0));
    }
    m_gapCount->setText(tr("Gaps in priority order: %1 (nonconformant %2, partial %3)")
                            .arg(m_gapModel->rowCount())
                            .arg(nonconformant)
                            .arg(m_gapModel->rowCount() - nonconformant));
}

void GapAnalysisPage::reloadCompare()
{
    if (!m_session.isOpen())
        return;
    m_compare->reload(m_assessmentId);
    m_compareStale = false;
}

void GapAnalysisPage::updateFigures()
{
    const cw::AssessmentSummary& s = m_treeModel->summary();
    const cw::Score& overall = s.overall;
    m_coverage->setRange(0, std::max(1, overall.applicable()));
    m_coverage->setValue(overall.assessed());
    m_coverage->setFormat(tr("%1 of %2 assessed (%3)")
                              .arg(overall.assessed())
                              .arg(overall.applicable())
                              .arg(GapNames::percent(overall.coverage())));
    m_readiness->setText(tr("Readiness: %1").arg(GapNames::percent(overall.readiness())));
    m_chart->setClauses(s.clauses);
    m_heatMap->setClauses(s.clauses);

    QStringList notices;
    if (m_session.isOpen() && m_session.isReadOnly())
        notices << tr("This workspace is read-only, so the assessment cannot be edited.");
    if (!s.exclusionsNotPermitted.empty()) {
        QStringList refs;
        for (const auto& k : s.exclusionsNotPermitted)
            refs << QString::fromStdString(k.ref);
        notices << tr("Marked not applicable where the standard permits no exclusion (%1): %2.")
                       .arg(refs.join(QStringLiteral(", ")), GapNames::exclusionNotPermitted());
    }
    m_banner->setText(notices.join(QLatin1Char(' ')));
    m_banner->setVisible(!notices.isEmpty());
}

void GapAnalysisPage::selectAssessment(std::int64_t id)
{
    m_refresher->flush(); // the page may be hidden with a refresh pending
    if (id == m_assessmentId)
        return;
    m_entry->commitPending();
    m_assessmentId = id;
    m_offerSource.reset();
    m_treeModel->clear();
    refresh();
    if (const QModelIndex first = m_treeModel->nextAssessable({}); first.isValid())
        m_tree->setCurrentIndex(first);
}

std::optional<cw::RequirementKey> GapAnalysisPage::currentKey() const
{
    if (const cw::WorksheetRow* row = m_treeModel->row(m_tree->currentIndex()))
        return row->key;
    return std::nullopt;
}

void GapAnalysisPage::showRequirement(const cw::RequirementKey& key)
{
    m_refresher->flush(); // the page may be hidden with a refresh pending
    const QModelIndex index = m_treeModel->indexOf(key);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

const cw::Requirement* GapAnalysisPage::catalogRequirement(const cw::RequirementKey& key)
{
    auto it = m_catalogCache.find(key.catalogId);
    if (it == m_catalogCache.end()) {
        cw::Catalog catalog;
        if (!m_session.run([&](cw::Workspace& ws) { catalog = cw::loadWorkspaceCatalog(ws, key.catalogId); }))
            return nullptr;
        it = m_catalogCache.emplace(key.catalogId, std::move(catalog)).first;
    }
    return it->second.find(key.ref);
}

void GapAnalysisPage::showCurrent()
{
    // Fields still being edited belong to the requirement shown so far: save them first (that
    // refreshes the model, so the row is looked up afterwards).
    m_entry->commitPending();
    const cw::WorksheetRow* row = m_treeModel->row(m_tree->currentIndex());
    m_entry->showRequirement(row, row ? catalogRequirement(row->key) : nullptr);
    m_entry->setReadOnly(!m_session.isOpen() || m_session.isReadOnly());
}

void GapAnalysisPage::statusKey(int digit)
{
    const auto status = GapNames::statusForKey(digit);
    const cw::WorksheetRow* row = m_treeModel->row(m_tree->currentIndex());
    if (!status || !row || !row->assessable || m_session.isReadOnly())
        return;
    if (*status == cw::AssessmentStatus::NotApplicable)
        m_entry->beginNotApplicable(); // asks for the justification first
    else
        setStatus(*status);
}

bool GapAnalysisPage::setStatus(cw::AssessmentStatus status, const QString& justification)
{
    const auto key = currentKey();
    if (!key || !m_session.isOpen() || m_session.isReadOnly() || m_assessmentId == 0)
        return false;
    cw::RequirementResult before;
    if (!m_session.run([&](cw::Workspace& ws) { before = cw::loadResult(ws, m_assessmentId, *key); }))
        return false;
    cw::RequirementResult after = before;
    after.status = status;
    if (status == cw::AssessmentStatus::NotApplicable) {
        after.justification = justification.trimmed().toStdString();
        if (after.justification.empty())
            return false; // refused before it reaches the core: N/A needs a justification
    }
    if (after.sameContent(before))
        return false;
    const int index = m_session.undoStack()->index();
    m_session.undoStack()->push(new ResultEditCommand(
        m_session, m_assessmentId, before, after,
        tr("Set %1 to %2").arg(QString::fromStdString(key->ref), GapNames::status(status))));
    if (m_session.undoStack()->index() <= index)
        return false;
    offerPropagation(*key);
    return true;
}

void GapAnalysisPage::commitField(cw::ResultField field, const QString& value)
{
    const auto key = m_entry->key();
    if (!key || !m_session.isOpen() || m_session.isReadOnly() || m_assessmentId == 0)
        return;
    cw::RequirementResult before;
    if (!m_session.run([&](cw::Workspace& ws) { before = cw::loadResult(ws, m_assessmentId, *key); }))
        return;
    const cw::RequirementResult after =
        ResultEditCommand::withField(before, field, value.trimmed().toStdString());
    if (after.sameContent(before))
        return;
    QString what;
    switch (field) {
    case cw::ResultField::Maturity:
        what = tr("Change Maturity of %1");
        break;
    case cw::ResultField::Notes:
        what = tr("Edit Findings of %1");
        break;
    case cw::ResultField::Interviewed:
        what = tr("Edit People Interviewed of %1");
        break;
    case cw::ResultField::Evidence:
        what = tr("Edit Evidence of %1");
        break;
    case cw::ResultField::Gap:
        what = tr("Edit Gap of %1");
        break;
    case cw::ResultField::Recommendation:
        what = tr("Edit Recommended Action of %1");
        break;
    default:
        what = tr("Edit %1");
        break;
    }
    m_session.undoStack()->push(new ResultEditCommand(m_session, m_assessmentId, before, after,
                                                      what.arg(QString::fromStdString(key->ref))));
}

void GapAnalysisPage::goToNext()
{
    const QModelIndex next = m_treeModel->nextAssessable(m_tree->currentIndex());
    if (!next.isValid())
        return;
    m_tree->setCurrentIndex(next);
    m_tree->scrollTo(next);
}

void GapAnalysisPage::focusTree()
{
    m_tree->setFocus(Qt::OtherFocusReason);
}

void GapAnalysisPage::newAssessment()
{
    if (!m_session.isOpen() || m_session.isReadOnly())
        return;
    std::vector<std::pair<std::string, QString>> catalogs;
    std::vector<cw::CatalogSummary> present;
    m_session.run([&](cw::Workspace& ws) { present = cw::listWorkspaceCatalogs(ws); });
    for (const auto& id : cw::builtinCatalogIds()) {
        const auto& c = cw::builtinCatalog(id);
        catalogs.emplace_back(id, GapNames::pick(c.title.en, c.title.zh));
    }
    for (const auto& c : present)
        if (std::none_of(catalogs.begin(), catalogs.end(), [&](const auto& p) { return p.first == c.id; }))
            catalogs.emplace_back(c.id, GapNames::pick(c.title.en, c.title.zh));
    NewAssessmentDialog dialog(catalogs, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (createAssessment(dialog.assessment()))
            return;
    }
}

bool GapAnalysisPage::createAssessment(const cw::NewAssessment& init)
{
    if (!m_session.isOpen() || m_session.isReadOnly())
        return false;
    QUndoStack& stack = *m_session.undoStack();
    const int before = stack.index();
    stack.push(new CreateAssessmentCommand(m_session, init)); // the stack drops it when it failed
    if (stack.index() == before)
        return false;
    const auto* command = static_cast<const CreateAssessmentCommand*>(stack.command(stack.index() - 1));
    const std::int64_t id = command->assessmentId();
    selectAssessment(id);
    return true;
}

void GapAnalysisPage::createActionForSelectedGap()
{
    const cw::GapRow* g = m_gapModel->gap(m_gapTable->currentIndex().row());
    if (!g || m_session.isReadOnly())
        return;
    cw::GapAction proposal;
    if (!m_session.run([&](cw::Workspace& ws) { proposal = cw::actionFromGap(ws, m_assessmentId, g->key); }))
        return;
    ActionDialog dialog(proposal,
                        QString::fromStdString(g->key.ref) + QStringLiteral("  ") +
                            GapNames::pick(g->titleEn, g->titleZh),
                        this);
    while (dialog.exec() == QDialog::Accepted) {
        if (addAction(dialog.action()))
            return;
    }
}

void GapAnalysisPage::openImportWizard()
{
    if (!m_session.isOpen() || m_session.isReadOnly() || m_assessmentId == 0)
        return;
    m_entry->commitPending();
    std::vector<std::pair<std::string, QString>> catalogs;
    for (const auto& [id, title] : catalogTitles())
        catalogs.emplace_back(id, title);
    std::optional<cw::Assessment> a;
    m_session.run([&](cw::Workspace& ws) { a = cw::findAssessment(ws, m_assessmentId); });
    if (a) // the assessment's order: its first catalog is the default
        std::stable_sort(catalogs.begin(), catalogs.end(), [&](const auto& x, const auto& y) {
            return std::find(a->catalogs.begin(), a->catalogs.end(), x.first) <
                   std::find(a->catalogs.begin(), a->catalogs.end(), y.first);
        });
    ImportChecklistWizard wizard(m_session, m_assessmentId, std::move(catalogs), this);
    if (wizard.exec() == QDialog::Accepted)
        importChecklist(wizard.sheet(), wizard.mapping());
}

bool GapAnalysisPage::importChecklist(const cw::Sheet& sheet, const cw::ChecklistMapping& mapping)
{
    if (!m_session.isOpen() || m_session.isReadOnly() || m_assessmentId == 0)
        return false;
    const int index = m_session.undoStack()->index();
    m_session.undoStack()->push(new ImportChecklistCommand(m_session, m_assessmentId, sheet, mapping, window()));
    return m_session.undoStack()->index() > index;
}

bool GapAnalysisPage::addAction(const cw::GapAction& action)
{
    if (!m_session.isOpen() || m_session.isReadOnly())
        return false;
    const int index = m_session.undoStack()->index();
    m_session.undoStack()->push(new CreateActionCommand(m_session, action));
    return m_session.undoStack()->index() > index;
}

} // namespace cw::ui
