#include "DocumentFixtures.h"

#include "common/Error.h"
#include "documents/Attachments.h"
#include "documents/DocumentQuery.h"
#include "documents/DocumentVersions.h"
#include "documents/RecordEntries.h"

#include <catch2/catch.hpp>

using registertest::kCatalog;
using registertest::Register;

namespace {

template <class F> void expectRefused(Register& r, F&& action, cw::ErrorCode code, const std::string& message)
{
    const std::string before = r.state();
    try {
        action();
        FAIL("accepted");
    } catch (const cw::Error& e) {
        CHECK(e.code() == code);
        CHECK_THAT(e.what(), Catch::Contains(message));
    }
    CHECK(r.state() == before);
}

} // namespace

TEST_CASE("a document is created with its first draft version, fields and clauses", "[documents]")
{
    Register r;
    const auto manual = r.add("SMS-L1-MAN-01", 1, "manual", {}, {"4.3", "4.1"});
    cw::Document d;
    d.code = "SMS-L2-INC-01";
    d.title = "Incident management procedure";
    d.level = 2;
    d.type = "procedure";
    d.parentId = manual;
    d.owner = "Wang Lei";
    d.approver = "Chen Jing";
    d.reviewMonths = 12;
    d.nextReview = "2027-06-01";
    d.clauses = {{kCatalog, "8.6.1"}};
    const auto id = cw::createDocument(*r.ws, d, {0, 1}, "Working draft");

    const cw::Document loaded = cw::loadDocument(*r.ws, id);
    CHECK(loaded.code == "SMS-L2-INC-01");
    CHECK(loaded.parentId == manual);
    CHECK(loaded.owner == "Wang Lei");
    CHECK(loaded.reviewMonths == 12);
    CHECK(loaded.nextReview == "2027-06-01");
    CHECK_FALSE(loaded.retentionMonths.has_value());
    CHECK(loaded.createdAt == "2026-11-22T08:00:00Z");
    CHECK(cw::loadDocument(*r.ws, manual).clauses ==
          std::vector<cw::ClauseLink>{{kCatalog, "4.1"}, {kCatalog, "4.3"}}); // clause order, not input order

    const auto versions = cw::listVersions(*r.ws, id);
    REQUIRE(versions.size() == 1);
    CHECK(versions[0].number == cw::VersionNumber{0, 1});
    CHECK(versions[0].status == cw::DocumentStatus::Draft);
    CHECK(versions[0].changeSummary == "Working draft");
    CHECK(versions[0].createdBy == "chen.jing");
    CHECK(cw::documentIdForCode(*r.ws, "SMS-L2-INC-01") == id);
    CHECK_FALSE(cw::findDocument(*r.ws, "SMS-L2-XXX-01").has_value());

    const auto trail = cw::listAuditTrail(*r.ws, {"document", std::to_string(id), 0});
    REQUIRE_FALSE(trail.empty());
    CHECK(trail.front().action == "Create document SMS-L2-INC-01");
    CHECK(trail.front().field == "code");
    CHECK(trail.front().newValue == std::optional<std::string>("SMS-L2-INC-01"));
}

TEST_CASE("duplicate codes and malformed fields are refused and change nothing", "[documents][failure]")
{
    Register r;
    r.add("SMS-L1-MAN-01", 1, "manual");
    expectRefused(
        r, [&] { (void)r.add("SMS-L1-MAN-01", 1, "policy"); }, cw::ErrorCode::InvalidInput,
        "the register already holds a document 'SMS-L1-MAN-01'");
    expectRefused(
        r, [&] { (void)r.add("SMS L1", 1, "policy"); }, cw::ErrorCode::InvalidInput, "may hold only letters");
    expectRefused(
        r, [&] { (void)r.add("", 1, "policy"); }, cw::ErrorCode::InvalidInput, "must not be empty");
    expectRefused(
        r, [&] { (void)r.add("X-1", 5, "policy"); }, cw::ErrorCode::InvalidInput, "level must be 1 to 4");
    expectRefused(
        r, [&] { (void)r.add("X-1", 1, "poem"); }, cw::ErrorCode::InvalidInput, "unknown type 'poem'");
    expectRefused(
        r, [&] { (void)r.add("X-1", 1, "policy", {}, {"99.9"}); }, cw::ErrorCode::InvalidInput,
        "clause 99.9 of 'iso20000-1:2018' is not in a catalog of the workspace");
    const auto id = *cw::findDocument(*r.ws, "SMS-L1-MAN-01");
    expectRefused(
        r, [&] { cw::updateDocumentField(*r.ws, id, cw::DocumentField::NextReview, "2027-02-30"); },
        cw::ErrorCode::InvalidInput, "'2027-02-30' is not a date");
    expectRefused(
        r, [&] { cw::updateDocumentField(*r.ws, id, cw::DocumentField::ReviewMonths, "twelve"); },
        cw::ErrorCode::InvalidInput, "not a whole number");
    expectRefused(
        r, [&] { cw::updateDocumentField(*r.ws, id, cw::DocumentField::Title, "  "); },
        cw::ErrorCode::InvalidInput, "the title must not be empty");
    expectRefused(
        r, [&] { (void)cw::loadDocument(*r.ws, 999); }, cw::ErrorCode::NotFound, "no document with id 999");
}

TEST_CASE("the hierarchy keeps the level order", "[documents][hierarchy]")
{
    Register r;
    const auto manual = r.add("MAN", 1, "manual");
    const auto proc = r.add("PROC", 2, "procedure", manual);
    const auto instr = r.add("INSTR", 3, "instruction", proc);
    const auto form = r.add("FORM", 4, "form", instr);
    (void)r.add("REC", 4, "record", proc); // a record may derive from a procedure too

    // A manual under a form, and the other breaks of the order, are refused with a message.
    expectRefused(
        r, [&] { (void)r.add("MAN-2", 1, "manual", form); }, cw::ErrorCode::InvalidInput,
        "'MAN-2' (level 1) cannot derive from 'FORM' (level 4): a level-1 manual or policy derives from "
        "no other document");
    expectRefused(
        r, [&] { (void)r.add("INSTR-2", 3, "instruction", manual); }, cw::ErrorCode::InvalidInput,
        "derives from a level-2 procedure");
    expectRefused(
        r, [&] { (void)r.add("REC-2", 4, "record", manual); }, cw::ErrorCode::InvalidInput,
        "'REC-2' (level 4) cannot derive from 'MAN' (level 1)");
    expectRefused(
        r, [&] { (void)r.add("PROC-2", 2, "procedure", instr); }, cw::ErrorCode::InvalidInput,
        "a level-2 procedure derives from a level-1 document");
    expectRefused(
        r, [&] { cw::updateDocumentField(*r.ws, manual, cw::DocumentField::Parent, "FORM"); },
        cw::ErrorCode::InvalidInput, "'MAN' (level 1) cannot derive from 'FORM'");
    // Changing a level must keep both the parent and the derived documents in order.
    expectRefused(
        r, [&] { cw::updateDocumentField(*r.ws, instr, cw::DocumentField::Level, "2"); },
        cw::ErrorCode::InvalidInput, "'INSTR' (level 2) cannot derive from 'PROC' (level 2)");
    expectRefused(
        r, [&] { cw::updateDocumentField(*r.ws, proc, cw::DocumentField::Level, "3"); },
        cw::ErrorCode::InvalidInput, "cannot derive from 'MAN' (level 1)");
    expectRefused(
        r, [&] { cw::updateDocumentField(*r.ws, form, cw::DocumentField::Parent, "NOPE"); },
        cw::ErrorCode::NotFound, "no document 'NOPE'");

    // Allowed moves: the form now derives from the procedure; detaching the instruction.
    cw::updateDocumentField(*r.ws, form, cw::DocumentField::Parent, "PROC");
    CHECK(cw::loadDocument(*r.ws, form).parentId == proc);
    cw::updateDocumentField(*r.ws, instr, cw::DocumentField::Parent, "");
    CHECK_FALSE(cw::loadDocument(*r.ws, instr).parentId.has_value());
    CHECK(cw::documentField(*r.ws, cw::loadDocument(*r.ws, form), cw::DocumentField::Parent) == "PROC");
}

TEST_CASE("field edits are audited, no-ops are not, and the old value restores", "[documents][undo]")
{
    Register r;
    const auto id = r.add("SMS-L1-MAN-01", 1, "manual");
    const auto before = cw::documentField(*r.ws, cw::loadDocument(*r.ws, id), cw::DocumentField::Owner);
    const auto trail = cw::listAuditTrail(*r.ws).size();
    cw::updateDocumentField(*r.ws, id, cw::DocumentField::Owner, "Chen Jing");
    cw::updateDocumentField(*r.ws, id, cw::DocumentField::Owner, "Chen Jing"); // no-op
    CHECK(cw::listAuditTrail(*r.ws).size() == trail + 1);
    const auto last = cw::listAuditTrail(*r.ws, {"document", std::to_string(id), 1}).back();
    CHECK(last.field == "owner");
    CHECK(last.oldValue == std::optional<std::string>(""));
    CHECK(last.newValue == std::optional<std::string>("Chen Jing"));
    cw::updateDocumentField(*r.ws, id, cw::DocumentField::Owner, before); // the UI's undo
    CHECK(cw::loadDocument(*r.ws, id).owner.empty());

    cw::updateDocumentField(*r.ws, id, cw::DocumentField::RetentionMonths, "36");
    CHECK(cw::loadDocument(*r.ws, id).retentionMonths == 36);
    cw::updateDocumentField(*r.ws, id, cw::DocumentField::RetentionMonths, "");
    CHECK_FALSE(cw::loadDocument(*r.ws, id).retentionMonths.has_value());
    cw::updateDocumentField(*r.ws, id, cw::DocumentField::Code, "SMS-L1-MAN-02");
    CHECK(cw::loadDocument(*r.ws, id).code == "SMS-L1-MAN-02");

    cw::setDocumentClauses(*r.ws, id, {{kCatalog, "5.1"}, {kCatalog, "4.4"}});
    const auto clauses = cw::listAuditTrail(*r.ws, {"document", std::to_string(id), 1}).back();
    CHECK(clauses.field == "clauses");
    CHECK(clauses.newValue == std::optional<std::string>("iso20000-1:2018 4.4; iso20000-1:2018 5.1"));
}

TEST_CASE("a deleted document comes back whole under its id", "[documents][undo]")
{
    Register r;
    const auto manual = r.add("MAN", 1, "manual");
    const auto proc = r.add("PROC", 2, "procedure", manual, {"8.6.1"}, "Incident management procedure");
    const auto rec = r.add("REC", 4, "record", proc, {"8.6.1"});
    const auto v = cw::currentDocumentVersion(*r.ws, rec).id;
    (void)cw::attachData(*r.ws, v, "sample.txt", std::string("line 1\0line 2", 13));
    (void)cw::addRecordEntry(*r.ws, rec, {0, 0, "2026-10-31", "INC-2026-10", "October sample"});
    cw::changeDocumentStatus(*r.ws, rec, cw::DocumentStatus::InReview, "please review");
    const std::string full = r.state();
    const auto exportBefore = cw::exportWorkspaceText(*r.ws);

    expectRefused(
        r, [&] { (void)cw::deleteDocument(*r.ws, proc); }, cw::ErrorCode::InvalidInput,
        "'PROC' cannot be deleted: 1 document(s) derive from it (REC)");

    const cw::DocumentBundle gone = cw::deleteDocument(*r.ws, rec);
    CHECK_FALSE(cw::findDocument(*r.ws, "REC").has_value());
    CHECK(cw::countDocuments(*r.ws) == 2);
    CHECK(r.ws->db().execAndGet("SELECT count(*) FROM document_attachment").getInt() == 0);
    CHECK(r.ws->db().execAndGet("SELECT count(*) FROM record_entry").getInt() == 0);

    cw::restoreDocument(*r.ws, gone, "Undo delete document");
    CHECK(cw::findDocument(*r.ws, "REC") == rec);
    CHECK(cw::exportWorkspaceText(*r.ws) == exportBefore);
    const auto back = cw::loadDocumentBundle(*r.ws, rec);
    CHECK(back.versions == gone.versions); // same ids, transitions, attachments
    CHECK(back.recordEntries == gone.recordEntries);
    REQUIRE(back.attachmentContents.size() == 1);
    CHECK(back.attachmentContents[0].bytes == std::string("line 1\0line 2", 13));
    CHECK(r.state() != full); // the delete and the restore are in the audit trail
}

TEST_CASE("a bundle taken before an edit undoes versions, statuses and attachments", "[documents][undo]")
{
    Register r;
    const auto id = r.add("MAN", 1, "manual");
    cw::changeDocumentStatus(*r.ws, id, cw::DocumentStatus::InReview, "");
    cw::changeDocumentStatus(*r.ws, id, cw::DocumentStatus::Approved, "ok");
    const auto exportBefore = cw::exportWorkspaceText(*r.ws);
    const auto snapshot = cw::loadDocumentBundle(*r.ws, id, cw::WithContent::No);
    CHECK(snapshot.attachmentContents.empty());

    const auto v2 = cw::startNewVersion(*r.ws, id, cw::VersionStep::Major, "Rewritten for 2027");
    (void)cw::attachData(*r.ws, v2, "draft.docx", "PK...");
    cw::updateDocumentField(*r.ws, id, cw::DocumentField::Title, "New title");
    CHECK(cw::documentRow(*r.ws, id).currentVersion == cw::VersionNumber{2, 0});

    cw::restoreDocument(*r.ws, snapshot, "Undo");
    CHECK(cw::exportWorkspaceText(*r.ws) == exportBefore);
    CHECK(cw::listVersions(*r.ws, id).size() == 1);
    CHECK(r.ws->db().execAndGet("SELECT count(*) FROM document_attachment").getInt() == 0);
    // The search index follows: the new version's summary is gone.
    cw::DocumentFilter f;
    f.text = "Rewritten";
    CHECK(cw::countDocuments(*r.ws, f) == 0);
}
