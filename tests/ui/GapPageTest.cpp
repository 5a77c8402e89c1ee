#include "UiTestSupport.h"

#include "assessment/Assessment.h"
#include "assessment/AssessmentActions.h"
#include "assessment/AssessmentResults.h"
#include "assessment/GapList.h"
#include "assessment/Scoring.h"
#include "common/CommittingTextEdit.h"
#include "gap/ClauseHeatMap.h"
#include "gap/ClauseTreeModel.h"
#include "gap/ClauseTreeView.h"
#include "gap/GapAnalysisPage.h"
#include "gap/GapListModel.h"
#include "gap/ImportChecklistWizard.h"
#include "gap/ReadinessChart.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/MessageBoxes.h"
#include "shell/WorkspaceController.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using cw::ui::GapAnalysisPage;
using cw::ui::MainWindow;
using cw::ui::PageId;

namespace {

struct GapWindow {
    explicit GapWindow(cwtest::UiFixture& fx)
        : window(fx.languages())
    {
        REQUIRE(window.controller().openDemo());
        window.resize(1280, 800);
        window.show();
        window.showPage(PageId::GapAnalysis);
        window.activateWindow();
        (void)QTest::qWaitForWindowActive(&window);
        page = qobject_cast<GapAnalysisPage*>(window.page(PageId::GapAnalysis));
        REQUIRE(page);
        REQUIRE(page->assessmentId() != 0);
    }

    [[nodiscard]] cw::Workspace& ws() const { return *window.session().workspace(); }
    [[nodiscard]] QUndoStack& undo() const { return *window.session().undoStack(); }
    [[nodiscard]] cw::RequirementResult result(const cw::RequirementKey& key) const
    {
        return cw::loadResult(ws(), page->assessmentId(), key);
    }
    [[nodiscard]] cw::RequirementKey currentKey() const
    {
        const auto* row = page->treeModel()->row(page->tree()->currentIndex());
        REQUIRE(row);
        return row->key;
    }
    /// Shows a new, empty assessment (made outside the undo history).
    void useFreshAssessment()
    {
        cw::NewAssessment init;
        init.name = "Keyboard session";
        init.date = "2026-10-01";
        const std::int64_t id = cw::createAssessment(ws(), init);
        page->selectAssessment(id);
        REQUIRE(page->assessmentId() == id);
    }
    /// Selects the first assessable requirement whose status is `status` and focuses the tree.
    cw::RequirementKey selectFirst(cw::AssessmentStatus status)
    {
        if (status == cw::AssessmentStatus::NotAssessed && page->assessmentId() != 0 &&
            cw::summarizeAssessment(ws(), page->assessmentId()).overall.notAssessed == 0)
            useFreshAssessment();
        auto* model = page->treeModel();
        for (QModelIndex i = model->nextAssessable({}); i.isValid(); i = model->nextAssessable(i))
            if (model->row(i)->result.status == status) {
                page->tree()->setCurrentIndex(i);
                page->tree()->setFocus();
                return model->row(i)->key;
            }
        FAIL("no requirement with that status");
        return {};
    }
    template <class T> [[nodiscard]] T* child(const char* name) const
    {
        auto* w = page->findChild<T*>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }

    MainWindow window;
    GapAnalysisPage* page = nullptr;
};

} // namespace

TEST_CASE("the gap page's models pass QAbstractItemModelTester", "[gap][model]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    auto* page = qobject_cast<GapAnalysisPage*>(window.page(PageId::GapAnalysis));
    using Tester = QAbstractItemModelTester;
    Tester treeTester(page->treeModel(), Tester::FailureReportingMode::Fatal);
    Tester gapTester(page->gapModel(), Tester::FailureReportingMode::Fatal);

    REQUIRE(window.controller().openDemo()); // resets both models with data
    REQUIRE(page->treeModel()->rowCount() > 0);
    page->findChild<QTabWidget*>(QStringLiteral("gapTabs"))->setCurrentIndex(2); // loads the gap list
    CHECK(page->gapModel()->rowCount() > 0);

    // A status change reports only the touched rows; the language switch repaints everything.
    const QModelIndex first = page->treeModel()->nextAssessable({});
    page->tree()->setCurrentIndex(first);
    REQUIRE(page->setStatus(cw::AssessmentStatus::Nonconformant));
    REQUIRE(page->setStatus(cw::AssessmentStatus::Conformant));
    fx.languages().setLanguage(QStringLiteral("zh"));
    cwtest::processEvents();
    CHECK(
        page->treeModel()->data(page->treeModel()->index(0, 0)).toString().contains(QStringLiteral("组织")));
    window.session().undoStack()->undo();
    window.controller().closeWorkspace(); // resets to empty
    CHECK(page->treeModel()->rowCount() == 0);
}

TEST_CASE("a requirement is recorded with the keyboard: 3, Enter", "[gap][keyboard][undo]")
{
    cwtest::UiFixture fx;
    GapWindow gw(fx);
    const cw::RequirementKey key = gw.selectFirst(cw::AssessmentStatus::Partial);
    const cw::RequirementResult before = gw.result(key);
    const QModelIndex expectedNext = gw.page->treeModel()->nextAssessable(gw.page->tree()->currentIndex());
    REQUIRE(expectedNext.isValid());

    QTest::keyClick(gw.page->tree(), Qt::Key_3);
    CHECK(gw.result(key).status == cw::AssessmentStatus::Conformant); // saved at once
    QTest::keyClick(gw.page->tree(), Qt::Key_Return);
    CHECK(gw.page->tree()->currentIndex() == expectedNext);
    CHECK(gw.currentKey() != key);
    CHECK(gw.page->treeModel()->data(gw.page->treeModel()->indexOf(key).siblingAtColumn(1)).toString() ==
          QStringLiteral("Conformant"));
    REQUIRE(gw.undo().count() == 1);
    CHECK(gw.undo().undoText() ==
          QStringLiteral("Set %1 to Conformant").arg(QString::fromStdString(key.ref)));

    gw.undo().undo();
    const cw::RequirementResult restored = gw.result(key);
    CHECK(restored.status == cw::AssessmentStatus::Partial);
    CHECK(restored.sameContent(before)); // maturity, notes, gap ... exactly as before
    gw.undo().redo();
    CHECK(gw.result(key).status == cw::AssessmentStatus::Conformant);
}

TEST_CASE("keys 1 and 2 set nonconformant and partial, the status buttons show the keys", "[gap][keyboard]")
{
    cwtest::UiFixture fx;
    GapWindow gw(fx);
    const cw::RequirementKey key = gw.selectFirst(cw::AssessmentStatus::NotAssessed);
    QTest::keyClick(gw.page->tree(), Qt::Key_1);
    CHECK(gw.result(key).status == cw::AssessmentStatus::Nonconformant);
    QTest::keyClick(gw.page->tree(), Qt::Key_2);
    CHECK(gw.result(key).status == cw::AssessmentStatus::Partial);
    CHECK(gw.child<QPushButton>("status2")->isChecked());
    CHECK(gw.child<QPushButton>("status1")->text() == QStringLiteral("1  Nonconformant"));
    CHECK(gw.child<QPushButton>("status4")->text() == QStringLiteral("4  Not applicable"));
    QTest::keyClick(gw.page->tree(), Qt::Key_2); // the same status again: no step
    CHECK(gw.undo().count() == 2);
}

TEST_CASE("4 asks for a justification and refuses not applicable without one", "[gap][keyboard]")
{
    cwtest::UiFixture fx;
    GapWindow gw(fx);
    const cw::RequirementKey key = gw.selectFirst(cw::AssessmentStatus::NotAssessed);
    QTest::keyClick(gw.page->tree(), Qt::Key_4);
    auto* justification = gw.child<QLineEdit>("justification");
    CHECK(justification->isVisible());
    CHECK(justification->hasFocus());
    CHECK(gw.result(key).status == cw::AssessmentStatus::NotAssessed); // nothing yet

    QTest::keyClick(justification, Qt::Key_Return); // empty: refused
    CHECK(gw.result(key).status == cw::AssessmentStatus::NotAssessed);
    CHECK(gw.undo().count() == 0);
    CHECK(gw.child<QLabel>("justificationMessage")->text().contains(QStringLiteral("needs a justification")));
    CHECK_FALSE(gw.page->setStatus(cw::AssessmentStatus::NotApplicable, QStringLiteral("  ")));

    justification->setText(QStringLiteral("Outsourced to the parent company"));
    QTest::keyClick(justification, Qt::Key_Return);
    const cw::RequirementResult r = gw.result(key);
    CHECK(r.status == cw::AssessmentStatus::NotApplicable);
    CHECK(r.justification == "Outsourced to the parent company");
    CHECK(gw.page->tree()->hasFocus()); // back to the tree for the next key
    // ISO/IEC 20000-1 permits no exclusion in clauses 4-10: the page says so.
    if (cw::exclusionForbidden(key.catalogId, key.ref)) {
        auto* banner = gw.page->findChild<QWidget*>(QStringLiteral("gapBanner"));
        CHECK(banner->isVisible());
        CHECK(gw.page->findChild<QWidget*>(QStringLiteral("exclusionBanner"))->isVisible());
    }
    gw.undo().undo();
    CHECK(gw.result(key).status == cw::AssessmentStatus::NotAssessed);
}

TEST_CASE("Tab goes to the findings and Ctrl+Enter saves them and moves on", "[gap][keyboard]")
{
    cwtest::UiFixture fx;
    GapWindow gw(fx);
    const cw::RequirementKey key = gw.selectFirst(cw::AssessmentStatus::NotAssessed);
    QTest::keyClick(gw.page->tree(), Qt::Key_3);
    QTest::keyClick(gw.page->tree(), Qt::Key_Tab);
    auto* notes = gw.child<cw::ui::CommittingTextEdit>("notes");
    REQUIRE(notes->hasFocus());
    QTest::keyClicks(notes, QStringLiteral("Policy signed by the CEO"));
    QTest::keyClick(notes, Qt::Key_Return, Qt::ControlModifier);
    CHECK(gw.result(key).notes == "Policy signed by the CEO");
    CHECK(gw.result(key).status == cw::AssessmentStatus::Conformant);
    CHECK(gw.currentKey() != key);
    CHECK(gw.page->tree()->hasFocus());
    CHECK(notes->toPlainText() != QStringLiteral("Policy signed by the CEO")); // the next one's
    CHECK(gw.undo().count() == 2);
    gw.undo().undo();
    CHECK(gw.result(key).notes.empty());
}

TEST_CASE("the progress bar and readiness show cw's coverage and readiness", "[gap]")
{
    cwtest::UiFixture fx;
    GapWindow gw(fx);
    auto* bar = gw.child<QProgressBar>("coverageBar");
    const auto check = [&] {
        const cw::AssessmentSummary s = cw::summarizeAssessment(gw.ws(), gw.page->assessmentId());
        CHECK(bar->value() == s.overall.assessed());
        CHECK(bar->maximum() == s.overall.applicable());
        CHECK(gw.child<QLabel>("overallReadiness")
                  ->text()
                  .contains(QString::fromStdString(cw::formatPercent(s.overall.readiness()))));
    };
    check();
    gw.selectFirst(cw::AssessmentStatus::NotAssessed);
    QTest::keyClick(gw.page->tree(), Qt::Key_3);
    check();

    auto* chart = gw.page->findChild<cw::ui::ReadinessChart*>();
    auto* heat = gw.page->findChild<cw::ui::ClauseHeatMap*>();
    CHECK(chart->barCount() == 7); // clauses 4-10
    CHECK(heat->cellCount() > 7);
}

TEST_CASE("a new assessment is created, selected and undone", "[gap][undo]")
{
    cwtest::UiFixture fx;
    GapWindow gw(fx);
    const std::int64_t baseline = gw.page->assessmentId();
    cw::NewAssessment init;
    init.name = "Pre-audit check";
    init.date = "2026-09-01";
    init.assessors = {"Grace Lin"};
    REQUIRE(gw.page->createAssessment(init));
    const std::int64_t id = gw.page->assessmentId();
    CHECK(id != baseline);
    CHECK(cw::loadAssessment(gw.ws(), id).catalogs == std::vector<std::string>{"iso20000-1:2018"});
    auto* selector = gw.child<QComboBox>("assessmentSelector");
    CHECK(selector->currentText().startsWith(QStringLiteral("Pre-audit check")));
    CHECK(gw.child<QProgressBar>("coverageBar")->value() == 0);

    init.name = "";
    cw::ui::MessageBoxes::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(gw.page->createAssessment(init)); // refused by the core: no step
    cwtest::processEvents();                      // the error box is queued
    CHECK(gw.undo().count() == 1);

    gw.undo().undo();
    CHECK_FALSE(cw::findAssessment(gw.ws(), id));
    CHECK(gw.page->assessmentId() != id);
    gw.undo().redo();
    CHECK(cw::findAssessment(gw.ws(), id));
}

TEST_CASE("a gap of the prioritised list becomes an action", "[gap][action]")
{
    cwtest::UiFixture fx;
    GapWindow gw(fx);
    auto* tabs = gw.child<QTabWidget>("gapTabs");
    tabs->setCurrentIndex(2);
    auto* model = gw.page->gapModel();
    const auto gaps = cw::prioritisedGaps(gw.ws(), gw.page->assessmentId());
    REQUIRE(model->rowCount() == static_cast<int>(gaps.size()));
    REQUIRE(model->rowCount() > 0);
    CHECK(model->gap(0)->key == gaps.front().key);
    auto* table = gw.child<QTableView>("gapTable");
    table->setCurrentIndex(model->index(0, 0));
    const cw::RequirementKey key = model->gap(0)->key;
    const auto actionsBefore = cw::actionsFor(gw.ws(), gw.page->assessmentId(), key).size();

    QTimer::singleShot(0, &gw.window, [] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("actionOwner"))->setText(QStringLiteral("Zhang Wei"));
        dialog->findChild<QLineEdit*>(QStringLiteral("actionDue"))->setText(QStringLiteral("2026-12-31"));
        dialog->accept();
    });
    gw.child<QPushButton>("createAction")->click();
    const auto actions = cw::actionsFor(gw.ws(), gw.page->assessmentId(), key);
    REQUIRE(actions.size() == actionsBefore + 1);
    CHECK(actions.back().owner == "Zhang Wei");
    CHECK(actions.back().dueDate == "2026-12-31");
    gw.undo().undo();
    CHECK(cw::actionsFor(gw.ws(), gw.page->assessmentId(), key).size() == actionsBefore);
}

TEST_CASE("a status recorded is offered to the mapped clauses of the other standard, one undo step",
          "[gap][propagation][undo]")
{
    cwtest::UiFixture fx;
    GapWindow gw(fx);
    cw::NewAssessment init;
    init.name = "Integrated system";
    init.date = "2026-11-01";
    init.catalogs = {"iso20000-1:2018", "iso27001:2022"};
    REQUIRE(gw.page->createAssessment(init));
    const cw::RequirementKey source{"iso20000-1:2018", "4.1"};
    const cw::RequirementKey target{"iso27001:2022", "4.1"};
    const std::int64_t id = gw.page->assessmentId();
    // The mapped clause was assessed before: undo must bring this back.
    cw::setResultStatus(gw.ws(), id, target, cw::AssessmentStatus::Nonconformant);
    auto* bar = gw.child<QFrame>("propagationBar");
    CHECK(bar->isHidden());

    gw.page->showRequirement(source);
    gw.page->tree()->setFocus();
    const int steps = gw.undo().count();
    QTest::keyClick(gw.page->tree(), Qt::Key_3); // conformant
    REQUIRE(gw.result(source).status == cw::AssessmentStatus::Conformant);
    CHECK(gw.result(target).status == cw::AssessmentStatus::Nonconformant); // only offered
    REQUIRE(bar->isVisible());
    const auto& offer = gw.page->propagationOffer();
    CHECK(std::find(offer.begin(), offer.end(), target) != offer.end());
    const QString text = gw.child<QLabel>("propagationText")->text();
    CHECK(text.contains(QStringLiteral("4.1")));
    CHECK(text.contains(QStringLiteral("27001")));
    std::map<cw::RequirementKey, cw::AssessmentStatus> before;
    for (const auto& k : offer)
        before[k] = gw.result(k).status;

    gw.child<QPushButton>("propagationApply")->click();
    CHECK(gw.undo().count() == steps + 2); // the status, then the propagation
    for (const auto& [k, s] : before)
        CHECK(gw.result(k).status == cw::AssessmentStatus::Conformant);
    CHECK(bar->isHidden());

    gw.undo().undo(); // one step restores every mapped clause
    for (const auto& [k, s] : before)
        CHECK(gw.result(k).status == s);
    CHECK(gw.result(target).status == cw::AssessmentStatus::Nonconformant);
    CHECK(gw.result(source).status == cw::AssessmentStatus::Conformant);
    gw.undo().redo();
    CHECK(gw.result(target).status == cw::AssessmentStatus::Conformant);

    // Dismissing leaves the mapped clauses alone.
    QTest::keyClick(gw.page->tree(), Qt::Key_2); // partial
    REQUIRE(bar->isVisible());
    gw.child<QPushButton>("propagationDismiss")->click();
    CHECK(bar->isHidden());
    CHECK(gw.result(target).status == cw::AssessmentStatus::Conformant);
}

// Not a test: pictures of the page for docs/ and for review (see ScreenshotTest.cpp).
//   CW_SCREENSHOT_DIR=/tmp/shots build/gapui/tests/ui/ui_tests "[screenshot-gap]"
TEST_CASE("gap analysis screenshots", "[.][screenshot-gap]")
{
    const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    QDir().mkpath(dir);
    cwtest::UiFixture fx;
    QTranslator gapTranslator; // until LanguageManager loads every :/i18n/*_zh_CN.qm
    REQUIRE(gapTranslator.load(QStringLiteral(":/i18n/gap_zh_CN.qm")));
    for (const char* language : {"en", "zh"}) {
        const QString lang = QLatin1String(language);
        if (lang == QStringLiteral("zh"))
            QCoreApplication::installTranslator(&gapTranslator);
        fx.languages().setLanguage(lang);
        GapWindow gw(fx);
        gw.page->showRequirement({"iso20000-1:2018", "4.1"});
        const auto shoot = [&](const QString& name) {
            cwtest::processEvents();
            REQUIRE(gw.window.grab().save(
                QDir(dir).filePath(name + QLatin1Char('-') + lang + QStringLiteral(".png"))));
        };
        shoot(QStringLiteral("gap-entry"));
        auto* tabs = gw.child<QTabWidget>("gapTabs");
        tabs->setCurrentIndex(1);
        shoot(QStringLiteral("gap-overview"));
        tabs->setCurrentIndex(2);
        shoot(QStringLiteral("gap-list"));
        tabs->setCurrentIndex(3);
        shoot(QStringLiteral("gap-compare"));
        tabs->setCurrentIndex(0);
        // The offer to mapped clauses needs an assessment of two standards.
        cw::NewAssessment init;
        init.name = lang == QStringLiteral("zh") ? "一体化体系评估" : "Integrated system";
        init.date = "2026-11-01";
        init.catalogs = {"iso20000-1:2018", "iso27001:2022"};
        REQUIRE(gw.page->createAssessment(init));
        gw.page->showRequirement({"iso20000-1:2018", "4.1"});
        REQUIRE(gw.page->setStatus(cw::AssessmentStatus::Partial));
        shoot(QStringLiteral("gap-propagation"));
        gw.page->dismissPropagation();
        // The import wizard at its preview, with a bad row.
        const QString csv = QDir(dir).filePath(QStringLiteral("checklist.csv"));
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Clause,Status,Findings\n4.1,Yes,Context reviewed\n4.2,Partly,Needs not recorded\n"
                   "4.3,Maybe,Scope unclear\n99.9,Yes,No such clause\n");
        file.close();
        cw::ui::ImportChecklistWizard wizard(gw.window.session(), gw.page->assessmentId(),
                                             {{"iso20000-1:2018", QStringLiteral("ISO/IEC 20000-1:2018")}});
        wizard.show();
        wizard.setFile(csv);
        wizard.next();
        cwtest::processEvents();
        REQUIRE(wizard.grab().save(
            QDir(dir).filePath(QStringLiteral("gap-import-mapping-") + lang + QStringLiteral(".png"))));
        wizard.next();
        cwtest::processEvents();
        REQUIRE(wizard.grab().save(
            QDir(dir).filePath(QStringLiteral("gap-import-preview-") + lang + QStringLiteral(".png"))));
    }
}
