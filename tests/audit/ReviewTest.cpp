#include "AuditFixtures.h"

#include "assessment/Assessment.h"
#include "assessment/AssessmentActions.h"
#include "assessment/AssessmentResults.h"
#include "audit/AuditChecklist.h"
#include "audit/AuditLifecycle.h"
#include "findings/CorrectiveActions.h"
#include "findings/FindingLifecycle.h"
#include "review/ManagementReview.h"
#include "review/ReviewPrefill.h"

#include <catch2/catch.hpp>

using namespace audittest;

namespace {

cw::RequirementKey key(const std::string& ref)
{
    return {k20000, ref};
}

/// Known data, as of a review on 2026-10-28 (today is 2026-11-22):
///  - gap analysis: Baseline (2026-04-15) with 4.1-4.4 conformant and 5.1 partial: 4.5/57 = 7.9%;
///    Follow-up (2026-10-20) with 4.1-4.4, 5.1 and 5.3 conformant: 6/57 = 10.5%. Two gap actions
///    of the baseline, one done, one open and overdue (due 2026-11-01).
///  - an earlier review (2026-06-30) with a done action, an open overdue one and a decision.
///  - audit IA-2026-01 of 9.2 (5 questions), done 2026-08-18 to 08-20: 3 conforming, 1 nonconformity,
///    1 observation; it raised NC-2026-001 (major, action planned, due 2026-11-15, overdue) and
///    OBS-2026-001 (open). IA-2026-02 is planned for 2026-12-08.
///  - NC-2026-002, a minor from a complaint raised 2026-10-12, open; OFI-2026-001 closed;
///    NC-2026-003 raised after the review (2026-11-01) is left out.
void knownData(Fixture& fx)
{
    cw::NewAssessment base;
    base.name = "Baseline";
    base.date = "2026-04-15";
    const auto b = cw::createAssessment(*fx.ws, base);
    for (const auto* ref : {"4.1", "4.2", "4.3", "4.4"})
        cw::setResultStatus(*fx.ws, b, key(ref), cw::AssessmentStatus::Conformant);
    cw::setResultStatus(*fx.ws, b, key("5.1"), cw::AssessmentStatus::Partial);
    cw::NewAssessment follow;
    follow.name = "Follow-up";
    follow.date = "2026-10-20";
    const auto f = cw::createAssessment(*fx.ws, follow);
    for (const auto* ref : {"4.1", "4.2", "4.3", "4.4", "5.1", "5.3"})
        cw::setResultStatus(*fx.ws, f, key(ref), cw::AssessmentStatus::Conformant);
    cw::GapAction done;
    done.assessmentId = b;
    done.key = key("4.3");
    done.title = "Approve the SMS scope";
    done.status = cw::ActionStatus::Done;
    (void)cw::createAction(*fx.ws, done);
    cw::GapAction late;
    late.assessmentId = b;
    late.key = key("4.1");
    late.title = "Write the context analysis";
    late.owner = "Zhang Wei";
    late.dueDate = "2026-11-01";
    (void)cw::createAction(*fx.ws, late);

    cw::NewReview earlier;
    earlier.title = "Mid-year review";
    earlier.heldOn = "2026-06-30";
    const auto r = cw::createReview(*fx.ws, earlier);
    cw::ReviewOutput o;
    o.text = "Publish the SMS policy";
    o.state = cw::OutputState::Done;
    (void)cw::addReviewOutput(*fx.ws, r, o);
    o.text = "Hire a second duty manager";
    o.owner = "Sun Hao";
    o.dueDate = "2026-09-30";
    o.state = cw::OutputState::Open;
    (void)cw::addReviewOutput(*fx.ws, r, o);
    o.kind = cw::OutputKind::Decision;
    o.text = "Apply for certification in 2027";
    o.owner.clear();
    o.dueDate.clear();
    (void)cw::addReviewOutput(*fx.ws, r, o);

    const auto p = fx.programme();
    const auto a = fx.audit(p, "Management system", {"9.2"});
    (void)fx.audit(p, "Operation", {"8"}, "Zhou Ting", "2026-12-08");
    fx.at("2026-08-18T01:00:00Z");
    cw::takeAuditStep(*fx.ws, a, cw::AuditStep::Start);
    REQUIRE(cw::generateChecklist(*fx.ws, a) == 5);
    const auto lines = cw::listChecklist(*fx.ws, a);
    const char* results[] = {"conforming", "conforming", "nonconformity", "observation", "conforming"};
    for (std::size_t i = 0; i < lines.size(); ++i)
        cw::setChecklistLineField(*fx.ws, lines[i].id, cw::ChecklistLineField::Result, results[i]);
    cw::setAuditField(*fx.ws, a, cw::AuditField::Summary, "The programme misses clause 8.");
    fx.at("2026-08-20T09:00:00Z");
    cw::takeAuditStep(*fx.ws, a, cw::AuditStep::Report);
    const auto nc = fx.nonconformity(a, {"9.2"}, cw::FindingType::Major);
    cw::setFindingField(*fx.ws, nc, cw::FindingField::Correction, "Clause 8 added to the draft programme.");
    cw::setFindingField(*fx.ws, nc, cw::FindingField::RcaMethod, "free_text");
    cw::setFindingField(*fx.ws, nc, cw::FindingField::RootCause, "The programme was copied from 2025.");
    cw::takeFindingStep(*fx.ws, nc, cw::FindingStep::RecordCorrection);
    cw::CorrectiveAction ca;
    ca.description = "Fix the audit programme";
    ca.owner = "Zhou Ting";
    ca.dueDate = "2026-11-15";
    (void)cw::addCorrectiveAction(*fx.ws, nc, ca);
    cw::takeFindingStep(*fx.ws, nc, cw::FindingStep::PlanAction);
    cw::Finding obs;
    obs.type = cw::FindingType::Observation;
    obs.auditId = a;
    obs.title = "Audit reports are filed late";
    obs.raisedOn = "2026-08-20";
    (void)cw::createFinding(*fx.ws, obs);

    (void)fx.nonconformity(std::nullopt, {"8.3.2"}, cw::FindingType::Minor, "2026-10-12");
    (void)fx.nonconformity(std::nullopt, {"8.3.3"}, cw::FindingType::Minor, "2026-11-01");
    cw::Finding ofi;
    ofi.type = cw::FindingType::Improvement;
    ofi.source = cw::FindingSource::Other;
    ofi.title = "One improvement register";
    ofi.raisedOn = "2026-09-01";
    cw::takeFindingStep(*fx.ws, cw::createFinding(*fx.ws, ofi), cw::FindingStep::Close);
    fx.at("2026-11-22T08:00:00Z");
}

} // namespace

TEST_CASE("review inputs are pre-filled from the workspace's data", "[review][prefill]")
{
    Fixture fx;
    knownData(fx);
    const auto fig = cw::gatherReviewFigures(*fx.ws, "2026-10-28");
    CHECK(fig.earlierReviews == 1);
    CHECK(fig.completedAudits.size() == 1);
    CHECK(fig.completedAudits[0].tally.nonconformity == 1);
    CHECK(fig.findingsByType.at(cw::FindingType::Minor).open == 1); // NC-2026-003 is after the review
    CHECK(fig.findingsByType.at(cw::FindingType::Improvement).closed == 1);

    const auto in = cw::reviewInputTexts(fig, "en");
    CHECK(in.at(cw::ReviewInput::PreviousActions) ==
          "Actions from earlier management reviews: 1 done, 1 open, 0 cancelled.\n"
          "- Mid-year review: Hire a second duty manager (owner Sun Hao, due 2026-09-30) - OVERDUE\n"
          "Gap-analysis actions: 1 done, 1 open or in progress, 0 cancelled; 1 overdue.\n"
          "- Baseline: Write the context analysis (owner Zhang Wei, due 2026-11-01) - OVERDUE");
    CHECK(in.at(cw::ReviewInput::Performance) ==
          "Readiness from the gap analysis: Baseline (2026-04-15) 7.9% -> Follow-up (2026-10-20) 10.5% "
          "(+2.6 points).");
    CHECK(in.at(cw::ReviewInput::AuditResults) ==
          "Completed internal audits: 1.\n"
          "- IA-2026-01 Management system (2026-08-18 to 2026-08-20): 5 checklist lines, 3 conforming, "
          "1 nonconformity, 1 observation, 0 not audited; findings: 1 major, 1 observation.\n"
          "Audits still to be completed:\n"
          "- IA-2026-02 Operation (planned 2026-12-08)");
    CHECK(in.at(cw::ReviewInput::Nonconformities) ==
          "Nonconformities: 1 major (1 open), 1 minor (1 open).\n"
          "- NC-2026-001 (major, corrective action planned): Finding on 9.2; next due 2026-11-15 - OVERDUE\n"
          "- NC-2026-002 (minor, open): Finding on 8.3.2\n"
          "Overdue corrective actions: 1.\n"
          "- NC-2026-001: Fix the audit programme (owner Zhou Ting, due 2026-11-15) - OVERDUE");
    CHECK(in.at(cw::ReviewInput::Improvement) ==
          "Open observations and opportunities for improvement:\n"
          "- OBS-2026-001 (observation): Audit reports are filed late");
    CHECK(in.at(cw::ReviewInput::CustomerSatisfaction).empty());
    CHECK(in.at(cw::ReviewInput::Resources).empty());

    const auto zh = cw::reviewInputTexts(fig, "zh");
    CHECK(zh.at(cw::ReviewInput::Performance) ==
          "差距分析的符合度：Baseline (2026-04-15) 7.9% -> Follow-up (2026-10-20) 10.5%（+2.6 个百分点）。");
    CHECK(zh.at(cw::ReviewInput::Improvement) ==
          "未关闭的观察项和改进机会：\n- OBS-2026-001（观察项）：Audit reports are "
          "filed late");

    // Nothing recorded yet: every input says so or stays empty.
    Fixture empty;
    const auto none = cw::reviewInputTexts(cw::gatherReviewFigures(*empty.ws, "2026-10-28"), "en");
    CHECK(none.at(cw::ReviewInput::PreviousActions) == "No earlier management review is recorded.");
    CHECK(none.at(cw::ReviewInput::Performance) == "No gap analysis is recorded yet.");
    CHECK(none.at(cw::ReviewInput::AuditResults) == "No internal audit has been completed yet.");
    CHECK(none.at(cw::ReviewInput::Improvement) == "No open observation or opportunity for improvement.");
}

TEST_CASE("a review stores its pre-filled inputs, which are then edited, with outputs", "[review]")
{
    Fixture fx;
    knownData(fx);
    cw::NewReview init;
    init.title = "Management review 2026";
    init.heldOn = "2026-10-28";
    init.chair = "Huang Zhiqiang";
    init.attendees = {"Huang Zhiqiang", " Xu Gang ", ""};
    const auto id = cw::createReview(*fx.ws, init);
    auto r = cw::loadReview(*fx.ws, id);
    CHECK(r.attendees == std::vector<std::string>{"Huang Zhiqiang", "Xu Gang"});
    CHECK(r.inputs == cw::prefilledReviewInputs(*fx.ws, "2026-10-28", "en"));
    CHECK(r.inputs.size() == 10);

    cw::setReviewInput(*fx.ws, id, cw::ReviewInput::CustomerSatisfaction, "Survey: 4.3 of 5.");
    CHECK(cw::loadReview(*fx.ws, id).inputs.at(cw::ReviewInput::CustomerSatisfaction) == "Survey: 4.3 of 5.");
    CHECK(errorOf([&] { cw::setReviewField(*fx.ws, id, cw::ReviewField::HeldOn, "28.10.2026"); }) ==
          "management review 'Management review 2026': the date held: '28.10.2026' is not a date of the form "
          "YYYY-MM-DD");

    cw::ReviewOutput o;
    o.text = "Extend the change policy to emergency changes";
    o.owner = "Liu Yang";
    o.dueDate = "2026-11-20";
    const auto out = cw::addReviewOutput(*fx.ws, id, o);
    CHECK(cw::isOverdue(cw::loadReviewOutput(*fx.ws, out), fx.clock->today()));
    cw::setReviewOutputField(*fx.ws, out, cw::OutputField::State, "done");
    CHECK_FALSE(cw::isOverdue(cw::loadReviewOutput(*fx.ws, out), fx.clock->today()));
    CHECK(cw::latestReview(*fx.ws)->id == id);
    CHECK(cw::latestReview(*fx.ws, "2026-07-01")->title == "Mid-year review");

    const auto snapshot = cw::snapshotReview(*fx.ws, id);
    const auto removed = cw::deleteReview(*fx.ws, id);
    CHECK(removed == snapshot);
    CHECK(cw::listReviews(*fx.ws).size() == 1);
    cw::restoreReview(*fx.ws, removed);
    CHECK(cw::snapshotReview(*fx.ws, id) == snapshot);
}
