// The certification plan of the engagement: fields, validation, audit trail, interchange, migration.
#include "ReadinessFixtures.h"

#include "common/Error.h"
#include "engagement/CncaCategories.h"
#include "engagement/EngagementPlan.h"
#include "interchange/Interchange.h"
#include "storage/AuditTrail.h"
#include "storage/Migrations.h"
#include "storage/WorkspaceInfo.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

using readinesstest::Empty;

TEST_CASE("the CNCA category table is complete and parses codes, letters and numbers", "[plan]")
{
    const auto& table = cw::cncaCategories();
    REQUIRE(table.size() == 14);
    CHECK(table.front().code() == "A 01.01");
    CHECK(table.back().code() == "X 06.04");
    for (const auto& c : table) {
        CHECK_FALSE(c.name.en.empty());
        CHECK_FALSE(c.name.zh.empty());
    }
    CHECK(cw::findCncaCategory("L")->code() == "L 04.01");
    CHECK(cw::findCncaCategory("x")->code() == "X 06.04");
    CHECK(cw::findCncaCategory("04.03")->code() == "N 04.03");
    CHECK(cw::findCncaCategory(" M 04.02 ")->code() == "M 04.02");
    CHECK(cw::findCncaCategory("M 04.03") == nullptr); // letter and number disagree
    CHECK(cw::findCncaCategory("B 01.02") == nullptr); // not in the table
    CHECK(cw::parseCncaCategories("X 06.04; L, 04.02\nL 04.01") ==
          std::vector<std::string>{"L 04.01", "M 04.02", "X 06.04"});
    CHECK_THROWS_WITH(cw::parseCncaCategories("L, Z 09.09"),
                      Catch::Contains("cnca_categories") && Catch::Contains("'Z 09.09'"));
}

TEST_CASE("plan fields are set one action each, audited, and read back", "[plan]")
{
    Empty e;
    auto& ws = *e.ws;
    CHECK(cw::loadEngagementPlan(ws) == cw::EngagementPlan{});
    cw::setPlanField(ws, cw::PlanField::Services, "Service desk\n  \nData centre operations ");
    cw::setPlanField(ws, cw::PlanField::Sites, "Hangzhou");
    cw::setPlanField(ws, cw::PlanField::CncaCategories, "X, L");
    cw::setPlanField(ws, cw::PlanField::CertificationBody, "Example CB");
    cw::setPlanField(ws, cw::PlanField::TrialOperationStart, "2026-07-01");
    cw::setPlanField(ws, cw::PlanField::PlannedStage1, "2027-01-19");
    const auto plan = cw::loadEngagementPlan(ws);
    CHECK(plan.services == std::vector<std::string>{"Service desk", "Data centre operations"});
    CHECK(plan.sites == std::vector<std::string>{"Hangzhou"});
    CHECK(plan.cncaCategories == std::vector<std::string>{"L 04.01", "X 06.04"});
    CHECK(plan.certificationBody == "Example CB");
    CHECK(plan.trialOperationStart == "2026-07-01");
    CHECK(plan.plannedStage1 == "2027-01-19");
    CHECK(plan.plannedStage2.empty());

    const auto trail = cw::listAuditTrail(ws, {"engagement", "1", 0});
    REQUIRE(trail.size() >= 6);
    const auto& last = trail.back();
    CHECK(last.field == "planned_stage1");
    CHECK(last.oldValue == std::optional<std::string>(""));
    CHECK(last.newValue == std::optional<std::string>("2027-01-19"));
    CHECK(last.action == "Edit engagement planned_stage1");

    // Unchanged: no new entry.
    const auto before = cw::listAuditTrail(ws).size();
    cw::setPlanField(ws, cw::PlanField::CncaCategories, "L 04.01; X 06.04");
    CHECK(cw::listAuditTrail(ws).size() == before);
    // Cleared date.
    cw::setPlanField(ws, cw::PlanField::PlannedStage1, "");
    CHECK(cw::loadEngagementPlan(ws).plannedStage1.empty());
}

TEST_CASE("bad plan values are refused with the field named and nothing written", "[plan]")
{
    Empty e;
    auto& ws = *e.ws;
    const auto before = cw::listAuditTrail(ws).size();
    CHECK_THROWS_WITH(cw::setPlanField(ws, cw::PlanField::PlannedStage2, "2027-02-30"),
                      Catch::StartsWith("planned_stage2: '2027-02-30' is not a date"));
    CHECK_THROWS_WITH(cw::setPlanField(ws, cw::PlanField::TrialOperationStart, "July 2026"),
                      Catch::StartsWith("trial_operation_start:"));
    CHECK_THROWS_WITH(cw::setPlanField(ws, cw::PlanField::CncaCategories, "Q"),
                      Catch::StartsWith("cnca_categories:"));
    CHECK_THROWS_WITH(cw::setEngagementLogo(ws, "GIF89a..."),
                      Catch::Contains("logo: not a PNG or JPEG image"));
    CHECK_THROWS_WITH(cw::setEngagementLogo(ws, "\x89PNG\r\n\x1a\n" + std::string(cw::kMaxLogoBytes, 'x')),
                      Catch::Contains("larger than the 2 MiB allowed"));
    CHECK_THROWS_AS(cw::setReadinessThreshold(ws, 1.5), cw::Error);
    CHECK_THROWS_AS(cw::setReadinessThreshold(ws, 0.0), cw::Error);
    CHECK(cw::listAuditTrail(ws).size() == before);
    CHECK(cw::loadEngagementPlan(ws) == cw::EngagementPlan{});
}

TEST_CASE("the logo is stored as bytes and audited by its digest", "[plan]")
{
    Empty e;
    auto& ws = *e.ws;
    const auto png = readinesstest::tinyPng();
    CHECK(cw::logoMimeType(png) == "image/png");
    CHECK(cw::logoMimeType("\xff\xd8\xff\xe0 jpeg") == "image/jpeg");
    cw::setEngagementLogo(ws, png);
    CHECK(cw::loadEngagementPlan(ws).logo == png);
    auto trail = cw::listAuditTrail(ws, {"engagement", "1", 1});
    REQUIRE(trail.size() == 1);
    CHECK(trail[0].field == "logo");
    CHECK_FALSE(trail[0].oldValue.has_value());
    CHECK_THAT(*trail[0].newValue, Catch::StartsWith("sha256:"));
    CHECK(trail[0].newValue->size() == 7 + 64);
    cw::setEngagementLogo(ws, "");
    CHECK(cw::loadEngagementPlan(ws).logo.empty());
    trail = cw::listAuditTrail(ws, {"engagement", "1", 1});
    CHECK_FALSE(trail[0].newValue.has_value());
}

TEST_CASE("the readiness threshold defaults to 0.9 and is a workspace setting", "[plan]")
{
    Empty e;
    auto& ws = *e.ws;
    CHECK(cw::readinessThreshold(ws) == Approx(0.9));
    cw::setReadinessThreshold(ws, 0.85);
    CHECK(cw::readinessThreshold(ws) == Approx(0.85));
    const auto trail = cw::listAuditTrail(ws, {"settings", "readiness_threshold", 0});
    REQUIRE(trail.size() == 1);
    CHECK(trail[0].oldValue == std::optional<std::string>("0.9"));
    CHECK(trail[0].newValue == std::optional<std::string>("0.85"));
    CHECK(cw::parseReadinessThreshold("95%") == Approx(0.95));
    CHECK(cw::parseReadinessThreshold(" 1 ") == Approx(1.0));
    CHECK_THROWS_WITH(cw::parseReadinessThreshold("high"), Catch::StartsWith("readiness_threshold:"));
    CHECK_THROWS_WITH(cw::parseReadinessThreshold("120%"), Catch::Contains("out of range"));
    CHECK(cw::formatThreshold(0.9) == "0.9");
}

TEST_CASE("the plan and the threshold round-trip through the interchange format", "[plan][interchange]")
{
    Empty e;
    auto& ws = *e.ws;
    cw::setPlanField(ws, cw::PlanField::Services, "服务台\nData centre");
    cw::setPlanField(ws, cw::PlanField::CncaCategories, "N, M");
    cw::setPlanField(ws, cw::PlanField::PlannedManagementReview, "2027-01-14");
    cw::setEngagementLogo(ws, readinesstest::tinyPng());
    cw::setReadinessThreshold(ws, 0.8);
    const std::string exported = cw::exportWorkspaceText(ws);
    CHECK_THAT(exported,
               Catch::Contains("\"cnca_categories\": [\n        \"M 04.02\",\n        \"N 04.03\"\n"));
    CHECK_THAT(exported, Catch::Contains("\"readiness_threshold\": 0.8"));
    CHECK_THAT(exported, Catch::Contains("\"planned_stage1\": null"));

    auto other = cw::Workspace::create(e.dir / "copy.cwb", {"Copy", "en"}, e.clock);
    cw::importWorkspaceText(*other, exported, "x.json");
    CHECK(cw::loadEngagementPlan(*other) == cw::loadEngagementPlan(ws));
    CHECK(cw::readinessThreshold(*other) == Approx(0.8));
    CHECK(cw::exportWorkspaceText(*other) == exported);
}

TEST_CASE("malformed plans in an interchange file are refused with their JSON path", "[plan][interchange]")
{
    Empty e;
    auto doc = [](const std::string& plan, const std::string& extra = "") {
        return R"({"format": "conformance-workbench", "version": 1, "engagement": {"name": "x", "plan": )" +
               plan + extra + "}}";
    };
    const std::vector<std::pair<std::string, std::string>> cases{
        {doc(R"({"planned_stage1": "2027-13-01"})"), "$.engagement.plan.planned_stage1"},
        {doc(R"({"cnca_categories": ["L 04.02"]})"), "$.engagement.plan.cnca_categories[0]"},
        {doc(R"({"cnca_categories": ["L 04.01", "L 04.01"]})"), "listed twice"},
        {doc(R"({"logo": "bm90IGFuIGltYWdl"})"), "not a PNG or JPEG image"},
        {doc(R"({"logo": "***"})"), "not valid base64"},
        {doc(R"({"colour": "blue"})"), "$.engagement.plan.colour: unknown field"},
        {doc("{}", R"(, "readiness_threshold": 2)"), "$.engagement.readiness_threshold"},
        {doc("{}", R"(, "readiness_threshold": "0.9")"), "expected a number"},
    };
    for (const auto& [text, expected] : cases) {
        INFO(text);
        CHECK_THROWS_WITH(cw::importWorkspaceText(*e.ws, text, "bad.json"), Catch::Contains(expected));
    }
    CHECK(cw::loadEngagementPlan(*e.ws) == cw::EngagementPlan{});
}

TEST_CASE("workspaces of every earlier schema get an empty plan and accept one", "[plan][migration]")
{
    const int latest = cw::Workspace::currentSchemaVersion();
    REQUIRE(latest >= 7);
    for (int from = 1; from < latest; ++from) {
        DYNAMIC_SECTION("from schema " << from)
        {
            cwtest::TempDir dir;
            const auto file = dir / "old.cwb";
            {
                SQLite::Database db(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
                db.exec("PRAGMA application_id = " + std::to_string(cw::Workspace::kApplicationId));
                cw::migrations::migrate(db, 0, from);
                db.exec("INSERT INTO engagement(id, name, scope, language, created_at) "
                        "VALUES (1, 'Legacy', 'Old scope', 'zh', '2025-01-01T00:00:00Z')");
            }
            auto ws = cw::Workspace::open(file);
            CHECK(ws->schemaVersion() == latest);
            CHECK(cw::loadEngagementPlan(*ws) == cw::EngagementPlan{});
            CHECK(cw::readinessThreshold(*ws) == Approx(0.9));
            cw::setPlanField(*ws, cw::PlanField::PlannedStage2, "2027-03-09");
            cw::setEngagementLogo(*ws, readinesstest::tinyPng());
            CHECK(cw::loadEngagementPlan(*ws).plannedStage2 == "2027-03-09");
            CHECK(cw::checkWorkspace(*ws).ok());
        }
    }
}

TEST_CASE("the schema refuses a malformed plan date written behind the program's back", "[plan][migration]")
{
    Empty e;
    CHECK_THROWS(e.ws->db().exec("UPDATE engagement SET planned_stage1 = '19 Jan' WHERE id = 1"));
}
