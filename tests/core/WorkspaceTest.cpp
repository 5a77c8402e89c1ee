#include "TestSupport.h"

#include "common/Error.h"
#include "engagement/Engagement.h"
#include "storage/AuditTrail.h"
#include "storage/Migrations.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceInfo.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>

#include <filesystem>

namespace fs = std::filesystem;
using cw::ErrorCode;
using cw::OpenMode;
using cw::Workspace;

namespace {

std::unique_ptr<Workspace> makeWorkspace(const fs::path& file, const std::string& name = "Test engagement")
{
    cw::NewWorkspace init;
    init.name = name;
    return Workspace::create(file, init);
}

/// Opening `file` must throw cw::Error of `code` whose message names the file and contains `reason`.
void requireOpenFails(const fs::path& file, ErrorCode code, const std::string& reason,
                      OpenMode mode = OpenMode::ReadWrite)
{
    try {
        auto ws = Workspace::open(file, mode);
        FAIL("opened " << file << " without error");
    } catch (const cw::Error& e) {
        CHECK(e.code() == code);
        CHECK_THAT(e.what(), Catch::Contains(file.string()));
        CHECK_THAT(e.what(), Catch::Contains(reason));
    }
}

} // namespace

TEST_CASE("a new workspace is a single file with our application id and schema", "[workspace]")
{
    cwtest::TempDir dir;
    const auto file = dir / "new.cwb";
    {
        auto ws = makeWorkspace(file, "Alpha");
        CHECK(ws->schemaVersion() == Workspace::currentSchemaVersion());
        CHECK_FALSE(ws->isReadOnly());
        CHECK(cw::loadEngagement(*ws).name == "Alpha");
        CHECK(ws->db().execAndGet("PRAGMA foreign_keys").getInt() == 1);
        CHECK(ws->db().execAndGet("PRAGMA synchronous").getInt() == 2); // FULL
        CHECK(ws->db().execAndGet("PRAGMA application_id").getInt() == Workspace::kApplicationId);
    }
    CHECK(fs::exists(file));
    CHECK_FALSE(fs::exists(dir / "new.cwb-journal"));
    CHECK_FALSE(fs::exists(dir / "new.cwb-wal"));
    CHECK_FALSE(fs::exists(dir / "new.cwb-shm"));
    auto again = Workspace::open(file);
    CHECK(cw::loadEngagement(*again).name == "Alpha");
}

TEST_CASE("kept statements are reused, reset between uses, and fresh when nested", "[workspace][statement]")
{
    cwtest::TempDir dir;
    auto ws = makeWorkspace(dir / "kept.cwb");
    const std::string sql =
        "SELECT value FROM (SELECT 1 AS value UNION ALL SELECT 2) WHERE value >= ? ORDER BY value";
    SQLite::Statement* first = nullptr;
    {
        auto q = ws->statement(sql);
        first = &*q;
        q->bind(1, 1);
        REQUIRE(q->executeStep());
        CHECK(q->getColumn(0).getInt() == 1); // left half-read
        auto nested = ws->statement(sql);     // in use: a statement of its own
        CHECK(&*nested != first);
        CHECK_FALSE(nested->executeStep()); // unbound: NULL compares false, no row
    }
    auto again = ws->statement(sql);
    CHECK(&*again == first); // the kept one, reset and unbound
    again->bind(1, 2);
    REQUIRE(again->executeStep());
    CHECK(again->getColumn(0).getInt() == 2);
    CHECK_FALSE(again->executeStep());
}

TEST_CASE("a kept statement still works after the schema changed", "[workspace][statement]")
{
    cwtest::TempDir dir;
    auto ws = makeWorkspace(dir / "schema.cwb", "Before");
    const std::string sql = "SELECT name FROM engagement";
    {
        auto q = ws->statement(sql);
        REQUIRE(q->executeStep());
        CHECK(q->getColumn(0).getString() == "Before");
    }
    ws->write("Schema change", [&](cw::WriteContext&) {
        ws->db().exec("ALTER TABLE engagement ADD COLUMN extra TEXT");
        ws->db().exec("UPDATE engagement SET name = 'After'");
    });
    auto q = ws->statement(sql);
    REQUIRE(q->executeStep());
    CHECK(q->getColumn(0).getString() == "After");
}

TEST_CASE("create refuses to overwrite an existing file", "[workspace]")
{
    cwtest::TempDir dir;
    const auto file = dir / "exists.cwb";
    cwtest::writeFile(file, "keep me");
    CHECK_THROWS_WITH(makeWorkspace(file), Catch::Contains("already exists"));
    CHECK(cwtest::readFile(file) == "keep me");
}

TEST_CASE("opening fails cleanly, naming the file and the reason", "[workspace][failure]")
{
    cwtest::TempDir dir;

    SECTION("missing file")
    {
        requireOpenFails(dir / "nope.cwb", ErrorCode::CannotOpen, "no such file");
    }
    SECTION("a directory")
    {
        fs::create_directory(dir / "folder.cwb");
        requireOpenFails(dir / "folder.cwb", ErrorCode::CannotOpen, "directory");
    }
    SECTION("zero-length file")
    {
        cwtest::writeFile(dir / "empty.cwb", "");
        requireOpenFails(dir / "empty.cwb", ErrorCode::CannotOpen, "empty");
    }
    SECTION("not a SQLite file")
    {
        cwtest::writeFile(dir / "text.cwb", "This is a text file, not a database.\n");
        requireOpenFails(dir / "text.cwb", ErrorCode::CannotOpen, "not a SQLite database");
    }
    SECTION("a SQLite database that is not a workspace")
    {
        {
            SQLite::Database db((dir / "other.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            db.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1)");
        }
        requireOpenFails(dir / "other.db", ErrorCode::CannotOpen, "not a Conformance Workbench workspace");
    }
    SECTION("a truncated workspace")
    {
        const auto file = dir / "trunc.cwb";
        makeWorkspace(file).reset();
        fs::resize_file(file, fs::file_size(file) / 2);
        requireOpenFails(file, ErrorCode::CannotOpen, "truncated");
    }
    SECTION("a workspace with damaged pages")
    {
        const auto file = dir / "corrupt.cwb";
        makeWorkspace(file).reset();
        std::string bytes = cwtest::readFile(file);
        REQUIRE(bytes.size() > 8192);
        for (std::size_t i = 4096; i < bytes.size(); i += 7)
            bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
        cwtest::writeFile(file, bytes);
        requireOpenFails(file, ErrorCode::CannotOpen, "damaged");
    }
    SECTION("a workspace from a newer program")
    {
        const auto file = dir / "newer.cwb";
        makeWorkspace(file).reset();
        {
            SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
            db.exec("PRAGMA user_version = 999");
        }
        requireOpenFails(file, ErrorCode::CannotOpen, "newer version");
    }
}

TEST_CASE("a read-only file opens read-only and says so", "[workspace][failure]")
{
    cwtest::TempDir dir;
    const auto file = dir / "ro.cwb";
    makeWorkspace(file, "Frozen").reset();
    fs::permissions(file, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    auto ws = Workspace::open(file);
    CHECK(ws->isReadOnly());
    CHECK_THAT(ws->readOnlyReason(), Catch::Contains("read-only"));
    CHECK(cw::loadEngagement(*ws).name == "Frozen");
    try {
        cw::setEngagementField(*ws, cw::EngagementField::Name, "Changed");
        FAIL("write to a read-only workspace succeeded");
    } catch (const cw::Error& e) {
        CHECK(e.code() == ErrorCode::ReadOnly);
        CHECK_THAT(e.what(), Catch::Contains(file.string()));
    }
}

TEST_CASE("a second writer is refused while the first holds the workspace", "[workspace][failure]")
{
    cwtest::TempDir dir;
    const auto file = dir / "shared.cwb";
    auto first = makeWorkspace(file);
    requireOpenFails(file, ErrorCode::AlreadyOpen, "already open for writing");
    // Readers are welcome and see committed data.
    cw::setEngagementField(*first, cw::EngagementField::Scope, "Service desk");
    auto reader = Workspace::open(file, OpenMode::ReadOnly);
    CHECK(cw::loadEngagement(*reader).scope == "Service desk");
    first.reset();
    reader.reset();
    CHECK_NOTHROW(Workspace::open(file));
}

TEST_CASE("a user action is one transaction: a failure rolls it back whole", "[workspace][transaction]")
{
    cwtest::TempDir dir;
    auto ws = makeWorkspace(dir / "tx.cwb", "Before");
    const auto trailBefore = cw::listAuditTrail(*ws).size();
    int notified = 0;
    ws->subscribe([&](const std::vector<cw::Change>&) { ++notified; });
    CHECK_THROWS_WITH(ws->write("Two edits",
                                [&](cw::WriteContext&) {
                                    cw::setEngagementField(*ws, cw::EngagementField::Name, "After");
                                    cw::setEngagementField(*ws, cw::EngagementField::Scope, "Half done");
                                    throw std::runtime_error("power cut");
                                }),
                      "power cut");
    const auto e = cw::loadEngagement(*ws);
    CHECK(e.name == "Before");
    CHECK(e.scope.empty());
    CHECK(cw::listAuditTrail(*ws).size() == trailBefore);
    CHECK(notified == 0);

    ws->write("Two edits", [&](cw::WriteContext&) {
        cw::setEngagementField(*ws, cw::EngagementField::Name, "After");
        cw::setEngagementField(*ws, cw::EngagementField::Scope, "Whole");
    });
    CHECK(notified == 1);
    const auto trail = cw::listAuditTrail(*ws);
    REQUIRE(trail.size() == trailBefore + 2);
    CHECK(trail[trail.size() - 1].actionId == trail[trail.size() - 2].actionId);
}

TEST_CASE("constraint violations surface as invalid input and change nothing", "[workspace][transaction]")
{
    cwtest::TempDir dir;
    auto ws = makeWorkspace(dir / "c.cwb");
    try {
        ws->write("Bad", [&](cw::WriteContext&) {
            ws->db().exec("INSERT INTO engagement(id, name, created_at) VALUES (2, 'x', 'y')");
        });
        FAIL("constraint not enforced");
    } catch (const cw::Error& e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
    }
    CHECK(ws->db().execAndGet("SELECT count(*) FROM engagement").getInt() == 1);
}

TEST_CASE("engagement fields validate their values", "[workspace]")
{
    cwtest::TempDir dir;
    auto ws = makeWorkspace(dir / "v.cwb");
    CHECK_THROWS_WITH(cw::setEngagementField(*ws, cw::EngagementField::Name, ""), Catch::Contains("name"));
    CHECK_THROWS_WITH(cw::setEngagementField(*ws, cw::EngagementField::Language, "fr"),
                      Catch::Contains("'fr'"));
    cw::setEngagementField(*ws, cw::EngagementField::Language, "zh");
    CHECK(cw::loadEngagement(*ws).language == "zh");
}

TEST_CASE("info counts entities and check passes on a sound workspace", "[workspace]")
{
    cwtest::TempDir dir;
    auto ws = makeWorkspace(dir / "i.cwb", "Counted");
    const auto info = cw::workspaceInfo(*ws);
    CHECK(info.engagementName == "Counted");
    CHECK(info.schemaVersion == Workspace::currentSchemaVersion());
    REQUIRE_FALSE(info.counts.empty());
    CHECK(cw::checkWorkspace(*ws).ok());
}

TEST_CASE("check reports a workspace without its engagement record", "[workspace]")
{
    cwtest::TempDir dir;
    const auto file = dir / "fk.cwb";
    makeWorkspace(file).reset();
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        db.exec("DELETE FROM engagement");
    }
    auto ws = Workspace::open(file);
    const auto report = cw::checkWorkspace(*ws);
    CHECK_FALSE(report.ok());
}
