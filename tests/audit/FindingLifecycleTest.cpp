#include "AuditFixtures.h"

#include "findings/CorrectiveActions.h"
#include "findings/FindingLifecycle.h"

#include <catch2/catch.hpp>

using namespace audittest;

namespace {

using cw::FindingStep;

std::string refusalOf(Fixture& fx, std::int64_t id, FindingStep step)
{
    return errorOf([&] { cw::takeFindingStep(*fx.ws, id, step); });
}

cw::CorrectiveAction action(const std::string& description, const std::string& owner, const std::string& due)
{
    cw::CorrectiveAction a;
    a.description = description;
    a.owner = owner;
    a.dueDate = due;
    return a;
}

cw::Verification verification(const std::string& by, const std::string& on, bool effective)
{
    cw::Verification v;
    v.verifiedBy = by;
    v.verifiedOn = on;
    v.effective = effective;
    return v;
}

std::vector<FindingStep> stepsOf(Fixture& fx, std::int64_t id)
{
    std::vector<FindingStep> out;
    for (const auto& o : cw::findingSteps(*fx.ws, id))
        out.push_back(o.step);
    return out;
}

} // namespace

TEST_CASE("a nonconformity goes from open to closed only through every step, each refusal explained",
          "[finding][lifecycle]")
{
    Fixture fx;
    const auto audit = fx.audit(fx.programme(), "Change", {"8.5.1"});
    const auto id = fx.nonconformity(audit, {"8.5.1.3"}, cw::FindingType::Major);
    CHECK(cw::loadFinding(*fx.ws, id).code == "NC-2026-001");
    CHECK(stepsOf(fx, id) == std::vector<FindingStep>{FindingStep::RecordCorrection});

    auto before = fx.state();
    CHECK(refusalOf(fx, id, FindingStep::Close) ==
          "finding NC-2026-001 cannot be closed: its corrective action has not been verified effective");
    CHECK(refusalOf(fx, id, FindingStep::Implement) == "finding NC-2026-001 cannot be marked implemented: it "
                                                       "is at 'open', and this step follows 'corrective "
                                                       "action planned'");
    CHECK(refusalOf(fx, id, FindingStep::RecordCorrection) ==
          "finding NC-2026-001 cannot have its correction recorded: the correction is not recorded");
    cw::setFindingField(*fx.ws, id, cw::FindingField::Correction,
                        "The 9 emergency changes were reviewed after the fact.");
    CHECK(refusalOf(fx, id, FindingStep::RecordCorrection) ==
          "finding NC-2026-001 cannot have its correction recorded: no root-cause analysis method is chosen");
    cw::setFindingField(*fx.ws, id, cw::FindingField::RcaMethod, "fishbone");
    CHECK(refusalOf(fx, id, FindingStep::RecordCorrection) ==
          "finding NC-2026-001 cannot have its correction recorded: the fishbone category of the root cause "
          "is not "
          "chosen");
    CHECK(errorOf([&] { cw::setFindingField(*fx.ws, id, cw::FindingField::RcaCategory, "weather"); }) ==
          "finding NC-2026-001: the fishbone category must be people, process, technology, information, "
          "suppliers, "
          "environment or measurement, not 'weather'");
    cw::setFindingField(*fx.ws, id, cw::FindingField::RcaCategory, "process");
    CHECK(refusalOf(fx, id, FindingStep::RecordCorrection) ==
          "finding NC-2026-001 cannot have its correction recorded: the root cause is not recorded");
    cw::setFindingField(*fx.ws, id, cw::FindingField::RootCause,
                        "The procedure names no approver out of hours.");
    before = fx.state();
    CHECK(errorOf([&] { cw::takeFindingStep(*fx.ws, id, FindingStep::Verify); }, cw::ErrorCode::Usage) ==
          "a verification needs who, when and the result: use recordVerification()");
    CHECK(fx.state() == before);

    fx.at("2026-09-20T02:00:00Z");
    cw::takeFindingStep(*fx.ws, id, FindingStep::RecordCorrection, "Containment done");
    CHECK(cw::loadFinding(*fx.ws, id).state == cw::FindingState::CorrectionRecorded);
    CHECK(refusalOf(fx, id, FindingStep::PlanAction) ==
          "finding NC-2026-001 cannot have its corrective action planned: no corrective action is planned");
    const auto a1 =
        cw::addCorrectiveAction(*fx.ws, id, action("Name an out-of-hours change approver", "", ""));
    CHECK(refusalOf(fx, id, FindingStep::PlanAction) ==
          "finding NC-2026-001 cannot have its corrective action planned: corrective action 'Name an "
          "out-of-hours "
          "change approver' has no owner");
    cw::setCorrectiveActionField(*fx.ws, a1, cw::CorrectiveActionField::Owner, "Liu Yang");
    CHECK(refusalOf(fx, id, FindingStep::PlanAction) ==
          "finding NC-2026-001 cannot have its corrective action planned: corrective action 'Name an "
          "out-of-hours "
          "change approver' has no due date");
    cw::setCorrectiveActionField(*fx.ws, a1, cw::CorrectiveActionField::DueDate, "2026-10-15");
    cw::takeFindingStep(*fx.ws, id, FindingStep::PlanAction);

    // With the action planned, its owner cannot be removed and it cannot be cancelled or deleted.
    before = fx.state();
    CHECK(errorOf([&] { cw::setCorrectiveActionField(*fx.ws, a1, cw::CorrectiveActionField::Owner, ""); }) ==
          "finding NC-2026-001 is action_planned but corrective action 'Name an out-of-hours change "
          "approver' has no "
          "owner");
    CHECK(errorOf([&] { (void)cw::deleteCorrectiveAction(*fx.ws, a1); }) ==
          "finding NC-2026-001 is action_planned but no corrective action is planned");
    CHECK(errorOf([&] { cw::setFindingField(*fx.ws, id, cw::FindingField::RootCause, " "); }) ==
          "finding NC-2026-001: the root cause cannot be removed once the finding is corrective action "
          "planned");
    CHECK(fx.state() == before);

    CHECK(refusalOf(fx, id, FindingStep::Implement) ==
          "finding NC-2026-001 cannot be marked implemented: corrective action 'Name an out-of-hours change "
          "approver' "
          "is not implemented yet");
    cw::implementCorrectiveAction(*fx.ws, a1, "2026-10-10", "Roster published on the intranet");
    CHECK(cw::loadCorrectiveAction(*fx.ws, a1).implementedOn == "2026-10-10");
    cw::takeFindingStep(*fx.ws, id, FindingStep::Implement);
    CHECK(errorOf([&] { cw::setCorrectiveActionField(*fx.ws, a1, cw::CorrectiveActionField::Notes, "x"); }) ==
          "finding NC-2026-001 is implemented; its corrective actions can no longer be changed");

    CHECK(stepsOf(fx, id) == std::vector<FindingStep>{FindingStep::Verify});
    before = fx.state();
    CHECK(errorOf([&] { (void)cw::recordVerification(*fx.ws, id, verification("", "2026-10-20", true)); }) ==
          "finding NC-2026-001 cannot be verified: who verified the effectiveness is not given");
    CHECK(errorOf([&] {
              (void)cw::recordVerification(*fx.ws, id, verification("Ma Li", "2026-10-01", true));
          }) == "finding NC-2026-001 cannot be verified: the verification on 2026-10-01 is before the "
                "implementation of "
                "corrective action 'Name an out-of-hours change approver' on 2026-10-10");
    CHECK(fx.state() == before);
    CHECK(cw::recordVerification(*fx.ws, id, verification("Ma Li", "2026-10-20", true),
                                 "Sampled 12 changes") == cw::FindingState::Verified);
    cw::takeFindingStep(*fx.ws, id, FindingStep::Close, "Closed by the SMS manager");
    CHECK(cw::loadFinding(*fx.ws, id).state == cw::FindingState::Closed);
    CHECK(stepsOf(fx, id).empty());
    CHECK(refusalOf(fx, id, FindingStep::Close) ==
          "finding NC-2026-001 cannot be closed: it is closed already");
    CHECK(errorOf([&] { cw::setFindingField(*fx.ws, id, cw::FindingField::Title, "Renamed"); }) ==
          "finding NC-2026-001 is closed; it can no longer be changed");

    const auto s = cw::snapshotFinding(*fx.ws, id);
    REQUIRE(s.transitions.size() == 5);
    CHECK(s.transitions[0].from == cw::FindingState::Open);
    CHECK(s.transitions[0].to == cw::FindingState::CorrectionRecorded);
    CHECK(s.transitions[0].actor == "zhou.ting");
    CHECK(s.transitions[0].atUtc == "2026-09-20T02:00:00Z");
    CHECK(s.transitions[0].comment == "Containment done");
    CHECK(s.transitions[3].to == cw::FindingState::Verified);
    CHECK(s.transitions[3].comment == "Sampled 12 changes");
    CHECK(s.transitions[4].to == cw::FindingState::Closed);
    REQUIRE(s.verifications.size() == 1);
    CHECK(s.verifications[0].verifiedBy == "Ma Li");
}

TEST_CASE("a failed verification reopens the nonconformity for a new round of actions",
          "[finding][lifecycle]")
{
    Fixture fx;
    const auto id = fx.nonconformity(fx.audit(fx.programme(), "Docs", {"7.5"}), {"7.5.3"});
    cw::setFindingField(*fx.ws, id, cw::FindingField::Correction, "Uncontrolled copies withdrawn.");
    cw::setFindingField(*fx.ws, id, cw::FindingField::RcaMethod, "five_whys");
    cw::setFindingField(*fx.ws, id, cw::FindingField::RootCause, "Why 1\nWhy 2\nNo owner for printed copies");
    cw::takeFindingStep(*fx.ws, id, FindingStep::RecordCorrection);
    const auto a1 =
        cw::addCorrectiveAction(*fx.ws, id, action("Stamp printed copies", "Zhou Ting", "2026-09-30"));
    cw::takeFindingStep(*fx.ws, id, FindingStep::PlanAction);
    cw::implementCorrectiveAction(*fx.ws, a1, "2026-09-28");
    cw::takeFindingStep(*fx.ws, id, FindingStep::Implement);

    CHECK(cw::recordVerification(*fx.ws, id, verification("Ma Li", "2026-10-15", false),
                                 "Copy found in Suzhou") == cw::FindingState::ActionPlanned);
    auto s = cw::snapshotFinding(*fx.ws, id);
    CHECK(s.round() == 2);
    CHECK(s.transitions.back().from == cw::FindingState::Implemented);
    CHECK(s.transitions.back().to == cw::FindingState::ActionPlanned);

    // The first round's action is history, and implementing again needs a new action.
    CHECK(errorOf(
              [&] { cw::setCorrectiveActionField(*fx.ws, a1, cw::CorrectiveActionField::Notes, "more"); }) ==
          "finding NC-2026-001: corrective action 'Stamp printed copies' belongs to round 1, which a failed "
          "verification ended; plan a new action instead");
    CHECK(refusalOf(fx, id, FindingStep::Implement) == "finding NC-2026-001 cannot be marked implemented: no "
                                                       "new corrective action is planned since the failed "
                                                       "verification of 2026-10-15");
    CHECK(refusalOf(fx, id, FindingStep::Close) ==
          "finding NC-2026-001 cannot be closed: its corrective action has not been verified effective");
    const auto a2 =
        cw::addCorrectiveAction(*fx.ws, id, action("Withdraw local printers", "Sun Hao", "2026-11-15"));
    CHECK(cw::loadCorrectiveAction(*fx.ws, a2).round == 2);
    CHECK(cw::isOverdue(cw::loadCorrectiveAction(*fx.ws, a2), fx.clock->today()));
    cw::implementCorrectiveAction(*fx.ws, a2, "2026-11-20");
    cw::takeFindingStep(*fx.ws, id, FindingStep::Implement);
    CHECK(cw::recordVerification(*fx.ws, id, verification("Ma Li", "2026-11-21", true)) ==
          cw::FindingState::Verified);
    cw::takeFindingStep(*fx.ws, id, FindingStep::Close);
    s = cw::snapshotFinding(*fx.ws, id);
    CHECK(s.verifications.size() == 2);
    CHECK_FALSE(cw::stateProblem(s));
}

TEST_CASE("observations, improvements and positive findings are simply closed", "[finding][lifecycle]")
{
    Fixture fx;
    cw::Finding f;
    f.type = cw::FindingType::Improvement;
    f.source = cw::FindingSource::IncidentReview;
    f.sourceReference = "PIR-2026-07";
    f.title = "One register for all improvement ideas";
    f.raisedOn = "2026-08-19";
    const auto id = cw::createFinding(*fx.ws, f);
    CHECK(cw::loadFinding(*fx.ws, id).code == "OFI-2026-001");
    CHECK(cw::loadFinding(*fx.ws, id).raisedBy == "zhou.ting");
    CHECK(stepsOf(fx, id) == std::vector<FindingStep>{FindingStep::Close});
    const auto before = fx.state();
    CHECK(refusalOf(fx, id, FindingStep::PlanAction) ==
          "finding OFI-2026-001 cannot have its corrective action planned: an opportunity for improvement "
          "has no "
          "corrective action; it is simply closed");
    CHECK(errorOf([&] { (void)cw::addCorrectiveAction(*fx.ws, id, action("x", "y", "2026-12-01")); }) ==
          "finding OFI-2026-001: only a nonconformity has corrective actions");
    CHECK(errorOf([&] { cw::setFindingField(*fx.ws, id, cw::FindingField::RootCause, "x"); }) ==
          "finding OFI-2026-001: only a nonconformity has a correction and a root cause");
    CHECK(fx.state() == before);
    cw::takeFindingStep(*fx.ws, id, FindingStep::Close, "Taken into the management review");
    CHECK(cw::loadFinding(*fx.ws, id).state == cw::FindingState::Closed);

    f.type = cw::FindingType::Observation;
    const auto obs = cw::createFinding(*fx.ws, f);
    CHECK(cw::loadFinding(*fx.ws, obs).code == "OBS-2026-001");
    // Open, an observation can become a nonconformity (it then needs a clause); past open, a
    // nonconformity cannot become an observation.
    CHECK(errorOf([&] { cw::setFindingField(*fx.ws, obs, cw::FindingField::Type, "minor"); }) ==
          "finding OBS-2026-001: a nonconformity cites at least one clause");
    cw::setFindingClauses(*fx.ws, obs, {Fixture::clause("10.2")});
    cw::setFindingField(*fx.ws, obs, cw::FindingField::Type, "minor");
    CHECK(cw::loadFinding(*fx.ws, obs).type == cw::FindingType::Minor);
    CHECK(cw::loadFinding(*fx.ws, obs).code == "OBS-2026-001"); // codes never change
}

TEST_CASE("a finding's source and audit stay consistent", "[finding]")
{
    Fixture fx;
    const auto audit = fx.audit(fx.programme(), "Change", {"8.5"});
    const auto id = fx.nonconformity(std::nullopt, {"8.3.2"}, cw::FindingType::Minor, "2026-10-12");
    auto f = cw::loadFinding(*fx.ws, id);
    CHECK(f.source == cw::FindingSource::Complaint);
    CHECK_FALSE(f.auditId);
    CHECK(errorOf([&] { cw::setFindingField(*fx.ws, id, cw::FindingField::Source, "internal_audit"); }) ==
          "finding NC-2026-001: choose the audit the finding was raised in; that makes it an internal audit "
          "finding");
    cw::setFindingField(*fx.ws, id, cw::FindingField::Audit, "IA-2026-01");
    f = cw::loadFinding(*fx.ws, id);
    CHECK(f.source == cw::FindingSource::InternalAudit);
    CHECK(f.auditId == audit);
    const auto trail = cw::listAuditTrail(*fx.ws, {"finding", std::to_string(id), 2});
    REQUIRE(trail.size() == 2);
    CHECK(trail[0].field == "source");
    CHECK(trail[1].field == "audit");
    cw::setFindingField(*fx.ws, id, cw::FindingField::Source, "external_audit");
    CHECK_FALSE(cw::loadFinding(*fx.ws, id).auditId);
    CHECK(errorOf([&] { cw::setFindingField(*fx.ws, id, cw::FindingField::Audit, "IA-2099-01"); }) ==
          "finding NC-2026-001: the workspace holds no audit IA-2099-01");

    cw::Finding bad;
    bad.type = cw::FindingType::Major;
    bad.title = "No clause";
    bad.source = cw::FindingSource::Other;
    CHECK(errorOf([&] { (void)cw::createFinding(*fx.ws, bad); }) ==
          "finding NC-2026-002: a nonconformity cites at least one clause");
    // One finding may cite clauses of several catalogs.
    bad.clauses = {Fixture::clause("8.5.1.3"), Fixture::clause("A.8.32", k27001)};
    const auto both = cw::createFinding(*fx.ws, bad);
    CHECK(cw::loadFinding(*fx.ws, both).clauses.size() == 2);
}

TEST_CASE("a deleted finding and a lifecycle step are undone from a snapshot", "[finding][undo]")
{
    Fixture fx;
    const auto id = fx.nonconformity(fx.audit(fx.programme(), "Docs", {"7.5"}), {"7.5.3"});
    cw::setFindingField(*fx.ws, id, cw::FindingField::Correction, "Withdrawn.");
    cw::setFindingField(*fx.ws, id, cw::FindingField::RcaMethod, "free_text");
    cw::setFindingField(*fx.ws, id, cw::FindingField::RootCause, "No owner.");
    const auto beforeStep = cw::snapshotFinding(*fx.ws, id);
    cw::takeFindingStep(*fx.ws, id, FindingStep::RecordCorrection);
    cw::restoreFinding(*fx.ws, beforeStep, "Undo record correction");
    CHECK(cw::snapshotFinding(*fx.ws, id) == beforeStep);

    (void)cw::addCorrectiveAction(*fx.ws, id, action("Stamp copies", "Zhou Ting", "2026-12-01"));
    const auto full = cw::snapshotFinding(*fx.ws, id);
    const auto removed = cw::deleteFinding(*fx.ws, id);
    CHECK(removed == full);
    CHECK_THROWS_AS(cw::loadFinding(*fx.ws, id), cw::Error);
    cw::restoreFinding(*fx.ws, removed);
    CHECK(cw::snapshotFinding(*fx.ws, id) == full);
}
