#include "TestSupport.h"

#include "engagement/Engagement.h"
#include "storage/AuditTrail.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

using namespace std::chrono;

TEST_CASE("every write records when, who, what, which field, old and new value", "[audit]")
{
    cwtest::TempDir dir;
    auto clock = std::make_shared<cw::FixedClock>(sys_days{2026y / November / 22} + 9h);
    cw::NewWorkspace init;
    init.name = "Audit me";
    auto ws = cw::Workspace::create(dir / "a.cwb", init, clock);
    ws->setActor("li.wei");
    clock->set(sys_days{2026y / November / 23} + 10h + 30min);
    cw::setEngagementField(*ws, cw::EngagementField::Scope, "Data centre operations");
    cw::setEngagementField(*ws, cw::EngagementField::Scope, "Data centre operations"); // no-op: no entry

    const auto trail = cw::listAuditTrail(*ws, {"engagement", "1", 0});
    REQUIRE(trail.size() == 3); // name + language at creation, scope edit
    const auto& last = trail.back();
    CHECK(last.atUtc == "2026-11-23T10:30:00Z");
    CHECK(last.actor == "li.wei");
    CHECK(last.entity == "engagement");
    CHECK(last.entityId == "1");
    CHECK(last.field == "scope");
    CHECK(last.oldValue == std::optional<std::string>(""));
    CHECK(last.newValue == std::optional<std::string>("Data centre operations"));
    CHECK(trail.front().atUtc == "2026-11-22T09:00:00Z");
    CHECK_FALSE(trail.front().oldValue.has_value());
}

TEST_CASE("the trail lists per entity and limits to the newest entries", "[audit]")
{
    cwtest::TempDir dir;
    cw::NewWorkspace init;
    init.name = "N";
    auto ws = cw::Workspace::create(dir / "b.cwb", init);
    for (int i = 0; i < 5; ++i)
        cw::setEngagementField(*ws, cw::EngagementField::Name, "Name " + std::to_string(i));
    const auto newest = cw::listAuditTrail(*ws, {"engagement", std::nullopt, 2});
    REQUIRE(newest.size() == 2);
    CHECK(newest[0].newValue == std::optional<std::string>("Name 3"));
    CHECK(newest[1].newValue == std::optional<std::string>("Name 4"));
    CHECK(cw::listAuditTrail(*ws, {"document", std::nullopt, 0}).empty());
}
