// Workspaces that carry schema objects the program did not create (triggers, views, indexes,
// tables) are refused on open, by name, before any of them can run; `check` lists them all.
#include "TestSupport.h"

#include "common/Error.h"
#include "engagement/Engagement.h"
#include "storage/Migrations.h"
#include "storage/SchemaCheck.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceInfo.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

namespace fs = std::filesystem;

namespace {

fs::path plainWorkspace(const cwtest::TempDir& dir, const std::string& name = "ws.cwb")
{
    const auto file = dir / name;
    cw::NewWorkspace init;
    init.name = "Hostile";
    auto ws = cw::Workspace::create(file, init);
    cw::setEngagementField(*ws, cw::EngagementField::Scope, "the typed scope");
    return file;
}

/// Changes the file's schema through a plain connection, as someone with the sqlite3 shell would.
void craft(const fs::path& file, const std::string& sql)
{
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
    db.exec(sql);
}

std::string refusal(const fs::path& file, cw::OpenMode mode = cw::OpenMode::ReadWrite)
{
    try {
        auto ws = cw::Workspace::open(file, mode);
    } catch (const cw::Error& e) {
        CHECK(e.code() == cw::ErrorCode::CannotOpen);
        return e.what();
    }
    FAIL("the workspace was opened");
    return {};
}

} // namespace

TEST_CASE("a workspace with a trigger of its own is refused by name and left as it was", "[hostile][schema]")
{
    cwtest::TempDir dir;
    const auto file = plainWorkspace(dir);
    craft(file, "CREATE TRIGGER notes_rewrite AFTER UPDATE ON engagement BEGIN "
                "UPDATE engagement SET scope = 'rewritten'; END");
    const std::string before = cwtest::readFile(file);
    const std::string message = refusal(file);
    CHECK(message == file.string() +
                         ": the workspace contains a trigger the program did not create (notes_rewrite); "
                         "it was refused");
    CHECK(refusal(file, cw::OpenMode::ReadOnly) == message);
    CHECK(cwtest::readFile(file) == before);
}

TEST_CASE("a trigger that deletes new trail entries is refused", "[hostile][schema]")
{
    cwtest::TempDir dir;
    const auto file = plainWorkspace(dir);
    craft(file, "CREATE TRIGGER trail_eraser AFTER INSERT ON audit_trail BEGIN "
                "DELETE FROM audit_trail WHERE id = new.id; END");
    CHECK_THAT(refusal(file), Catch::Contains("a trigger the program did not create (trail_eraser)"));
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("SELECT count(*) FROM audit_trail").getInt64() == 3);
}

TEST_CASE("views, expression indexes and extra tables are refused by name", "[hostile][schema]")
{
    cwtest::TempDir dir;
    struct Case {
        const char* sql;
        const char* expected;
    };
    const Case cases[] = {
        {"CREATE VIEW engagement_view AS SELECT name FROM engagement", "a view the program did not create "
                                                                       "(engagement_view)"},
        {"CREATE INDEX finding_lower ON finding (lower(title))", "an index the program did not create "
                                                                 "(finding_lower)"},
        {"CREATE INDEX engagement_scope ON engagement (scope)", "an index the program did not create "
                                                                "(engagement_scope)"},
        {"CREATE TABLE stash (x)", "a table the program did not create (stash)"},
        {"CREATE VIRTUAL TABLE shadow USING fts5 (x)", "a table the program did not create (shadow)"},
    };
    int n = 0;
    for (const auto& c : cases) {
        const auto file = plainWorkspace(dir, "case" + std::to_string(++n) + ".cwb");
        craft(file, c.sql);
        const std::string before = cwtest::readFile(file);
        INFO(c.sql);
        CHECK_THAT(refusal(file), Catch::StartsWith(file.string() + ": the workspace contains ") &&
                                      Catch::Contains(c.expected) && Catch::EndsWith("; it was refused"));
        CHECK(cwtest::readFile(file) == before);
    }
}

TEST_CASE("a changed or missing product index is refused", "[hostile][schema]")
{
    cwtest::TempDir dir;
    const auto changed = plainWorkspace(dir, "changed.cwb");
    craft(changed, "DROP INDEX document_owner; CREATE INDEX document_owner ON document (owner, code)");
    CHECK_THAT(refusal(changed),
               Catch::Contains("the workspace's index document_owner is not the one the program creates"));

    const auto missing = plainWorkspace(dir, "missing.cwb");
    craft(missing, "DROP INDEX finding_audit");
    CHECK_THAT(
        refusal(missing),
        Catch::Contains("the index finding_audit that the program creates is missing from the workspace"));

    // A check constraint loosened with writable_schema: same table name, another definition.
    const auto loosened = plainWorkspace(dir, "loosened.cwb");
    {
        SQLite::Database db(loosened.string(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA writable_schema = ON");
        db.exec(
            "UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (id = 1)', '') WHERE name = 'engagement'");
    }
    CHECK_THAT(refusal(loosened),
               Catch::Contains("the workspace's table engagement is not the one the program creates"));
}

TEST_CASE("several foreign objects: the open names the first, check lists them all", "[hostile][schema][cli]")
{
    cwtest::TempDir dir;
    const auto file = plainWorkspace(dir);
    craft(file, "CREATE TABLE stash (x); CREATE VIEW v AS SELECT 1; CREATE TRIGGER t AFTER INSERT ON stash "
                "BEGIN SELECT 1; END");
    CHECK_THAT(refusal(file), Catch::Contains("(and 2 other difference(s) from the program's schema); "
                                              "it was refused"));
    const std::string before = cwtest::readFile(file);
    const auto check = cwtest::runCli({"check", file.string()});
    CHECK(check.exitCode == 4);
    CHECK_THAT(check.err, Catch::Contains("check failed: 3 problem(s)") &&
                              Catch::Contains("schema: the workspace contains a table the program did not "
                                              "create (stash)") &&
                              Catch::Contains("a view the program did not create (v)") &&
                              Catch::Contains("a trigger the program did not create (t)"));
    const auto write = cwtest::runCli({"engagement", "set", file.string(), "scope", "new scope"});
    CHECK(write.exitCode == 2);
    CHECK_THAT(write.err, Catch::Contains("(stash)") && Catch::Contains("it was refused"));
    CHECK(cwtest::readFile(file) == before);
}

TEST_CASE("a name with terminal escapes is shown without them", "[hostile][schema]")
{
    cwtest::TempDir dir;
    const auto file = plainWorkspace(dir);
    craft(file, "CREATE TABLE \"evil\x1b[2J\nname\" (x)");
    const std::string message = refusal(file);
    CHECK_THAT(message, Catch::Contains("(evil?[2J?name)"));
    CHECK(message.find('\x1b') == std::string::npos);
}

TEST_CASE("planner statistics from ANALYZE are accepted, other SQLite tables are not", "[hostile][schema]")
{
    cwtest::TempDir dir;
    const auto file = plainWorkspace(dir);
    craft(file, "ANALYZE");
    {
        auto ws = cw::Workspace::open(file);
        CHECK(cw::checkWorkspace(*ws).ok());
        cw::setEngagementField(*ws, cw::EngagementField::Scope, "after analyze");
    }
    const auto forged = plainWorkspace(dir, "forged.cwb");
    {
        SQLite::Database db(forged.string(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA writable_schema = ON");
        db.exec("INSERT INTO sqlite_schema VALUES ('table', 'sqlite_stat9', 'sqlite_stat9', 0, "
                "'CREATE TABLE sqlite_stat9(a)')");
    }
    const std::string message = refusal(forged);
    CHECK_THAT(message, Catch::Contains("(sqlite_stat9)") || Catch::Contains("damaged"));
}

TEST_CASE("an older workspace with a trigger is refused before it is upgraded",
          "[hostile][schema][migration]")
{
    cwtest::TempDir dir;
    const auto file = dir / "old.cwb";
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("PRAGMA application_id = " + std::to_string(cw::Workspace::kApplicationId));
        cw::migrations::migrate(db, 0, 4);
        db.exec("INSERT INTO engagement(id, name, created_at) VALUES (1, 'Old', '2025-01-01T00:00:00Z')");
        db.exec("CREATE TRIGGER on_upgrade AFTER UPDATE ON audit_trail BEGIN "
                "UPDATE engagement SET name = 'owned'; END");
    }
    CHECK_THAT(refusal(file), Catch::Contains("a trigger the program did not create (on_upgrade)"));
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == 4);
    CHECK(db.execAndGet("SELECT name FROM engagement").getString() == "Old");
}

TEST_CASE("the schema of every version the migrations make compares equal to itself", "[schema][migration]")
{
    for (int v = 1; v <= cw::migrations::latestVersion(); ++v) {
        SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        cw::migrations::migrate(db, 0, v);
        INFO("schema " << v);
        CHECK(cw::schemaDifferences(db, v).empty());
        if (v > 1) // and not equal to the one before: the comparison sees every migration
            CHECK_FALSE(cw::schemaDifferences(db, v - 1).empty());
    }
}
