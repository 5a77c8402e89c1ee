// A corpus of broken workspaces: each must give a clean error (or open and check cleanly), never a
// crash or a hang, in the library and in the CLI.
#include "TestSupport.h"

#include "common/Error.h"
#include "storage/AuditChain.h"
#include "storage/TrailReplay.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceInfo.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

#include <random>

namespace fs = std::filesystem;

namespace {

/// Opens in-process: either a cw::Error, or a workspace whose check runs to completion.
void openCleanly(const fs::path& file)
{
    try {
        auto ws = cw::Workspace::open(file, cw::OpenMode::ReadOnly);
        (void)cw::checkWorkspace(*ws);
        (void)cw::workspaceInfo(*ws);
    } catch (const cw::Error& e) {
        CHECK_THAT(e.what(), Catch::Contains(file.filename().string()));
    }
}

/// As the GUI opens: identity only, then the page check through its own connection. Either a
/// cw::Error, or an open workspace and checks that end with a verdict.
void openDeferredCleanly(const fs::path& file)
{
    try {
        auto ws = cw::Workspace::open(file, cw::OpenMode::ReadOnly, {}, cw::OpenCheck::Deferred);
        // quick_check reads every page but compares no index with its table: a file that passes
        // it may still fail the full check, which must then run to its verdict too.
        if (cw::quickCheckFile(file).empty())
            (void)cw::checkWorkspace(*ws);
        // `verify` and `verify --deep` read the trail and the rows of such a file without a page
        // check first: a damaged page they meet is a cw::Error too.
        try {
            (void)cw::verifyAuditTrail(*ws);
        } catch (const cw::Error& e) {
            CHECK_THAT(e.what(), Catch::Contains(file.filename().string()));
        }
        (void)cw::replayAuditTrail(*ws);
    } catch (const cw::Error& e) {
        CHECK_THAT(e.what(), Catch::Contains(file.filename().string()));
    }
}

/// The CLI ends by itself with a documented exit code and says something on failure.
void cliCleanly(const fs::path& file)
{
    const auto r = cwtest::runCli({"check", file.string()}, 20);
    CHECK_FALSE(r.timedOut);
    CHECK_FALSE(r.crashed);
    CHECK((r.exitCode == 0 || r.exitCode == 2 || r.exitCode == 4));
    if (r.exitCode != 0)
        CHECK_FALSE(r.err.empty());
}

} // namespace

TEST_CASE("hostile workspace files give clean errors, never crashes or hangs", "[reliability][hostile]")
{
    cwtest::TempDir dir;
    const auto good = dir / "good.cwb";
    REQUIRE(cwtest::runCli({"init", good.string(), "--demo"}).exitCode == 0);
    const std::string bytes = cwtest::readFile(good);
    REQUIRE(bytes.size() > 100000);
    std::vector<fs::path> corpus;

    for (std::size_t cut : {0ul, 1ul, 16ul, 99ul, 100ul, 512ul, 4095ul, 4096ul, 4097ul, 8192ul}) {
        const auto f = dir / ("trunc-" + std::to_string(cut) + ".cwb");
        cwtest::writeFile(f, bytes.substr(0, cut));
        corpus.push_back(f);
    }
    for (int k = 1; k <= 20; ++k) {
        const auto cut = bytes.size() * static_cast<std::size_t>(k) / 21;
        const auto f = dir / ("trunc-frac-" + std::to_string(k) + ".cwb");
        cwtest::writeFile(f, bytes.substr(0, cut));
        corpus.push_back(f);
    }
    std::mt19937 rng(7);
    for (int k = 0; k < 40; ++k) {
        std::string damaged = bytes;
        std::uniform_int_distribution<std::size_t> pos(k < 10 ? 0 : 100, k < 10 ? 99 : damaged.size() - 1);
        const int flips = k < 20 ? 1 : 64;
        for (int i = 0; i < flips; ++i)
            damaged[pos(rng)] ^= static_cast<char>(1 << (rng() % 8));
        const auto f = dir / ("flip-" + std::to_string(k) + ".cwb");
        cwtest::writeFile(f, damaged);
        corpus.push_back(f);
    }
    cwtest::writeFile(dir / "zero.cwb", "");
    corpus.push_back(dir / "zero.cwb");
    {
        SQLite::Database other((dir / "other.cwb").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE invoices(id INTEGER PRIMARY KEY, amount REAL)");
    }
    corpus.push_back(dir / "other.cwb");
    fs::copy_file(good, dir / "appid.cwb");
    {
        SQLite::Database db((dir / "appid.cwb").string(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA application_id = 12345");
    }
    corpus.push_back(dir / "appid.cwb");
    fs::copy_file(good, dir / "newer.cwb");
    {
        SQLite::Database db((dir / "newer.cwb").string(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = 4242");
    }
    corpus.push_back(dir / "newer.cwb");
    fs::create_directory(dir / "folder.cwb");
    corpus.push_back(dir / "folder.cwb");
    fs::create_symlink(dir / "loop-b.cwb", dir / "loop-a.cwb");
    fs::create_symlink(dir / "loop-a.cwb", dir / "loop-b.cwb");
    corpus.push_back(dir / "loop-a.cwb");
    cwtest::writeFile(dir / "text.cwb", "SQLite format 3 but only pretending\n");
    corpus.push_back(dir / "text.cwb");

    for (const auto& f : corpus) {
        INFO(f.filename().string());
        openCleanly(f);
        openDeferredCleanly(f);
    }
    // The CLI on a sample of them (each is a process start).
    for (std::size_t i = 0; i < corpus.size(); i += 3) {
        INFO(corpus[i].filename().string());
        cliCleanly(corpus[i]);
    }
    // The original still opens: nothing above wrote to it.
    CHECK(cwtest::runCli({"check", good.string()}).exitCode == 0);
}

TEST_CASE("a damaged page is refused on open, or found by the deferred check the GUI runs",
          "[reliability][hostile]")
{
    cwtest::TempDir dir;
    const auto good = dir / "good.cwb";
    REQUIRE(cwtest::runCli({"init", good.string(), "--demo"}).exitCode == 0);
    CHECK(cw::quickCheckFile(good).empty());

    // Garbage over the last pages (data of the tables filled last), the schema on page 1 intact.
    std::string bytes = cwtest::readFile(good);
    const std::size_t page = 4096;
    REQUIRE(bytes.size() > 8 * page);
    for (std::size_t p = bytes.size() / page - 3; p < bytes.size() / page; ++p)
        for (std::size_t i = 0; i < 64; ++i)
            bytes[p * page + i] = static_cast<char>(0xA5);
    const auto damaged = dir / "damaged.cwb";
    cwtest::writeFile(damaged, bytes);

    try {
        (void)cw::Workspace::open(damaged, cw::OpenMode::ReadOnly);
        FAIL("a full open should refuse the damaged file");
    } catch (const cw::Error& e) {
        CHECK_THAT(e.what(), Catch::Contains("damaged.cwb") && Catch::Contains("damaged"));
    }
    auto ws = cw::Workspace::open(damaged, cw::OpenMode::ReadOnly, {}, cw::OpenCheck::Deferred);
    CHECK_THAT(cw::quickCheckFile(damaged), Catch::StartsWith("the workspace is damaged"));
    CHECK_THAT(cw::quickCheckFile(dir / "missing.cwb"), Catch::StartsWith("the workspace cannot be checked"));
}

TEST_CASE("crafted schema objects in a demo workspace are refused by every way of opening it",
          "[reliability][hostile][schema]")
{
    cwtest::TempDir dir;
    const auto good = dir / "good.cwb";
    REQUIRE(cwtest::runCli({"init", good.string(), "--demo"}).exitCode == 0);
    struct Case {
        const char* name;
        const char* sql;
        const char* difference;
    };
    const Case cases[] = {
        {"notes-trigger",
         "CREATE TRIGGER notes_rewrite AFTER UPDATE ON assessment_result BEGIN "
         "UPDATE assessment_result SET notes = 'rewritten' WHERE rowid = new.rowid; END",
         "the workspace contains a trigger the program did not create (notes_rewrite)"},
        {"trail-trigger",
         "CREATE TRIGGER trail_eraser AFTER INSERT ON audit_trail BEGIN "
         "DELETE FROM audit_trail WHERE id = new.id; END",
         "the workspace contains a trigger the program did not create (trail_eraser)"},
        {"view", "CREATE VIEW open_findings AS SELECT * FROM finding WHERE state <> 'closed'",
         "the workspace contains a view the program did not create (open_findings)"},
        {"expr-index", "CREATE INDEX finding_upper ON finding (upper(title))",
         "the workspace contains an index the program did not create (finding_upper)"},
        {"table", "CREATE TABLE exfil (data BLOB)",
         "the workspace contains a table the program did not create (exfil)"},
        {"changed-index", "DROP INDEX audit_clause_ref; CREATE INDEX audit_clause_ref ON audit_clause (ref)",
         "the workspace's index audit_clause_ref is not the one the program creates (its definition was "
         "changed)"},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        const auto file = dir / (std::string(c.name) + ".cwb");
        fs::copy_file(good, file);
        {
            SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
            db.exec(c.sql);
        }
        const std::string before = cwtest::readFile(file);
        for (const auto check : {cw::OpenCheck::Full, cw::OpenCheck::Deferred})
            for (const auto mode : {cw::OpenMode::ReadWrite, cw::OpenMode::ReadOnly}) {
                try {
                    (void)cw::Workspace::open(file, mode, {}, check);
                    FAIL("the crafted workspace was opened");
                } catch (const cw::Error& e) {
                    CHECK(std::string(e.what()) == file.string() + ": " + c.difference + "; it was refused");
                }
            }
        const auto check = cwtest::runCli({"check", file.string()}, 20);
        CHECK(check.exitCode == 4);
        CHECK_THAT(check.err, Catch::Contains("check failed: 1 problem(s)") &&
                                  Catch::Contains(std::string("schema: ") + c.difference));
        const auto write = cwtest::runCli({"engagement", "set", file.string(), "scope", "changed"}, 20);
        CHECK(write.exitCode == 2);
        CHECK_THAT(write.err, Catch::Contains(c.difference) && Catch::Contains("it was refused"));
        const auto verify = cwtest::runCli({"verify", file.string()}, 20);
        CHECK(verify.exitCode == 2);
        CHECK(verify.out.find("intact") == std::string::npos);
        CHECK(cwtest::readFile(file) == before);
    }
}
