// Loading and validating catalog sources: our JSON, CISO Assistant YAML, CSV checklists.
#include "TestSupport.h"

#include "catalog/CatalogImport.h"
#include "catalog/CatalogJson.h"
#include "common/Error.h"

#include <catch2/catch.hpp>

#include <regex>

namespace {

std::string catalogJson(const std::string& requirements, const std::string& extra = "")
{
    return R"({"format": "conformance-workbench-catalog", "format_version": 1, "id": "test:1",
      "title": {"en": "Test", "zh": "测试"}, "content_version": "1", "languages": ["en", "zh"])" +
           extra + R"(, "requirements": )" + requirements + "}";
}

void requireRejected(const std::string& json, const std::string& expected)
{
    try {
        (void)cw::parseCatalogJson(json, "cat.json");
        FAIL("accepted: " << json);
    } catch (const cw::Error& e) {
        CHECK(e.code() == cw::ErrorCode::InvalidInput);
        CHECK_THAT(e.what(), Catch::StartsWith("cat.json: ") && Catch::Contains(expected));
    }
}

} // namespace

TEST_CASE("a valid catalog loads in tree order with depths", "[catalog][loader]")
{
    const auto c = cw::parseCatalogJson(catalogJson(R"([
        {"ref": "1", "parent": null, "title": {"en": "One", "zh": "一"}, "assessable": false},
        {"ref": "1.2", "parent": "1", "title": {"en": "One two", "zh": "一二"}, "assessable": true,
         "questions": [{"en": "Q?", "zh": "问？"}], "level": 2},
        {"ref": "2", "parent": null, "title": {"en": "Two", "zh": "二"}, "assessable": true},
        {"ref": "1.1", "parent": "1", "title": {"en": "One one", "zh": "一一"}, "assessable": true}])"),
                                        "cat.json");
    REQUIRE(c.requirements.size() == 4);
    CHECK(c.requirements[0].ref == "1");
    CHECK(c.requirements[1].ref == "1.2"); // siblings keep their given order
    CHECK(c.requirements[2].ref == "1.1");
    CHECK(c.requirements[3].ref == "2");
    CHECK(c.requirements[1].depth == 1);
    CHECK(c.assessableCount() == 3);
    // Writing and reading back gives the same catalog.
    CHECK(cw::parseCatalogJson(cw::catalogToJson(c).dump(), "again.json") == c);
}

TEST_CASE("broken catalogs are refused with the JSON path and the problem", "[catalog][loader][failure]")
{
    const std::string ok1 =
        R"({"ref": "1", "parent": null, "title": {"en": "One", "zh": "一"}, "assessable": true})";
    requireRejected(catalogJson("[" + ok1 + "," + ok1 + "]"), "$.requirements[1].ref: duplicate ref '1'");
    requireRejected(
        catalogJson(
            R"([{"ref": "1.1", "parent": "9", "title": {"en": "x", "zh": "x"}, "assessable": true}])"),
        "$.requirements[0].parent: parent '9' of '1.1' does not exist");
    requireRejected(
        catalogJson(R"([{"ref": "a", "parent": "b", "title": {"en": "x", "zh": "x"}, "assessable": true},
                                    {"ref": "b", "parent": "a", "title": {"en": "y", "zh": "y"}, "assessable": true}])"),
        "cycle");
    // The parent of an earlier requirement's parent is missing: named, not a crash (fuzzing found
    // the walk up the chain reaching the missing one first).
    requireRejected(
        catalogJson(R"([{"ref": "a.1", "parent": "a", "title": {"en": "x", "zh": "x"}, "assessable": true},
                                    {"ref": "a", "parent": "z", "title": {"en": "y", "zh": "y"}, "assessable": true}])"),
        "$.requirements[1].parent: parent 'z' of 'a' does not exist");
    requireRejected(
        catalogJson(R"([{"ref": "1", "parent": null, "title": {"en": "One"}, "assessable": true}])"),
        "$.requirements[0].title: the Chinese text is missing");
    requireRejected(
        catalogJson(R"([{"ref": "1", "parent": null, "title": {"en": "One", "zh": "一"}, "assessable": true,
                                     "questions": [{"en": "Why?", "zh": ""}]}])"),
        "$.requirements[0].questions[0]: the Chinese text is missing");
    requireRejected(
        catalogJson(R"([{"ref": "1", "parent": null, "title": {"en": "One", "zh": "一"}, "assessable": true,
                                     "level": 7}])"),
        "$.requirements[0].level: must be between 1 and 4");
    requireRejected(
        catalogJson(
            R"([{"ref": "1", "parent": null, "title": {"en": "One", "zh": "一"}, "assessable": "yes"}])"),
        "$.requirements[0].assessable: expected true or false");
    requireRejected(
        catalogJson(R"([{"ref": "1", "parent": null, "title": {"en": "One", "zh": "一"}, "assessable": true,
                                     "process_group": "magic"}])"),
        "unknown process group 'magic'");
    requireRejected(
        catalogJson(
            R"([{"ref": "1", "parent": null, "titel": {"en": "One", "zh": "一"}, "assessable": true}])"),
        "$.requirements[0].titel: unknown field");
    requireRejected(
        catalogJson("[" + ok1 + "]",
                    R"(, "required_documents": [{"id": "D1", "clause": "4.4", "kind": "document", "level": 1,
                                   "title": {"en": "Doc", "zh": "文件"}}])"),
        "$.required_documents[0].clause: clause '4.4' does not exist");
    requireRejected(R"({"format": "conformance-workbench-catalog", "format_version": 2})",
                    "$.format_version");
    requireRejected("{\"format\": ", "line 1");
}

TEST_CASE("both CISO Assistant sample libraries import with all nodes, parents and Chinese names",
          "[catalog][ciso]")
{
    for (const std::string name : {"iso27001-2022.yaml", "iso22301-2019.yaml"}) {
        DYNAMIC_SECTION(name)
        {
            const auto path = cwtest::sharedDir() / "interop" / "ciso-assistant" / name;
            const std::string text = cwtest::readFile(path);
            REQUIRE_FALSE(text.empty());
            // Count the YAML's requirement nodes independently of the importer.
            const std::regex nodeUrn(R"(\n +- urn: urn:intuitem:risk:req_node:)");
            const auto yamlNodes = static_cast<std::size_t>(std::distance(
                std::sregex_iterator(text.begin(), text.end(), nodeUrn), std::sregex_iterator()));
            const auto c = cw::readCatalogSource(path);
            CHECK(c.origin == cw::CatalogOrigin::CisoAssistant);
            CHECK(c.requirements.size() == yamlNodes);
            for (const auto& r : c.requirements)
                if (r.parent)
                    CHECK(c.find(*r.parent) != nullptr);
            const std::regex parentLine(R"(\n +parent_urn: )");
            const auto withParent = static_cast<std::size_t>(std::distance(
                std::sregex_iterator(text.begin(), text.end(), parentLine), std::sregex_iterator()));
            const auto importedWithParent = static_cast<std::size_t>(
                std::count_if(c.requirements.begin(), c.requirements.end(),
                              [](const cw::Requirement& r) { return r.parent.has_value(); }));
            CHECK(importedWithParent == withParent);
        }
    }
    const auto iso27001 =
        cw::readCatalogSource(cwtest::sharedDir() / "interop" / "ciso-assistant" / "iso27001-2022.yaml");
    CHECK(iso27001.id == "ciso:iso27001-2022");
    REQUIRE(iso27001.find("4.4") != nullptr);
    CHECK(iso27001.find("4.4")->title.zh == "信息安全管理系统");
    CHECK(iso27001.find("4.4")->parent == std::optional<std::string>("4"));
    CHECK_FALSE(iso27001.title.zh.empty());
}

TEST_CASE("broken CISO Assistant libraries are refused with a clear error", "[catalog][ciso][failure]")
{
    using cw::parseCisoAssistantYaml;
    CHECK_THROWS_WITH(parseCisoAssistantYaml("objects: [unclosed", "lib.yaml"),
                      Catch::StartsWith("lib.yaml: line"));
    CHECK_THROWS_WITH(parseCisoAssistantYaml("name: x\n", "lib.yaml"),
                      Catch::Contains("lib.yaml: objects: missing"));
    CHECK_THROWS_WITH(
        parseCisoAssistantYaml("objects:\n  framework:\n    urn: urn:x:framework:f\n    requirement_nodes:\n"
                               "    - urn: urn:x:n1\n      parent_urn: urn:x:nope\n      name: A\n",
                               "lib.yaml"),
        Catch::Contains("requirement_nodes[0].parent_urn") && Catch::Contains("urn:x:nope"));
    CHECK_THROWS_WITH(
        parseCisoAssistantYaml("objects:\n  framework:\n    urn: urn:x:framework:f\n    requirement_nodes:\n"
                               "    - urn: urn:x:n1\n      name: A\n    - urn: urn:x:n1\n      name: B\n",
                               "lib.yaml"),
        Catch::Contains("duplicate urn"));
}

TEST_CASE("a CSV checklist imports with headings, questions and levels", "[catalog][csv]")
{
    const std::string csv =
        "\xEF\xBB\xBFref,parent,title_en,title_zh,level,questions_en,questions_zh\r\n"
        "1,,Incidents,事件,,,\r\n"
        "1.1,1,Logging,记录,4,\"Who logs incidents?\nWhere?\",谁记录事件？|记录在哪里？\r\n"
        "1.2,1,\"Escalation, major\",升级,2,How do you escalate?,如何升级？\r\n";
    const auto c = cw::parseCsvCatalog(csv, "list.csv", "custom:list", "My checklist");
    REQUIRE(c.requirements.size() == 3);
    CHECK_FALSE(c.find("1")->assessable); // has children
    CHECK(c.find("1.1")->assessable);
    CHECK(c.find("1.1")->questions.size() == 2);
    CHECK(c.find("1.1")->questions[1].zh == "记录在哪里？");
    CHECK(c.find("1.2")->title.en == "Escalation, major");
    CHECK(c.find("1.2")->level == 2);
    CHECK(c.languages == std::vector<std::string>{"en", "zh"});
}

TEST_CASE("bad CSV rows are refused naming the line and column", "[catalog][csv][failure]")
{
    using cw::parseCsvCatalog;
    CHECK_THROWS_WITH(parseCsvCatalog("ref,title_en\n1,One\n,Two\n", "l.csv", "c:l", "L"),
                      "l.csv: line 3, column 'ref': must not be empty");
    CHECK_THROWS_WITH(parseCsvCatalog("ref,title_en,level\n1,One,9\n", "l.csv", "c:l", "L"),
                      Catch::Contains("line 2, column 'level'"));
    CHECK_THROWS_WITH(parseCsvCatalog("ref,title_en,colour\n1,One,red\n", "l.csv", "c:l", "L"),
                      Catch::Contains("line 1: unknown column 'colour'"));
    CHECK_THROWS_WITH(parseCsvCatalog("ref,title_en\n1,\"One\n", "l.csv", "c:l", "L"),
                      Catch::Contains("line 2: a quoted field is never closed"));
    CHECK_THROWS_WITH(parseCsvCatalog("ref,title_en\n1,One\n1,Again\n", "l.csv", "c:l", "L"),
                      Catch::Contains("line 3") && Catch::Contains("duplicate ref '1'"));
    CHECK_THROWS_WITH(parseCsvCatalog("ref,parent,title_en\n1.1,9,Orphan\n", "l.csv", "c:l", "L"),
                      Catch::Contains("line 2") && Catch::Contains("does not exist"));
    CHECK_THROWS_WITH(parseCsvCatalog("ref,title_en\n1,\xFF\xFE\n", "l.csv", "c:l", "L"),
                      Catch::Contains("not UTF-8"));
}
