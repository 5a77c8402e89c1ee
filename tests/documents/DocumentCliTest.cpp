#include "TestSupport.h"

#include "common/Sha256.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using cwtest::runCli;

TEST_CASE("docs starter, list and coverage", "[cli][documents]")
{
    cwtest::TempDir dir;
    const auto ws = (dir / "w.cwb").string();
    REQUIRE(runCli({"init", ws, "--lang", "zh"}).exitCode == 0);
    const auto starter = runCli({"docs", "starter", ws});
    REQUIRE(starter.exitCode == 0);
    CHECK_THAT(starter.out, Catch::Contains("Created 56 draft documents") && Catch::Contains("level 4: 16"));
    const auto again = runCli({"docs", "starter", ws});
    CHECK(again.exitCode == 3);
    CHECK_THAT(again.err, Catch::Contains("already holds 56 of the starter set's codes (SMS-L1-MAN-01"));

    const auto table = runCli({"docs", "list", ws, "--level", "2", "--search", "事件管理"});
    REQUIRE(table.exitCode == 0);
    CHECK_THAT(table.out, Catch::Contains("SMS-L2-INC-01") && Catch::Contains("事件管理程序") &&
                              Catch::Contains("1 document(s)"));
    const auto json =
        nlohmann::json::parse(runCli({"docs", "list", ws, "--level", "4", "--format", "json"}).out);
    REQUIRE(json.size() == 16);
    CHECK(json[0]["code"] == "SMS-L4-AUD-01");
    CHECK(json[0]["parent"] == "SMS-L2-AUD-01");
    CHECK(json[0]["status"] == "draft");
    CHECK(json[0]["in_force_version"].is_null());

    const auto csv = runCli({"docs", "list", ws, "--clause", "8.6.1", "--format", "csv"});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.rfind("\xEF\xBB\xBF"
                        "code,title,level,type,parent,",
                        0) == 0); // UTF-8 with BOM
    CHECK_THAT(
        csv.out,
        Catch::Contains("\r\nSMS-L2-INC-01,事件管理程序,2,procedure,SMS-L1-MAN-01,,,draft,1.0,,,,no\r\n"));

    const auto coverage = nlohmann::json::parse(runCli({"docs", "coverage", ws, "--format", "json"}).out);
    REQUIRE(coverage.size() == 29);
    CHECK(coverage[0]["item"] == "RDI-4.3-SCOPE");
    CHECK(coverage[0]["status"] == "draft");
    CHECK(coverage[0]["documents"] == nlohmann::json::array({"SMS-L1-MAN-01"}));
    const auto coverageTable = runCli({"docs", "coverage", ws, "--lang", "zh"});
    CHECK_THAT(coverageTable.out,
               Catch::Contains("服务管理方针") && Catch::Contains("0 covered, 29 draft only, 0 missing"));

    CHECK(runCli({"docs", "list", ws, "--status", "done"}).exitCode == 1);
    CHECK(runCli({"docs", "list", ws, "--format", "xml"}).exitCode == 1);
    CHECK(runCli({"docs", "list", (dir / "missing.cwb").string()}).exitCode == 2);
}

TEST_CASE("docs attach and extract round-trip a file with its hash", "[cli][documents]")
{
    cwtest::TempDir dir;
    const auto ws = (dir / "w.cwb").string();
    REQUIRE(runCli({"init", ws}).exitCode == 0);
    REQUIRE(runCli({"docs", "starter", ws}).exitCode == 0);
    std::string bytes;
    for (int i = 0; i < 5000; ++i)
        bytes += static_cast<char>(i % 251);
    cwtest::writeFile(dir / "procedure.docx", bytes);
    const auto attach = runCli({"docs", "attach", ws, "SMS-L2-INC-01", (dir / "procedure.docx").string()});
    REQUIRE(attach.exitCode == 0);
    CHECK_THAT(attach.out, Catch::Contains("Attached procedure.docx (5000 bytes, sha256 " +
                                           cw::Sha256::hex(bytes) + ") to SMS-L2-INC-01 version 1.0"));

    std::filesystem::create_directories(dir / "out");
    const auto extract = runCli({"docs", "extract", ws, "SMS-L2-INC-01", (dir / "out").string()});
    REQUIRE(extract.exitCode == 0);
    CHECK_THAT(extract.out, Catch::Contains("verified"));
    CHECK(cwtest::readFile(dir / "out" / "procedure.docx") == bytes);
    const auto twice = runCli({"docs", "extract", ws, "SMS-L2-INC-01", (dir / "out").string()});
    CHECK(twice.exitCode == 3);
    CHECK_THAT(twice.err, Catch::Contains("already exists; it is not overwritten"));

    const auto none = runCli({"docs", "extract", ws, "SMS-L2-CHG-01", (dir / "out").string()});
    CHECK(none.exitCode == 3);
    CHECK_THAT(none.err, Catch::Contains("SMS-L2-CHG-01 version 1.0 has no attached files"));
    const auto unknown = runCli({"docs", "attach", ws, "NOPE", (dir / "procedure.docx").string()});
    CHECK(unknown.exitCode == 3);
    CHECK_THAT(unknown.err, Catch::Contains("no document 'NOPE'"));
    const auto missing = runCli({"docs", "attach", ws, "SMS-L2-INC-01", (dir / "nope.pdf").string()});
    CHECK(missing.exitCode == 2);
    CHECK_THAT(missing.err, Catch::Contains("nope.pdf: no such file"));
    CHECK(runCli({"docs", "attach", ws, "SMS-L2-INC-01", (dir / "procedure.docx").string()}).exitCode == 3);
}

TEST_CASE("docs evidence and the demo register", "[cli][documents]")
{
    cwtest::TempDir dir;
    const auto ws = (dir / "demo.cwb").string();
    REQUIRE(runCli({"init", ws, "--demo"}).exitCode == 0);
    const auto evidence = nlohmann::json::parse(runCli({"docs", "evidence", ws, "--format", "json"}).out);
    const auto rfc = std::find_if(evidence.begin(), evidence.end(),
                                  [](const auto& e) { return e["code"] == "SMS-L4-RFC-01"; });
    REQUIRE(rfc != evidence.end());
    CHECK((*rfc)["first"] == "2026-06-30");
    CHECK((*rfc)["entries"] == 6);
    const auto overdue = runCli({"docs", "list", ws, "--overdue"});
    CHECK_THAT(overdue.out, Catch::Contains("SMS-L1-PLN-01") && Catch::Contains("OVERDUE"));
    std::filesystem::create_directories(dir / "out");
    const auto extract =
        runCli({"docs", "extract", ws, "SMS-L2-INC-01", (dir / "out").string(), "--doc-version", "1.1"});
    REQUIRE(extract.exitCode == 0);
    CHECK_THAT(cwtest::readFile(dir / "out" / "incident-priority-matrix.txt"),
               Catch::Contains("事件优先级矩阵"));
}
