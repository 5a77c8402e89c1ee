// The readiness rules S1.1-S1.3 and S2.1-S2.5, each passing and failing, with an injected today.
#include "ReadinessFixtures.h"

#include "assessment/Assessment.h"
#include "assessment/AssessmentResults.h"
#include "documents/DocumentRegister.h"
#include "documents/RecordEntries.h"
#include "engagement/Engagement.h"
#include "engagement/EngagementPlan.h"
#include "readiness/Readiness.h"
#include "review/ManagementReview.h"

#include <catch2/catch.hpp>

using readinesstest::Demo;

namespace {

cw::Criterion rule(const cw::Verdict& v, const std::string& id)
{
    const auto* c = v.find(id);
    REQUIRE(c != nullptr);
    return *c;
}

cw::Verdict verdict(const cw::ReadinessFacts& f)
{
    return cw::evaluateReadiness(f);
}

/// The demo's facts with every criterion met (the baseline each case breaks one rule of).
cw::ReadinessFacts allMet(Demo& d)
{
    auto f = d.facts();
    for (auto& row : f.requiredDocuments)
        row.status = cw::DocumentCoverageStatus::Covered;
    f.nonconformant.clear();
    f.openMajors.clear();
    for (auto& r : f.records)
        r.sufficient = true;
    return f;
}

} // namespace

TEST_CASE("the demo engagement is not ready, with the reasons named", "[readiness]")
{
    Demo d;
    const auto v = cw::readinessVerdict(*d.ws);
    CHECK(v.level == cw::ReadinessLevel::NotReady);
    REQUIRE(v.criteria.size() == 8);
    std::vector<std::string> unmet;
    for (const auto& c : v.unmet())
        unmet.push_back(c.id);
    CHECK(unmet == std::vector<std::string>{"S1.2", "S2.1", "S2.2", "S2.5"});
    CHECK(cw::toString(v.level) == "not_ready");
}

TEST_CASE("verdict levels: stage2 when all hold, stage1 when only stage 1 holds", "[readiness]")
{
    Demo d;
    auto f = allMet(d);
    CHECK(verdict(f).level == cw::ReadinessLevel::Stage2);
    f.openMajors = d.facts().openMajors; // break a stage 2 rule
    CHECK(verdict(f).level == cw::ReadinessLevel::Stage1);
    f.engagement.scope.clear(); // and a stage 1 rule
    CHECK(verdict(f).level == cw::ReadinessLevel::NotReady);
}

TEST_CASE("S1.1 a scope statement is recorded", "[readiness][S1.1]")
{
    Demo d;
    CHECK(rule(cw::readinessVerdict(*d.ws), "S1.1").met);
    cw::setEngagementField(*d.ws, cw::EngagementField::Scope, " \n ");
    const auto& c = rule(cw::readinessVerdict(*d.ws), "S1.1");
    CHECK_FALSE(c.met);
    CHECK(c.messageId == "S1.1.empty");
    CHECK(c.reason.en == "No scope statement is recorded for the engagement.");
    CHECK(c.reason.zh == "项目尚未记录范围声明。");
}

TEST_CASE("S1.2 every required document is covered by an approved document", "[readiness][S1.2]")
{
    Demo d;
    auto f = d.facts();
    const auto& fail = rule(verdict(f), "S1.2");
    CHECK_FALSE(fail.met);
    CHECK(fail.messageId == "S1.2.missing");
    CHECK(fail.params == std::vector<std::string>{"3", "13", "8.2.2", "8.3.4.1, 8.3.4.2"});
    CHECK(fail.reason.en == "3 of 13 required documents lack an approved document: missing 8.2.2; only in "
                            "draft 8.3.4.1, 8.3.4.2.");
    // Records (kind record) do not count for S1.2: marking every document item covered meets it.
    for (auto& row : f.requiredDocuments)
        if (row.kind == cw::DocumentKind::Document)
            row.status = cw::DocumentCoverageStatus::Covered;
    const auto& pass = rule(verdict(f), "S1.2");
    CHECK(pass.met);
    CHECK(pass.params == std::vector<std::string>{"13"});
    f.catalogPresent = false;
    CHECK(rule(verdict(f), "S1.2").messageId == "catalog.missing");
}

TEST_CASE("S1.3 the latest 20000-1 assessment has full coverage", "[readiness][S1.3]")
{
    Demo d;
    const auto& pass = rule(cw::readinessVerdict(*d.ws), "S1.3");
    CHECK(pass.met);
    CHECK(pass.messageId == "S1.3.ok");
    // A newer, untouched assessment becomes the latest: nothing assessed.
    cw::NewAssessment a;
    a.name = "Pre-audit check";
    a.date = "2026-11-21";
    (void)cw::createAssessment(*d.ws, a);
    const auto& fail = rule(cw::readinessVerdict(*d.ws), "S1.3");
    CHECK_FALSE(fail.met);
    CHECK(fail.params == std::vector<std::string>{"Pre-audit check", "2026-11-21", "0", "57", "0.0%"});

    readinesstest::Empty e;
    CHECK(rule(cw::readinessVerdict(*e.ws), "S1.3").messageId == "S1.3.none");
    CHECK(rule(cw::readinessVerdict(*e.ws), "S2.1").messageId == "S2.1.none");
}

TEST_CASE("S2.1 readiness at the threshold and nothing nonconformant", "[readiness][S2.1]")
{
    Demo d;
    const auto& nc = rule(cw::readinessVerdict(*d.ws), "S2.1");
    CHECK_FALSE(nc.met);
    CHECK(nc.messageId == "S2.1.nonconformant");
    CHECK(nc.params == std::vector<std::string>{"Follow-up assessment", "92.1%", "90.0%", "1", "9.3"});

    const auto id = cw::latestAssessment(*d.ws).id;
    cw::setResultStatus(*d.ws, id, {"iso20000-1:2018", "9.3"}, cw::AssessmentStatus::Conformant);
    const auto& pass = rule(cw::readinessVerdict(*d.ws), "S2.1");
    CHECK(pass.met);
    CHECK(pass.params[1] == "93.9%"); // (50 + 7 x 0.5) / 57

    cw::setReadinessThreshold(*d.ws, 0.95);
    const auto& low = rule(cw::readinessVerdict(*d.ws), "S2.1");
    CHECK_FALSE(low.met);
    CHECK(low.messageId == "S2.1.low");
    CHECK(low.reason.zh == "“Follow-up assessment”的准备度为 93.9%，低于要求的 95.0%。");
}

TEST_CASE("S2.1 a readiness exactly at the threshold passes", "[readiness][S2.1]")
{
    Demo d;
    auto f = allMet(d);
    f.score = {};
    for (int i = 0; i < 8; ++i)
        f.score.add(cw::AssessmentStatus::Conformant);
    f.score.add(cw::AssessmentStatus::Partial);
    f.score.add(cw::AssessmentStatus::Partial); // 9 / 10 = 0.9
    f.threshold = 0.9;
    CHECK(rule(verdict(f), "S2.1").met);
    f.threshold = 0.91;
    CHECK_FALSE(rule(verdict(f), "S2.1").met);
}

TEST_CASE("S2.2 no open major nonconformity", "[readiness][S2.2]")
{
    Demo d;
    auto f = d.facts();
    const auto& fail = rule(verdict(f), "S2.2");
    CHECK_FALSE(fail.met);
    CHECK(fail.params == std::vector<std::string>{"1", "NC-2026-004"});
    CHECK(f.findings.openMajor == 1);
    CHECK(f.findings == cw::findingCounts(*d.ws)); // counted from the rows read once
    f.openMajors.clear();
    CHECK(rule(verdict(f), "S2.2").met);
}

TEST_CASE("S2.3 completed audits cover every clause within the last 12 months", "[readiness][S2.3]")
{
    Demo d;
    const auto& pass = rule(cw::readinessVerdict(*d.ws), "S2.3");
    CHECK(pass.met);
    CHECK(pass.params == std::vector<std::string>{"Internal audit programme 2026", "2026-08-20"});

    // A year later the clauses audited in August 2026 are out of the window.
    d.today("2027-08-21");
    const auto& stale = rule(cw::readinessVerdict(*d.ws), "S2.3");
    CHECK_FALSE(stale.met);
    CHECK(stale.messageId == "S2.3.stale");
    d.today("2027-08-20"); // exactly 12 months: still within
    CHECK(rule(cw::readinessVerdict(*d.ws), "S2.3").met);

    d.today("2026-11-22");
    auto f = d.facts();
    REQUIRE(f.programme);
    auto& cov = f.programme->coverage;
    for (auto& row : cov.rows)
        if (row.leaf && row.clause.ref == "8.6.3") {
            row.status = cw::CoverageStatus::NotPlanned;
            --cov.auditedLeaves;
        }
    const auto& gaps = rule(verdict(f), "S2.3");
    CHECK_FALSE(gaps.met);
    CHECK(gaps.params == std::vector<std::string>{"Internal audit programme 2026", "56", "57", "8.6.3"});
    f.programme.reset();
    CHECK(rule(verdict(f), "S2.3").messageId == "S2.3.none");
}

TEST_CASE("S2.4 a management review after the last audit", "[readiness][S2.4]")
{
    Demo d;
    const auto& pass = rule(cw::readinessVerdict(*d.ws), "S2.4");
    CHECK(pass.met);
    CHECK(pass.params == std::vector<std::string>{"Management review 2026", "2026-11-18", "2026-09-16"});
    // Before the review was held (today moved back), there is none after the audits.
    d.today("2026-11-17");
    const auto& before = rule(cw::readinessVerdict(*d.ws), "S2.4");
    CHECK_FALSE(before.met);
    CHECK(before.messageId == "S2.4.none");
    CHECK(before.params == std::vector<std::string>{"2026-09-16"});
    // A review held on the day the last audit ended is not after it.
    d.today("2026-11-22");
    const auto review = cw::listReviews(*d.ws).front().id;
    cw::setReviewField(*d.ws, review, cw::ReviewField::HeldOn, "2026-09-16");
    CHECK_FALSE(rule(cw::readinessVerdict(*d.ws), "S2.4").met);
    auto f = d.facts();
    f.programme.reset();
    CHECK(rule(verdict(f), "S2.4").messageId == "S2.4.no_audits");
}

TEST_CASE("S2.5 records of every clause 8 process span 3 months up to today", "[readiness][S2.5]")
{
    Demo d;
    const auto& fail = rule(cw::readinessVerdict(*d.ws), "S2.5");
    CHECK_FALSE(fail.met);
    CHECK(fail.params == std::vector<std::string>{"6", "9", "8.2.6, 8.3.2, 8.6.2, 8.7.1, 8.7.2, 8.7.3.3"});

    // Incident records (8.6.1): entries 2026-06-30 ... 2026-11-20.
    auto incidents = [&] {
        for (const auto& r : d.facts().records)
            if (r.clause == "8.6.1")
                return r;
        FAIL("no 8.6.1 record requirement");
        return cw::RecordRequirement{};
    };
    CHECK(incidents().sufficient);
    CHECK(incidents().span.months == 6);
    d.today("2026-12-21"); // last entry 2026-11-20 is more than a month ago
    CHECK_FALSE(incidents().sufficient);
    d.today("2026-12-20"); // exactly a month: still current
    CHECK(incidents().sufficient);
    d.today("2026-09-29"); // first entry 2026-06-30, not yet 3 months
    CHECK_FALSE(incidents().sufficient);
    d.today("2026-09-30");
    CHECK(incidents().sufficient);

    // Add 3 months of records for every short process: the rule is met.
    d.today("2026-11-22");
    for (const auto& ref : {"8.2.6", "8.3.2", "8.6.2", "8.7.1", "8.7.2", "8.7.3.3"}) {
        cw::Document doc;
        doc.code = std::string("REC-") + ref;
        doc.title = std::string("Records ") + ref;
        doc.level = 4;
        doc.type = "record";
        doc.clauses = {{"iso20000-1:2018", ref}};
        const auto id = cw::createDocument(*d.ws, doc);
        for (const auto* date : {"2026-08-15", "2026-09-15", "2026-10-15", "2026-11-15"})
            (void)cw::addRecordEntry(*d.ws, id, {0, 0, date, "sample", ""});
    }
    const auto& pass = rule(cw::readinessVerdict(*d.ws), "S2.5");
    CHECK(pass.met);
    CHECK(pass.params == std::vector<std::string>{"9"});
}

TEST_CASE("messages are filled in both languages and unknown ids fall back to the id", "[readiness]")
{
    CHECK(cw::readinessMessage("S2.2.open", {"2", "NC-1, NC-2"}, "en") ==
          "Major nonconformities still open (2): NC-1, NC-2.");
    CHECK(cw::readinessMessage("S2.2.open", {"2", "NC-1, NC-2"}, "zh") ==
          "有 2 项严重不符合项尚未关闭：NC-1, NC-2。");
    CHECK(cw::readinessMessage("no.such.id", {}, "en") == "no.such.id");
    CHECK(cw::levelTitle(cw::ReadinessLevel::Stage1).zh == "具备一阶段审核条件");
}
