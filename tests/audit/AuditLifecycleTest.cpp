#include "AuditFixtures.h"

#include "audit/AuditChecklist.h"
#include "audit/AuditLifecycle.h"

#include <catch2/catch.hpp>

using namespace audittest;

namespace {

void answerAll(cw::Workspace& ws, std::int64_t auditId,
               cw::ChecklistResult result = cw::ChecklistResult::Conforming)
{
    for (const auto& l : cw::listChecklist(ws, auditId))
        cw::setChecklistLineField(ws, l.id, cw::ChecklistLineField::Result,
                                  std::string(cw::toString(result)));
}

} // namespace

TEST_CASE("audits get generated codes per year and validated fields", "[audit]")
{
    Fixture fx;
    const auto p = fx.programme();
    const auto a1 = fx.audit(p, "Management system", {"4", "5"});
    const auto a2 = fx.audit(p, "Operation", {"8"});
    const auto a3 = fx.audit(p, "Next year", {"9.2"}, "Ma Li", "2027-02-01");
    CHECK(cw::loadAudit(*fx.ws, a1).code == "IA-2026-01");
    CHECK(cw::loadAudit(*fx.ws, a2).code == "IA-2026-02");
    CHECK(cw::loadAudit(*fx.ws, a3).code == "IA-2027-01");
    CHECK(cw::loadAudit(*fx.ws, a1).status == cw::AuditStatus::Planned);
    CHECK(cw::auditByCode(*fx.ws, "IA-2026-02").id == a2);

    const auto before = fx.state();
    cw::Audit bad;
    bad.title = "Backwards";
    bad.plannedStart = "2026-09-10";
    bad.plannedEnd = "2026-09-09";
    CHECK(errorOf([&] { (void)cw::createAudit(*fx.ws, bad); }) ==
          "audit IA-2026-03: the planned end (2026-09-09) is before the planned start (2026-09-10)");
    bad.plannedEnd.clear();
    bad.code = "IA-2026-01";
    CHECK(errorOf([&] { (void)cw::createAudit(*fx.ws, bad); }) ==
          "audit IA-2026-01: another audit has this code");
    bad.code.clear();
    bad.clauses = {Fixture::clause("4.9")};
    CHECK(errorOf([&] { (void)cw::createAudit(*fx.ws, bad); }) ==
          "audit IA-2026-03: clause 4.9 of 'iso20000-1:2018' is not in a catalog of the workspace");
    CHECK(fx.state() == before);

    cw::setAuditField(*fx.ws, a1, cw::AuditField::Auditors, " He Jun \n\nZhou Ting ");
    CHECK(cw::loadAudit(*fx.ws, a1).auditors == std::vector<std::string>{"He Jun", "Zhou Ting"});
    CHECK(cw::auditField(*fx.ws, cw::loadAudit(*fx.ws, a1), cw::AuditField::Programme) ==
          "Internal audit programme 2026");
    cw::setAuditField(*fx.ws, a1, cw::AuditField::Programme, "");
    CHECK_FALSE(cw::loadAudit(*fx.ws, a1).programmeId);
}

TEST_CASE("the checklist is generated from the catalog questions of the audited clauses",
          "[audit][checklist]")
{
    Fixture fx;
    const auto a = fx.audit(fx.programme(), "Resolution", {"8.6"});
    // 8.6.1 has 5 questions, 8.6.2 has 4, 8.6.3 has 5; the heading 8.6 has none.
    CHECK(cw::generateChecklist(*fx.ws, a) == 14);
    const auto lines = cw::listChecklist(*fx.ws, a);
    REQUIRE(lines.size() == 14);
    CHECK(lines.front().clause == Fixture::clause("8.6.1"));
    CHECK(lines.front().position == 1);
    CHECK(lines.back().clause == Fixture::clause("8.6.3"));
    CHECK(lines.back().position == 14);
    CHECK(lines.front().result == cw::ChecklistResult::Pending);
    CHECK(cw::generateChecklist(*fx.ws, a) == 0); // nothing missing

    // A line added by hand, at position 2; then removed again.
    cw::ChecklistLine extra;
    extra.question = "Sample five major incidents of October";
    extra.position = 2;
    const auto id = cw::addChecklistLine(*fx.ws, a, extra);
    CHECK(cw::listChecklist(*fx.ws, a)[1].id == id);
    CHECK(cw::listChecklist(*fx.ws, a)[2].position == 3);
    const auto removed = cw::removeChecklistLine(*fx.ws, id);
    CHECK(removed.question == "Sample five major incidents of October");
    CHECK(cw::listChecklist(*fx.ws, a).size() == 14);
    CHECK(cw::listChecklist(*fx.ws, a)[1].position == 2);

    Fixture zh("zh");
    const auto b = zh.audit(zh.programme(), "事件管理", {"8.6.1"});
    CHECK(cw::generateChecklist(*zh.ws, b) == 5);
    CHECK_THAT(cw::listChecklist(*zh.ws, b).front().question, Catch::Contains("事件"));

    CHECK(errorOf([&] { (void)cw::generateChecklist(*fx.ws, fx.audit(1, "Empty", {})); }) ==
          "audit IA-2026-02: choose the audited clauses before generating the checklist");
    CHECK(errorOf([&] {
              cw::setChecklistLineField(*fx.ws, lines[0].id, cw::ChecklistLineField::Result, "fine");
          }) == "checklist result: choose conforming, nonconformity, observation, not_audited or pending, "
                "not 'fine'");
}

TEST_CASE("each refused audit step says why and changes nothing", "[audit][lifecycle]")
{
    Fixture fx;
    const auto p = fx.programme();
    const auto a = fx.audit(p, "Resolution", {"8.6.2"}, "");
    CHECK(cw::auditSteps(*fx.ws, a).size() == 1);
    CHECK(cw::auditSteps(*fx.ws, a)[0].step == cw::AuditStep::Start);
    const auto before = fx.state();
    CHECK(errorOf([&] { cw::takeAuditStep(*fx.ws, a, cw::AuditStep::Start); }) ==
          "audit IA-2026-01 cannot be started: it has no lead auditor");
    CHECK(
        errorOf([&] { cw::takeAuditStep(*fx.ws, a, cw::AuditStep::Report); }) ==
        "audit IA-2026-01 cannot be reported: it is planned, and only an audit in progress can be reported");
    CHECK(errorOf([&] { cw::takeAuditStep(*fx.ws, a, cw::AuditStep::Close); }) ==
          "audit IA-2026-01 cannot be closed: it is planned, and only a reported audit can be closed");
    CHECK(fx.state() == before);
    cw::setAuditField(*fx.ws, a, cw::AuditField::LeadAuditor, "Ma Li");
    cw::setAuditClauses(*fx.ws, a, {});
    CHECK(errorOf([&] { cw::takeAuditStep(*fx.ws, a, cw::AuditStep::Start); }) ==
          "audit IA-2026-01 cannot be started: no audited clauses are chosen");
    cw::setAuditClauses(*fx.ws, a, {Fixture::clause("8.6.2")});
    CHECK_FALSE(cw::auditSteps(*fx.ws, a)[0].refusal);

    fx.at("2026-09-14T01:00:00Z");
    cw::takeAuditStep(*fx.ws, a, cw::AuditStep::Start, "Opening meeting held");
    auto audit = cw::loadAudit(*fx.ws, a);
    CHECK(audit.status == cw::AuditStatus::InProgress);
    CHECK(audit.actualStart == "2026-09-14");
    CHECK(errorOf([&] { cw::takeAuditStep(*fx.ws, a, cw::AuditStep::Report); }) ==
          "audit IA-2026-01 cannot be reported: its checklist is empty");
    CHECK(cw::generateChecklist(*fx.ws, a) == 4);
    const auto lines = cw::listChecklist(*fx.ws, a);
    cw::setChecklistLineField(*fx.ws, lines[0].id, cw::ChecklistLineField::Result, "conforming");
    CHECK(
        errorOf([&] { cw::takeAuditStep(*fx.ws, a, cw::AuditStep::Report); }) ==
        "audit IA-2026-01 cannot be reported: 3 checklist line(s) have no result yet (8.6.2, 8.6.2, 8.6.2)");
    answerAll(*fx.ws, a);
    cw::setChecklistLineField(*fx.ws, lines[3].id, cw::ChecklistLineField::Result, "nonconformity");
    CHECK(errorOf([&] { cw::takeAuditStep(*fx.ws, a, cw::AuditStep::Report); }) ==
          "audit IA-2026-01 cannot be reported: the report summary is empty");
    cw::setAuditField(*fx.ws, a, cw::AuditField::Summary,
                      "Requests are handled well; one gap in fulfilment records.");
    cw::setAuditField(*fx.ws, a, cw::AuditField::ActualStart, "2026-09-15");
    fx.at("2026-09-14T09:00:00Z");
    CHECK(errorOf([&] { cw::takeAuditStep(*fx.ws, a, cw::AuditStep::Report); }) ==
          "audit IA-2026-01 cannot be reported: the actual end (2026-09-14) would be before the actual start "
          "(2026-09-15)");
    fx.at("2026-09-16T09:00:00Z");
    cw::takeAuditStep(*fx.ws, a, cw::AuditStep::Report);
    audit = cw::loadAudit(*fx.ws, a);
    CHECK(audit.status == cw::AuditStatus::Reported);
    CHECK(audit.actualEnd == "2026-09-16");

    // Reporting freezes the checklist.
    CHECK(errorOf([&] {
              cw::setChecklistLineField(*fx.ws, lines[0].id, cw::ChecklistLineField::Notes, "late");
          }) == "audit IA-2026-01 is reported; its checklist can no longer be changed (reopen it first)");
    const auto steps = cw::auditSteps(*fx.ws, a);
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].step == cw::AuditStep::Close);
    CHECK(steps[1].step == cw::AuditStep::Reopen);
    CHECK(*steps[0].refusal ==
          "audit IA-2026-01 cannot be closed: checklist nonconformities at 8.6.2 are not cited "
          "by a major or minor nonconformity raised in the audit");
    const auto snapshot = fx.state();
    CHECK(errorOf([&] { cw::takeAuditStep(*fx.ws, a, cw::AuditStep::Close); }) == *steps[0].refusal);
    CHECK(fx.state() == snapshot);

    (void)fx.nonconformity(a, {"8.6.2"});
    cw::takeAuditStep(*fx.ws, a, cw::AuditStep::Close, "Report accepted by top management");
    CHECK(cw::loadAudit(*fx.ws, a).status == cw::AuditStatus::Closed);
    CHECK(cw::auditSteps(*fx.ws, a).empty());
    CHECK(errorOf([&] { cw::setAuditField(*fx.ws, a, cw::AuditField::Title, "Renamed"); }) ==
          "audit IA-2026-01 is closed; it can no longer be changed");

    const auto t = cw::snapshotAudit(*fx.ws, a).transitions;
    REQUIRE(t.size() == 3);
    CHECK(t[0].from == cw::AuditStatus::Planned);
    CHECK(t[0].to == cw::AuditStatus::InProgress);
    CHECK(t[0].actor == "zhou.ting");
    CHECK(t[0].atUtc == "2026-09-14T01:00:00Z");
    CHECK(t[0].comment == "Opening meeting held");
    CHECK(t[2].to == cw::AuditStatus::Closed);
    CHECK(t[2].atUtc == "2026-09-16T09:00:00Z");
}

TEST_CASE("a reported audit can be reopened to correct its checklist", "[audit][lifecycle]")
{
    Fixture fx;
    const auto a = fx.audit(fx.programme(), "Requests", {"8.6.2"});
    cw::takeAuditStep(*fx.ws, a, cw::AuditStep::Start);
    (void)cw::generateChecklist(*fx.ws, a);
    answerAll(*fx.ws, a);
    cw::setAuditField(*fx.ws, a, cw::AuditField::Summary, "All conforming.");
    cw::takeAuditStep(*fx.ws, a, cw::AuditStep::Report);
    cw::takeAuditStep(*fx.ws, a, cw::AuditStep::Reopen, "One line was misread");
    CHECK(cw::loadAudit(*fx.ws, a).status == cw::AuditStatus::InProgress);
    CHECK(cw::loadAudit(*fx.ws, a).actualEnd == "2026-11-22"); // kept
    const auto line = cw::listChecklist(*fx.ws, a).front();
    cw::setChecklistLineField(*fx.ws, line.id, cw::ChecklistLineField::Result, "observation");
    CHECK(cw::loadChecklistLine(*fx.ws, line.id).result == cw::ChecklistResult::Observation);
    CHECK(errorOf([&] { cw::setAuditField(*fx.ws, a, cw::AuditField::ActualStart, ""); }) ==
          "audit IA-2026-01: the actual start cannot be cleared once it is recorded by the audit's progress");
}

TEST_CASE("a deleted audit comes back from its snapshot, one with findings is kept", "[audit][undo]")
{
    Fixture fx;
    const auto p = fx.programme();
    const auto a = fx.audit(p, "Resolution", {"8.6"});
    (void)cw::generateChecklist(*fx.ws, a);
    cw::takeAuditStep(*fx.ws, a, cw::AuditStep::Start);
    const auto before = cw::snapshotAudit(*fx.ws, a);
    const auto removed = cw::deleteAudit(*fx.ws, a);
    CHECK(removed == before);
    CHECK(cw::listAudits(*fx.ws).empty());
    cw::restoreAudit(*fx.ws, removed, "Undo delete audit");
    CHECK(cw::snapshotAudit(*fx.ws, a) == before);

    (void)fx.nonconformity(a, {"8.6.1"});
    const auto state = fx.state();
    CHECK(errorOf([&] { (void)cw::deleteAudit(*fx.ws, a); }) ==
          "audit IA-2026-01 cannot be deleted: findings were raised in it (NC-2026-001)");
    CHECK(errorOf([&] { cw::deleteProgramme(*fx.ws, p); }) ==
          "audit programme 'Internal audit programme 2026' cannot be deleted: 1 audit(s) belong to it "
          "(IA-2026-01)");
    CHECK(fx.state() == state);
}
