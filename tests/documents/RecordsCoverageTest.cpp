#include "DocumentFixtures.h"

#include "common/Error.h"
#include "documents/DocumentCoverage.h"
#include "documents/DocumentVersions.h"
#include "documents/RecordEntries.h"

#include <catch2/catch.hpp>

using registertest::kCatalog;
using registertest::Register;

namespace {

void approve(Register& r, std::int64_t id)
{
    cw::changeDocumentStatus(*r.ws, id, cw::DocumentStatus::InReview, "");
    cw::changeDocumentStatus(*r.ws, id, cw::DocumentStatus::Approved, "");
}

const cw::DocumentCoverageRow& item(const std::vector<cw::DocumentCoverageRow>& rows, const std::string& id)
{
    const auto it = std::find_if(rows.begin(), rows.end(),
                                 [&](const cw::DocumentCoverageRow& r) { return r.itemId == id; });
    REQUIRE(it != rows.end());
    return *it;
}

} // namespace

TEST_CASE("record entries count the months a process has produced records", "[documents][records]")
{
    Register r;
    const auto proc = r.add("SMS-L2-INC-01", 2, "procedure", {}, {"8.6.1"});
    const auto incidents = r.add("SMS-L4-INC-01", 4, "record", proc, {"8.6.1"});
    const auto tickets = r.add("SMS-L4-INC-02", 4, "form", proc, {"8.6.1"});
    (void)r.add("SMS-L4-CHG-01", 4, "form", proc, {"8.5.1.2"});
    for (const char* date : {"2026-06-03", "2026-06-28", "2026-07-15", "2026-09-01", "2026-11-22"})
        (void)cw::addRecordEntry(*r.ws, incidents, {0, 0, date, "INC sample", ""});
    (void)cw::addRecordEntry(*r.ws, tickets, {0, 0, "2026-08-10", "", "August tickets"});
    (void)cw::addRecordEntry(*r.ws, tickets, {0, 0, "2026-09-30", "", ""});

    const auto byDoc = cw::recordEvidenceByDocument(*r.ws);
    REQUIRE(byDoc.size() == 3); // level-4 documents only, by code
    CHECK(byDoc[0].code == "SMS-L4-CHG-01");
    CHECK(byDoc[0].span == cw::RecordSpan{});
    CHECK(byDoc[1].code == "SMS-L4-INC-01");
    CHECK(byDoc[1].span ==
          cw::RecordSpan{"2026-06-03", "2026-11-22", 4, 5}); // June, July, September, November
    CHECK(byDoc[2].span == cw::RecordSpan{"2026-08-10", "2026-09-30", 2, 2});

    const auto byClause = cw::recordEvidenceByClause(*r.ws);
    REQUIRE(byClause.size() == 1); // 8.5.1.2 has no entries
    CHECK(byClause[0].clause == cw::ClauseLink{kCatalog, "8.6.1"});
    CHECK(byClause[0].span ==
          cw::RecordSpan{"2026-06-03", "2026-11-22", 5, 7}); // June to September, November
    CHECK(byClause[0].documents == std::vector<std::string>{"SMS-L4-INC-01", "SMS-L4-INC-02"});

    // Entries count up to today only: seen from 2026-07-31, two months and three entries.
    r.at("2026-07-31T12:00:00Z");
    CHECK(cw::recordEvidenceByDocument(*r.ws)[1].span == cw::RecordSpan{"2026-06-03", "2026-07-15", 2, 3});
}

TEST_CASE("record entries belong to level-4 documents and are not in the future",
          "[documents][records][failure]")
{
    Register r;
    const auto proc = r.add("PROC", 2, "procedure");
    const auto rec = r.add("REC", 4, "record", proc);
    const auto before = r.state();
    CHECK_THROWS_WITH(
        cw::addRecordEntry(*r.ws, proc, {0, 0, "2026-10-01", "", ""}),
        Catch::Contains("'PROC' is a level-2 document; only level-4 records and forms carry record entries"));
    CHECK_THROWS_WITH(
        cw::addRecordEntry(*r.ws, rec, {0, 0, "2026-11-23", "", ""}),
        Catch::Contains("the record entry date 2026-11-23 is in the future (today is 2026-11-22)"));
    CHECK_THROWS_WITH(cw::addRecordEntry(*r.ws, rec, {0, 0, "2026/10/01", "", ""}),
                      Catch::Contains("is not a date"));
    CHECK(r.state() == before);

    const auto id = cw::addRecordEntry(*r.ws, rec, {0, 0, "2026-10-01", "RFC-17", "note"});
    const cw::RecordEntry removed = cw::removeRecordEntry(*r.ws, id);
    CHECK(removed == cw::RecordEntry{id, rec, "2026-10-01", "RFC-17", "note"});
    CHECK(cw::listRecordEntries(*r.ws, rec).empty());
    (void)cw::addRecordEntry(*r.ws, rec, removed); // the UI's undo
    REQUIRE(cw::listRecordEntries(*r.ws, rec).size() == 1);
    CHECK(cw::listRecordEntries(*r.ws, rec)[0].reference == "RFC-17");
}

TEST_CASE("coverage of the required documented information: covered, draft or missing",
          "[documents][coverage]")
{
    Register r;
    // Policy 5.2.1: approved -> covered.
    const auto policy = r.add("POL", 1, "policy", {}, {"5.2.1"});
    approve(r, policy);
    // Scope 4.3: only a draft manual -> draft.
    const auto manual = r.add("MAN", 1, "manual", {}, {"4.3"});
    // Incident records 8.6.1 (kind record, level 4): an approved level-2 procedure does not count.
    const auto proc = r.add("PROC", 2, "procedure", manual, {"8.6.1"});
    approve(r, proc);
    // Change policy 8.5.1.1: an obsolete document does not count.
    const auto chg = r.add("CHG", 1, "policy", {}, {"8.5.1.1"});
    approve(r, chg);
    cw::changeDocumentStatus(*r.ws, chg, cw::DocumentStatus::Obsolete, "withdrawn");
    // SLA 8.3.3: v1.0 approved while v1.1 is being written -> still covered.
    const auto sla = r.add("SLA", 3, "template", proc, {"8.3.3"});
    approve(r, sla);
    (void)cw::startNewVersion(*r.ws, sla, cw::VersionStep::Minor, "New penalty clause");

    const auto rows = cw::documentCoverage(*r.ws, kCatalog);
    CHECK(rows.size() == 29);
    CHECK(rows.front().itemId == "RDI-4.3-SCOPE"); // the catalog's order
    CHECK(item(rows, "RDI-5.2.1-POLICY").status == cw::DocumentCoverageStatus::Covered);
    CHECK(item(rows, "RDI-5.2.1-POLICY").documents == std::vector<std::string>{"POL"});
    CHECK(item(rows, "RDI-4.3-SCOPE").status == cw::DocumentCoverageStatus::Draft);
    CHECK(item(rows, "RDI-4.3-SCOPE").documents == std::vector<std::string>{"MAN"});
    CHECK(item(rows, "RDI-8.6.1-INCIDENTS").status == cw::DocumentCoverageStatus::Missing);
    CHECK(item(rows, "RDI-8.6.1-INCIDENTS").documents.empty());
    CHECK(item(rows, "RDI-8.5.1.1-CHGPOLICY").status == cw::DocumentCoverageStatus::Missing);
    CHECK(item(rows, "RDI-8.3.3-SLA").status == cw::DocumentCoverageStatus::Covered);
    const auto& sla8 = item(rows, "RDI-8.3.3-SLA");
    CHECK(sla8.kind == cw::DocumentKind::Document);
    CHECK(sla8.level == 3);
    CHECK(sla8.title.zh == "服务级别协议（SLA）");

    // A level-4 record linked to 8.6.1: draft, then covered once approved.
    const auto rec = r.add("REC", 4, "record", proc, {"8.6.1"});
    CHECK(item(cw::documentCoverage(*r.ws, kCatalog), "RDI-8.6.1-INCIDENTS").status ==
          cw::DocumentCoverageStatus::Draft);
    approve(r, rec);
    CHECK(item(cw::documentCoverage(*r.ws, kCatalog), "RDI-8.6.1-INCIDENTS").status ==
          cw::DocumentCoverageStatus::Covered);

    CHECK(cw::documentCoverage(*r.ws).size() == 29); // every catalog that lists required documents
    CHECK_THROWS_WITH(cw::documentCoverage(*r.ws, "iso99999"), Catch::Contains("no catalog 'iso99999'"));
}
