#include "DocumentFixtures.h"

#include "common/Error.h"
#include "demo/Demo.h"
#include "documents/Attachments.h"
#include "documents/DocumentQuery.h"
#include "documents/DocumentVersions.h"
#include "documents/RecordEntries.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using registertest::Register;

TEST_CASE("documents with versions, transitions, clauses, records and attachments round-trip",
          "[documents][interchange]")
{
    Register r;
    const auto man = r.add("MAN", 1, "manual", {}, {"4.3"}, "服务管理手册");
    const auto rec = r.add("REC", 4, "record", r.add("PROC", 2, "procedure", man, {"8.6.1"}), {"8.6.1"});
    const std::string binary("\x00\x01\xff\xfe zip", 8);
    (void)cw::attachData(*r.ws, cw::currentDocumentVersion(*r.ws, rec).id, "sample.bin", binary);
    (void)cw::addRecordEntry(*r.ws, rec, {0, 0, "2026-10-31", "INC-2026-10", "十月抽样"});
    cw::changeDocumentStatus(*r.ws, man, cw::DocumentStatus::InReview, "请审批");
    cw::changeDocumentStatus(*r.ws, man, cw::DocumentStatus::Approved, "ok", "2026-11-01");
    (void)cw::startNewVersion(*r.ws, man, cw::VersionStep::Minor, "Scope extended");
    const std::string first = cw::exportWorkspaceText(*r.ws);

    const auto json = nlohmann::json::parse(first);
    const auto& docs = json["documents"];
    REQUIRE(docs.size() == 3);
    CHECK(docs[0]["code"] == "MAN"); // by code
    CHECK(docs[1]["parent"] == "MAN");
    CHECK(docs[2]["parent"] == "PROC");
    REQUIRE(docs[2]["versions"][0]["attachments"].size() == 1);
    CHECK(docs[2]["versions"][0]["attachments"][0]["content"] == "AAH//iB6aXA=");
    CHECK(docs[2]["versions"][0]["attachments"][0]["size"] == 8);
    CHECK(docs[0]["versions"][0]["transitions"][1]["by"] == "chen.jing");
    CHECK(docs[0]["versions"][1]["status"] == "draft");

    cwtest::TempDir other;
    cw::NewWorkspace init;
    init.name = "Copy";
    auto copy = cw::Workspace::create(other / "copy.cwb", init, r.clock);
    cw::importWorkspaceText(*copy, first, "first.json");
    CHECK(cw::exportWorkspaceText(*copy) == first);
    const auto id = *cw::findDocument(*copy, "REC");
    const auto files = cw::currentDocumentVersion(*copy, id).attachments;
    REQUIRE(files.size() == 1);
    CHECK(cw::attachmentContent(*copy, files[0].id) == binary);
    cw::DocumentFilter f;
    f.text = "Scope extended";
    CHECK(cw::countDocuments(*copy, f) == 1); // the search index is built on import
}

TEST_CASE("a malformed documents section is refused with its JSON path and changes nothing",
          "[documents][interchange][failure]")
{
    Register r;
    const auto base = nlohmann::json::parse(cw::exportWorkspaceText(*r.ws));
    const std::string before = r.state();
    auto doc = [](const std::string& code, int level, const std::string& extra = "") {
        return R"({"code": ")" + code + R"(", "title": "T", "level": )" + std::to_string(level) +
               R"(, "type": "procedure", "versions": [{"version": "1.0", "status": "draft"}])" + extra + "}";
    };
    const std::vector<std::pair<std::string, std::string>> cases{
        {doc("A", 2) + "," + doc("A", 2), "$.documents[1].code: the code 'A' appears twice"},
        {doc("M", 1) + "," + doc("F", 4, R"(, "parent": "M")"),
         "$.documents[1].parent: 'F' (level 4) cannot derive from 'M' (level 1)"},
        {doc("F", 4, R"(, "parent": "X")"), "$.documents[0].parent: no document 'X' in this file"},
        {doc("A", 2, R"(, "type": "poem")"), "$.documents[0].type: unknown type 'poem'"}, // the last key wins
        {doc("A B", 2), "$.documents[0].code: the code 'A B' may hold only letters"},
        {doc("A", 2, R"(, "clauses": [{"catalog": "iso20000-1:2018", "ref": "8.99"}])"),
         "$.documents[0].clauses[0].ref: '8.99' is not a requirement"},
        {doc("A", 2, R"(, "record_entries": [{"date": "2026-01-01"}])"),
         "$.documents[0].record_entries: only level-4 records and forms carry record entries"},
        {R"({"code": "A", "title": "T", "level": 2, "type": "procedure", "versions": []})",
         "$.documents[0].versions: a document needs at least one version"},
        {R"({"code": "A", "title": "T", "level": 2, "type": "procedure", "versions": [{"version": "1", "status": "draft"}]})",
         "$.documents[0].versions[0].version: expected a version of the form MAJOR.MINOR"},
        {R"({"code": "A", "title": "T", "level": 2, "type": "procedure", "versions": [{"version": "1.0", "status": "approved"},
            {"version": "1.1", "status": "approved"}]})",
         "$.documents[0].versions[1].status: only one version can be approved"},
        {R"({"code": "A", "title": "T", "level": 2, "type": "procedure", "versions": [{"version": "1.0", "status": "approved",
            "transitions": [{"from": "draft", "to": "in_review", "at": "2026-01-01T00:00:00Z"}]}]})",
         "$.documents[0].versions[0].transitions[0].to: the last transition must lead to the version's "
         "status \"approved\""},
        {R"({"code": "A", "title": "T", "level": 2, "type": "procedure", "versions": [{"version": "1.0", "status": "draft",
            "attachments": [{"name": "../x", "content": ""}]}]})",
         "$.documents[0].versions[0].attachments[0].name: '../x' is not a safe file name"},
        {R"({"code": "A", "title": "T", "level": 2, "type": "procedure", "versions": [{"version": "1.0", "status": "draft",
            "attachments": [{"name": "x.txt", "content": "not base64!"}]}]})",
         "$.documents[0].versions[0].attachments[0].content: expected the file's bytes in base64"},
        {R"({"code": "A", "title": "T", "level": 2, "type": "procedure", "versions": [{"version": "1.0", "status": "draft",
            "attachments": [{"name": "x.txt", "content": "YWJj", "sha256": "00"}]}]})",
         "$.documents[0].versions[0].attachments[0].sha256: does not match the content (its SHA-256 is "
         "ba7816bf"},
        {R"({"code": "A", "title": "T", "level": 2, "type": "procedure", "owner": 7, "versions": [{"version": "1.0", "status": "draft"}]})",
         "$.documents[0].owner: expected a string"},
        {R"({"code": "A", "title": "T", "level": 2, "type": "procedure", "versions": [{"version": "1.0", "status": "done"}]})",
         "$.documents[0].versions[0].status: must be"},
    };
    for (const auto& [docs, expected] : cases) {
        INFO(docs);
        auto document = base;
        document["documents"] = nlohmann::json::parse("[" + docs + "]");
        try {
            cw::importWorkspace(*r.ws, document, "bad.json", cw::ImportOptions{true});
            FAIL("accepted");
        } catch (const cw::Error& e) {
            CHECK(e.code() == cw::ErrorCode::InvalidInput);
            CHECK_THAT(e.what(), Catch::StartsWith("bad.json") && Catch::Contains(expected));
        }
        CHECK(r.state() == before);
    }
}

TEST_CASE("the demo register holds every level, statuses, an overdue review and months of records",
          "[documents][demo]")
{
    cwtest::useSourceResources();
    cwtest::TempDir dir;
    auto clock = std::make_shared<cw::FixedClock>(cw::parseUtc("2026-11-22T08:00:00Z", "test clock"));
    auto ws = cw::createDemoWorkspace(dir / "demo.cwb", "zh", clock);
    for (int level = 1; level <= 4; ++level) {
        cw::DocumentFilter f;
        f.level = level;
        CHECK(cw::countDocuments(*ws, f) >= 3);
    }
    cw::DocumentFilter overdue;
    overdue.overdueOnly = true;
    CHECK(cw::countDocuments(*ws, overdue) == 1);
    for (const auto s :
         {cw::DocumentStatus::Draft, cw::DocumentStatus::InReview, cw::DocumentStatus::Approved}) {
        cw::DocumentFilter f;
        f.status = s;
        CHECK(cw::countDocuments(*ws, f) >= 2);
    }
    const auto inc = cw::loadDocument(*ws, cw::documentIdForCode(*ws, "SMS-L2-INC-01"));
    CHECK(inc.title == "事件管理程序");
    const auto evidence = cw::recordEvidenceByDocument(*ws);
    const auto incidents = std::find_if(evidence.begin(), evidence.end(),
                                        [](const auto& e) { return e.code == "SMS-L4-INC-01"; });
    REQUIRE(incidents != evidence.end());
    CHECK(incidents->span.months == 6); // June to November 2026
    const auto files =
        cw::currentDocumentVersion(*ws, cw::documentIdForCode(*ws, "SMS-L2-INC-01")).attachments;
    REQUIRE(files.size() == 1);
    CHECK_THAT(cw::attachmentContent(*ws, files[0].id), Catch::Contains("P1"));
}
