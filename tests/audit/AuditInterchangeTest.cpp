#include "AuditFixtures.h"

#include "audit/AuditChecklist.h"
#include "audit/AuditLifecycle.h"
#include "findings/CorrectiveActions.h"
#include "findings/FindingLifecycle.h"
#include "findings/FindingQuery.h"
#include "review/ManagementReview.h"

#include <catch2/catch.hpp>

using namespace audittest;

namespace {

/// A programme with a reported audit (checklist answered, reopened once), a planned one, findings at
/// several stages (one reopened after a failed verification, one citing two catalogs) and a review.
void populate(Fixture& fx)
{
    const auto p = fx.programme();
    const auto a = fx.audit(p, "Change and release", {"8.5"});
    cw::setAuditField(*fx.ws, a, cw::AuditField::Auditees, "Liu Yang\nSun Hao");
    cw::setAuditField(*fx.ws, a, cw::AuditField::Criteria, "ISO/IEC 20000-1:2018 8.5; change procedure v1.1");
    (void)fx.audit(p, "Follow-up", {"10.1"}, "Zhou Ting", "2026-12-08");
    fx.at("2026-09-14T01:00:00Z");
    cw::takeAuditStep(*fx.ws, a, cw::AuditStep::Start);
    (void)cw::generateChecklist(*fx.ws, a);
    cw::ChecklistLine extra;
    extra.question = "Sample the emergency changes of August";
    (void)cw::addChecklistLine(*fx.ws, a, extra);
    const auto lines = cw::listChecklist(*fx.ws, a);
    for (const auto& l : lines)
        cw::setChecklistLineField(*fx.ws, l.id, cw::ChecklistLineField::Result, "conforming");
    cw::setChecklistLineField(*fx.ws, lines[0].id, cw::ChecklistLineField::Result, "nonconformity");
    cw::setChecklistLineField(*fx.ws, lines[0].id, cw::ChecklistLineField::Evidence,
                              "RFC-2026-0412, RFC-2026-0419");
    cw::setAuditField(*fx.ws, a, cw::AuditField::Summary,
                      "Change management works except emergency changes.");
    fx.at("2026-09-16T09:00:00Z");
    cw::takeAuditStep(*fx.ws, a, cw::AuditStep::Report, "Report sent");

    cw::Finding f;
    f.type = cw::FindingType::Major;
    f.auditId = a;
    f.title = "Emergency changes without approval";
    f.raisedOn = "2026-09-16";
    f.clauses = {Fixture::clause(lines[0].clause->ref), Fixture::clause("A.8.32", k27001)};
    const auto nc = cw::createFinding(*fx.ws, f);
    cw::setFindingField(*fx.ws, nc, cw::FindingField::Correction, "Retrospective approval of 9 changes.");
    cw::setFindingField(*fx.ws, nc, cw::FindingField::RcaMethod, "fishbone");
    cw::setFindingField(*fx.ws, nc, cw::FindingField::RcaCategory, "process");
    cw::setFindingField(*fx.ws, nc, cw::FindingField::RootCause, "No approver out of hours.");
    cw::takeFindingStep(*fx.ws, nc, cw::FindingStep::RecordCorrection);
    cw::CorrectiveAction ca;
    ca.description = "Out-of-hours approver roster";
    ca.owner = "Liu Yang";
    ca.dueDate = "2026-10-10";
    const auto caId = cw::addCorrectiveAction(*fx.ws, nc, ca);
    cw::takeFindingStep(*fx.ws, nc, cw::FindingStep::PlanAction);
    cw::implementCorrectiveAction(*fx.ws, caId, "2026-10-09", "Roster live");
    cw::takeFindingStep(*fx.ws, nc, cw::FindingStep::Implement);
    cw::Verification v;
    v.verifiedBy = "Ma Li";
    v.verifiedOn = "2026-10-20";
    v.effective = false;
    v.notes = "Two more unapproved changes";
    (void)cw::recordVerification(*fx.ws, nc, v);
    ca.description = "Block deployments without an approval";
    ca.dueDate = "2026-12-05";
    (void)cw::addCorrectiveAction(*fx.ws, nc, ca);

    cw::Finding pf;
    pf.type = cw::FindingType::Positive;
    pf.auditId = a;
    pf.title = "Release notes are exemplary";
    pf.raisedOn = "2026-09-16";
    cw::takeFindingStep(*fx.ws, cw::createFinding(*fx.ws, pf), cw::FindingStep::Close,
                        "Shared with all teams");

    cw::NewReview r;
    r.title = "Management review 2026";
    r.heldOn = "2026-10-28";
    r.chair = "Huang Zhiqiang";
    r.attendees = {"Huang Zhiqiang", "Xu Gang"};
    const auto rid = cw::createReview(*fx.ws, r);
    cw::setReviewField(*fx.ws, rid, cw::ReviewField::Conclusions, "The SMS is suitable; apply for stage 1.");
    cw::ReviewOutput o;
    o.text = "Apply for the stage 1 audit";
    o.kind = cw::OutputKind::Decision;
    (void)cw::addReviewOutput(*fx.ws, rid, o);
    fx.at("2026-11-22T08:00:00Z");
}

std::unique_ptr<cw::Workspace> emptyWorkspace(const std::filesystem::path& file)
{
    cw::NewWorkspace init;
    init.name = "Empty";
    return cw::Workspace::create(file, init);
}

} // namespace

TEST_CASE("audits, findings and reviews round-trip through the interchange format", "[audit][interchange]")
{
    Fixture fx;
    populate(fx);
    const std::string first = cw::exportWorkspaceText(*fx.ws);
    auto copy = emptyWorkspace(fx.dir / "copy.cwb");
    cw::importWorkspaceText(*copy, first, "first.json");
    CHECK(cw::exportWorkspaceText(*copy) == first);

    const auto doc = cw::exportWorkspace(*fx.ws);
    REQUIRE(doc["audits"].size() == 2);
    CHECK(doc["audits"][0]["status"] == "reported");
    CHECK(doc["audits"][0]["transitions"].size() == 2);
    REQUIRE(doc["findings"].size() == 2);
    CHECK(doc["findings"][0]["state"] == "action_planned");
    CHECK(doc["findings"][0]["corrective_actions"][1]["round"] == 2);
    CHECK(doc["findings"][0]["clauses"][1]["catalog"] == k27001);
    CHECK(doc["management_reviews"][0]["inputs"].contains("audit_results"));
    CHECK(cw::listFindings(*copy).front().finding.code == "NC-2026-001");
}

TEST_CASE("a malformed audit, finding or review is refused with its JSON path and changes nothing",
          "[audit][interchange][failure]")
{
    Fixture fx;
    populate(fx);
    const nlohmann::json good = nlohmann::json::parse(cw::exportWorkspaceText(*fx.ws));
    auto target = emptyWorkspace(fx.dir / "target.cwb");
    const auto before = cw::exportWorkspaceText(*target);
    const auto trail = cw::listAuditTrail(*target).size();

    struct Case {
        std::function<void(nlohmann::json&)> damage;
        std::string expected;
    };
    const std::vector<Case> cases{
        {[](auto& d) { d["audits"][0]["status"] = "done"; },
         "bad.json: $.audits[0].status: must be planned, in_progress, reported or closed"},
        {[](auto& d) { d["audits"][0]["clauses"][0]["ref"] = "8.9"; },
         "bad.json: $.audits[0].clauses[0].ref: '8.9' is not a requirement of the catalog 'iso20000-1:2018'"},
        {[](auto& d) { d["audits"][0]["programme"] = "Programme 2030"; },
         "bad.json: $.audits[0].programme: the programme 'Programme 2030' is not in this file's "
         "audit_programmes"},
        {[](auto& d) { d["audits"][0]["checklist"][1].erase("result"); },
         "bad.json: $.audits[0].checklist[1]: a reported audit has a result on every checklist line"},
        {[](auto& d) { d["audits"][0]["transitions"][1]["from"] = "planned"; },
         "bad.json: $.audits[0].transitions[1].from: expected \"in_progress\", where the transition before "
         "left it"},
        {[](auto& d) { d["audits"][0].erase("actual_end"); },
         "bad.json: $.audits[0]: an audit that is reported has its actual end date"},
        {[](auto& d) { d["findings"][0]["audit"] = "IA-2026-09"; },
         "bad.json: $.findings[0].audit: the audit IA-2026-09 is not in this file's audits"},
        {[](auto& d) { d["findings"][0]["state"] = "closed"; },
         "bad.json: $.findings[0].transitions[3].to: the last transition must lead to the finding's state "
         "\"closed\""},
        {[](auto& d) {
             d["findings"][0]["state"] = "closed";
             d["findings"][0].erase("transitions");
         },
         "bad.json: $.findings[0]: finding NC-2026-001 is closed but its corrective action has not been "
         "verified "
         "effective"},
        {[](auto& d) { d["findings"][0]["corrective_actions"][0]["state"] = "planned"; },
         "bad.json: $.findings[0].corrective_actions[0]: finding NC-2026-001: only an implemented action has "
         "an "
         "implementation date"},
        {[](auto& d) { d["findings"][1]["root_cause"] = "x"; },
         "bad.json: $.findings[1]: finding PF-2026-001: only a nonconformity has a correction and a root "
         "cause"},
        {[](auto& d) { d["findings"][0]["type"] = "critical"; },
         "bad.json: $.findings[0].type: must be major, minor, observation, improvement or positive"},
        {[](auto& d) { d["findings"][1]["code"] = "NC-2026-001"; },
         "bad.json: $.findings[1].code: another finding has the code NC-2026-001"},
        {[](auto& d) { d["management_reviews"][0]["inputs"]["budget"] = "x"; },
         "bad.json: $.management_reviews[0].inputs.budget: unknown input"},
        {[](auto& d) { d["management_reviews"][0]["outputs"][0]["due_date"] = "soon"; },
         "bad.json: $.management_reviews[0].outputs[0].due_date: 'soon' is not a date of the form "
         "YYYY-MM-DD"},
        {[](auto& d) { d["audit_programmes"][0]["period_end"] = "2025-12-31"; },
         "bad.json: $.audit_programmes[0]: audit programme 'Internal audit programme 2026': the period ends "
         "(2025-12-31) before it starts (2026-01-01)"},
    };
    for (const auto& c : cases) {
        nlohmann::json doc = good;
        c.damage(doc);
        INFO(c.expected);
        try {
            cw::importWorkspace(*target, doc, "bad.json");
            FAIL("accepted");
        } catch (const cw::Error& e) {
            CHECK(e.code() == cw::ErrorCode::InvalidInput);
            CHECK_THAT(e.what(), Catch::StartsWith(c.expected));
        }
    }
    CHECK(cw::exportWorkspaceText(*target) == before);
    CHECK(cw::listAuditTrail(*target).size() == trail);
}
