#include "AuditFixtures.h"

#include "audit/AuditChecklist.h"
#include "audit/AuditLifecycle.h"
#include "audit/Independence.h"
#include "audit/ProgrammeCoverage.h"
#include "documents/DocumentRegister.h"

#include <catch2/catch.hpp>

using namespace audittest;

namespace {

/// Starts, answers and reports an audit, ending on `endUtc`'s day.
void complete(Fixture& fx, std::int64_t auditId, const std::string& startUtc, const std::string& endUtc)
{
    fx.at(startUtc);
    cw::takeAuditStep(*fx.ws, auditId, cw::AuditStep::Start);
    (void)cw::generateChecklist(*fx.ws, auditId);
    for (const auto& l : cw::listChecklist(*fx.ws, auditId))
        cw::setChecklistLineField(*fx.ws, l.id, cw::ChecklistLineField::Result, "conforming");
    cw::setAuditField(*fx.ws, auditId, cw::AuditField::Summary, "Conforming.");
    fx.at(endUtc);
    cw::takeAuditStep(*fx.ws, auditId, cw::AuditStep::Report);
}

const cw::CoverageRow& row(const cw::AuditCoverage& c, const std::string& ref)
{
    for (const auto& r : c.rows)
        if (r.clause.ref == ref)
            return r;
    FAIL("no row " << ref);
    return c.rows.front();
}

std::int64_t document(Fixture& fx, const std::string& code, const std::string& owner,
                      const std::vector<std::string>& refs)
{
    cw::Document d;
    d.code = code;
    d.title = "Title of " + code;
    d.level = 1;
    d.type = "policy";
    d.owner = owner;
    for (const auto& r : refs)
        d.clauses.push_back(Fixture::clause(r));
    return cw::createDocument(*fx.ws, d);
}

} // namespace

TEST_CASE("programme coverage: audited, planned and not planned clauses 4-10", "[audit][coverage]")
{
    Fixture fx;
    const auto p = fx.programme();
    const auto a = fx.audit(p, "Management system", {"4", "5", "6", "7"});
    const auto b = fx.audit(p, "Operation", {"8"}, "Zhou Ting", "2026-09-14");
    complete(fx, a, "2026-08-18T01:00:00Z", "2026-08-20T09:00:00Z");

    auto cov = cw::programmeCoverage(*fx.ws, p);
    // Leaves of ISO/IEC 20000-1: 4 -> 4, 5 -> 4, 6 -> 4, 7 -> 9 (21 audited); 8 -> 30 (planned);
    // 9 -> 4 and 10 -> 2 (6 not planned). 57 in all.
    CHECK(cov.leaves == 57);
    CHECK(cov.auditedLeaves == 21);
    CHECK(cov.plannedLeaves == 30);
    CHECK(cov.notPlannedLeaves == 6);
    CHECK_FALSE(cov.fullyAudited());
    CHECK(cov.auditedSince().empty());
    CHECK(cov.gaps().size() == 36);
    CHECK(row(cov, "4").status == cw::CoverageStatus::Audited);
    CHECK(row(cov, "4").depth == 0);
    CHECK(row(cov, "5.2.1").status == cw::CoverageStatus::Audited);
    CHECK(row(cov, "5.2.1").lastAudited == "2026-08-20");
    CHECK(row(cov, "5.2").lastAudited == "2026-08-20");
    CHECK(row(cov, "8").status == cw::CoverageStatus::Planned);
    CHECK(row(cov, "8.5.1.3").audits == std::vector<std::string>{"IA-2026-02"});
    CHECK(row(cov, "9.2").status == cw::CoverageStatus::NotPlanned);
    CHECK(row(cov, "10").status == cw::CoverageStatus::NotPlanned);
    CHECK(row(cov, "10").leaf == false);
    REQUIRE(cov.completed.size() == 1);
    CHECK(cov.completed[0].code == "IA-2026-01");
    CHECK(cov.lastCompletedEnd() == "2026-08-20");

    // An audit covering only part of clause 9 leaves the heading 9 not planned.
    const auto c = fx.audit(p, "Audit and review", {"9.2", "9.3"}, "Ma Li", "2026-12-08");
    cov = cw::programmeCoverage(*fx.ws, p);
    CHECK(row(cov, "9.2").status == cw::CoverageStatus::Planned);
    CHECK(row(cov, "9").status == cw::CoverageStatus::NotPlanned);

    cw::setAuditClauses(*fx.ws, c, {Fixture::clause("9"), Fixture::clause("10")});
    complete(fx, b, "2026-09-14T01:00:00Z", "2026-09-16T09:00:00Z");
    complete(fx, c, "2026-10-05T01:00:00Z", "2026-10-06T09:00:00Z");
    cov = cw::programmeCoverage(*fx.ws, p);
    CHECK(cov.fullyAudited());
    CHECK(cov.auditedLeaves == 57);
    CHECK(cov.auditedSince() == "2026-08-20");
    CHECK(cov.lastCompletedEnd() == "2026-10-06");
    CHECK(row(cov, "8").lastAudited == "2026-09-16");
    CHECK(cov.completed.size() == 3);

    // Audits of another programme do not count for this one.
    const auto other = fx.programme("Internal audit programme 2027");
    (void)fx.audit(other, "Everything", {"4", "5", "6", "7", "8", "9", "10"}, "Ma Li", "2027-03-01");
    CHECK(cw::programmeCoverage(*fx.ws, other).plannedLeaves == 57);
    CHECK(cw::programmeCoverage(*fx.ws, p).auditedLeaves == 57);
}

TEST_CASE("an auditor who owns a document of an audited clause is flagged", "[audit][independence]")
{
    Fixture fx;
    (void)document(fx, "SMS-L2-INC-01", "Wang Lei", {"8.6.1"});
    (void)document(fx, "SMS-L2-CHG-01", "Liu Yang", {"8.5.1.2", "8.5.1.3"});
    (void)document(fx, "SMS-L2-AUD-01", "Zhou Ting", {"9.2"});
    const auto p = fx.programme();

    // Wang Lei audits clause 8.6, under which his incident procedure falls; the note in
    // parentheses and the case do not hide him.
    const auto a = fx.audit(p, "Resolution", {"8.6"}, "Zhou Ting");
    cw::setAuditField(*fx.ws, a, cw::AuditField::Auditors, "wang lei (service desk)\nHe Jun");
    auto flags = cw::independenceFlags(*fx.ws, cw::loadAudit(*fx.ws, a));
    REQUIRE(flags.size() == 1);
    CHECK(flags[0].auditor == "wang lei (service desk)");
    CHECK(flags[0].owner == "Wang Lei");
    CHECK(flags[0].documentCode == "SMS-L2-INC-01");
    CHECK(flags[0].auditedClause == Fixture::clause("8.6"));
    CHECK(flags[0].documentClause == Fixture::clause("8.6.1"));
    CHECK(cw::describe(flags[0]) ==
          "wang lei (service desk) audits 8.6 but owns SMS-L2-INC-01 (linked to 8.6.1)");

    // Zhou Ting leads an audit of 9: she owns the audit procedure (9.2).
    const auto b = fx.audit(p, "Evaluation", {"9", "8.5.1.3"}, "Zhou Ting");
    flags = cw::independenceFlags(*fx.ws, cw::loadAudit(*fx.ws, b));
    REQUIRE(flags.size() == 1);
    CHECK(cw::describe(flags[0]) == "Zhou Ting audits 9 but owns SMS-L2-AUD-01 (linked to 9.2)");

    // Nobody of the team owns anything under 8.5.1.3 but Liu Yang, who is not auditing; a declared
    // process owner on the team is flagged too.
    const auto c = fx.audit(p, "Change", {"8.5.1.3"}, "Ma Li");
    CHECK(cw::independenceFlags(*fx.ws, cw::loadAudit(*fx.ws, c)).empty());
    cw::setAuditField(*fx.ws, c, cw::AuditField::ProcessOwners, "Liu Yang\nMa Li");
    flags = cw::independenceFlags(*fx.ws, cw::loadAudit(*fx.ws, c));
    REQUIRE(flags.size() == 1);
    CHECK(flags[0].documentCode.empty());
    CHECK(cw::describe(flags[0]) == "Ma Li is a declared owner of an audited process");

    CHECK(cw::personKey("  Wang   LEI （服务台） ") == "wang lei");
    CHECK(cw::personKey("王磊（服务台）") == "王磊");
    CHECK(cw::personKey("Wang Lei (service desk)") == "wang lei");
}

TEST_CASE("a clause whose checklist lines were all marked not audited is not counted as audited",
          "[audit][coverage]")
{
    Fixture fx;
    const auto p = fx.programme();
    const auto a = fx.audit(p, "Evaluation", {"9"});
    fx.at("2026-10-05T01:00:00Z");
    cw::takeAuditStep(*fx.ws, a, cw::AuditStep::Start);
    (void)cw::generateChecklist(*fx.ws, a);
    for (const auto& l : cw::listChecklist(*fx.ws, a))
        cw::setChecklistLineField(*fx.ws, l.id, cw::ChecklistLineField::Result,
                                  l.clause->ref == "9.4" ? "not_audited" : "conforming");
    // One line of 9.3 not audited, the others conforming: 9.3 still counts.
    for (const auto& l : cw::listChecklist(*fx.ws, a))
        if (l.clause->ref == "9.3") {
            cw::setChecklistLineField(*fx.ws, l.id, cw::ChecklistLineField::Result, "not_audited");
            break;
        }
    cw::setAuditField(*fx.ws, a, cw::AuditField::Summary,
                      "9.4 postponed: the service reports were not available.");
    cw::takeAuditStep(*fx.ws, a, cw::AuditStep::Report);
    const auto cov = cw::programmeCoverage(*fx.ws, p);
    CHECK(row(cov, "9.3").status == cw::CoverageStatus::Audited);
    CHECK(row(cov, "9.4").status == cw::CoverageStatus::NotPlanned);
    CHECK(row(cov, "9.4").audits.empty());
    CHECK(row(cov, "9").status == cw::CoverageStatus::NotPlanned);
}
