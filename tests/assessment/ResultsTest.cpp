#include "AssessmentFixtures.h"

#include "assessment/Assessment.h"
#include "assessment/AssessmentResults.h"
#include "common/Error.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

using cw::AssessmentStatus;
using cw::ResultField;

namespace {
const cw::RequirementKey k41{"test:mini", "4.1"};
}

TEST_CASE("one field, one action: the result is stored when first touched", "[assessment][results]")
{
    cwtest::TempDir dir;
    auto ws = cwtest::newWorkspace(dir / "w.cwb");
    cw::addCatalog(*ws, cwtest::miniCatalog());
    const auto id = cw::createAssessment(*ws, {"Baseline", "2026-04-15", {}, {"test:mini"}, ""});
    auto untouched = cw::loadResult(*ws, id, k41);
    CHECK_FALSE(untouched.stored);
    CHECK(untouched.status == AssessmentStatus::NotAssessed);

    std::vector<cw::Change> seen;
    ws->subscribe([&](const std::vector<cw::Change>& c) { seen.insert(seen.end(), c.begin(), c.end()); });
    const auto trail = cwtest::auditLength(*ws);
    cw::setResultField(*ws, id, k41, ResultField::Status, "partial");
    cw::setResultField(*ws, id, k41, ResultField::Maturity, "2");
    cw::setResultField(*ws, id, k41, ResultField::Notes, "Context analysed in 2024, not reviewed since.");
    cw::setResultField(*ws, id, k41, ResultField::Interviewed, "Zhang Wei (SMS manager)");
    cw::setResultField(*ws, id, k41, ResultField::Evidence, "SWOT 2024");
    cw::setResultField(*ws, id, k41, ResultField::Gap, "No annual review");
    cw::setResultField(*ws, id, k41, ResultField::Recommendation, "Review it in the management review");
    const auto entries = cw::listAuditTrail(*ws);
    REQUIRE(entries.size() == trail + 7);
    CHECK(entries[trail].entity == "assessment_result");
    CHECK(entries[trail].entityId == std::to_string(id) + "/test:mini/4.1");
    CHECK(entries[trail].field == "status");
    CHECK_FALSE(entries[trail].oldValue.has_value()); // created
    CHECK(entries[trail].newValue == "partial");
    CHECK(entries[trail + 1].actionId != entries[trail].actionId);
    REQUIRE(seen.size() == 7);
    const auto parsed = cw::parseResultEntityId(seen[0].entityId);
    REQUIRE(parsed);
    CHECK(parsed->first == id);
    CHECK(parsed->second == k41);

    const auto r = cw::loadResult(*ws, id, k41);
    CHECK(r.stored);
    CHECK(r.status == AssessmentStatus::Partial);
    CHECK(r.maturity == 2);
    CHECK(r.interviewed == "Zhang Wei (SMS manager)");
    // Undo = set the old value captured with resultField().
    const auto old = cw::resultField(untouched, ResultField::Maturity);
    cw::setResultField(*ws, id, k41, ResultField::Maturity, old);
    CHECK_FALSE(cw::loadResult(*ws, id, k41).maturity.has_value());
    // Unchanged value: no action.
    const auto n = cwtest::auditLength(*ws);
    cw::setResultField(*ws, id, k41, ResultField::Gap, "No annual review");
    CHECK(cwtest::auditLength(*ws) == n);
    CHECK(ws->db().execAndGet("SELECT count(*) FROM assessment_result").getInt() == 1);
}

TEST_CASE("not_applicable needs a justification", "[assessment][results][failure]")
{
    cwtest::TempDir dir;
    auto ws = cwtest::newWorkspace(dir / "w.cwb");
    cw::addCatalog(*ws, cwtest::miniCatalog());
    const auto id = cw::createAssessment(*ws, {"Baseline", "2026-04-15", {}, {"test:mini"}, ""});
    const auto before = cwtest::snapshotText(*ws);
    CHECK_THROWS_WITH(cw::setResultStatus(*ws, id, k41, AssessmentStatus::NotApplicable, "  "),
                      Catch::Contains("4.1: not_applicable needs a justification"));
    CHECK_THROWS_WITH(cw::setResultField(*ws, id, k41, ResultField::Status, "not_applicable"),
                      Catch::Contains("needs a justification"));
    CHECK(cwtest::snapshotText(*ws) == before);
    cw::setResultStatus(*ws, id, k41, AssessmentStatus::NotApplicable, "No such activity in scope");
    CHECK(cw::loadResult(*ws, id, k41).justification == "No such activity in scope");
    // The justification of a not_applicable result cannot be cleared.
    CHECK_THROWS_WITH(cw::setResultField(*ws, id, k41, ResultField::Justification, ""),
                      Catch::Contains("needs a justification"));
    // The database refuses it too, whatever the caller.
    CHECK_THROWS(ws->db().exec("UPDATE assessment_result SET justification = ''"));
}

TEST_CASE("results are refused for what cannot be assessed", "[assessment][results][failure]")
{
    cwtest::TempDir dir;
    auto ws = cwtest::newWorkspace(dir / "w.cwb");
    cw::addCatalog(*ws, cwtest::miniCatalog());
    const auto id = cw::createAssessment(*ws, {"Baseline", "2026-04-15", {}, {"test:mini"}, ""});
    const auto before = cwtest::snapshotText(*ws);
    CHECK_THROWS_WITH(cw::setResultStatus(*ws, id, {"test:mini", "5.2"}, AssessmentStatus::Conformant),
                      Catch::Contains("5.2 of test:mini is a heading"));
    CHECK_THROWS_WITH(cw::setResultStatus(*ws, id, {"test:mini", "9.9"}, AssessmentStatus::Conformant),
                      Catch::Contains("9.9: no such requirement"));
    CHECK_THROWS_WITH(cw::setResultField(*ws, id, k41, ResultField::Maturity, "6"),
                      Catch::Contains("maturity level must be 0 to 5"));
    CHECK_THROWS_WITH(cw::setResultField(*ws, id, k41, ResultField::Status, "yes"),
                      Catch::Contains("unknown status 'yes'"));
    CHECK_THROWS_AS(cw::setResultStatus(*ws, id + 1, k41, AssessmentStatus::Conformant), cw::Error);
    cw::addCatalog(*ws, [] {
        auto c = cwtest::miniCatalog();
        c.id = "test:other";
        return c;
    }());
    CHECK_THROWS_WITH(cw::setResultStatus(*ws, id, {"test:other", "4.1"}, AssessmentStatus::Conformant),
                      Catch::Contains("does not cover the catalog 'test:other'"));
    CHECK(ws->db().execAndGet("SELECT count(*) FROM assessment_result").getInt() == 0);
    (void)before;
}

TEST_CASE("the worksheet lists every requirement with its result", "[assessment][results]")
{
    cwtest::TempDir dir;
    auto ws = cwtest::newWorkspace(dir / "w.cwb");
    cw::addCatalog(*ws, cwtest::miniCatalog());
    const auto id = cw::createAssessment(*ws, {"Baseline", "2026-04-15", {}, {"test:mini"}, ""});
    cw::setResultStatus(*ws, id, {"test:mini", "5.2.2"}, AssessmentStatus::Nonconformant);
    const auto rows = cw::assessmentWorksheet(*ws, id);
    REQUIRE(rows.size() == 11);
    CHECK(rows[0].key.ref == "4");
    CHECK_FALSE(rows[0].assessable);
    CHECK(rows[8].key.ref == "5.2.2");
    CHECK(rows[8].result.status == AssessmentStatus::Nonconformant);
    CHECK(rows[8].requiresDocumentedInfo);
    CHECK(rows[8].depth == 2);
    CHECK_FALSE(rows[7].requiresDocumentedInfo);
    CHECK(rows[7].result.key.ref == "5.2.1");
}
