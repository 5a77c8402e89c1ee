#include "AssessmentFixtures.h"

#include "assessment/Assessment.h"
#include "assessment/AssessmentActions.h"
#include "assessment/AssessmentResults.h"
#include "assessment/EvidenceLinks.h"
#include "common/Error.h"
#include "documents/DocumentRegister.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using cw::AssessmentStatus;

namespace {

std::unique_ptr<cw::Workspace> filled(const std::filesystem::path& file)
{
    auto ws = cwtest::newWorkspace(file);
    const auto a = cw::createAssessment(*ws, {"Baseline", "2026-04-15", {"Li Na", "Tom"}, {}, "Whole SMS"});
    const auto b =
        cw::createAssessment(*ws, {"Follow-up", "2026-10-20", {}, {"iso20000-1:2018", "iso27001:2022"}, ""});
    const cw::RequirementKey k{"iso20000-1:2018", "8.6.1"};
    cw::setResultStatus(*ws, a, k, AssessmentStatus::Nonconformant);
    cw::setResultField(*ws, a, k, cw::ResultField::Maturity, "1");
    cw::setResultField(*ws, a, k, cw::ResultField::Notes, "无事件管理程序 \"none\"");
    cw::setResultStatus(*ws, a, {"iso20000-1:2018", "8.2.3"}, AssessmentStatus::NotApplicable,
                        "All in-house");
    cw::setResultStatus(*ws, b, {"iso27001:2022", "A.5.1"}, AssessmentStatus::Conformant);
    cw::Document doc;
    doc.code = "SMS-L2-INC";
    doc.title = "Incident management procedure";
    doc.level = 2;
    doc.type = "procedure";
    const auto d = cw::createDocument(*ws, doc);
    cw::addEvidenceLink(*ws, b, k, d); // also stores the untouched result
    cw::GapAction act;
    act.assessmentId = a;
    act.key = k;
    act.title = "Write the incident procedure";
    act.owner = "Wang Fang";
    act.dueDate = "2026-05-31";
    act.priority = cw::ActionPriority::High;
    act.status = cw::ActionStatus::Done;
    (void)cw::createAction(*ws, act);
    return ws;
}

} // namespace

TEST_CASE("assessments, results, evidence links and actions round-trip", "[assessment][interchange]")
{
    cwtest::useSourceResources();
    cwtest::TempDir dir;
    auto ws = filled(dir / "a.cwb");
    const std::string first = cw::exportWorkspaceText(*ws);
    const auto doc = nlohmann::json::parse(first);
    REQUIRE(doc["assessments"].size() == 2);
    const auto& base = doc["assessments"][0];
    CHECK(base["name"] == "Baseline");
    CHECK(base["assessors"] == nlohmann::json({"Li Na", "Tom"}));
    CHECK(base["results"].size() == 2);
    CHECK(base["actions"][0]["due_date"] == "2026-05-31");
    CHECK(doc["assessments"][1]["results"][0]["documents"] == nlohmann::json({"SMS-L2-INC"}));

    cw::NewWorkspace init;
    init.name = "Copy";
    auto copy = cw::Workspace::create(dir / "b.cwb", init);
    cw::importWorkspaceText(*copy, first, "first.json");
    CHECK(cw::exportWorkspaceText(*copy) == first);
}

TEST_CASE("a malformed assessments section is refused with its JSON path",
          "[assessment][interchange][failure]")
{
    cwtest::useSourceResources();
    cwtest::TempDir dir;
    auto ws = filled(dir / "a.cwb");
    const auto good = nlohmann::json::parse(cw::exportWorkspaceText(*ws));
    struct Case {
        std::string pointer;
        nlohmann::json value;
        std::string expected;
    };
    const std::vector<Case> cases{
        {"/assessments/0/date", "April", "$.assessments[0].date"},
        {"/assessments/1/name", "Baseline", "another assessment is named 'Baseline'"},
        {"/assessments/0/catalogs/0", "iso99999",
         "$.assessments[0].catalogs[0]: the catalog 'iso99999' is not in this file"},
        {"/assessments/0/results/0/status", "yes", "$.assessments[0].results[0].status"},
        {"/assessments/0/results/0/ref", "8.6", "is a heading"},
        {"/assessments/0/results/0/ref", "8.6.1", "has a result already"},
        {"/assessments/0/results/0/maturity", 9, "$.assessments[0].results[0].maturity"},
        {"/assessments/0/results/0/justification", "", "not_applicable needs a justification"},
        {"/assessments/0/results/0/catalog", "iso27001:2022", "does not cover the catalog 'iso27001:2022'"},
        {"/assessments/1/results/0/documents/0", "NOPE", "the document 'NOPE' is not in this file"},
        {"/assessments/0/actions/0/priority", "urgent", "$.assessments[0].actions[0].priority"},
        {"/assessments/0/actions/0/title", "", "$.assessments[0].actions[0].title"},
        {"/assessments/0/colour", "red", "$.assessments[0].colour: unknown field"},
    };
    for (const auto& c : cases) {
        INFO(c.pointer << " = " << c.value.dump());
        auto bad = good;
        bad[nlohmann::json::json_pointer(c.pointer)] = c.value;
        cw::NewWorkspace init;
        init.name = "Copy";
        const auto file = dir / "copy.cwb";
        std::filesystem::remove(file);
        auto copy = cw::Workspace::create(file, init);
        const auto before = cw::exportWorkspaceText(*copy);
        try {
            cw::importWorkspace(*copy, bad, "bad.json");
            FAIL("accepted");
        } catch (const cw::Error& e) {
            CHECK(e.code() == cw::ErrorCode::InvalidInput);
            CHECK_THAT(e.what(), Catch::Contains(c.expected));
        }
        CHECK(cw::exportWorkspaceText(*copy) == before);
    }
}
