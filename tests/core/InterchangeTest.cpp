#include "TestSupport.h"

#include "common/Error.h"
#include "demo/Demo.h"
#include "engagement/Engagement.h"
#include "interchange/Interchange.h"
#include "storage/AuditTrail.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

namespace {
std::unique_ptr<cw::Workspace> emptyWorkspace(const std::filesystem::path& file)
{
    cw::NewWorkspace init;
    init.name = "Empty";
    return cw::Workspace::create(file, init);
}
} // namespace

TEST_CASE("export, import into an empty workspace, export again gives the same JSON", "[interchange]")
{
    cwtest::useSourceResources();
    cwtest::TempDir dir;
    for (const std::string lang : {"en", "zh"}) {
        auto demo = cw::createDemoWorkspace(dir / ("demo-" + lang + ".cwb"), lang);
        const std::string first = cw::exportWorkspaceText(*demo);
        auto copy = emptyWorkspace(dir / ("copy-" + lang + ".cwb"));
        cw::importWorkspaceText(*copy, first, "first.json");
        CHECK(cw::exportWorkspaceText(*copy) == first);
    }
}

TEST_CASE("the demo engagement is bilingual", "[interchange][demo]")
{
    cwtest::useSourceResources();
    cwtest::TempDir dir;
    auto en = cw::createDemoWorkspace(dir / "en.cwb", "en");
    auto zh = cw::createDemoWorkspace(dir / "zh.cwb", "zh");
    CHECK_THAT(cw::loadEngagement(*en).name, Catch::Contains("certification"));
    CHECK_THAT(cw::loadEngagement(*zh).name, Catch::Contains("认证项目"));
    CHECK(cw::loadEngagement(*zh).language == "zh");
    CHECK(cw::loadEngagement(*zh).organizationZh == "恒云数据服务有限公司");
}

TEST_CASE("a malformed document is refused with its JSON path and changes nothing", "[interchange][failure]")
{
    cwtest::TempDir dir;
    auto ws = emptyWorkspace(dir / "w.cwb");
    const auto trailBefore = cw::listAuditTrail(*ws).size();
    struct Case {
        std::string json;
        std::string expected;
    };
    const std::vector<Case> cases{
        {R"({"format": "something-else", "version": 1, "engagement": {"name": "x"}})", "$.format"},
        {R"({"format": "conformance-workbench", "version": 7, "engagement": {"name": "x"}})", "newer"},
        {R"({"format": "conformance-workbench", "version": 1})", "'engagement' is missing"},
        {R"({"format": "conformance-workbench", "version": 1, "engagement": {"name": 42}})",
         "$.engagement.name: expected a string"},
        {R"({"format": "conformance-workbench", "version": 1, "engagement": {"name": ""}})",
         "$.engagement.name: must not be empty"},
        {R"({"format": "conformance-workbench", "version": 1, "engagement": {"name": "x", "nmae": "y"}})",
         "$.engagement.nmae: unknown field"},
        {R"({"format": "conformance-workbench", "version": 1, "engagement": {"name": "x", "language": "fr"}})",
         "$.engagement.language"},
        {R"({"format": "conformance-workbench", "version": 1, "engagement": {"name": "x", "created_at": "yesterday"}})",
         "$.engagement.created_at"},
        {R"({"format": "conformance-workbench", "version": 1, "engagement": {"name": "x"}, "extra": []})",
         "$.extra: unknown section"},
        {R"({"format": "conformance-workbench", "version": 1, "engagement": {"name": "x"})", "line 1"},
    };
    for (const auto& c : cases) {
        INFO(c.json);
        try {
            cw::importWorkspaceText(*ws, c.json, "bad.json");
            FAIL("accepted");
        } catch (const cw::Error& e) {
            CHECK(e.code() == cw::ErrorCode::InvalidInput);
            CHECK_THAT(e.what(), Catch::StartsWith("bad.json") && Catch::Contains(c.expected));
        }
    }
    CHECK(cw::loadEngagement(*ws).name == "Empty");
    CHECK(cw::listAuditTrail(*ws).size() == trailBefore);
}

TEST_CASE("import records itself in the audit trail", "[interchange]")
{
    cwtest::TempDir dir;
    auto ws = emptyWorkspace(dir / "w.cwb");
    cw::importWorkspaceText(
        *ws,
        R"({"format": "conformance-workbench", "version": 1, "engagement": {"name": "Imported", "scope": "S"}})",
        "in.json");
    const auto trail = cw::listAuditTrail(*ws, {"engagement", "1", 2});
    REQUIRE(trail.size() == 2);
    CHECK(trail[0].action == "Import in.json");
    CHECK(cw::loadEngagement(*ws).name == "Imported");
}
