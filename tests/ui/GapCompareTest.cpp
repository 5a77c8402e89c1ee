#include "UiTestSupport.h"

#include "assessment/Assessment.h"
#include "assessment/Compare.h"
#include "gap/CompareModels.h"
#include "gap/CompareView.h"
#include "gap/GapAnalysisPage.h"
#include "shell/MainWindow.h"
#include "shell/WorkspaceController.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QLabel>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch.hpp>

using cw::ui::ClauseCompareModel;
using cw::ui::GapAnalysisPage;
using cw::ui::MainWindow;
using cw::ui::PageId;
using cw::ui::StatusChangeModel;

namespace {

struct DemoGap {
    explicit DemoGap(cwtest::UiFixture& fx)
        : window(fx.languages())
    {
        page = cwtest::showDemoPage<GapAnalysisPage>(window, PageId::GapAnalysis);
    }
    [[nodiscard]] cw::Workspace& ws() const { return *window.session().workspace(); }
    /// The demo's assessments by their English name.
    [[nodiscard]] std::int64_t assessment(const std::string& name) const
    {
        for (const auto& a : cw::listAssessments(ws()))
            if (a.name == name)
                return a.id;
        FAIL("no assessment " << name);
        return 0;
    }

    MainWindow window;
    GapAnalysisPage* page = nullptr;
};

int rowOf(const ClauseCompareModel& model, const std::string& ref)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.clause(r)->key.ref == ref)
            return r;
    return -1;
}

} // namespace

TEST_CASE("compare: the demo's baseline and follow-up side by side, as the core compares them",
          "[gap][compare][model]")
{
    cwtest::UiFixture fx;
    DemoGap d(fx);
    const std::int64_t baseline = d.assessment("Baseline gap analysis");
    const std::int64_t followUp = d.assessment("Follow-up assessment");
    auto* tabs = d.page->findChild<QTabWidget*>(QStringLiteral("gapTabs"));
    REQUIRE(tabs);
    auto* view = d.page->compareView();
    tabs->setCurrentWidget(view);
    // The page shows the latest assessment; it is compared with the one before it.
    CHECK(view->assessmentA() == baseline);
    CHECK(view->assessmentB() == followUp);

    auto* clauses = view->clauseModel();
    auto* changes = view->changeModel();
    QAbstractItemModelTester clauseTester(clauses, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester changeTester(changes, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const cw::AssessmentComparison truth = cw::compareAssessments(d.ws(), baseline, followUp);
    int expectedRows = 0;
    for (const auto& c : truth.clauses)
        expectedRows += c.level >= 1 && c.level <= 2 ? 1 : 0;
    REQUIRE(clauses->rowCount() == expectedRows);
    REQUIRE(clauses->rowCount() > 0);

    int improved = 0;
    for (const auto& c : truth.clauses) {
        if (c.level < 1 || c.level > 2)
            continue;
        const int r = rowOf(*clauses, c.key.ref);
        REQUIRE(r >= 0);
        const auto ratio = [&](int column) {
            return clauses->index(r, column).data(ClauseCompareModel::RatioRole);
        };
        CHECK(ratio(ClauseCompareModel::ReadinessAColumn).isNull() == !c.readinessA);
        if (c.readinessA)
            CHECK(ratio(ClauseCompareModel::ReadinessAColumn).toDouble() == Approx(*c.readinessA));
        if (c.readinessB)
            CHECK(ratio(ClauseCompareModel::ReadinessBColumn).toDouble() == Approx(*c.readinessB));
        CHECK(clauses->index(r, ClauseCompareModel::ReadinessAColumn).data().toString() ==
              QString::fromStdString(cw::formatPercent(c.readinessA)));
        const auto change = c.change();
        const QVariant colour = clauses->index(r, ClauseCompareModel::ChangeColumn).data(Qt::ForegroundRole);
        if (change && *change > 1e-9) {
            ++improved;
            CHECK(ratio(ClauseCompareModel::ChangeColumn).toDouble() == Approx(*change));
            CHECK(clauses->index(r, ClauseCompareModel::ChangeColumn)
                      .data()
                      .toString()
                      .startsWith(QLatin1Char('+')));
            REQUIRE(colour.canConvert<QBrush>());
            CHECK(colour.value<QBrush>().color().green() > colour.value<QBrush>().color().red());
        } else if (change && *change < -1e-9) {
            CHECK(clauses->index(r, ClauseCompareModel::ChangeColumn)
                      .data()
                      .toString()
                      .startsWith(QLatin1Char('-')));
            REQUIRE(colour.canConvert<QBrush>());
            CHECK(colour.value<QBrush>().color().red() > colour.value<QBrush>().color().green());
        } else {
            CHECK_FALSE(colour.isValid());
        }
    }
    CHECK(improved > 0); // the demo's story: the follow-up is better

    REQUIRE(changes->rowCount() == static_cast<int>(truth.changes.size()));
    REQUIRE(changes->rowCount() > 0);
    for (int r = 0; r < changes->rowCount(); ++r) {
        const auto& t = truth.changes[static_cast<std::size_t>(r)];
        CHECK(changes->index(r, StatusChangeModel::RefColumn).data().toString() ==
              QString::fromStdString(t.key.ref));
        CHECK(changes->change(r)->before == t.before);
        CHECK(changes->change(r)->after == t.after);
    }
    const QString summary = view->findChild<QLabel*>(QStringLiteral("compareSummary"))->text();
    CHECK(summary.contains(QString::fromStdString(cw::formatPercent(truth.a.overall.readiness()))));
    CHECK(summary.contains(QString::fromStdString(cw::formatPercent(truth.b.overall.readiness()))));
    CHECK(summary.contains(
        QStringLiteral("Improved: %1").arg(truth.changesOf(cw::ChangeKind::Improved).size())));

    // Swapped: improvements become regressions.
    view->compare(followUp, baseline);
    CHECK(view->findChild<QComboBox*>(QStringLiteral("compareA"))->currentData().toLongLong() == followUp);
    const auto swapped = cw::compareAssessments(d.ws(), followUp, baseline);
    CHECK(changes->rowCount() == static_cast<int>(swapped.changes.size()));
    CHECK(swapped.changesOf(cw::ChangeKind::Regressed).size() ==
          truth.changesOf(cw::ChangeKind::Improved).size());
}

TEST_CASE("compare: a workspace with one assessment says what to do", "[gap][compare]")
{
    cwtest::UiFixture fx;
    DemoGap d(fx);
    for (const auto& a : cw::listAssessments(d.ws()))
        if (a.name != "Baseline gap analysis")
            cw::deleteAssessment(d.ws(), a.id);
    auto* tabs = d.page->findChild<QTabWidget*>(QStringLiteral("gapTabs"));
    tabs->setCurrentWidget(d.page->compareView());
    CHECK(d.page->compareView()->clauseModel()->rowCount() == 0);
    CHECK(d.page->compareView()
              ->findChild<QLabel*>(QStringLiteral("compareSummary"))
              ->text()
              .contains(QStringLiteral("second assessment")));
}
