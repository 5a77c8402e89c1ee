#include "AssessmentFixtures.h"

#include "assessment/Assessment.h"
#include "assessment/AssessmentResults.h"
#include "assessment/Scoring.h"
#include "common/Error.h"

#include <catch2/catch.hpp>

using cw::AssessmentStatus;

namespace {

struct Mini {
    cwtest::TempDir dir;
    std::unique_ptr<cw::Workspace> ws = cwtest::newWorkspace(dir / "w.cwb");
    std::int64_t id = 0;
    Mini()
    {
        cw::addCatalog(*ws, cwtest::miniCatalog());
        id = cw::createAssessment(*ws, {"Baseline", "2026-04-15", {"Li Na"}, {"test:mini"}, ""});
    }
    void set(const std::string& ref, AssessmentStatus s)
    {
        cw::setResultStatus(*ws, id, {"test:mini", ref}, s,
                            s == AssessmentStatus::NotApplicable ? "Not in scope" : "");
    }
    const cw::ClauseScore& clause(const cw::AssessmentSummary& sum, const std::string& ref)
    {
        const auto* c = sum.clause({"test:mini", ref});
        REQUIRE(c);
        return *c;
    }
};

} // namespace

TEST_CASE("the fixed scores of the statuses", "[assessment][scoring]")
{
    CHECK(cw::statusScore(AssessmentStatus::NotAssessed) == 0.0);
    CHECK(cw::statusScore(AssessmentStatus::Nonconformant) == 0.0);
    CHECK(cw::statusScore(AssessmentStatus::Partial) == 0.5);
    CHECK(cw::statusScore(AssessmentStatus::Conformant) == 1.0);
    CHECK_FALSE(cw::statusScore(AssessmentStatus::NotApplicable).has_value());
    for (const auto s : cw::allAssessmentStatuses())
        CHECK(cw::assessmentStatusFromString(cw::toString(s)) == s);
    CHECK_FALSE(cw::assessmentStatusFromString("compliant").has_value());
}

TEST_CASE("readiness and coverage on a hand-computed case", "[assessment][scoring]")
{
    Mini m;
    m.set("4.1", AssessmentStatus::Conformant); // 1
    m.set("4.2", AssessmentStatus::Partial);    // 0.5
    /* 4.3 untouched: not_assessed, 0, counted */
    m.set("5.1", AssessmentStatus::Nonconformant); // 0
    m.set("5.2.1", AssessmentStatus::NotApplicable);
    m.set("5.2.2", AssessmentStatus::Partial); // 0.5
    m.set("6.1", AssessmentStatus::NotApplicable);

    const auto sum = cw::summarizeAssessment(*m.ws, m.id);
    // Clause 4: (1 + 0.5 + 0) / 3 = 0.5; assessed 2 of 3.
    CHECK(*m.clause(sum, "4").score.readiness() == Approx(0.5));
    CHECK(*m.clause(sum, "4").score.coverage() == Approx(2.0 / 3.0));
    // Clause 5: 5.2.1 is not applicable: (0 + 0.5) / 2 = 0.25; coverage 2 / 2.
    CHECK(*m.clause(sum, "5").score.readiness() == Approx(0.25));
    CHECK(*m.clause(sum, "5").score.coverage() == Approx(1.0));
    CHECK(m.clause(sum, "5").score.notApplicable == 1);
    CHECK(*m.clause(sum, "5.2").score.readiness() == Approx(0.5));
    // Clause 6: nothing applicable: no readiness at all (not 0).
    CHECK_FALSE(m.clause(sum, "6").score.readiness().has_value());
    CHECK_FALSE(m.clause(sum, "6").score.coverage().has_value());
    // Overall: every applicable requirement weighs the same: (1 + 0.5 + 0 + 0 + 0.5) / 5 = 0.4,
    // not the mean of the clause readiness (0.375); assessed 4 of 5.
    CHECK(sum.overall.applicable() == 5);
    CHECK(sum.overall.assessed() == 4);
    CHECK(*sum.overall.readiness() == Approx(0.4));
    CHECK(*sum.overall.coverage() == Approx(0.8));
    CHECK(sum.catalogs.size() == 1);
    CHECK(*sum.catalogs[0].score.readiness() == Approx(0.4));
    // Levels: top-level clauses 1, their children 2; leaves known.
    CHECK(m.clause(sum, "4").level == 1);
    CHECK(m.clause(sum, "5.2").level == 2);
    CHECK(m.clause(sum, "5.2.1").level == 3);
    CHECK_FALSE(m.clause(sum, "5.2").leaf);
    CHECK(m.clause(sum, "5.2.1").leaf);
    // A custom catalog permits exclusions.
    CHECK(sum.exclusionsNotPermitted.empty());
}

TEST_CASE("an untouched assessment is 0% ready with 0% coverage", "[assessment][scoring]")
{
    Mini m;
    const auto sum = cw::summarizeAssessment(*m.ws, m.id);
    CHECK(sum.overall.applicable() == 7);
    CHECK(*sum.overall.readiness() == 0.0);
    CHECK(*sum.overall.coverage() == 0.0);
    // Everything not applicable: no readiness, not a division by zero.
    for (const auto* ref : {"4.1", "4.2", "4.3", "5.1", "5.2.1", "5.2.2", "6.1"})
        m.set(ref, AssessmentStatus::NotApplicable);
    const auto none = cw::summarizeAssessment(*m.ws, m.id);
    CHECK(none.overall.applicable() == 0);
    CHECK_FALSE(none.overall.readiness().has_value());
}

TEST_CASE("not applicable in ISO/IEC 20000-1 clauses 4-10 is flagged", "[assessment][scoring]")
{
    cwtest::useSourceResources();
    cwtest::TempDir dir;
    auto ws = cwtest::newWorkspace(dir / "w.cwb");
    const auto id = cw::createAssessment(*ws, {"Pre-audit", "2026-10-01", {}, {}, ""});
    cw::setResultStatus(*ws, id, {"iso20000-1:2018", "8.2.3"}, AssessmentStatus::NotApplicable,
                        "No other party is involved in the service lifecycle");
    const auto sum = cw::summarizeAssessment(*ws, id);
    REQUIRE(sum.exclusionsNotPermitted.size() == 1);
    CHECK(sum.exclusionsNotPermitted[0].ref == "8.2.3");
    CHECK(sum.overall.applicable() == 56); // 57 assessable, one excluded from the denominator
    CHECK(cw::exclusionForbidden("iso20000-1:2018", "10.2"));
    CHECK(cw::exclusionForbidden("iso27001:2022", "6.1.2"));
    CHECK_FALSE(cw::exclusionForbidden("iso27001:2022", "A.5.1")); // Annex A: the SoA may exclude
    CHECK_FALSE(cw::exclusionForbidden("iso9001:2015", "8.3"));
}

TEST_CASE("Annex A groups are top-level clauses", "[assessment][scoring]")
{
    cwtest::useSourceResources();
    cwtest::TempDir dir;
    auto ws = cwtest::newWorkspace(dir / "w.cwb");
    const auto id = cw::createAssessment(*ws, {"ISMS", "2026-10-01", {}, {"iso27001:2022"}, ""});
    cw::setResultStatus(*ws, id, {"iso27001:2022", "A.5.1"}, AssessmentStatus::Conformant);
    const auto sum = cw::summarizeAssessment(*ws, id);
    std::vector<std::string> top;
    for (const auto& c : sum.clauses)
        if (c.level == 1)
            top.push_back(c.key.ref);
    CHECK(top == std::vector<std::string>{"4", "5", "6", "7", "8", "9", "10", "A.5", "A.6", "A.7", "A.8"});
    CHECK(sum.clause({"iso27001:2022", "A"})->level == 0);
    const auto a5 = sum.clause({"iso27001:2022", "A.5"});
    CHECK(*a5->score.readiness() == Approx(1.0 / a5->score.applicable()));
}

TEST_CASE("ratios round to 4 decimals and show as percentages", "[assessment][scoring]")
{
    CHECK(cw::roundRatio(2.0 / 3.0) == 0.6667);
    CHECK(cw::roundRatio(0.4) == 0.4);
    CHECK(cw::formatPercent(2.0 / 3.0) == "66.7%");
    CHECK(cw::formatPercent(std::nullopt) == "-");
    CHECK(cw::formatPercent(1.0) == "100.0%");
}
