#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using cwtest::runCli;

TEST_CASE("catalog list and show", "[cli][catalog]")
{
    const auto list = runCli({"catalog", "list"});
    REQUIRE(list.exitCode == 0);
    CHECK_THAT(list.out, Catch::Contains("iso20000-1:2018") && Catch::Contains("iso27001:2022") &&
                             Catch::Contains("iso9001:2015"));
    const auto tree = runCli({"catalog", "show", "iso20000-1:2018", "--lang", "zh"});
    REQUIRE(tree.exitCode == 0);
    CHECK_THAT(tree.out, Catch::Contains("8.6.1  事件管理"));
    const auto json =
        nlohmann::json::parse(runCli({"catalog", "show", "iso20000-1:2018", "--format", "json"}).out);
    CHECK(json["id"] == "iso20000-1:2018");
    REQUIRE(json["requirements"].size() == 77);
    const auto& first = json["requirements"][0];
    for (const char* key :
         {"ref", "parent", "title_en", "title_zh", "assessable", "questions", "level", "process_group"})
        CHECK(first.contains(key));
    CHECK(json["requirements"][1]["questions"][0].contains("zh"));
    const auto unknown = runCli({"catalog", "show", "iso99999"});
    CHECK(unknown.exitCode == 3);
    CHECK_THAT(unknown.err, Catch::Contains("iso99999"));
}

TEST_CASE("catalog import, validate and list in a workspace", "[cli][catalog]")
{
    cwtest::TempDir dir;
    const auto ws = (dir / "w.cwb").string();
    REQUIRE(runCli({"init", ws}).exitCode == 0);
    const auto yaml = (cwtest::sharedDir() / "interop" / "ciso-assistant" / "iso27001-2022.yaml").string();
    CHECK(runCli({"catalog", "validate", yaml}).exitCode == 0);
    const auto imported = runCli({"catalog", "import", ws, yaml});
    REQUIRE(imported.exitCode == 0);
    CHECK_THAT(imported.out, Catch::Contains("140 requirements"));
    REQUIRE(runCli({"catalog", "add", ws, "iso20000-1:2018"}).exitCode == 0);
    const auto list = nlohmann::json::parse(runCli({"catalog", "list", ws, "--format", "json"}).out);
    REQUIRE(list.size() == 2);
    CHECK(list[0]["id"] == "ciso:iso27001-2022");
    CHECK(list[1]["requirements"] == 77);
    // Importing it again is refused and leaves the workspace as it was.
    const auto again = runCli({"catalog", "import", ws, yaml});
    CHECK(again.exitCode == 3);
    cwtest::writeFile(dir / "bad.csv", "ref,title_en\n1,One\n1,Two\n");
    const auto bad = runCli({"catalog", "validate", (dir / "bad.csv").string()});
    CHECK(bad.exitCode == 3);
    CHECK_THAT(bad.err, Catch::Contains("line 3"));
    CHECK(runCli({"catalog", "import", ws, (dir / "bad.csv").string()}).exitCode == 3);
    CHECK(nlohmann::json::parse(runCli({"catalog", "list", ws, "--format", "json"}).out).size() == 2);
}

TEST_CASE("catalog mapping shows links in either direction", "[cli][catalog]")
{
    const auto ab = nlohmann::json::parse(
        runCli({"catalog", "mapping", "iso20000-1:2018", "iso27001:2022", "--format", "json"}).out);
    const auto ba = nlohmann::json::parse(
        runCli({"catalog", "mapping", "iso27001:2022", "iso20000-1:2018", "--format", "json"}).out);
    CHECK(ab["links"].size() == ba["links"].size());
    bool found = false;
    for (const auto& l : ba["links"])
        found = found || (l["source"] == "10.2" && l["target"] == "10.1" && l["relation"] == "equivalent");
    CHECK(found);
}
