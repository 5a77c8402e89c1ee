#include "UiTestSupport.h"

#include "common/EntityNames.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/EntityCountsModel.h"
#include "dashboard/ReadinessPanel.h"
#include "dashboard/RecentActivityModel.h"
#include "dashboard/SummaryPanel.h"
#include "engagement/Engagement.h"
#include "readiness/CertificationTimeline.h"
#include "readiness/Readiness.h"
#include "readiness/ReadinessFacts.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/WorkspaceController.h"
#include "shell/WorkspaceSession.h"
#include "storage/AuditTrail.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceInfo.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLocale>
#include <QTest>

#include <catch2/catch.hpp>

using cw::ui::MainWindow;
using cw::ui::PageId;

namespace {
cw::ui::SummaryPanel* summaryOf(MainWindow& window)
{
    return window.page(PageId::Dashboard)->findChild<cw::ui::SummaryPanel*>();
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}
} // namespace

TEST_CASE("opening the demo shows its engagement on the dashboard", "[dashboard]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    REQUIRE(window.controller().openDemo());

    CHECK(window.currentPage() == PageId::Dashboard);
    auto* summary = summaryOf(window);
    REQUIRE(summary);
    CHECK(summary->isVisibleTo(window.page(PageId::Dashboard)));
    CHECK(summary->engagementName() ==
          QStringLiteral("Hengyun Data Services: ISO/IEC 20000-1 certification 2026"));
    const auto labels = summary->findChildren<QLabel*>();
    const auto shows = [&](const QString& text) {
        return std::any_of(labels.begin(), labels.end(), [&](QLabel* l) { return l->text().contains(text); });
    };
    CHECK(shows(QStringLiteral("Hengyun Data Services Co., Ltd.")));
    CHECK(shows(QStringLiteral("恒云数据服务有限公司")));
    CHECK(shows(QStringLiteral("English")));
    CHECK(shows(window.session().filePath()));

    const auto& counts = *summary->countsModel();
    const auto info = cw::workspaceInfo(*window.session().workspace());
    REQUIRE(counts.rowCount() == static_cast<int>(info.counts.size()));
    const auto trail = cw::listAuditTrail(*window.session().workspace());
    bool listed = false;
    for (int row = 0; row < counts.rowCount(); ++row)
        if (cell(counts, row, 0) == QStringLiteral("Audit trail entries")) {
            listed = true;
            CHECK(cell(counts, row, 1) == QLocale().toString(static_cast<qlonglong>(trail.size())));
        }
    CHECK(listed);

    const auto& activity = *summary->activityModel();
    CHECK(activity.rowCount() == static_cast<int>(std::min<std::size_t>(trail.size(), 10)));
    CHECK(cell(activity, 0, cw::ui::RecentActivityModel::Action) ==
          QString::fromStdString(trail.back().action));
}

TEST_CASE("the dashboard follows changes and shows at most ten recent entries, newest first", "[dashboard]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    REQUIRE(window.controller().openDemo());
    cw::Workspace& ws = *window.session().workspace();
    for (int i = 1; i <= 12; ++i)
        cw::setEngagementField(ws, cw::EngagementField::Scope, "Scope version " + std::to_string(i));
    cw::setEngagementField(ws, cw::EngagementField::Name, "Renamed engagement");

    auto* summary = summaryOf(window);
    CHECK(summary->engagementName() == QStringLiteral("Renamed engagement"));
    const auto& activity = *summary->activityModel();
    REQUIRE(activity.rowCount() == 10);
    CHECK(cell(activity, 0, cw::ui::RecentActivityModel::Record) == QStringLiteral("Engagement"));
    CHECK(cell(activity, 0, cw::ui::RecentActivityModel::Change)
              .startsWith(QStringLiteral("Engagement name:")));
    CHECK(cell(activity, 1, cw::ui::RecentActivityModel::Change)
              .contains(QStringLiteral("“Scope version 12”")));
    CHECK(window.windowTitle().startsWith(QStringLiteral("Renamed engagement — ")));

    window.controller().closeWorkspace();
    CHECK_FALSE(summary->isVisibleTo(window.page(PageId::Dashboard)));
    CHECK(summary->activityModel()->rowCount() == 0);
}

TEST_CASE("the dashboard's models pass QAbstractItemModelTester", "[dashboard][model]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    auto* summary = summaryOf(window);
    using Tester = QAbstractItemModelTester;
    Tester countsTester(summary->countsModel(), Tester::FailureReportingMode::Fatal);
    Tester activityTester(summary->activityModel(), Tester::FailureReportingMode::Fatal);

    REQUIRE(window.controller().openDemo()); // resets both models with data
    cw::setEngagementField(*window.session().workspace(), cw::EngagementField::Name, "Model test");
    fx.languages().setLanguage(QStringLiteral("zh")); // header and data change signals
    cwtest::processEvents();
    window.controller().closeWorkspace(); // resets to empty
    CHECK(summary->countsModel()->rowCount() == 0);
}

TEST_CASE("entity keys get readable names", "[dashboard]")
{
    cwtest::UiFixture fx;
    using cw::ui::EntityNames;
    CHECK(EntityNames::plural("audit_trail") == QStringLiteral("Audit trail entries"));
    CHECK(EntityNames::plural("documents") == QStringLiteral("Documents"));
    CHECK(EntityNames::plural("risk_registers") == QStringLiteral("Risk registers"));
    CHECK(EntityNames::singular("document") == QStringLiteral("Document"));
    fx.languages().setLanguage(QStringLiteral("zh"));
    CHECK(EntityNames::plural("documents") == QStringLiteral("文件"));
    CHECK(EntityNames::singular("engagement") == QStringLiteral("项目"));
}

TEST_CASE("the dashboard shows the demo's readiness verdict and what is missing", "[dashboard][readiness]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    REQUIRE(window.controller().openDemo());
    auto* summary = summaryOf(window);
    REQUIRE(summary);
    auto* panel = summary->readinessPanel();
    REQUIRE(panel);
    CHECK(panel->isVisibleTo(summary));

    const cw::Verdict verdict = cw::readinessVerdict(*window.session().workspace());
    CHECK(panel->level() == QString::fromLatin1(cw::toString(verdict.level)));
    QStringList unmet;
    for (const cw::Criterion& c : verdict.unmet())
        unmet << QString::fromStdString(c.id);
    CHECK(panel->unmetIds() == unmet);
    REQUIRE_FALSE(unmet.isEmpty()); // the demo is not certifiable yet: there is something to show
    const QString shown = panel->findChild<QLabel*>(QStringLiteral("readinessUnmet"))->text();
    for (const cw::Criterion& c : verdict.unmet()) {
        CHECK(shown.contains(QString::fromStdString(c.id)));
        CHECK(shown.contains(QString::fromStdString(c.reason.en).toHtmlEscaped()));
    }
    const QString verdictText = panel->findChild<QLabel*>(QStringLiteral("readinessVerdict"))->text();
    CHECK(verdictText.contains(verdict.level == cw::ReadinessLevel::NotReady ? QStringLiteral("Not ready")
                                                                             : QStringLiteral("Ready")));
    CHECK(panel->findChild<QLabel*>(QStringLiteral("readinessFigures"))
              ->text()
              .contains(QStringLiteral("Readiness")));

    // The certification cycle as a chart: one row per milestone of the core's timeline.
    auto* chart = panel->findChild<QLabel*>(QStringLiteral("readinessTimelineChart"));
    REQUIRE(chart);
    CHECK(chart->isVisibleTo(panel));
    const QPixmap pixmap = chart->pixmap();
    REQUIRE_FALSE(pixmap.isNull());
    const cw::ReadinessFacts facts = cw::gatherReadinessFacts(*window.session().workspace());
    const auto milestones = cw::certificationTimeline(facts, cw::evaluateReadiness(facts)).milestones;
    REQUIRE(milestones.size() >= 5); // stages, decision, surveillance, recertification
    CHECK(pixmap.deviceIndependentSize().height() == 40 + 22 * static_cast<qreal>(milestones.size()));

    window.controller().closeWorkspace();
    CHECK_FALSE(chart->isVisibleTo(panel));
}

TEST_CASE("the readiness panel follows edits: a blank scope makes S1.1 unmet", "[dashboard][readiness]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    REQUIRE(window.controller().openDemo());
    auto* panel = summaryOf(window)->readinessPanel();
    CHECK_FALSE(panel->unmetIds().contains(QStringLiteral("S1.1")));
    REQUIRE(window.session().run(
        [](cw::Workspace& ws) { cw::setEngagementField(ws, cw::EngagementField::Scope, ""); }));
    CHECK(panel->unmetIds().contains(QStringLiteral("S1.1")));
    CHECK(panel->level() == QStringLiteral("not_ready"));
}

TEST_CASE("in a shown window the readiness is gathered on a worker and follows edits", "[dashboard][readiness]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.controller().openDemo());
    auto* panel = summaryOf(window)->readinessPanel();
    // Opening does not wait for the facts; they arrive from the worker.
    REQUIRE(QTest::qWaitFor([panel] { return !panel->busy() && !panel->level().isEmpty(); }, 15000));
    const cw::Verdict verdict = cw::readinessVerdict(*window.session().workspace());
    CHECK(panel->level() == QString::fromLatin1(cw::toString(verdict.level)));
    CHECK_FALSE(panel->unmetIds().contains(QStringLiteral("S1.1")));

    REQUIRE(window.session().run(
        [](cw::Workspace& ws) { cw::setEngagementField(ws, cw::EngagementField::Scope, ""); }));
    REQUIRE(QTest::qWaitFor([panel] { return !panel->busy() && panel->unmetIds().contains(QStringLiteral("S1.1")); },
                            15000));
    CHECK(panel->level() == QStringLiteral("not_ready"));
}
