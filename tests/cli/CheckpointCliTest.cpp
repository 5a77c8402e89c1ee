// Signed checkpoints through the CLI: written on close and on report export, checked by `verify`
// (with --expect-head), stated by reports; a damaged key is a clear error.
#include "TestSupport.h"

#include "storage/AuditChain.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Signed {
    cwtest::TempDir dir;
    std::string file = (dir / "w.cwb").string();
    fs::path config = dir / "cfg";
    std::string actor = "Zhang Min";

    Signed() { REQUIRE(cli({"init", file, "--name", "Signed"}).exitCode == 0); }

    [[nodiscard]] cwtest::ProcessResult cli(const std::vector<std::string>& args) const
    {
        return cwtest::runProcess(CW_TEST_CONFORMANCE_EXE, args,
                                  {{"CW_DATA_DIR", CW_TEST_DATA_DIR},
                                   {"CW_TODAY", cwtest::kTestToday},
                                   {"CW_CONFIG_DIR", config.string()},
                                   {"CW_ACTOR", actor}});
    }
    [[nodiscard]] std::int64_t checkpoints() const
    {
        SQLite::Database db(file, SQLite::OPEN_READONLY);
        return db.execAndGet("SELECT count(*) FROM trail_checkpoint").getInt64();
    }
    [[nodiscard]] std::string state() const
    {
        return cli({"export", file, "--format", "json"}).out + cli({"log", file}).out;
    }
    [[nodiscard]] nlohmann::json reportJson() const
    {
        const auto r = cli({"report", file, "--format", "json"});
        REQUIRE(r.exitCode == 0);
        return nlohmann::json::parse(r.out);
    }
};

} // namespace

TEST_CASE("conformance signs the trail on close and verify names the signers", "[cli][checkpoint]")
{
    Signed s;
    CHECK(s.checkpoints() == 1); // init
    CHECK(fs::exists(s.config / "keys" / "ed25519.key"));
    // A command that changes nothing signs nothing; one that changes something signs its head.
    CHECK(s.cli({"info", s.file}).exitCode == 0);
    CHECK(s.checkpoints() == 1);
    REQUIRE(s.cli({"engagement", "set", s.file, "scope", "Data centre operations"}).exitCode == 0);
    CHECK(s.checkpoints() == 2);
    // A failing write command leaves no checkpoint.
    CHECK(s.cli({"engagement", "set", s.file, "no-such-key", "x"}).exitCode != 0);
    CHECK(s.checkpoints() == 2);

    const auto r = s.cli({"verify", s.file});
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::Contains(": audit trail intact: 3 entries, head "));
    CHECK_THAT(r.out, Catch::Contains("  checkpoints: 2, 2 valid\n"));
    CHECK_THAT(r.out, Catch::Contains("  newest checkpoint: entry 3, head ") &&
                          Catch::Contains("by Zhang Min (ed25519:") &&
                          Catch::Contains("; 0 newer entries not yet signed\n"));
    CHECK_THAT(r.out, Catch::Contains("  signer: Zhang Min (ed25519:") &&
                          Catch::Contains("), 2 checkpoint(s), the last at "));
    CHECK(r.err.empty());
}

TEST_CASE("verify fails when the trail was rewritten, resealed or truncated after a checkpoint",
          "[cli][checkpoint]")
{
    Signed s;
    REQUIRE(s.cli({"engagement", "set", s.file, "scope", "First"}).exitCode == 0);
    REQUIRE(s.cli({"engagement", "set", s.file, "scope", "Second"}).exitCode == 0);
    SECTION("an entry rewritten and every hash recomputed")
    {
        {
            SQLite::Database db(s.file, SQLite::OPEN_READWRITE);
            db.exec("UPDATE audit_trail SET new_value = 'Forged' WHERE id = 3");
            cwtest::resealTrail(db);
        }
        const auto r = s.cli({"verify", s.file});
        CHECK(r.exitCode == 4);
        CHECK_THAT(r.err, Catch::Contains("the audit trail was tampered with: 2 problem(s)"));
        CHECK_THAT(r.err, Catch::Contains("checkpoint 2 (entry 3, signed by Zhang Min at ") &&
                              Catch::Contains("does not match the trail"));
        CHECK_THAT(r.err, Catch::Contains("  signer: Zhang Min (ed25519:"));
    }
    SECTION("the newest entries deleted")
    {
        {
            SQLite::Database db(s.file, SQLite::OPEN_READWRITE);
            db.exec("DELETE FROM audit_trail WHERE id > 2");
        }
        const auto r = s.cli({"verify", s.file});
        CHECK(r.exitCode == 4);
        CHECK_THAT(r.err, Catch::Contains("checkpoint 3 (entry 4") &&
                              Catch::Contains("names an entry that is no longer in the trail"));
    }
    SECTION("a checkpoint edited")
    {
        {
            SQLite::Database db(s.file, SQLite::OPEN_READWRITE);
            db.exec("UPDATE trail_checkpoint SET signer = 'Auditor' WHERE id = 2");
        }
        const auto r = s.cli({"verify", s.file});
        CHECK(r.exitCode == 4);
        CHECK_THAT(r.err, Catch::Contains("checkpoint 2 (entry 3, signed by Auditor") &&
                              Catch::Contains("has an invalid signature"));
    }
}

TEST_CASE("verify --expect-head passes for a report's head and fails otherwise", "[cli][checkpoint]")
{
    Signed s;
    const auto report = s.reportJson();
    const std::string head = report["trail"]["head_hash"];
    REQUIRE(head.size() == 64);
    CHECK(report["trail"]["entry_id"] == 2);
    REQUIRE(report["trail"]["checkpoint"].is_object());
    CHECK(report["trail"]["checkpoint"]["signer"] == "Zhang Min");
    CHECK(report["trail"]["read_only"] == false);

    // Later changes keep the old head in the chain.
    REQUIRE(s.cli({"engagement", "set", s.file, "scope", "Later"}).exitCode == 0);
    auto r = s.cli({"verify", s.file, "--expect-head", head});
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::Contains("  expected head " + head + ": found in the trail\n"));
    std::string upper = head.substr(0, 16);
    for (auto& ch : upper)
        ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    CHECK(s.cli({"verify", s.file, "--expect-head", upper}).exitCode == 0); // the cover's 16 digits

    r = s.cli({"verify", s.file, "--expect-head", std::string(64, 'a')});
    CHECK(r.exitCode == 4);
    CHECK_THAT(r.err, Catch::Contains("the expected head " + std::string(64, 'a') + " is not in the trail"));

    for (const std::string& bad : {std::string("xyz"), std::string("abc"), std::string(65, 'a'),
                                   std::string("0123456789abcdef\x1b[2J")}) {
        r = s.cli({"verify", s.file, "--expect-head", bad});
        CHECK(r.exitCode == 1);
        CHECK_THAT(r.err, Catch::Contains("--expect-head must be a hash of 16 to 64 hexadecimal digits"));
    }

    // The entries the head covered rewritten and resealed: the head is gone from the chain.
    {
        SQLite::Database db(s.file, SQLite::OPEN_READWRITE);
        db.exec("UPDATE audit_trail SET new_value = 'Renamed' WHERE id = 1");
        db.exec("DELETE FROM trail_checkpoint");
        cwtest::resealTrail(db);
    }
    CHECK(s.cli({"verify", s.file}).exitCode == 0); // nothing else left to tell
    r = s.cli({"verify", s.file, "--expect-head", head});
    CHECK(r.exitCode == 4);
    CHECK_THAT(r.err, Catch::Contains("is not in the trail"));
}

TEST_CASE("reports state the trail head and the checkpoint they were made from", "[cli][checkpoint][report]")
{
    Signed s;
    REQUIRE(s.cli({"engagement", "set", s.file, "scope", "Scope"}).exitCode == 0);
    const auto before = s.checkpoints();
    const auto j = s.reportJson();
    CHECK(s.checkpoints() == before); // the head was signed on close already: reused
    CHECK(j["trail"]["entry_id"] == 3);

    // A change made in-process (no close hook): the export signs the new head itself.
    {
        auto ws = cw::Workspace::open(s.file);
        ws->write("Test",
                  [&](cw::WriteContext& ctx) { ctx.record("engagement", "1", "note", std::nullopt, "x"); });
    }
    const auto k = s.cli({"report", s.file, "--kind", "findings", "--format", "json"});
    REQUIRE(k.exitCode == 0);
    const auto findings = nlohmann::json::parse(k.out);
    CHECK(findings["trail"]["entry_id"] == 4);
    REQUIRE(findings["trail"]["checkpoint"].is_object());
    CHECK(s.checkpoints() == before + 1);

    // The readiness PDF states it on its cover.
    const auto pdf = (s.dir / "r.pdf").string();
    REQUIRE(s.cli({"report", s.file, "--format", "pdf", "--lang", "en", "-o", pdf}).exitCode == 0);
    const auto text = cwtest::runProcess("/usr/bin/pdftotext", {"-layout", pdf, "-"});
    const std::string head = findings["trail"]["head_hash"];
    CHECK_THAT(text.out, Catch::Contains("Audit trail") &&
                             Catch::Contains("entry 4, head " + head.substr(0, 16)) &&
                             Catch::Contains("checkpoint by Zhang Min"));

    // A workspace another program holds open for writing is reported read-only, unsigned.
    {
        auto holder = cw::Workspace::open(s.file);
        holder->write("Test",
                      [&](cw::WriteContext& ctx) { ctx.record("engagement", "1", "note", "x", "y"); });
        const auto r = s.cli({"report", s.file, "--format", "json"});
        REQUIRE(r.exitCode == 0);
        const auto ro = nlohmann::json::parse(r.out);
        CHECK(ro["trail"]["entry_id"] == 5);
        CHECK(ro["trail"]["checkpoint"].is_null());
        CHECK(ro["trail"]["read_only"] == true);
        const auto html = s.cli({"report", s.file, "--format", "html", "--lang", "zh"});
        CHECK_THAT(html.out, Catch::Contains("审计追踪") && Catch::Contains("无检查点（只读）"));
    }
}

TEST_CASE("a damaged key file is a clear error and the workspace is left as it was", "[cli][checkpoint]")
{
    Signed s;
    const auto keyFile = s.config / "keys" / "ed25519.key";
    cwtest::writeFile(keyFile, "not a key\n");
    const auto state = s.state();
    const auto checkpoints = s.checkpoints();

    // A report needs its checkpoint: exit 2, naming the key file.
    {
        auto ws = cw::Workspace::open(s.file);
        ws->write("Test",
                  [&](cw::WriteContext& ctx) { ctx.record("engagement", "1", "note", std::nullopt, "x"); });
    }
    const auto stateAfterChange = s.state();
    auto r = s.cli({"report", s.file, "--format", "json"});
    CHECK(r.exitCode == 2);
    CHECK(r.out.empty());
    CHECK_THAT(r.err, Catch::Contains(keyFile.string() + ": the signing key is damaged") &&
                          Catch::Contains("it was not replaced"));
    CHECK(s.state() == stateAfterChange);
    CHECK(s.checkpoints() == checkpoints);
    CHECK(cwtest::readFile(keyFile) == "not a key\n");

    // A change is saved all the same; signing it on close fails with a warning.
    r = s.cli({"engagement", "set", s.file, "scope", "Saved"});
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.err, Catch::Contains("conformance: warning: the audit trail was not signed on closing: " +
                                      keyFile.string() + ": the signing key is damaged"));
    CHECK(s.checkpoints() == checkpoints);
    CHECK(s.state() != state);
    CHECK(cwtest::readFile(keyFile) == "not a key\n");
}
