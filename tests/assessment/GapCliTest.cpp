#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using Catch::Contains;
using cwtest::runCli;

namespace {
const char* kBaseline = "Baseline gap analysis";
const char* kFollowUp = "Follow-up assessment";

std::string demo(const cwtest::TempDir& dir, const std::string& lang = "en")
{
    const auto file = (dir / ("demo-" + lang + ".cwb")).string();
    REQUIRE(runCli({"init", file, "--demo", "--lang", lang}).exitCode == 0);
    return file;
}
} // namespace

TEST_CASE("gap summary as JSON: ratios in 0..1 per top-level clause", "[cli][gap]")
{
    cwtest::TempDir dir;
    const auto ws = demo(dir);
    const auto r = runCli({"gap", "summary", ws, "--assessment", kBaseline, "--format", "json"});
    REQUIRE(r.exitCode == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["assessment"] == kBaseline);
    // Baseline: 2 conformant, 32 partial, 22 nonconformant, 1 not applicable: (2 + 16) / 56.
    CHECK(j["overall"]["readiness"] == 0.3214);
    CHECK(j["overall"]["coverage"] == 1.0);
    REQUIRE(j["clauses"].size() == 7);
    std::vector<std::string> refs;
    for (const auto& c : j["clauses"]) {
        refs.push_back(c["ref"]);
        CHECK(c.contains("readiness"));
        CHECK(c.contains("coverage"));
        CHECK(c["readiness"].get<double>() >= 0.0);
        CHECK(c["readiness"].get<double>() <= 1.0);
    }
    CHECK(refs == std::vector<std::string>{"4", "5", "6", "7", "8", "9", "10"});
    CHECK(j["clauses"][0]["readiness"] == 0.25); // 4.1 and 4.2 partial, 4.3 and 4.4 nonconformant
    CHECK(j["not_applicable_not_permitted"] == nlohmann::json({"8.2.3"}));

    const auto deep =
        nlohmann::json::parse(runCli({"gap", "summary", ws, "--format", "json", "--depth", "2"}).out);
    CHECK(deep["assessment"] == kFollowUp); // the newest by default
    CHECK(deep["clauses"].size() > 7);
    CHECK(deep["not_applicable_not_permitted"].empty());

    const auto table = runCli({"gap", "summary", ws, "--assessment", kBaseline});
    REQUIRE(table.exitCode == 0);
    CHECK_THAT(table.out,
               Contains("32.1%") && Contains("not permitted for a conformity claim") && Contains("8.2.3"));
    const auto zh = runCli({"gap", "summary", demo(dir, "zh"), "--assessment", "基线差距分析"});
    CHECK_THAT(zh.out, Contains("组织环境"));

    CHECK(runCli({"gap", "summary", ws, "--assessment", "Nope"}).exitCode == 3);
    CHECK(runCli({"gap", "summary", ws, "--format", "xml"}).exitCode == 1);
}

TEST_CASE("gap compare, list and actions on the demo", "[cli][gap]")
{
    cwtest::TempDir dir;
    const auto ws = demo(dir);
    const auto cmp = runCli({"gap", "compare", ws, kBaseline, kFollowUp, "--format", "json"});
    REQUIRE(cmp.exitCode == 0);
    const auto j = nlohmann::json::parse(cmp.out);
    CHECK(j["overall"]["readiness_a"] < j["overall"]["readiness_b"]);
    REQUIRE(j["regressed"].size() == 1);
    CHECK(j["regressed"][0]["ref"] == "8.7.3.2");
    CHECK(j["applicability_changed"][0]["ref"] == "8.2.3");
    CHECK(j["improved"].size() > 40);
    CHECK_THAT(runCli({"gap", "compare", ws, kBaseline, kFollowUp}).out, Contains("Regressed (1)"));

    const auto csvFile = dir / "gaps.csv";
    REQUIRE(runCli({"gap", "list", ws, "--format", "csv", "--output", csvFile.string()}).exitCode == 0);
    const auto csv = cwtest::readFile(csvFile);
    CHECK_THAT(csv, Catch::StartsWith("rank,catalog,ref,title,status,priority"));
    CHECK_THAT(csv, Contains("1,iso20000-1:2018,9.3,")); // the one nonconformity comes first
    const auto list = nlohmann::json::parse(runCli({"gap", "list", ws, "--format", "json"}).out);
    CHECK(list["gaps"].size() == 8);

    const auto actions = nlohmann::json::parse(runCli({"gap", "actions", ws, "--format", "json"}).out);
    REQUIRE(actions.size() == 13);
    CHECK(actions[0]["overdue"] == true);
    CHECK(actions[0]["ref"] == "9.2");
    const auto overdue = runCli({"gap", "actions", ws, "--overdue"});
    CHECK_THAT(overdue.out, Contains("OVERDUE") && Contains("internal audit"));
}

TEST_CASE("gap create, record and import from the command line", "[cli][gap]")
{
    cwtest::TempDir dir;
    const auto ws = (dir / "w.cwb").string();
    REQUIRE(runCli({"init", ws}).exitCode == 0);
    REQUIRE(
        runCli({"gap", "create", ws, "Baseline", "--date", "2026-04-15", "--assessor", "Li Na"}).exitCode ==
        0);
    const auto na = runCli({"gap", "record", ws, "8.2.3", "--status", "not_applicable"});
    CHECK(na.exitCode == 3);
    CHECK_THAT(na.err, Contains("needs a justification"));
    const auto ok =
        runCli({"gap", "record", ws, "8.2.3", "--status", "not_applicable", "--justification", "In-house"});
    CHECK(ok.exitCode == 0);
    CHECK_THAT(ok.err, Contains("not permitted for a conformity claim"));

    cwtest::writeFile(dir / "sheet.csv",
                      "条款,状态,备注\n4.1,符合,有环境分析\n4.2,部分符合,\n4.9,不符合,\n5.2,,\n");
    const auto before = runCli({"export", ws}).out;
    const auto bad = runCli({"gap", "import", ws, (dir / "sheet.csv").string()});
    CHECK(bad.exitCode == 3);
    CHECK_THAT(bad.err, Contains("line 4, column A (条款): '4.9' is not a clause") &&
                            Contains("nothing was imported"));
    CHECK(runCli({"export", ws}).out == before);
    const auto preview = runCli({"gap", "import", ws, (dir / "sheet.csv").string(), "--preview"});
    CHECK(preview.exitCode == 3);
    CHECK_THAT(preview.out, Contains("nothing was written"));
    cwtest::writeFile(dir / "sheet.csv", "条款,状态,备注\n4.1,符合,有环境分析\n4.2,Largely,\n5.2,,\n");
    const auto good = runCli({"gap", "import", ws, (dir / "sheet.csv").string(), "--create", "Imported",
                              "--date", "2026-03-01", "--status", "Largely=partial", "--map", "C=gap"});
    REQUIRE(good.exitCode == 0);
    CHECK_THAT(good.out, Contains("Imported 2 requirement(s) into Imported (2026-03-01)"));
    const auto list = nlohmann::json::parse(
        runCli({"gap", "list", ws, "--assessment", "Imported", "--format", "json"}).out);
    REQUIRE(list["gaps"].size() == 1);
    CHECK(list["gaps"][0]["ref"] == "4.2");
    const auto sum = nlohmann::json::parse(
        runCli({"gap", "summary", ws, "--assessment", "Imported", "--format", "json"}).out);
    CHECK(sum["overall"]["readiness"] == 0.0263); // (1 + 0.5) / 57
}
