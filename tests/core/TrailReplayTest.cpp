// verify --deep: the newest values the audit trail recorded are replayed against the live rows.
#include "TestSupport.h"

#include "demo/Demo.h"
#include "documents/DocumentVersions.h"
#include "engagement/Engagement.h"
#include "findings/Finding.h"
#include "storage/TrailReplay.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

namespace fs = std::filesystem;

namespace {

fs::path demoWorkspace(const cwtest::TempDir& dir, const std::string& language = "en")
{
    cwtest::useSourceResources();
    const auto file = dir / ("demo-" + language + ".cwb");
    (void)cw::createDemoWorkspace(file, language);
    return file;
}

std::int64_t firstFinding(cw::Workspace& ws)
{
    return ws.db().execAndGet("SELECT min(id) FROM finding WHERE state = 'open'").getInt64();
}

} // namespace

TEST_CASE("the rows of an untouched demo workspace agree with its trail", "[audit][replay]")
{
    cwtest::TempDir dir;
    for (const char* language : {"en", "zh"}) {
        auto ws = cw::Workspace::open(demoWorkspace(dir, language), cw::OpenMode::ReadOnly);
        const auto report = cw::replayAuditTrail(*ws);
        INFO(language);
        for (const auto& m : report.mismatches)
            UNSCOPED_INFO(m.message);
        CHECK(report.ok());
        CHECK(report.entities > 50);
        CHECK(report.fields > 300);
    }
}

TEST_CASE("changes made through the program keep rows and trail in agreement", "[audit][replay]")
{
    cwtest::TempDir dir;
    auto ws = cw::Workspace::open(demoWorkspace(dir));
    const auto id = firstFinding(*ws);
    cw::setFindingField(*ws, id, cw::FindingField::Title, "A title edited in the program");
    cw::setEngagementField(*ws, cw::EngagementField::Scope, "a new scope");
    const auto snapshot = cw::deleteFinding(*ws, id);
    CHECK(cw::replayAuditTrail(*ws).ok());
    cw::restoreFinding(*ws, snapshot);
    const auto report = cw::replayAuditTrail(*ws);
    for (const auto& m : report.mismatches)
        UNSCOPED_INFO(m.message);
    CHECK(report.ok());
}

TEST_CASE("a finding edited behind the program's back is listed with both values", "[audit][replay]")
{
    cwtest::TempDir dir;
    const auto file = demoWorkspace(dir);
    std::int64_t id = 0;
    std::int64_t entry = 0;
    {
        auto ws = cw::Workspace::open(file);
        id = firstFinding(*ws);
        cw::setFindingField(*ws, id, cw::FindingField::Title, "Typed title");
        entry = ws->db().execAndGet("SELECT max(id) FROM audit_trail").getInt64();
    }
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        SQLite::Statement q(db, "UPDATE finding SET title = 'Edited\nbehind', state = 'closed' WHERE id = ?");
        q.bind(1, id);
        REQUIRE(q.exec() == 1);
    }
    auto ws = cw::Workspace::open(file, cw::OpenMode::ReadOnly);
    const auto report = cw::replayAuditTrail(*ws);
    REQUIRE(report.mismatches.size() == 2);
    const auto& title = report.mismatches[0].field == "title" ? report.mismatches[0] : report.mismatches[1];
    CHECK(title.entity == "finding");
    CHECK(title.entityId == std::to_string(id));
    CHECK(title.entryId == entry);
    CHECK(title.expected == "Typed title");
    CHECK(title.actual == std::optional<std::string>("Edited\nbehind"));
    CHECK(title.message == "finding " + std::to_string(id) +
                               ", field title: the row holds \"Edited\\nbehind\", "
                               "but the trail's entry " +
                               std::to_string(entry) + " recorded \"Typed title\"");
    const auto& state = report.mismatches[0].field == "state" ? report.mismatches[0] : report.mismatches[1];
    CHECK(state.field == "state");
    CHECK(state.actual == std::optional<std::string>("closed"));
}

TEST_CASE("an approved version set back to draft is found", "[audit][replay]")
{
    cwtest::TempDir dir;
    const auto file = demoWorkspace(dir);
    std::int64_t doc = 0;
    std::string number;
    {
        auto ws = cw::Workspace::open(file);
        SQLite::Statement q(ws->db(),
                            "SELECT v.document_id, v.major || '.' || v.minor FROM document_version v "
                            "WHERE v.status = 'draft' AND v.id = (SELECT max(id) FROM document_version "
                            "WHERE document_id = v.document_id) ORDER BY v.document_id LIMIT 1");
        REQUIRE(q.executeStep());
        doc = q.getColumn(0).getInt64();
        number = q.getColumn(1).getString();
        cw::changeDocumentStatus(*ws, doc, cw::DocumentStatus::InReview, "ready");
        cw::changeDocumentStatus(*ws, doc, cw::DocumentStatus::Approved, "approved", "2026-11-20");
        CHECK(cw::replayAuditTrail(*ws).ok());
    }
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        SQLite::Statement q(db, "UPDATE document_version SET status = 'draft', effective_date = NULL "
                                "WHERE document_id = ? AND major || '.' || minor = ?");
        q.bind(1, doc);
        q.bind(2, number);
        REQUIRE(q.exec() == 1);
    }
    auto ws = cw::Workspace::open(file, cw::OpenMode::ReadOnly);
    const auto report = cw::replayAuditTrail(*ws);
    REQUIRE(report.mismatches.size() == 1);
    CHECK(report.mismatches[0].field == "status " + number);
    CHECK_THAT(report.mismatches[0].message,
               Catch::StartsWith("document " + std::to_string(doc) + ", field status " + number +
                                 ": the row holds \"draft\", but the trail's entry ") &&
                   Catch::EndsWith(" recorded \"approved\""));
}

TEST_CASE("a row deleted behind the program's back is missing, one the program deleted is not",
          "[audit][replay]")
{
    cwtest::TempDir dir;
    const auto file = demoWorkspace(dir);
    std::int64_t kept = 0;
    std::int64_t gone = 0;
    {
        auto ws = cw::Workspace::open(file);
        SQLite::Statement q(ws->db(), "SELECT id FROM finding ORDER BY id LIMIT 2");
        REQUIRE(q.executeStep());
        gone = q.getColumn(0).getInt64();
        REQUIRE(q.executeStep());
        kept = q.getColumn(0).getInt64();
        (void)cw::deleteFinding(*ws, gone);
    }
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        db.exec("DELETE FROM finding WHERE id = " + std::to_string(kept));
        db.exec("UPDATE engagement SET scope = 'narrowed'");
    }
    auto ws = cw::Workspace::open(file, cw::OpenMode::ReadOnly);
    const auto report = cw::replayAuditTrail(*ws);
    std::vector<std::string> messages;
    for (const auto& m : report.mismatches)
        messages.push_back(m.message);
    REQUIRE(messages.size() == 2);
    CHECK_THAT(messages[0], Catch::StartsWith("engagement 1, field scope: the row holds \"narrowed\""));
    CHECK_THAT(messages[1],
               Catch::StartsWith("finding " + std::to_string(kept) +
                                 ": the row is missing, but the trail never recorded its removal"));
}

TEST_CASE("conformance verify --deep lists every mismatch and changes nothing", "[cli][audit][replay]")
{
    cwtest::TempDir dir;
    const auto file = dir / "demo.cwb";
    REQUIRE(cwtest::runCli({"init", file.string(), "--demo"}).exitCode == 0);
    const auto clean = cwtest::runCli({"verify", file.string(), "--deep"});
    CHECK(clean.exitCode == 0);
    CHECK_THAT(clean.out,
               Catch::Contains("audit trail intact") && Catch::Contains("rows agree with the trail: "));
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        db.exec("UPDATE engagement SET name = 'Renamed'");
        db.exec(
            "UPDATE audit SET summary = 'A summary written later' WHERE id = (SELECT min(id) FROM audit)");
    }
    const std::string before = cwtest::readFile(file);
    const auto shallow = cwtest::runCli({"verify", file.string()});
    CHECK(shallow.exitCode == 0); // the chain itself is intact
    const auto deep = cwtest::runCli({"verify", file.string(), "--deep"});
    CHECK(deep.exitCode == 4);
    CHECK_THAT(deep.err, Catch::Contains("engagement 1, field name: the row holds \"Renamed\"") &&
                             Catch::Contains("field summary: the row holds \"A summary written later\""));
    CHECK(cwtest::readFile(file) == before);
}

TEST_CASE("a hostile trail is replayed without harm", "[audit][replay][hostile]")
{
    cwtest::TempDir dir;
    const auto file = dir / "t.cwb";
    cw::NewWorkspace init;
    init.name = "T";
    (void)cw::Workspace::create(file, init);
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        db.exec(
            "INSERT INTO audit_trail(action_id, at_utc, actor, action, entity, entity_id, field, old_value, "
            "new_value) VALUES "
            "(9, 'x', 'x', 'x', 'assessment_result', 'no-slash', 'status', NULL, 'x'), "
            "(9, 'x', 'x', 'x', 'document', '1; DROP TABLE finding', 'status', NULL, 'nonsense'), "
            "(9, 'x', 'x', 'x', 'document', '7', 'status', NULL, '1.x approved'), "
            "(9, 'x', 'x', 'x', 'finding', '99', 'title', NULL, NULL)");
    }
    auto ws = cw::Workspace::open(file, cw::OpenMode::ReadOnly);
    const auto report = cw::replayAuditTrail(*ws);
    REQUIRE(report.mismatches.size() == 2); // document 7 and finding 99 do not exist
    CHECK(report.mismatches[0].message ==
          "document 7: the row is missing, but the trail never recorded its removal (its newest entry is 5)");
    CHECK(ws->db().execAndGet("SELECT count(*) FROM finding").getInt64() == 0);
}

TEST_CASE("a management review input edited behind the program's back is found", "[audit][replay]")
{
    cwtest::TempDir dir;
    const auto file = demoWorkspace(dir);
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        SQLite::Statement q(
            db, "SELECT review_id, item FROM review_input WHERE text <> '' ORDER BY 1, 2 LIMIT 1");
        REQUIRE(q.executeStep());
        const auto review = q.getColumn(0).getInt64();
        const std::string item = q.getColumn(1).getString();
        q.reset();
        SQLite::Statement u(
            db, "UPDATE review_input SET text = 'Rewritten input' WHERE review_id = ? AND item = ?");
        u.bind(1, review);
        u.bind(2, item);
        REQUIRE(u.exec() == 1);
        auto ws = cw::Workspace::open(file, cw::OpenMode::ReadOnly);
        const auto report = cw::replayAuditTrail(*ws);
        REQUIRE(report.mismatches.size() == 1);
        CHECK(report.mismatches[0].entity == "management_review");
        CHECK(report.mismatches[0].entityId == std::to_string(review));
        CHECK(report.mismatches[0].field == "input." + item);
        CHECK(report.mismatches[0].actual == std::optional<std::string>("Rewritten input"));
    }
}
