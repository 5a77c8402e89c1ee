#include "TestSupport.h"

#include "common/Error.h"
#include "engagement/Engagement.h"
#include "storage/Migrations.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceInfo.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

namespace {

/// Builds a workspace file as an older program (schema `version`) would have left it.
void makeOldWorkspace(const std::filesystem::path& file, int version)
{
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA application_id = " + std::to_string(cw::Workspace::kApplicationId));
    cw::migrations::migrate(db, 0, version);
    db.exec("INSERT INTO engagement(id, name, scope, language, created_at) "
            "VALUES (1, 'Legacy', 'Old scope', 'zh', '2025-01-01T00:00:00Z')");
    db.exec("INSERT INTO audit_trail(action_id, at_utc, actor, action, entity, entity_id, field, old_value, "
            "new_value) "
            "VALUES (1, '2025-01-01T00:00:00Z', 'old', 'Create', 'engagement', '1', 'name', NULL, 'Legacy')");
}

} // namespace

TEST_CASE("a workspace of every earlier schema version opens, upgrades and keeps its data", "[migration]")
{
    const int latest = cw::Workspace::currentSchemaVersion();
    REQUIRE(latest >= 1);
    for (int from = 1; from <= latest; ++from) {
        DYNAMIC_SECTION("from schema " << from)
        {
            cwtest::TempDir dir;
            const auto file = dir / "old.cwb";
            makeOldWorkspace(file, from);
            auto ws = cw::Workspace::open(file);
            CHECK(ws->openedSchemaVersion() == from);
            CHECK(ws->schemaVersion() == latest);
            const auto e = cw::loadEngagement(*ws);
            CHECK(e.name == "Legacy");
            CHECK(e.scope == "Old scope");
            CHECK(e.language == "zh");
            CHECK(cw::checkWorkspace(*ws).ok());
        }
    }
}

TEST_CASE("an upgrade that fails leaves the file at its old version", "[migration]")
{
    cwtest::TempDir dir;
    const auto file = dir / "m.cwb";
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    cw::migrations::migrate(db, 0, 1);
    // Sabotage: a table the next migrations may want to create already exists under another shape,
    // or, if there is no next migration, ask for an impossible one.
    CHECK_THROWS_AS(cw::migrations::migrate(db, 1, cw::migrations::latestVersion() + 1), cw::Error);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == 1);
}

TEST_CASE("an older workspace opened read-only is not upgraded", "[migration]")
{
    if (cw::Workspace::currentSchemaVersion() < 2)
        return; // nothing older than the first schema exists
    cwtest::TempDir dir;
    const auto file = dir / "old-ro.cwb";
    makeOldWorkspace(file, 1);
    CHECK_THROWS_WITH(cw::Workspace::open(file, cw::OpenMode::ReadOnly), Catch::Contains("must be upgraded"));
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == 1);
}
