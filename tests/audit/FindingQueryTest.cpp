#include "AuditFixtures.h"

#include "findings/CorrectiveActions.h"
#include "findings/FindingLifecycle.h"
#include "findings/FindingQuery.h"

#include <catch2/catch.hpp>

using namespace audittest;

namespace {

/// Records correction and root cause, then plans one action due on `due`.
void plan(Fixture& fx, std::int64_t id, const std::string& due)
{
    cw::setFindingField(*fx.ws, id, cw::FindingField::Correction, "Contained.");
    cw::setFindingField(*fx.ws, id, cw::FindingField::RcaMethod, "free_text");
    cw::setFindingField(*fx.ws, id, cw::FindingField::RootCause, "Cause.");
    cw::takeFindingStep(*fx.ws, id, cw::FindingStep::RecordCorrection);
    cw::CorrectiveAction a;
    a.description = "Fix the cause of " + cw::loadFinding(*fx.ws, id).code;
    a.owner = "Liu Yang";
    a.dueDate = due;
    (void)cw::addCorrectiveAction(*fx.ws, id, a);
    cw::takeFindingStep(*fx.ws, id, cw::FindingStep::PlanAction);
}

std::int64_t simple(Fixture& fx, cw::FindingType type, const std::string& raisedOn)
{
    cw::Finding f;
    f.type = type;
    f.source = cw::FindingSource::Other;
    f.title = "A " + cw::typeWords(type);
    f.raisedOn = raisedOn;
    return cw::createFinding(*fx.ws, f);
}

std::vector<std::string> codes(const std::vector<cw::FindingRow>& rows)
{
    std::vector<std::string> out;
    for (const auto& r : rows)
        out.push_back(r.finding.code);
    return out;
}

} // namespace

TEST_CASE("finding codes count per prefix and year", "[finding][query]")
{
    Fixture fx;
    const auto audit = fx.audit(fx.programme(), "All", {"8"});
    CHECK(cw::loadFinding(*fx.ws, fx.nonconformity(audit, {"8.1"}, cw::FindingType::Major)).code ==
          "NC-2026-001");
    CHECK(cw::loadFinding(*fx.ws, fx.nonconformity(audit, {"8.1"})).code == "NC-2026-002");
    CHECK(cw::loadFinding(*fx.ws, simple(fx, cw::FindingType::Observation, "2026-08-20")).code ==
          "OBS-2026-001");
    CHECK(cw::loadFinding(*fx.ws, simple(fx, cw::FindingType::Positive, "2026-08-20")).code == "PF-2026-001");
    CHECK(cw::loadFinding(*fx.ws, simple(fx, cw::FindingType::Observation, "2027-01-05")).code ==
          "OBS-2027-001");
    CHECK(cw::loadFinding(*fx.ws, fx.nonconformity(audit, {"8.1"}, cw::FindingType::Minor, "2025-12-01"))
              .code == "NC-2025-001");
    cw::Finding given;
    given.code = "NC-2026-010";
    given.type = cw::FindingType::Minor;
    given.source = cw::FindingSource::ExternalAudit;
    given.title = "From the certification body";
    given.raisedOn = "2026-11-01";
    given.clauses = {Fixture::clause("9.1")};
    (void)cw::createFinding(*fx.ws, given);
    CHECK(cw::nextFindingCode(*fx.ws, cw::FindingType::Major, 2026) == "NC-2026-011");
    CHECK(errorOf([&] { (void)cw::createFinding(*fx.ws, given); }) ==
          "finding NC-2026-010: another finding has this code");
}

TEST_CASE("findings list open majors first, overdue ones marked, with filters and counts", "[finding][query]")
{
    Fixture fx; // today is 2026-11-22
    const auto audit = fx.audit(fx.programme(), "All", {"8"});
    const auto minorOverdue = fx.nonconformity(audit, {"8.2.6"});                         // NC-2026-001
    const auto majorOpen = fx.nonconformity(audit, {"8.5.1.3"}, cw::FindingType::Major);  // NC-2026-002
    const auto majorOverdue = fx.nonconformity(audit, {"8.6.1"}, cw::FindingType::Major); // NC-2026-003
    const auto minorClosed = fx.nonconformity(audit, {"8.3.3"});                          // NC-2026-004
    const auto obs = simple(fx, cw::FindingType::Observation, "2026-08-20");              // OBS-2026-001
    const auto ofi = simple(fx, cw::FindingType::Improvement, "2026-08-20");              // OFI-2026-001
    const auto pf = simple(fx, cw::FindingType::Positive, "2026-08-20");                  // PF-2026-001
    plan(fx, minorOverdue, "2026-11-15");
    plan(fx, majorOverdue, "2026-11-21");
    plan(fx, majorOpen, "2026-11-22"); // due today: not overdue
    plan(fx, minorClosed, "2026-10-01");
    cw::implementCorrectiveAction(*fx.ws, cw::snapshotFinding(*fx.ws, minorClosed).actions[0].id,
                                  "2026-09-30");
    cw::takeFindingStep(*fx.ws, minorClosed, cw::FindingStep::Implement);
    cw::Verification v;
    v.verifiedBy = "Ma Li";
    v.verifiedOn = "2026-10-20";
    v.effective = true;
    (void)cw::recordVerification(*fx.ws, minorClosed, v);
    cw::takeFindingStep(*fx.ws, minorClosed, cw::FindingStep::Close);
    cw::takeFindingStep(*fx.ws, pf, cw::FindingStep::Close);
    (void)obs;
    (void)ofi;

    const auto all = cw::listFindings(*fx.ws);
    CHECK(codes(all) == std::vector<std::string>{"NC-2026-003", "NC-2026-002", "NC-2026-001", "OBS-2026-001",
                                                 "OFI-2026-001", "NC-2026-004", "PF-2026-001"});
    CHECK(all[0].overdue);
    CHECK(all[0].overdueActions == 1);
    CHECK(all[0].nextDue == "2026-11-21");
    CHECK_FALSE(all[1].overdue);
    CHECK(all[2].overdue);
    CHECK(all[5].nextDue.empty());
    CHECK(all[0].auditCode == "IA-2026-01");

    cw::FindingFilter majors;
    majors.type = cw::FindingType::Major;
    CHECK(codes(cw::listFindings(*fx.ws, majors)) == std::vector<std::string>{"NC-2026-003", "NC-2026-002"});
    cw::FindingFilter planned;
    planned.state = cw::FindingState::ActionPlanned;
    planned.type = cw::FindingType::Minor;
    CHECK(codes(cw::listFindings(*fx.ws, planned)) == std::vector<std::string>{"NC-2026-001"});
    cw::FindingFilter overdue;
    overdue.overdueOnly = true;
    CHECK(codes(cw::listFindings(*fx.ws, overdue)) == std::vector<std::string>{"NC-2026-003", "NC-2026-001"});
    cw::FindingFilter open;
    open.openOnly = true;
    CHECK(cw::listFindings(*fx.ws, open).size() == 5);

    const auto counts = cw::findingCounts(*fx.ws);
    CHECK(counts.openMajor == 2);
    CHECK(counts.openMinor == 1);
    CHECK(counts.openObservations == 1);
    CHECK(counts.openImprovements == 1);
    CHECK(counts.positive == 1);
    CHECK(counts.closed == 2);
    CHECK(counts.total == 7);
    CHECK(counts.overdueActions == 2);
    CHECK(counts.overdueFindings == 2);

    const auto late = cw::openCorrectiveActions(*fx.ws, true);
    REQUIRE(late.size() == 2);
    CHECK(late[0].findingCode == "NC-2026-001");
    CHECK(late[0].action.dueDate == "2026-11-15");
    CHECK(late[1].findingCode == "NC-2026-003");
    CHECK(cw::openCorrectiveActions(*fx.ws).size() == 3);

    // Owners of planned actions, each once, by due date (Liu Yang's is due 2026-11-22, before
    // Zhou Min's two); none for a closed finding.
    cw::CorrectiveAction second;
    second.description = "Train the service desk";
    second.owner = "Zhou Min";
    second.dueDate = "2026-11-30";
    (void)cw::addCorrectiveAction(*fx.ws, majorOpen, second);
    cw::CorrectiveAction later;
    later.description = "Review the procedure";
    later.owner = "Zhou Min";
    later.dueDate = "2026-12-05";
    (void)cw::addCorrectiveAction(*fx.ws, majorOpen, later);
    cw::CorrectiveAction earlier; // added last, due first
    earlier.description = "Check the other sites";
    earlier.owner = "Zhou Min";
    earlier.dueDate = "2026-11-10";
    (void)cw::addCorrectiveAction(*fx.ws, minorOverdue, earlier);
    const auto rows = cw::listFindings(*fx.ws);
    REQUIRE(rows[1].finding.id == majorOpen);
    CHECK(rows[1].plannedOwners == std::vector<std::string>{"Liu Yang", "Zhou Min"});
    CHECK(rows[0].plannedOwners == std::vector<std::string>{"Liu Yang"});
    REQUIRE(rows[2].finding.id == minorOverdue);
    CHECK(rows[2].plannedOwners == std::vector<std::string>{"Zhou Min", "Liu Yang"});
    REQUIRE(rows[5].finding.id == minorClosed);
    CHECK(rows[5].plannedOwners.empty());

    // Filtering rows already read gives what listFindings(filter) reads.
    for (const cw::FindingFilter& f : {majors, planned, overdue, open}) {
        std::vector<cw::FindingRow> kept;
        for (const auto& r : rows)
            if (cw::findingMatches(r, f))
                kept.push_back(r);
        CHECK(codes(kept) == codes(cw::listFindings(*fx.ws, f)));
    }
}

TEST_CASE("a clause filter selects the clause and those under it", "[findings][query]")
{
    using L = cw::ClauseLink;
    const std::vector<L> cited{{"iso20000-1:2018", "8.6.1"}, {"iso27001:2022", "A.5.24"}};
    CHECK(cw::citesClause(cited, "8.6.1"));
    CHECK(cw::citesClause(cited, "8.6"));
    CHECK(cw::citesClause(cited, "8"));
    CHECK_FALSE(cw::citesClause(cited, "8.6.1.2"));
    CHECK_FALSE(cw::citesClause(cited, "8.60")); // a prefix of the text, not of the clause
    CHECK_FALSE(cw::citesClause(cited, "8.6.")); // never matches a dot-less remainder
    CHECK(cw::citesClause(cited, "A.5"));
    CHECK(cw::citesClause(cited, "iso27001:2022 A.5"));
    CHECK_FALSE(cw::citesClause(cited, "iso27001:2022 8.6"));
    CHECK(cw::citesClause(cited, "iso20000-1:2018 8.6"));
    CHECK_FALSE(cw::citesClause(cited, "iso9001:2015 8"));
    CHECK_FALSE(cw::citesClause({}, "8"));
    CHECK_FALSE(cw::citesClause(cited, "iso27001:2022 "));
}

TEST_CASE("the findings list filters by clause", "[findings][query]")
{
    Fixture fx;
    const auto a = simple(fx, cw::FindingType::Improvement, "2026-10-01");
    const auto b = simple(fx, cw::FindingType::Observation, "2026-10-02");
    cw::setFindingClauses(*fx.ws, a, {{"iso20000-1:2018", "8.6.1"}});
    cw::setFindingClauses(*fx.ws, b, {{"iso20000-1:2018", "9.2"}});
    cw::FindingFilter filter;
    filter.clause = "8.6";
    const auto rows = cw::listFindings(*fx.ws, filter);
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().finding.id == a);
    filter.clause = "9";
    CHECK(codes(cw::listFindings(*fx.ws, filter)) ==
          std::vector<std::string>{cw::loadFinding(*fx.ws, b).code});
    filter.clause = "10";
    CHECK(cw::listFindings(*fx.ws, filter).empty());
}

TEST_CASE("codes sort by the value of their numbers", "[findings][query]")
{
    Fixture fx;
    for (const char* code : {"OBS-2026-1000", "OBS-2026-999", "OBS-2026-0998"}) {
        cw::Finding f;
        f.code = code;
        f.type = cw::FindingType::Observation;
        f.source = cw::FindingSource::Other;
        f.title = "Observation";
        f.raisedOn = "2026-10-01";
        (void)cw::createFinding(*fx.ws, f);
    }
    CHECK(codes(cw::listFindings(*fx.ws)) ==
          std::vector<std::string>{"OBS-2026-0998", "OBS-2026-999", "OBS-2026-1000"});
}
