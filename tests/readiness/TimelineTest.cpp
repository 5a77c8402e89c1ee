// The certification timeline: earliest feasible stage 1 and 2, then the certificate cycle.
#include "ReadinessFixtures.h"

#include "engagement/EngagementPlan.h"
#include "readiness/CertificationTimeline.h"
#include "readiness/ReadinessDates.h"

#include <catch2/catch.hpp>

using readinesstest::Demo;

namespace {

std::string constraintDate(const cw::EarliestDate& e, const std::string& criterion)
{
    for (const auto& c : e.constraints)
        if (c.criterion == criterion)
            return c.date;
    return "absent";
}

} // namespace

TEST_CASE("calendar months clamp to the end of the month", "[timeline]")
{
    using cw::readiness::addMonths;
    CHECK(addMonths(std::string("2026-01-31"), 1) == "2026-02-28");
    CHECK(addMonths(std::string("2024-01-31"), 1) == "2024-02-29");
    CHECK(addMonths(std::string("2026-11-30"), -12) == "2025-11-30");
    CHECK(addMonths(std::string("2026-07-01"), 3) == "2026-10-01");
    CHECK(addMonths(std::string("2027-04-09"), 36) == "2030-04-09");
    CHECK(addMonths(std::string(""), 3).empty());
    CHECK(cw::readiness::addDays(std::string("2026-12-20"), 30) == "2027-01-19");
}

TEST_CASE("the demo's timeline: planned dates after the earliest feasible ones", "[timeline]")
{
    Demo d;
    const auto f = d.facts();
    const auto t = cw::certificationTimeline(f, cw::evaluateReadiness(f));
    // Stage 1: today, trial start 2026-07-01 + 3 months, audit 2026-08-20, review 2026-11-18, and the
    // supplier-contract action due 2026-12-15 (8.3.4.1); 8.2.2 and 8.3.4.2 have no dated action.
    CHECK(constraintDate(t.stage1, "today") == "2026-11-22");
    CHECK(constraintDate(t.stage1, "trial") == "2026-10-01");
    CHECK(constraintDate(t.stage1, "internal_audit") == "2026-08-20");
    CHECK(constraintDate(t.stage1, "management_review") == "2026-11-18");
    CHECK(t.stage1.date == "2026-12-15");
    CHECK_FALSE(t.stage1.determined);
    CHECK(t.stage1Date == "2027-01-19"); // planned, not before the lower bound
    // Stage 2: 30 days after stage 1, gap actions (latest due 2027-01-31), the open major's action
    // (2026-12-15) and records: six processes without entries need 3 months from today.
    CHECK(constraintDate(t.stage2, "stage1") == "2027-02-18");
    CHECK(t.stage2.date == "2027-02-22");
    CHECK_FALSE(t.stage2.determined); // 9.3 is nonconformant without a dated action
    CHECK(t.stage2Date == "2027-03-09");
    CHECK(t.decision == "2027-04-09");
    CHECK(t.surveillance1 == "2028-04-09");
    CHECK(t.surveillance2 == "2029-04-09");
    CHECK(t.expiry == "2030-04-09");
    CHECK(t.recertification == "2030-01-09");
    CHECK(t.warnings.empty());
    REQUIRE(t.milestones.size() == 11);
    CHECK(t.milestones.front().id == "trial_start");
    CHECK(t.milestones.back().id == "expiry");
    for (std::size_t i = 1; i < t.milestones.size(); ++i)
        CHECK(t.milestones[i - 1].date <= t.milestones[i].date);
}

TEST_CASE("a fully determined timeline starts from the earliest dates", "[timeline]")
{
    Demo d;
    auto f = d.facts();
    for (auto& row : f.requiredDocuments)
        row.status = cw::DocumentCoverageStatus::Covered;
    f.nonconformant.clear();
    f.openMajors.clear();
    for (auto& r : f.records)
        r.sufficient = true;
    f.plan.plannedStage1.clear();
    f.plan.plannedStage2.clear();
    const auto v = cw::evaluateReadiness(f);
    const auto t = cw::certificationTimeline(f, v);
    CHECK(t.stage1.determined);
    CHECK(t.stage1.date == "2026-11-22"); // today is the latest constraint
    CHECK(t.stage1Date == "2026-11-22");
    CHECK(t.stage2.determined);
    CHECK(t.stage2.date == "2026-12-22");
    CHECK(t.decision == "2027-01-22");
    CHECK(t.surveillance1 == "2028-01-22");
}

TEST_CASE("a planned stage 1 before the earliest feasible date is flagged", "[timeline]")
{
    Demo d;
    cw::setPlanField(*d.ws, cw::PlanField::PlannedStage1, "2026-12-01");
    cw::setPlanField(*d.ws, cw::PlanField::TrialOperationStart, "");
    const auto f = d.facts();
    const auto t = cw::certificationTimeline(f, cw::evaluateReadiness(f));
    CHECK(constraintDate(t.stage1, "trial").empty());
    REQUIRE(t.warnings.size() == 1);
    CHECK(t.warnings[0].en ==
          "The planned stage 1 audit (2026-12-01) is before the earliest feasible date (2026-12-15).");
    CHECK(t.stage1Date.empty()); // neither feasible nor determined
    CHECK(constraintDate(t.stage2, "stage1").empty());
}

TEST_CASE("an open major with a dated corrective action pushes stage 2 to that date", "[timeline]")
{
    Demo d;
    auto f = d.facts();
    REQUIRE(f.openMajors.size() == 1);
    const auto t = cw::certificationTimeline(f, cw::evaluateReadiness(f));
    CHECK(constraintDate(t.stage2, "S2.2") == "2026-12-15");
    // Without a corrective action the date cannot be determined.
    f.openCorrectiveActions.clear();
    const auto t2 = cw::certificationTimeline(f, cw::evaluateReadiness(f));
    CHECK(constraintDate(t2.stage2, "S2.2").empty());
}
