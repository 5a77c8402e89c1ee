#include "TestSupport.h"

#include "catalog/BuiltinCatalogs.h"
#include "catalog/CatalogStore.h"
#include "common/Error.h"
#include "documents/DocumentCoverage.h"
#include "documents/DocumentQuery.h"
#include "documents/DocumentRegister.h"
#include "documents/StarterSet.h"
#include "interchange/Interchange.h"
#include "storage/AuditTrail.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <set>

namespace {

std::unique_ptr<cw::Workspace> workspace(const cwtest::TempDir& dir, const std::string& language)
{
    cwtest::useSourceResources();
    cw::NewWorkspace init;
    init.name = "New engagement";
    init.language = language;
    return cw::Workspace::create(dir / ("s-" + language + ".cwb"), init);
}

} // namespace

TEST_CASE("the shipped starter set is a sound register skeleton", "[documents][starter]")
{
    cwtest::useSourceResources();
    const cw::StarterSet& set = cw::builtinStarterSet();
    CHECK(set.catalogId == "iso20000-1:2018");
    REQUIRE(set.documents.size() == 56);
    CHECK(set.documents.front().code == "SMS-L1-MAN-01");
    CHECK(set.documents.front().type == "manual");
    int perLevel[5] = {0, 0, 0, 0, 0};
    for (const auto& d : set.documents)
        ++perLevel[d.level];
    CHECK(perLevel[1] == 6);
    CHECK(perLevel[2] == 26);
    CHECK(perLevel[3] == 8);
    CHECK(perLevel[4] == 16);
    // One procedure for each process of clause 8 (every 8.x leaf with requirements of its own).
    const cw::Catalog& catalog = cw::builtinCatalog(set.catalogId);
    std::set<std::string> procedureClauses;
    for (const auto& d : set.documents)
        if (d.level == 2)
            procedureClauses.insert(d.clauses.begin(), d.clauses.end());
    for (const auto& req : catalog.requirements)
        if (req.ref.rfind("8.", 0) == 0 && catalog.children(req.ref).empty() && req.ref != "8.1" &&
            req.ref != "8.5.1.1" && req.ref != "8.7.3.1") // policies and the plan live at level 1
            CHECK(procedureClauses.count(req.ref) == 1);
}

TEST_CASE("the starter action creates the register, catalog first, titled in the engagement's language",
          "[documents][starter]")
{
    cwtest::TempDir dir;
    for (const std::string lang : {"en", "zh"}) {
        auto ws = workspace(dir, lang);
        REQUIRE_FALSE(cw::workspaceHasCatalog(*ws, "iso20000-1:2018"));
        const auto codes = cw::createStarterSet(*ws);
        CHECK(codes.size() == 56);
        CHECK(cw::workspaceHasCatalog(*ws, "iso20000-1:2018"));
        CHECK(cw::countDocuments(*ws) == 56);
        const auto inc = cw::loadDocument(*ws, cw::documentIdForCode(*ws, "SMS-L2-INC-01"));
        CHECK(inc.title == (lang == "zh" ? "事件管理程序" : "Incident management procedure"));
        CHECK(inc.level == 2);
        CHECK(inc.reviewMonths == 12);
        CHECK(inc.parentId == cw::documentIdForCode(*ws, "SMS-L1-MAN-01"));
        CHECK(inc.clauses == std::vector<cw::ClauseLink>{{"iso20000-1:2018", "8.6.1"}});
        const auto rec = cw::loadDocument(*ws, cw::documentIdForCode(*ws, "SMS-L4-INC-01"));
        CHECK(rec.parentId == cw::documentIdForCode(*ws, "SMS-L3-INC-01"));
        CHECK(rec.retentionMonths == 36);
        // Every required item of the catalog has a starter document of a fitting level, as a draft.
        for (const auto& row : cw::documentCoverage(*ws, "iso20000-1:2018")) {
            INFO(row.itemId);
            CHECK(row.status == cw::DocumentCoverageStatus::Draft);
        }
        cw::DocumentFilter drafts;
        drafts.status = cw::DocumentStatus::Draft;
        CHECK(cw::countDocuments(*ws, drafts) == 56);
        // One user action: undoing it is one step.
        std::set<std::int64_t> actions;
        std::size_t entries = 0;
        for (const auto& e : cw::listAuditTrail(*ws))
            if (e.action == "Create starter document register") {
                actions.insert(e.actionId);
                ++entries;
            }
        CHECK(actions.size() == 1);
        CHECK(entries > 56);
    }
}

TEST_CASE("the starter action refuses codes already in the register and changes nothing",
          "[documents][starter][failure]")
{
    cwtest::TempDir dir;
    auto ws = workspace(dir, "en");
    cw::addBuiltinCatalog(*ws, "iso20000-1:2018");
    cw::Document d;
    d.code = "SMS-L2-CHG-01";
    d.title = "Our own change procedure";
    d.level = 2;
    (void)cw::createDocument(*ws, d);
    const auto before = cw::exportWorkspaceText(*ws);
    CHECK_THROWS_WITH(
        cw::createStarterSet(*ws),
        Catch::Contains("the register already holds 1 of the starter set's codes (SMS-L2-CHG-01); the "
                        "starter set was not created"));
    CHECK(cw::exportWorkspaceText(*ws) == before);
}

TEST_CASE("a malformed starter-set file is refused with its JSON path", "[documents][starter][failure]")
{
    cwtest::useSourceResources();
    cwtest::TempDir dir;
    const std::string head = R"({"format": "conformance-workbench-starter-set", "format_version": 1,
        "catalog": "iso20000-1:2018", "documents": [)";
    const std::string man =
        R"({"code": "M", "level": 1, "type": "manual", "clauses": ["4.3"], "title": {"en": "M", "zh": "M"}})";
    const std::vector<std::pair<std::string, std::string>> cases{
        {man +
             R"(, {"code": "F", "level": 4, "type": "form", "parent": "M", "clauses": [], "title": {"en": "F", "zh": "F"}})",
         "$.documents[1].parent: 'F' (level 4) cannot derive from 'M' (level 1)"},
        {man + "," + man, "$.documents[1].code: the code 'M' appears twice"},
        {R"({"code": "M", "level": 1, "type": "manual", "clauses": ["4.9"], "title": {"en": "M", "zh": "M"}})",
         "$.documents[0].clauses[0]: '4.9' is not a clause of iso20000-1:2018"},
        {R"({"code": "P", "level": 2, "type": "procedure", "clauses": [], "title": {"en": "P", "zh": "P"}})",
         "$.documents[0]: a level-2 entry needs a parent"},
        {R"({"code": "M", "level": 1, "type": "manual", "clauses": [], "title": {"en": "M"}})",
         "$.documents[0].title: the required field 'zh' is missing"},
    };
    for (const auto& [docs, expected] : cases) {
        INFO(docs);
        cwtest::writeFile(dir / "set.json", head + docs + "]}");
        CHECK_THROWS_WITH(cw::loadStarterSet(dir / "set.json"), Catch::Contains(expected));
    }
}
