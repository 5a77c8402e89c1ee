#include "TestSupport.h"

#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sys/wait.h>
#include <unistd.h>

using cwtest::runCli;

TEST_CASE("--help and --version work on the tool and every subcommand", "[cli]")
{
    const auto help = runCli({"--help"});
    CHECK(help.exitCode == 0);
    CHECK_THAT(help.out, Catch::Contains("Usage: conformance"));
    const auto version = runCli({"--version"});
    CHECK(version.exitCode == 0);
    CHECK_THAT(version.out, Catch::StartsWith("conformance "));
    for (const std::string cmd : {"init", "info", "check", "export", "import", "log"}) {
        INFO(cmd);
        const auto h = runCli({cmd, "--help"});
        CHECK(h.exitCode == 0);
        CHECK_THAT(h.out, Catch::Contains("Usage: conformance " + cmd));
        const auto v = runCli({cmd, "--version"});
        CHECK(v.exitCode == 0);
        CHECK(v.out == version.out);
    }
}

TEST_CASE("usage errors exit 1 with a message on stderr", "[cli]")
{
    CHECK(runCli({}).exitCode == 1);
    const auto unknown = runCli({"frobnicate"});
    CHECK(unknown.exitCode == 1);
    CHECK_THAT(unknown.err, Catch::StartsWith("conformance: unknown command 'frobnicate'"));
    const auto missing = runCli({"info"});
    CHECK(missing.exitCode == 1);
    CHECK_THAT(missing.err, Catch::Contains("file"));
    cwtest::TempDir dir;
    const auto badLang = runCli({"init", (dir / "x.cwb").string(), "--lang", "fr"});
    CHECK(badLang.exitCode == 1);
    CHECK_FALSE(std::filesystem::exists(dir / "x.cwb"));
}

TEST_CASE("a command group's --help lists its subcommands, and a wrong or missing subcommand names them",
          "[cli]")
{
    for (const std::string group : {"gap", "findings", "audits", "docs", "review", "catalog", "engagement"}) {
        INFO(group);
        const auto help = runCli({group, "--help"});
        CHECK(help.exitCode == 0);
        CHECK_THAT(help.out, Catch::StartsWith("Usage: conformance " + group + " SUBCOMMAND"));
        CHECK_THAT(help.out, Catch::Contains("  " + group + " "));
        CHECK(help.err.empty());
    }
    const auto gapHelp = runCli({"gap", "--help"});
    for (const std::string sub : {"gap list", "gap record", "gap summary", "gap import", "gap actions"})
        CHECK_THAT(gapHelp.out, Catch::Contains("  " + sub + " "));
    CHECK_THAT(gapHelp.out, !Catch::Contains("findings list"));

    const auto bare = runCli({"findings"});
    CHECK(bare.exitCode == 1);
    CHECK_THAT(bare.err, Catch::StartsWith("conformance findings: a subcommand is needed"));
    CHECK_THAT(bare.err, Catch::Contains("findings show"));
    const auto wrong = runCli({"docs", "lsit"});
    CHECK(wrong.exitCode == 1);
    CHECK_THAT(wrong.err, Catch::StartsWith("conformance docs: unknown subcommand 'lsit'"));
    CHECK_THAT(wrong.err, Catch::Contains("docs list"));
}

TEST_CASE("init --demo, info and check on the demo workspace", "[cli]")
{
    cwtest::TempDir dir;
    const auto file = (dir / "demo.cwb").string();
    const auto init = runCli({"init", file, "--demo", "--lang", "zh"});
    REQUIRE(init.exitCode == 0);
    const auto info = runCli({"info", file});
    CHECK(info.exitCode == 0);
    CHECK_THAT(info.out, Catch::Contains("恒云数据服务"));
    CHECK_THAT(info.out,
               Catch::Contains("Schema version:  " + std::to_string(cw::Workspace::currentSchemaVersion())));
    const auto json = nlohmann::json::parse(runCli({"info", file, "--format", "json"}).out);
    CHECK(json["schema_version"] == cw::Workspace::currentSchemaVersion());
    CHECK(json["counts"]["audit_trail"].get<int>() > 0);
    const auto check = runCli({"check", file});
    CHECK(check.exitCode == 0);
    CHECK_THAT(check.out, Catch::Contains(": ok"));
}

TEST_CASE("demo makes the demo engagement, wrong scales and taken files are refused", "[cli][demo]")
{
    cwtest::TempDir dir;
    const auto file = (dir / "d.cwb").string();
    const auto made = runCli({"demo", file, "--lang", "zh"});
    REQUIRE(made.exitCode == 0);
    CHECK_THAT(made.out, Catch::Contains("demo engagement"));
    CHECK_THAT(runCli({"info", file}).out, Catch::Contains("恒云数据服务"));

    const auto before = cwtest::readFile(file);
    const auto again = runCli({"demo", file, "--scale", "large"});
    CHECK(again.exitCode == 2);
    CHECK_THAT(again.err, Catch::Contains("already exists"));
    CHECK(cwtest::readFile(file) == before);

    const auto bad = runCli({"demo", (dir / "m.cwb").string(), "--scale", "medium"});
    CHECK(bad.exitCode == 1);
    CHECK_THAT(bad.err, Catch::Contains("'medium'"));
    CHECK_FALSE(std::filesystem::exists(dir / "m.cwb"));
}

TEST_CASE("files that cannot be opened exit 2 naming the file", "[cli][failure]")
{
    cwtest::TempDir dir;
    const auto missing = runCli({"info", (dir / "missing.cwb").string()});
    CHECK(missing.exitCode == 2);
    CHECK_THAT(missing.err, Catch::Contains("missing.cwb") && Catch::Contains("no such file"));
    cwtest::writeFile(dir / "junk.cwb", std::string(4096, 'x'));
    const auto junk = runCli({"check", (dir / "junk.cwb").string()});
    CHECK(junk.exitCode == 2);
    CHECK_THAT(junk.err, Catch::Contains("junk.cwb"));
}

TEST_CASE("check exits 4 on a damaged workspace", "[cli][failure]")
{
    cwtest::TempDir dir;
    const auto file = dir / "fk.cwb";
    REQUIRE(runCli({"init", file.string()}).exitCode == 0);
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        db.exec("DELETE FROM engagement");
    }
    const auto check = runCli({"check", file.string()});
    CHECK(check.exitCode == 4);
    CHECK_THAT(check.err, Catch::Contains("check failed"));
}

TEST_CASE("a damaged page met by a reading command exits 2 naming the file, writers refuse it",
          "[cli][failure]")
{
    cwtest::TempDir dir;
    const auto file = dir / "pages.cwb";
    REQUIRE(runCli({"init", file.string(), "--demo"}).exitCode == 0);
    // Garbage over the root page of the document register, which export reads; page 1 (identity
    // and schema) intact. (The last pages of the file were used once, but they hold the audit
    // trail, which export does not read.)
    std::int64_t root = 0;
    std::int64_t pageSize = 0;
    {
        SQLite::Database db(file.string());
        root = db.execAndGet("SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = 'document'")
                   .getInt64();
        pageSize = db.execAndGet("PRAGMA page_size").getInt64();
    }
    REQUIRE(root > 1);
    std::string bytes = cwtest::readFile(file);
    for (std::size_t i = 0; i < 64; ++i)
        bytes[static_cast<std::size_t>((root - 1) * pageSize) + i] = static_cast<char>(0xA5);
    cwtest::writeFile(file, bytes);

    // Reading everything meets the damage: a clean error, not an internal one.
    const auto exported = runCli({"export", file.string(), "--format", "json"});
    CHECK(exported.exitCode == 2);
    CHECK_THAT(exported.err, Catch::Contains("pages.cwb") && Catch::Contains("damaged"));
    // A command that writes checks every page before it changes anything.
    const auto set = runCli({"engagement", "set", file.string(), "scope", "x"});
    CHECK(set.exitCode == 2);
    CHECK_THAT(set.err, Catch::Contains("damaged"));
    CHECK(cwtest::readFile(file) == bytes);
    CHECK(runCli({"check", file.string()}).exitCode != 0);
}

TEST_CASE("export and import round-trip, bad data exits 3 and leaves the workspace as it was", "[cli]")
{
    cwtest::TempDir dir;
    const auto demo = (dir / "demo.cwb").string();
    REQUIRE(runCli({"init", demo, "--demo"}).exitCode == 0);
    const auto out = (dir / "demo.json").string();
    REQUIRE(runCli({"export", demo, "--format", "json", "-o", out}).exitCode == 0);
    const auto doc = nlohmann::json::parse(cwtest::readFile(out));
    CHECK(doc["format"] == "conformance-workbench");
    CHECK(doc["version"] == 1);

    const auto copy = (dir / "copy.cwb").string();
    REQUIRE(runCli({"init", copy}).exitCode == 0);
    REQUIRE(runCli({"import", copy, out}).exitCode == 0);
    CHECK(runCli({"export", copy, "--format", "json"}).out == cwtest::readFile(out));

    cwtest::writeFile(dir / "bad.json",
                      R"({"format": "conformance-workbench", "version": 1, "engagement": {"name": 3}})");
    const auto before = runCli({"export", copy}).out;
    const auto bad = runCli({"import", copy, (dir / "bad.json").string()});
    CHECK(bad.exitCode == 3);
    CHECK_THAT(bad.err, Catch::Contains("$.engagement.name"));
    CHECK(runCli({"export", copy}).out == before);

    const auto unknownFormat = runCli({"export", copy, "--format", "xml"});
    CHECK(unknownFormat.exitCode == 1);
}

TEST_CASE("a workspace held by another process is refused for writing", "[cli][failure]")
{
    cwtest::TempDir dir;
    const auto file = dir / "held.cwb";
    REQUIRE(runCli({"init", file.string()}).exitCode == 0);
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    const pid_t child = ::fork();
    if (child == 0) {
        auto ws = cw::Workspace::open(file);
        char c = 'r';
        (void)::write(ready[1], &c, 1);
        ::sleep(30);
        ::_exit(0);
    }
    char c = 0;
    REQUIRE(::read(ready[0], &c, 1) == 1);
    cwtest::writeFile(dir / "in.json",
                      R"({"format": "conformance-workbench", "version": 1, "engagement": {"name": "Y"}})");
    const auto import = runCli({"import", file.string(), (dir / "in.json").string()});
    CHECK(import.exitCode == 2);
    CHECK_THAT(import.err, Catch::Contains("already open for writing"));
    CHECK(runCli({"info", file.string()}).exitCode == 0); // reading is fine
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    CHECK(runCli({"import", file.string(), (dir / "in.json").string()}).exitCode == 0);
}

TEST_CASE("log lists the audit trail", "[cli]")
{
    cwtest::TempDir dir;
    const auto file = (dir / "log.cwb").string();
    REQUIRE(runCli({"init", file, "--name", "Logged"}).exitCode == 0);
    const auto log = cwtest::runProcess(CW_TEST_CONFORMANCE_EXE,
                                        {"log", file, "--entity", "engagement", "--format", "json"});
    REQUIRE(log.exitCode == 0);
    const auto arr = nlohmann::json::parse(log.out);
    REQUIRE(arr.size() >= 1);
    CHECK(arr[0]["field"] == "name");
    CHECK(arr[0]["new"] == "Logged");
    CHECK(runCli({"log", file, "--id", "1"}).exitCode == 1);
}
