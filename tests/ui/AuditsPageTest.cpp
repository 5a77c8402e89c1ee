#include "UiTestSupport.h"

#include "audit/Audit.h"
#include "audit/AuditChecklist.h"
#include "audit/AuditProgramme.h"
#include "audits/AuditDetailPanel.h"
#include "audits/AuditListModel.h"
#include "audits/AuditsPage.h"
#include "audits/ChecklistModel.h"
#include "audits/ChecklistView.h"
#include "audits/CoverageModel.h"
#include "audits/ReviewOutputModel.h"
#include "audits/ReviewPanel.h"
#include "common/Banner.h"
#include "common/CommittingTextEdit.h"
#include "common/Paths.h"
#include "demo/Demo.h"
#include "findings/FindingQuery.h"
#include "review/ManagementReview.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/MessageBoxes.h"
#include "shell/WorkspaceController.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using cw::ui::AuditsPage;
using cw::ui::MainWindow;
using cw::ui::MessageBoxes;
using cw::ui::PageId;

namespace {

/// The demo engagement on the Audits page, "today" pinned to the demo's 2026-11-22.
struct AuditsWindow {
    explicit AuditsWindow(cwtest::UiFixture& fx)
        : window(fx.languages())
    {
        REQUIRE(window.controller().openDemo());
        ws().setClock(std::make_shared<cw::FixedClock>(cw::parseUtc("2026-11-22T09:00:00Z", "test")));
        window.resize(1280, 800);
        window.show();
        window.showPage(PageId::Audits);
        page = qobject_cast<AuditsPage*>(window.page(PageId::Audits));
        REQUIRE(page);
        page->reload();
    }

    [[nodiscard]] cw::Workspace& ws() const { return *window.session().workspace(); }
    [[nodiscard]] QUndoStack& undo() const { return *window.session().undoStack(); }
    [[nodiscard]] std::int64_t auditId(const std::string& code) const
    {
        return cw::auditByCode(ws(), code).id;
    }
    template <class T> [[nodiscard]] T* child(const char* name) const
    {
        auto* w = page->findChild<T*>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }

    MainWindow window;
    AuditsPage* page = nullptr;
};

/// Types into a field and presses Return, as a user finishing an edit.
void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    edit->insert(text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

TEST_CASE("the audits page's models pass QAbstractItemModelTester", "[audits][model]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    auto* page = qobject_cast<AuditsPage*>(window.page(PageId::Audits));
    REQUIRE(page);
    using Tester = QAbstractItemModelTester;
    Tester audits(page->auditModel(), Tester::FailureReportingMode::Fatal);
    Tester coverage(page->coverageModel(), Tester::FailureReportingMode::Fatal);
    Tester checklist(page->detail()->checklistModel(), Tester::FailureReportingMode::Fatal);
    Tester outputs(page->reviews()->outputModel(), Tester::FailureReportingMode::Fatal);

    REQUIRE(window.controller().openDemo());
    CHECK(page->auditModel()->rowCount() == 3);
    CHECK(page->coverageModel()->rowCount() > 20);
    CHECK(page->reviews()->outputModel()->rowCount() == 8);
    auto& ws = *window.session().workspace();
    page->openAudit(cw::auditByCode(ws, "IA-2026-02").id);
    CHECK(page->detail()->checklistModel()->rowCount() == 30);
    page->openAudit(cw::auditByCode(ws, "IA-2026-03").id);
    auto* panel = page->detail();
    REQUIRE(panel->findChild<QPushButton*>(QStringLiteral("generateChecklist"))->isEnabled());
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("generateChecklist")), Qt::LeftButton);
    REQUIRE(panel->checklistModel()->rowCount() > 0);
    CHECK(panel->checklistModel()->setResult(0, cw::ChecklistResult::Conforming)); // in place
    window.session().undoStack()->undo();
    window.session().undoStack()->undo(); // the checklist goes again
    CHECK(panel->checklistModel()->rowCount() == 0);
    fx.languages().setLanguage(QStringLiteral("zh"));
    cwtest::processEvents();
    CHECK(page->auditModel()
              ->data(page->auditModel()->index(0, cw::ui::AuditListModel::StatusColumn))
              .toString() == QStringLiteral("已关闭"));
    window.controller().closeWorkspace();
    CHECK(page->auditModel()->rowCount() == 0);
    CHECK(page->coverageModel()->rowCount() == 0);
}

TEST_CASE("the demo programme shows its audits, coverage and the independence flag", "[audits]")
{
    cwtest::UiFixture fx;
    AuditsWindow aw(fx);
    auto* model = aw.page->auditModel();
    REQUIRE(model->rowCount() == 3);
    const auto cell = [&](int row, int column) {
        return model->data(model->index(row, column)).toString();
    };
    CHECK(cell(0, cw::ui::AuditListModel::CodeColumn) == QStringLiteral("IA-2026-01"));
    CHECK(cell(1, cw::ui::AuditListModel::CodeColumn) == QStringLiteral("IA-2026-02"));
    CHECK(cell(2, cw::ui::AuditListModel::CodeColumn) == QStringLiteral("IA-2026-03"));
    CHECK(cell(0, cw::ui::AuditListModel::StatusColumn) == QStringLiteral("Closed"));
    CHECK(cell(1, cw::ui::AuditListModel::StatusColumn) == QStringLiteral("Reported"));
    CHECK(cell(2, cw::ui::AuditListModel::StatusColumn) == QStringLiteral("Planned"));
    CHECK(cell(0, cw::ui::AuditListModel::DatesColumn) == QStringLiteral("2026-08-18 – 2026-08-20"));
    CHECK(cell(2, cw::ui::AuditListModel::DatesColumn) == QStringLiteral("2026-12-08 – 2026-12-09"));
    CHECK(cell(0, cw::ui::AuditListModel::LeadColumn) == QStringLiteral("Ma Li"));
    CHECK(cell(0, cw::ui::AuditListModel::ClausesColumn) == QStringLiteral("4, 5, 6, 7, 9, 10"));
    CHECK(cell(1, cw::ui::AuditListModel::ClausesColumn) == QStringLiteral("8"));

    // Only the follow-up audit has a trainee auditor who owns what is audited.
    CHECK(model->row(0)->flags.empty());
    CHECK(model->row(1)->flags.empty());
    REQUIRE_FALSE(model->row(2)->flags.empty());
    CHECK_FALSE(model->data(model->index(2, 0), Qt::ToolTipRole).toString().isEmpty());
    const QString warnings = aw.child<QLabel>("independenceWarnings")->text();
    CHECK(warnings.contains(QStringLiteral("IA-2026-03")));
    CHECK_FALSE(warnings.contains(QStringLiteral("IA-2026-01")));

    // The two completed audits cover every clause 4-10 within the last 12 months.
    const auto& coverage = aw.page->coverageModel()->coverage();
    REQUIRE(coverage.leaves > 0);
    CHECK(coverage.auditedLeaves == coverage.leaves);
    CHECK(aw.page->coverageModel()->recentlyAuditedLeaves() == coverage.leaves);
    const QString summary = aw.child<QLabel>("coverageSummary")->text();
    CHECK(summary.startsWith(
        QStringLiteral("%1 of %1 clauses audited within the last 12 months (since 2025-11-22)")
            .arg(coverage.leaves)));
    CHECK(summary.contains(QStringLiteral("Every clause 4–10 has been audited since 2026-08-20.")));

    // A year later nothing counts as recent any more.
    aw.ws().setClock(std::make_shared<cw::FixedClock>(cw::parseUtc("2027-10-01T09:00:00Z", "test")));
    aw.page->reload();
    CHECK(aw.page->coverageModel()->recentlyAuditedLeaves() == 0);
    CHECK(aw.page->coverageModel()
              ->data(aw.page->coverageModel()->index(1, cw::ui::CoverageModel::StatusColumn))
              .toString() == QStringLiteral("Audited over 12 months ago"));
}

TEST_CASE("editing an audit's plan is one undo step that undo restores", "[audits][undo]")
{
    cwtest::UiFixture fx;
    AuditsWindow aw(fx);
    const std::int64_t id = aw.auditId("IA-2026-03");
    aw.page->openAudit(id);
    const cw::Audit before = cw::loadAudit(aw.ws(), id);

    // Typed into the field, committed when leaving it.
    auto* lead = aw.child<QLineEdit>("audit_lead_auditor");
    CHECK(lead->text() == QString::fromStdString(before.leadAuditor));
    typeInto(lead, QStringLiteral("He Jun"));
    REQUIRE(aw.undo().count() == 1);
    CHECK(aw.undo().undoText() == QStringLiteral("Edit Lead auditor of IA-2026-03"));
    CHECK(cw::loadAudit(aw.ws(), id).leadAuditor == "He Jun");

    // Auditors typed on one line are stored one per line.
    auto* auditors = aw.child<QLineEdit>("audit_auditors");
    typeInto(auditors, QStringLiteral("Ma Li, Li Na"));
    REQUIRE(aw.undo().count() == 2);
    CHECK(cw::loadAudit(aw.ws(), id).auditors == std::vector<std::string>{"Ma Li", "Li Na"});

    aw.undo().undo();
    aw.undo().undo();
    CHECK(cw::loadAudit(aw.ws(), id) == before);
    CHECK(lead->text() == QString::fromStdString(before.leadAuditor));

    // A malformed date is refused by the core: no step, the stored value shows again.
    auto* start = aw.child<QLineEdit>("audit_planned_start");
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    typeInto(start, QStringLiteral("8 December"));
    cwtest::processEvents(); // the main window reports the core's message
    REQUIRE_FALSE(MessageBoxes::shownTexts().isEmpty());
    CHECK(MessageBoxes::shownTexts().back().contains(QStringLiteral("8 December")));
    CHECK(aw.undo().index() == 0);
    CHECK(start->text() == QStringLiteral("2026-12-08"));
    CHECK(cw::loadAudit(aw.ws(), id) == before);
}

TEST_CASE("a new audit and a new programme are undo steps", "[audits][undo]")
{
    cwtest::UiFixture fx;
    AuditsWindow aw(fx);
    REQUIRE(aw.page->newAudit());
    CHECK(aw.page->auditModel()->rowCount() == 4);
    const std::int64_t id = aw.page->detail()->auditId();
    CHECK(cw::loadAudit(aw.ws(), id).code == "IA-2026-04");
    CHECK(aw.child<QLineEdit>("audit_title")->text() == QStringLiteral("New audit"));
    aw.undo().undo();
    CHECK(aw.page->auditModel()->rowCount() == 3);
    CHECK(aw.page->detail()->auditId() == 0); // gone, without a message
    cwtest::processEvents();
    CHECK(MessageBoxes::shownTexts().isEmpty());
    aw.undo().redo(); // back under the same id
    CHECK(cw::loadAudit(aw.ws(), id).code == "IA-2026-04");

    // The demo already has this year's programme: the name is taken, nothing is added.
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(aw.page->newProgramme());
    cwtest::processEvents();
    CHECK(MessageBoxes::shownTexts().back().contains(QStringLiteral("Internal audit programme 2026")));
    CHECK(cw::listProgrammes(aw.ws()).size() == 1);
    CHECK(aw.undo().count() == 1);
    CHECK(MessageBoxes::shownTexts().size() == 1);
}

TEST_CASE("a refused audit step shows the core's reason and changes nothing", "[audits][lifecycle]")
{
    cwtest::UiFixture fx;
    AuditsWindow aw(fx);
    const std::int64_t id = aw.auditId("IA-2026-02"); // reported: only close and reopen are offered
    aw.page->openAudit(id);
    CHECK(aw.page->findChild<QPushButton*>(QStringLiteral("auditStep_close")));
    CHECK(aw.page->findChild<QPushButton*>(QStringLiteral("auditStep_reopen")));
    CHECK_FALSE(aw.page->findChild<QPushButton*>(QStringLiteral("auditStep_start")));

    const cw::AuditSnapshot before = cw::snapshotAudit(aw.ws(), id);
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(aw.page->detail()->takeStep(cw::AuditStep::Start));
    REQUIRE_FALSE(MessageBoxes::shownTexts().isEmpty());
    CHECK(MessageBoxes::shownTexts().back().startsWith(QStringLiteral("audit IA-2026-02 cannot be started")));
    CHECK(aw.undo().count() == 0);
    CHECK(cw::snapshotAudit(aw.ws(), id) == before);

    // A step the core allows is one undo step; undo puts the audit back exactly.
    QTest::mouseClick(aw.page->findChild<QPushButton*>(QStringLiteral("auditStep_reopen")), Qt::LeftButton);
    REQUIRE(aw.undo().count() == 1);
    CHECK(cw::loadAudit(aw.ws(), id).status == cw::AuditStatus::InProgress);
    CHECK(aw.child<QLabel>("auditStatus")->text().contains(QStringLiteral("In progress")));
    aw.undo().undo();
    CHECK(cw::snapshotAudit(aw.ws(), id) == before);
}

TEST_CASE("the checklist is filled from the keyboard and raises a finding", "[audits][checklist][undo]")
{
    cwtest::UiFixture fx;
    AuditsWindow aw(fx);
    const std::int64_t id = aw.auditId("IA-2026-03");
    aw.page->openAudit(id);
    auto* panel = aw.page->detail();
    auto* model = panel->checklistModel();
    REQUIRE(model->rowCount() == 0);
    QTest::mouseClick(aw.child<QPushButton>("generateChecklist"), Qt::LeftButton);
    const int lines = model->rowCount();
    REQUIRE(lines > 3);
    CHECK(static_cast<int>(cw::listChecklist(aw.ws(), id).size()) == lines);

    // 1 conforming, 2 nonconformity: saved at once, one step each, moving down.
    auto* view = panel->checklist();
    view->setFocus();
    view->setCurrentIndex(model->index(0, cw::ui::ChecklistModel::QuestionColumn));
    QTest::keyClick(view, Qt::Key_1);
    QTest::keyClick(view, Qt::Key_2);
    CHECK(view->currentIndex().row() == 2);
    auto checklist = cw::listChecklist(aw.ws(), id);
    CHECK(checklist[0].result == cw::ChecklistResult::Conforming);
    CHECK(checklist[1].result == cw::ChecklistResult::Nonconformity);
    CHECK(aw.undo().count() == 3);
    CHECK(aw.undo().undoText() == QStringLiteral("Set Result of Checklist Line 2"));

    // Notes edited in the table.
    CHECK(model->setData(model->index(1, cw::ui::ChecklistModel::NotesColumn),
                         QStringLiteral("No review in Q3")));
    CHECK(cw::listChecklist(aw.ws(), id)[1].notes == "No review in Q3");

    // Raising a finding from line 2 proposes a minor nonconformity citing its clause.
    const cw::Finding proposal = panel->proposalFor(1);
    CHECK(proposal.type == cw::FindingType::Minor);
    CHECK(proposal.auditId == id);
    CHECK(proposal.title == "No review in Q3");
    REQUIRE(proposal.clauses.size() == 1);
    CHECK(proposal.clauses[0] == *checklist[1].clause);
    const auto findingsBefore = cw::listFindings(aw.ws()).size();
    REQUIRE(panel->raiseFinding(proposal));
    CHECK(cw::listFindings(aw.ws()).size() == findingsBefore + 1);
    CHECK(aw.window.currentPage() == PageId::Findings);

    // Everything undoes, back to the empty checklist.
    while (aw.undo().canUndo())
        aw.undo().undo();
    CHECK(cw::listFindings(aw.ws()).size() == findingsBefore);
    CHECK(cw::listChecklist(aw.ws(), id).empty());
    // The audits page, behind the findings page now, catches up when it is shown again.
    aw.window.showPage(PageId::Audits);
    CHECK(model->rowCount() == 0);
    cwtest::processEvents();
    CHECK(MessageBoxes::shownTexts().isEmpty()); // the finding shown went away without a message
}

TEST_CASE("the management review shows its inputs and outputs and edits them", "[audits][review][undo]")
{
    cwtest::UiFixture fx;
    AuditsWindow aw(fx);
    aw.page->setCurrentTab(AuditsPage::ReviewTab);
    auto* reviews = aw.page->reviews();
    REQUIRE(reviews->reviewId() != 0);
    CHECK(aw.child<QLineEdit>("review_held_on")->text() == QStringLiteral("2026-11-18"));
    auto* input = aw.child<cw::ui::CommittingTextEdit>("input_previous_actions");
    CHECK(input->toPlainText().startsWith(QStringLiteral("This is the first management review")));

    // One open action is overdue on 22 November.
    auto* outputs = reviews->outputModel();
    REQUIRE(outputs->rowCount() == 8);
    int overdue = 0;
    for (int r = 0; r < outputs->rowCount(); ++r)
        if (outputs->data(outputs->index(r, cw::ui::ReviewOutputModel::DueColumn), Qt::ForegroundRole)
                .isValid())
            ++overdue;
    CHECK(overdue == 1);

    const cw::ManagementReview before = cw::loadReview(aw.ws(), reviews->reviewId());
    REQUIRE(reviews->setInput(cw::ReviewInput::Resources, QStringLiteral("Two more service desk agents.")));
    CHECK(cw::loadReview(aw.ws(), reviews->reviewId()).inputs.at(cw::ReviewInput::Resources) ==
          "Two more service desk agents.");
    // "Fill from data" writes the figures of the review date again.
    QTest::mouseClick(aw.child<QPushButton>("refill_nonconformities"), Qt::LeftButton);
    CHECK(cw::loadReview(aw.ws(), reviews->reviewId())
              .inputs.at(cw::ReviewInput::Nonconformities)
              .find("NC-2026-004") != std::string::npos);
    CHECK(
        outputs->setData(outputs->index(6, cw::ui::ReviewOutputModel::StateColumn), QStringLiteral("done")));
    CHECK(aw.undo().count() == 3);
    while (aw.undo().canUndo())
        aw.undo().undo();
    CHECK(cw::loadReview(aw.ws(), reviews->reviewId()) == before);
}

TEST_CASE("a read-only workspace shows the audits but allows no edit", "[audits][readonly]")
{
    cwtest::UiFixture fx;
    const QString file = fx.path("demo-locked.cwb");
    auto writer = cw::createDemoWorkspace(cw::ui::toPath(file), "en");
    MainWindow window(fx.languages());
    MessageBoxes::setNextAnswer(QMessageBox::Open); // "Open Read-Only"
    REQUIRE(window.controller().openFile(file));
    REQUIRE(window.session().isReadOnly());
    auto* page = qobject_cast<AuditsPage*>(window.page(PageId::Audits));
    CHECK(page->auditModel()->rowCount() == 3);
    CHECK_FALSE(page->findChild<cw::ui::Banner*>(QStringLiteral("auditsBanner"))->isHidden());
    CHECK_FALSE(page->findChild<QPushButton*>(QStringLiteral("newAudit"))->isEnabled());
    const std::int64_t id = cw::auditByCode(*window.session().workspace(), "IA-2026-03").id;
    page->openAudit(id);
    CHECK(page->findChild<QLineEdit*>(QStringLiteral("audit_title"))->isReadOnly());
    CHECK_FALSE(page->detail()->checklistModel()->editable());
    CHECK_FALSE(page->findChild<QPushButton*>(QStringLiteral("auditStep_start"))->isEnabled());
    CHECK_FALSE(page->detail()->setField(cw::AuditField::Title, QStringLiteral("Changed")));
    CHECK_FALSE(page->newAudit());
    CHECK(window.session().undoStack()->count() == 0);
}

// Not a test: the pictures docs/audits-page.png and docs/findings-page.png, hidden from the normal
// run (see ScreenshotTest.cpp): CW_SCREENSHOT_DIR=/tmp/shots build/.../ui_tests "[audit-pages]"
TEST_CASE("audits and findings screenshots", "[.][screenshot][audit-pages]")
{
    const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    QDir().mkpath(dir);
    cwtest::UiFixture fx;
    AuditsWindow aw(fx);
    aw.window.resize(1400, 860);
    cwtest::processEvents();
    REQUIRE(aw.window.grab().save(QDir(dir).filePath(QStringLiteral("audits-page.png"))));
    aw.page->openAudit(aw.auditId("IA-2026-02"));
    cwtest::processEvents();
    REQUIRE(aw.window.grab().save(QDir(dir).filePath(QStringLiteral("audit-detail.png"))));
    aw.page->setCurrentTab(AuditsPage::ReviewTab);
    cwtest::processEvents();
    REQUIRE(aw.window.grab().save(QDir(dir).filePath(QStringLiteral("management-review.png"))));
    aw.window.showPage(PageId::Findings);
    auto* findings = aw.window.page(PageId::Findings);
    findings->findChild<QTableView*>(QStringLiteral("findingTable"))->setFocus();
    cwtest::processEvents();
    REQUIRE(aw.window.grab().save(QDir(dir).filePath(QStringLiteral("findings-page.png"))));
    fx.languages().setLanguage(QStringLiteral("zh"));
    cwtest::processEvents();
    REQUIRE(aw.window.grab().save(QDir(dir).filePath(QStringLiteral("findings-page-zh.png"))));
    aw.window.showPage(PageId::Audits);
    aw.page->setCurrentTab(AuditsPage::ProgrammeTab);
    cwtest::processEvents();
    REQUIRE(aw.window.grab().save(QDir(dir).filePath(QStringLiteral("audits-page-zh.png"))));
}
