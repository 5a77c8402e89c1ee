#include "AssessmentFixtures.h"

#include "assessment/Assessment.h"
#include "assessment/AssessmentActions.h"
#include "assessment/AssessmentResults.h"
#include "assessment/AssessmentSnapshot.h"
#include "catalog/CatalogStore.h"
#include "common/Error.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

using cw::AssessmentStatus;

TEST_CASE("creating an assessment copies the default catalog into the workspace", "[assessment]")
{
    cwtest::useSourceResources();
    cwtest::TempDir dir;
    auto ws = cwtest::newWorkspace(dir / "w.cwb");
    REQUIRE_FALSE(cw::workspaceHasCatalog(*ws, "iso20000-1:2018"));
    const auto trail = cwtest::auditLength(*ws);
    const auto id =
        cw::createAssessment(*ws, {"  Baseline  ", "2026-04-15", {"Li Na", " ", "Tom Baker"}, {}, "SMS"});
    CHECK(cw::workspaceHasCatalog(*ws, "iso20000-1:2018"));
    const auto a = cw::loadAssessment(*ws, id);
    CHECK(a.name == "Baseline");
    CHECK(a.assessors == std::vector<std::string>{"Li Na", "Tom Baker"});
    CHECK(a.catalogs == std::vector<std::string>{"iso20000-1:2018"});
    // One user action: catalog copy and assessment share one action id.
    const auto entries = cw::listAuditTrail(*ws);
    REQUIRE(entries.size() > trail);
    CHECK(entries[trail].actionId == entries.back().actionId);
    CHECK(entries.back().action == "Create assessment Baseline");
    // Several assessments, oldest first; by name; latest.
    (void)cw::createAssessment(*ws, {"Follow-up", "2026-10-20", {}, {}, ""});
    (void)cw::createAssessment(*ws, {"Gap zero", "2026-03-10", {}, {}, ""});
    const auto all = cw::listAssessments(*ws);
    REQUIRE(all.size() == 3);
    CHECK(all[0].name == "Gap zero");
    CHECK(cw::latestAssessment(*ws).name == "Follow-up");
    CHECK(cw::assessmentByName(*ws, "Baseline").id == id);
    CHECK_THROWS_WITH(cw::assessmentByName(*ws, "Nope"),
                      Catch::Contains("no assessment named 'Nope'") && Catch::Contains("'Baseline'"));
    // A requirement nobody touched has no row: a new assessment costs nothing.
    CHECK(ws->db().execAndGet("SELECT count(*) FROM assessment_result").getInt() == 0);
}

TEST_CASE("a refused assessment leaves the workspace as it was", "[assessment][failure]")
{
    cwtest::useSourceResources();
    cwtest::TempDir dir;
    auto ws = cwtest::newWorkspace(dir / "w.cwb");
    (void)cw::createAssessment(*ws, {"Baseline", "2026-04-15", {}, {}, ""});
    const auto before = cwtest::snapshotText(*ws);
    const auto trail = cwtest::auditLength(*ws);
    struct Case {
        cw::NewAssessment init;
        std::string message;
    };
    const std::vector<Case> cases{
        {{"", "2026-04-15", {}, {}, ""}, "name must not be empty"},
        {{"Baseline", "2026-05-01", {}, {}, ""}, "named 'Baseline' already exists"},
        {{"X", "15.04.2026", {}, {}, ""}, "assessment date"},
        {{"X", "2026-02-30", {}, {}, ""}, "assessment date"},
        {{"X", "2026-04-15", {}, {"iso27001:2022", "iso99999"}, ""},
         "'iso99999' is neither in the workspace"},
        {{"X", "2026-04-15", {}, {"iso27001:2022", "iso27001:2022"}, ""}, "listed twice"},
    };
    for (const auto& c : cases) {
        INFO(c.message);
        try {
            (void)cw::createAssessment(*ws, c.init);
            FAIL("accepted");
        } catch (const cw::Error& e) {
            CHECK(e.code() == cw::ErrorCode::InvalidInput);
            CHECK_THAT(e.what(), Catch::Contains(c.message));
        }
    }
    // The unknown catalog came after a built-in one: the copy of 27001 was rolled back too.
    CHECK_FALSE(cw::workspaceHasCatalog(*ws, "iso27001:2022"));
    CHECK(cwtest::snapshotText(*ws) == before);
    CHECK(cwtest::auditLength(*ws) == trail);
}

TEST_CASE("assessment fields are edited one action each, with old values for undo", "[assessment]")
{
    cwtest::TempDir dir;
    auto ws = cwtest::newWorkspace(dir / "w.cwb");
    cw::addCatalog(*ws, cwtest::miniCatalog());
    const auto id = cw::createAssessment(*ws, {"Baseline", "2026-04-15", {}, {"test:mini"}, ""});
    const auto other = cw::createAssessment(*ws, {"Other", "2026-05-15", {}, {"test:mini"}, ""});
    std::vector<cw::Change> seen;
    ws->subscribe([&](const std::vector<cw::Change>& c) { seen.insert(seen.end(), c.begin(), c.end()); });
    const auto old = cw::assessmentField(cw::loadAssessment(*ws, id), cw::AssessmentField::Assessors);
    cw::setAssessmentField(*ws, id, cw::AssessmentField::Assessors, "Li Na\n\n Wang Fang ");
    CHECK(cw::loadAssessment(*ws, id).assessors == std::vector<std::string>{"Li Na", "Wang Fang"});
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].entity == "assessment");
    CHECK(seen[0].entityId == std::to_string(id));
    cw::setAssessmentField(*ws, id, cw::AssessmentField::Assessors, old); // undo
    CHECK(cw::loadAssessment(*ws, id).assessors.empty());
    const auto trail = cwtest::auditLength(*ws);
    cw::setAssessmentField(*ws, id, cw::AssessmentField::ScopeNote, ""); // unchanged: no action
    CHECK(cwtest::auditLength(*ws) == trail);
    CHECK_THROWS_WITH(cw::setAssessmentField(*ws, id, cw::AssessmentField::Name, "Other"),
                      Catch::Contains("already exists"));
    CHECK_THROWS_WITH(cw::setAssessmentField(*ws, id, cw::AssessmentField::Date, "soon"),
                      Catch::Contains("assessment date"));
    cw::setAssessmentField(*ws, other, cw::AssessmentField::Date, "2026-01-01");
    CHECK(cw::listAssessments(*ws).front().name == "Other");
    CHECK(cwtest::auditLength(*ws) == trail + 1);
}

TEST_CASE("deleting an assessment takes its results and actions, a snapshot restores it", "[assessment]")
{
    cwtest::TempDir dir;
    auto ws = cwtest::newWorkspace(dir / "w.cwb");
    cw::addCatalog(*ws, cwtest::miniCatalog());
    const auto id = cw::createAssessment(*ws, {"Baseline", "2026-04-15", {"Li Na"}, {"test:mini"}, "Scope"});
    cw::setResultStatus(*ws, id, {"test:mini", "4.1"}, AssessmentStatus::Partial);
    cw::setResultField(*ws, id, {"test:mini", "4.1"}, cw::ResultField::Gap, "No context analysis");
    cw::GapAction action;
    action.assessmentId = id;
    action.key = {"test:mini", "4.1"};
    action.title = "Write the context analysis";
    const auto actionId = cw::createAction(*ws, action);
    const auto before = cwtest::snapshotText(*ws);

    const auto snap = cw::snapshotAssessment(*ws, id);
    cw::deleteAssessment(*ws, id);
    CHECK(cw::listAssessments(*ws).empty());
    CHECK(ws->db().execAndGet("SELECT count(*) FROM assessment_result").getInt() == 0);
    CHECK(ws->db().execAndGet("SELECT count(*) FROM assessment_action").getInt() == 0);
    cw::restoreAssessment(*ws, snap); // undo
    CHECK(cwtest::snapshotText(*ws) == before);
    CHECK(cw::loadAssessment(*ws, id).name == "Baseline"); // same ids
    CHECK(cw::loadAction(*ws, actionId).title == "Write the context analysis");
}

TEST_CASE("catalogs join and leave an assessment", "[assessment]")
{
    cwtest::useSourceResources();
    cwtest::TempDir dir;
    auto ws = cwtest::newWorkspace(dir / "w.cwb");
    const auto id = cw::createAssessment(*ws, {"Integrated", "2026-10-20", {}, {}, ""});
    cw::addAssessmentCatalog(*ws, id, "iso27001:2022");
    CHECK(cw::loadAssessment(*ws, id).catalogs ==
          std::vector<std::string>{"iso20000-1:2018", "iso27001:2022"});
    cw::setResultStatus(*ws, id, {"iso27001:2022", "A.5.1"}, AssessmentStatus::Conformant);
    CHECK_THROWS_WITH(cw::removeAssessmentCatalog(*ws, id, "iso27001:2022"), Catch::Contains("1 results"));
    CHECK_THROWS_WITH(cw::removeAssessmentCatalog(*ws, id, "iso9001:2015"),
                      Catch::Contains("does not cover"));
    const auto id2 =
        cw::createAssessment(*ws, {"Other", "2026-10-21", {}, {"iso20000-1:2018", "iso27001:2022"}, ""});
    cw::removeAssessmentCatalog(*ws, id2, "iso27001:2022");
    CHECK(cw::loadAssessment(*ws, id2).catalogs == std::vector<std::string>{"iso20000-1:2018"});
    CHECK_THROWS_WITH(cw::removeAssessmentCatalog(*ws, id2, "iso20000-1:2018"),
                      Catch::Contains("only catalog"));
}
