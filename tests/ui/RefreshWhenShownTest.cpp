// Pages behind the current one read the workspace only when shown (ui/common/RefreshWhenShown).
#include "UiTestSupport.h"

#include "common/Paths.h"
#include "common/RefreshWhenShown.h"
#include "engagement/Engagement.h"
#include "findings/Finding.h"
#include "findings/FindingListModel.h"
#include "findings/FindingsPage.h"
#include "shell/MainWindow.h"
#include "shell/PageId.h"
#include "shell/WorkspaceController.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QStackedWidget>

#include <catch2/catch.hpp>

using cw::ui::RefreshWhenShown;
using cw::ui::WorkspaceSession;

namespace {

struct Counts {
    int resets = 0;
    int refreshes = 0;
};

} // namespace

TEST_CASE("a hidden widget in a shown window refreshes when it is shown, once", "[ui][refresh]")
{
    cwtest::UiFixture fx;
    WorkspaceSession session;
    QStackedWidget window;
    auto* front = new QWidget(&window);
    auto* back = new QWidget(&window);
    window.addWidget(front);
    window.addWidget(back);
    Counts counts;
    auto* refresher = new RefreshWhenShown(
        *back, session, [&] { ++counts.resets; }, [&] { ++counts.refreshes; });
    window.show();
    REQUIRE(front->isVisible());
    REQUIRE_FALSE(back->isVisible());

    session.setWorkspace(cw::Workspace::create(cw::ui::toPath(fx.path("r.cwb")), {"R", "en"}));
    for (int i = 0; i < 3; ++i)
        REQUIRE(session.run([i](cw::Workspace& ws) {
            cw::setEngagementField(ws, cw::EngagementField::Scope, "Scope " + std::to_string(i));
        }));
    // Nothing read while hidden; one reset (which includes the refresh) is pending.
    CHECK(counts.resets == 0);
    CHECK(counts.refreshes == 0);
    CHECK(refresher->pending());

    window.setCurrentWidget(back);
    CHECK(counts.resets == 1);
    CHECK(counts.refreshes == 0);
    CHECK_FALSE(refresher->pending());

    // While shown, every change refreshes at once.
    REQUIRE(session.run([](cw::Workspace& ws) { cw::setEngagementField(ws, cw::EngagementField::Scope, "Now"); }));
    CHECK(counts.refreshes == 1);

    SECTION("closing the workspace resets hidden widgets at once")
    {
        window.setCurrentWidget(front);
        session.close();
        CHECK(counts.resets == 2);
        CHECK_FALSE(refresher->pending());
    }
    SECTION("flush() carries out a pending request while still hidden")
    {
        window.setCurrentWidget(front);
        REQUIRE(session.run([](cw::Workspace& ws) { cw::setEngagementField(ws, cw::EngagementField::Scope, "Later"); }));
        CHECK(counts.refreshes == 1);
        refresher->flush();
        CHECK(counts.refreshes == 2);
    }
}

TEST_CASE("a widget in a window that is not shown refreshes at once", "[ui][refresh]")
{
    cwtest::UiFixture fx;
    WorkspaceSession session;
    QWidget window;
    auto* child = new QWidget(&window);
    Counts counts;
    RefreshWhenShown refresher(*child, session, [&] { ++counts.resets; }, [&] { ++counts.refreshes; });
    session.setWorkspace(cw::Workspace::create(cw::ui::toPath(fx.path("n.cwb")), {"N", "en"}));
    CHECK(counts.resets == 1);
    REQUIRE(session.run([](cw::Workspace& ws) { cw::setEngagementField(ws, cw::EngagementField::Scope, "S"); }));
    CHECK(counts.refreshes == 1);
}

TEST_CASE("the findings page catches up when shown, and showing a finding works while it is hidden",
          "[ui][refresh][findings]")
{
    cwtest::UiFixture fx;
    cw::ui::MainWindow window(fx.languages());
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.controller().openDemo());
    auto* findings = qobject_cast<cw::ui::FindingsPage*>(window.page(cw::ui::PageId::Findings));
    REQUIRE(findings);
    CHECK(findings->listModel()->rowCount() == 0); // not read before it is shown
    window.showPage(cw::ui::PageId::Findings);
    const int before = findings->listModel()->rowCount();
    REQUIRE(before > 0);
    window.showPage(cw::ui::PageId::Dashboard);

    std::int64_t id = 0;
    REQUIRE(window.session().run([&](cw::Workspace& ws) {
        cw::Finding f;
        f.type = cw::FindingType::Observation;
        f.source = cw::FindingSource::Other;
        f.title = "Raised while the page was hidden";
        f.raisedOn = "2026-11-20";
        id = cw::createFinding(ws, f);
    }));
    // The hidden page has not read the change yet...
    CHECK(findings->listModel()->rowCount() == before);
    // ...but asking it to show the new finding brings it up to date first.
    findings->showFinding(id);
    CHECK(findings->listModel()->rowCount() == before + 1);
    window.showPage(cw::ui::PageId::Findings);
    CHECK(findings->listModel()->rowCount() == before + 1);
}
