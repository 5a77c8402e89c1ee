#include "TestSupport.h"

#include "engagement/Engagement.h"
#include "storage/AuditChain.h"
#include "storage/AuditTrail.h"
#include "storage/Migrations.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
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
