#include "TestSupport.h"

#include "common/Error.h"
#include "engagement/Engagement.h"
#include "storage/AuditChain.h"
#include "storage/AuditTrail.h"
#include "storage/Migrations.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>

namespace {
std::filesystem::path workspaceWithHistory(const cwtest::TempDir& dir)
{
    const auto file = dir / "chain.cwb";
    cw::NewWorkspace init;
    init.name = "Chained";
    auto ws = cw::Workspace::create(file, init);
    for (int i = 0; i < 5; ++i)
        cw::setEngagementField(*ws, cw::EngagementField::Scope, "scope " + std::to_string(i));
    return file;
}
bool mentions(const cw::ChainReport& r, const std::string& text)
{
    for (const auto& p : r.problems)
        if (p.message.find(text) != std::string::npos)
            return true;
    return false;
}
} // namespace

TEST_CASE("an untouched audit trail verifies and its head is the newest hash", "[audit][chain]")
{
    cwtest::TempDir dir;
    const auto file = workspaceWithHistory(dir);
    auto ws = cw::Workspace::open(file, cw::OpenMode::ReadOnly);
    const auto report = cw::verifyAuditTrail(*ws);
    CHECK(report.ok());
    CHECK(report.entries == 7);
    CHECK(report.headHash == cw::chainHead(ws->db()).first);
    CHECK(report.headHash.size() == 64);
}

TEST_CASE("an edited audit entry is reported by id", "[audit][chain]")
{
    cwtest::TempDir dir;
    const auto file = workspaceWithHistory(dir);
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        db.exec("UPDATE audit_trail SET new_value = 'forged' WHERE id = 4");
    }
    auto ws = cw::Workspace::open(file, cw::OpenMode::ReadOnly);
    const auto report = cw::verifyAuditTrail(*ws);
    REQUIRE_FALSE(report.ok());
    CHECK(report.problems.size() == 1);
    CHECK(report.problems[0].entryId == 4);
    CHECK(mentions(report, "was edited"));
}

TEST_CASE("a deleted audit entry breaks the chain where it was", "[audit][chain]")
{
    cwtest::TempDir dir;
    const auto file = workspaceWithHistory(dir);
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        db.exec("DELETE FROM audit_trail WHERE id = 3");
    }
    auto ws = cw::Workspace::open(file, cw::OpenMode::ReadOnly);
    const auto report = cw::verifyAuditTrail(*ws);
    REQUIRE_FALSE(report.ok());
    CHECK(report.problems[0].entryId == 4);
    CHECK(mentions(report, "deleted or inserted after entry 2"));
}

TEST_CASE("entries from before the chain existed are sealed on the first writable open",
          "[audit][chain][migration]")
{
    cwtest::TempDir dir;
    const auto file = dir / "legacy.cwb";
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("PRAGMA application_id = " + std::to_string(cw::Workspace::kApplicationId));
        cw::migrations::migrate(db, 0, 1);
        db.exec("INSERT INTO engagement(id, name, created_at) VALUES (1, 'Old', '2025-01-01T00:00:00Z')");
        db.exec("INSERT INTO audit_trail(action_id, at_utc, actor, action, entity, entity_id, field, "
                "old_value, new_value) "
                "VALUES (1, '2025-01-01T00:00:00Z', 'a', 'Create', 'engagement', '1', 'name', NULL, 'Old'), "
                "(2, '2025-02-01T00:00:00Z', 'b', 'Edit', 'engagement', '1', 'scope', '', 'S')");
    }
    auto ws = cw::Workspace::open(file);
    CHECK(cw::verifyAuditTrail(*ws).ok());
    cw::setEngagementField(*ws, cw::EngagementField::Name, "New");
    const auto report = cw::verifyAuditTrail(*ws);
    CHECK(report.ok());
    CHECK(report.entries == 3);
}

TEST_CASE("conformance verify exits 4 on a tampered trail", "[cli][chain]")
{
    cwtest::TempDir dir;
    const auto file = workspaceWithHistory(dir);
    const auto ok = cwtest::runCli({"verify", file.string()});
    CHECK(ok.exitCode == 0);
    CHECK_THAT(ok.out, Catch::Contains("audit trail intact: 7 entries"));
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        db.exec("UPDATE audit_trail SET actor = 'someone else' WHERE id = 2");
    }
    const auto bad = cwtest::runCli({"verify", file.string()});
    CHECK(bad.exitCode == 4);
    CHECK_THAT(bad.err, Catch::Contains("entry 2") && Catch::Contains("edited"));
}

TEST_CASE("a removed hash is never sealed again: the re-seal attack fails verify", "[audit][chain][hostile]")
{
    cwtest::TempDir dir;
    const auto file = workspaceWithHistory(dir);
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        // Forge an entry, delete another, then remove one hash so that a re-seal would hide both.
        db.exec("UPDATE audit_trail SET new_value = 'forged' WHERE id = 4");
        db.exec("DELETE FROM audit_trail WHERE id = 6");
        db.exec("UPDATE audit_trail SET hash = NULL WHERE id = 1");
    }
    {
        auto ws = cw::Workspace::open(file); // writable: used to recompute every hash
        cw::setEngagementField(*ws, cw::EngagementField::Scope, "after the attack");
    }
    auto ws = cw::Workspace::open(file, cw::OpenMode::ReadOnly);
    CHECK(ws->db().execAndGet("SELECT hash IS NULL FROM audit_trail WHERE id = 1").getInt() == 1);
    const auto report = cw::verifyAuditTrail(*ws);
    REQUIRE_FALSE(report.ok());
    CHECK(report.problems[0].entryId == 1);
    CHECK(report.problems[0].message == "entry 1 is not sealed (its hash was removed)");
    CHECK(mentions(report, "entry 4 (engagement/1, scope) was edited after it was written"));
    CHECK(mentions(report,
                   "the chain is broken before entry 7 (an entry was deleted or inserted after entry 5)"));
    const auto cli = cwtest::runCli({"verify", file.string()});
    CHECK(cli.exitCode == 4);
    CHECK_THAT(cli.err, Catch::Contains("entry 1 is not sealed"));
}

TEST_CASE("an unsealed entry anywhere is tampering, and an unsealed newest entry stops writes",
          "[audit][chain][hostile]")
{
    cwtest::TempDir dir;
    const auto file = workspaceWithHistory(dir);
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        db.exec("UPDATE audit_trail SET hash = NULL, prev_hash = NULL WHERE id = 7");
    }
    auto ws = cw::Workspace::open(file);
    const auto report = cw::verifyAuditTrail(*ws);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].message == "entry 7 is not sealed (its hash was removed)");
    try {
        cw::setEngagementField(*ws, cw::EngagementField::Scope, "more");
        FAIL("the change was saved");
    } catch (const cw::Error& e) {
        CHECK(std::string(e.what()) == file.string() +
                                           ": the newest entry of the audit trail has no hash, so the "
                                           "trail was tampered with; no change is saved");
    }
    CHECK(ws->db().execAndGet("SELECT count(*) FROM audit_trail").getInt64() == 7);
    CHECK(cw::loadEngagement(*ws).scope == "scope 4");
}

TEST_CASE("a deleted trail fails verify, so does one whose first entries are gone", "[audit][chain][hostile]")
{
    cwtest::TempDir dir;
    const auto emptied = workspaceWithHistory(dir);
    {
        SQLite::Database db(emptied.string(), SQLite::OPEN_READWRITE);
        db.exec("DELETE FROM audit_trail");
    }
    {
        auto ws = cw::Workspace::open(emptied);
        const auto report = cw::verifyAuditTrail(*ws);
        REQUIRE(report.problems.size() == 1);
        CHECK(
            report.problems[0].message ==
            "the audit trail is empty although the workspace holds an engagement (its entries were deleted)");
    }
    const auto cli = cwtest::runCli({"verify", emptied.string()});
    CHECK(cli.exitCode == 4);
    CHECK_THAT(cli.err, Catch::Contains("the audit trail is empty"));
    CHECK(cli.out.find("intact") == std::string::npos);

    cwtest::TempDir dir2;
    const auto headless = workspaceWithHistory(dir2);
    {
        SQLite::Database db(headless.string(), SQLite::OPEN_READWRITE);
        db.exec("DELETE FROM audit_trail WHERE id <= 2");
    }
    auto ws = cw::Workspace::open(headless);
    const auto report = cw::verifyAuditTrail(*ws);
    REQUIRE_FALSE(report.ok());
    CHECK(report.problems[0].message == "the entries before entry 3 were deleted");
}

TEST_CASE("a gap in the ids is found even when the hashes after it were recomputed",
          "[audit][chain][hostile]")
{
    cwtest::TempDir dir;
    const auto file = workspaceWithHistory(dir);
    {
        // Delete entry 3, then rewrite the links and hashes from entry 4 on as a forger would.
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        db.exec("DELETE FROM audit_trail WHERE id = 3");
        cwtest::resealTrail(db, 4);
    }
    auto ws = cw::Workspace::open(file, cw::OpenMode::ReadOnly);
    const auto report = cw::verifyAuditTrail(*ws);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].entryId == 4);
    CHECK(report.problems[0].message ==
          "the chain is broken before entry 4 (an entry was deleted or inserted after entry 2)");
}

TEST_CASE("entries from before schema 5 are sealed in the upgrade, and only then",
          "[audit][chain][migration]")
{
    cwtest::TempDir dir;
    const auto file = dir / "legacy4.cwb";
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("PRAGMA application_id = " + std::to_string(cw::Workspace::kApplicationId));
        cw::migrations::migrate(db, 0, 4);
        db.exec("INSERT INTO engagement(id, name, created_at) VALUES (1, 'Old', '2025-01-01T00:00:00Z')");
        db.exec("INSERT INTO audit_trail(action_id, at_utc, actor, action, entity, entity_id, field, "
                "old_value, new_value) "
                "VALUES (1, '2025-01-01T00:00:00Z', 'a', 'Create', 'engagement', '1', 'name', NULL, 'Old')");
    }
    {
        auto ws = cw::Workspace::open(file);
        CHECK(ws->openedSchemaVersion() == 4);
        CHECK(cw::verifyAuditTrail(*ws).ok());
        CHECK(ws->db().execAndGet("SELECT count(*) FROM audit_trail WHERE hash IS NULL").getInt64() == 0);
    }
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        db.exec("UPDATE audit_trail SET hash = NULL WHERE id = 1");
    }
    auto ws = cw::Workspace::open(file);
    CHECK(ws->openedSchemaVersion() == cw::Workspace::currentSchemaVersion());
    CHECK(ws->db().execAndGet("SELECT hash IS NULL FROM audit_trail WHERE id = 1").getInt() == 1);
    CHECK_FALSE(cw::verifyAuditTrail(*ws).ok());
}
