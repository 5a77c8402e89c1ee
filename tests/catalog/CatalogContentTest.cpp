// The shipped catalogs: counts, exact clause titles, questions in both languages, mappings.
#include "TestSupport.h"

#include "catalog/BuiltinCatalogs.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

namespace {
const cw::Catalog& cat(const std::string& id)
{
    cwtest::useSourceResources();
    return cw::builtinCatalog(id);
}
bool isLeaf(const cw::Catalog& c, const cw::Requirement& r)
{
    return c.children(r.ref).empty();
}
} // namespace

TEST_CASE("ISO/IEC 20000-1:2018 has its 77 headings, 57 of them assessable leaves", "[catalog][content]")
{
    const auto& c = cat("iso20000-1:2018");
    CHECK(c.requirements.size() == 77);
    std::size_t leaves = 0;
    for (const auto& r : c.requirements) {
        INFO(r.ref);
        CHECK(r.assessable == isLeaf(c, r));
        leaves += isLeaf(c, r) ? 1 : 0;
        CHECK_FALSE(r.title.en.empty());
        CHECK_FALSE(r.title.zh.empty());
    }
    CHECK(leaves == 57);
    CHECK(c.languages == std::vector<std::string>{"en", "zh"});
    CHECK_FALSE(c.contentVersion.empty());
}

TEST_CASE("20000-1 clause titles are the standard's and the traps are respected", "[catalog][content]")
{
    const auto& c = cat("iso20000-1:2018");
    const std::map<std::string, std::string> expected{
        {"4.3", "Determining the scope of the service management system"},
        {"6.3", "Plan the service management system"},
        {"7.5.4", "Service management system documented information"},
        {"8.2.3", "Control of parties involved in the service lifecycle"},
        {"8.3.4.1", "Management of external suppliers"},
        {"8.3.4.2", "Management of internal suppliers and customers acting as a supplier"},
        {"8.5.1.3", "Change management activities"},
        {"8.7.3.3", "Information security incidents"},
        {"9.4", "Service reporting"},
        {"10.1", "Nonconformity and corrective action"},
        {"10.2", "Continual improvement"},
    };
    for (const auto& [ref, title] : expected) {
        INFO(ref);
        REQUIRE(c.find(ref) != nullptr);
        CHECK(c.find(ref)->title.en == title);
    }
    CHECK(c.find("8.6.1")->title.zh == "事件管理");
}

TEST_CASE("every 20000-1 leaf carries 2-6 bilingual questions, evidence, level and process group",
          "[catalog][content]")
{
    const auto& c = cat("iso20000-1:2018");
    std::set<std::string> groups{"none"};
    for (const auto& g : c.processGroups)
        groups.insert(g.id);
    CHECK(groups ==
          std::set<std::string>{"none", "service_delivery", "relationship", "resolution", "control"});
    std::map<std::string, int> perGroup;
    for (const auto& r : c.requirements) {
        if (!r.assessable)
            continue;
        INFO(r.ref);
        CHECK(r.questions.size() >= 2);
        CHECK(r.questions.size() <= 6);
        for (const auto& q : r.questions) {
            CHECK_FALSE(q.en.empty());
            CHECK_FALSE(q.zh.empty());
            CHECK(q.en.find(" shall ") == std::string::npos); // our words, not the standard's
        }
        CHECK_FALSE(r.evidence.en.empty());
        CHECK_FALSE(r.evidence.zh.empty());
        REQUIRE(r.level.has_value());
        CHECK(*r.level >= 1);
        CHECK(*r.level <= 4);
        CHECK(groups.count(r.processGroup) == 1);
        ++perGroup[r.processGroup];
    }
    CHECK(c.find("8.6.1")->processGroup == "resolution");
    CHECK(c.find("8.5.1.2")->processGroup == "control");
    CHECK(c.find("8.3.3")->processGroup == "service_delivery");
    CHECK(c.find("8.3.2")->processGroup == "relationship");
    CHECK(perGroup["none"] > 0);
}

TEST_CASE("20000-1 required documented information is listed with clause, kind and level",
          "[catalog][content]")
{
    const auto& c = cat("iso20000-1:2018");
    REQUIRE(c.requiredDocuments.size() >= 25);
    std::set<std::string> clauses;
    std::size_t documents = 0, records = 0;
    for (const auto& d : c.requiredDocuments) {
        INFO(d.id);
        CHECK(c.find(d.clause) != nullptr);
        CHECK(d.level >= 1);
        CHECK(d.level <= 4);
        CHECK_FALSE(d.title.zh.empty());
        clauses.insert(d.clause);
        (d.kind == cw::DocumentKind::Document ? documents : records) += 1;
    }
    for (const char* ref : {"4.3", "5.2.1", "6.2.1", "6.3", "8.5.1.1", "8.7.3.1", "8.7.2", "8.2.4", "8.3.3",
                            "8.3.4.1", "8.6.1", "9.2", "9.3", "10.1"})
        CHECK(clauses.count(ref) == 1);
    CHECK(documents >= 10);
    CHECK(records >= 10);
}

TEST_CASE("ISO/IEC 27001:2022 has clauses 4-10 and the 93 Annex A controls in four themes",
          "[catalog][content]")
{
    const auto& c = cat("iso27001:2022");
    std::map<std::string, int> themes;
    int controls = 0;
    for (const auto& r : c.requirements) {
        if (r.ref.rfind("A.", 0) == 0 && r.ref.size() > 3 &&
            std::count(r.ref.begin(), r.ref.end(), '.') == 2) {
            ++controls;
            CHECK(r.assessable);
            ++themes[r.theme];
        } else if (r.assessable) {
            INFO(r.ref);
            CHECK(r.questions.size() >= 2); // clauses 4-10 carry interview questions
        }
    }
    CHECK(controls == 93);
    CHECK(themes == std::map<std::string, int>{
                        {"organizational", 37}, {"people", 8}, {"physical", 14}, {"technological", 34}});
    CHECK(c.find("6.3")->title.en == "Planning of changes");
    CHECK(c.find("10.1")->title.en == "Continual improvement");
    CHECK(c.find("10.2")->title.en == "Nonconformity and corrective action");
    CHECK(c.find("A.5.23")->title.en == "Information security for use of cloud services");
    CHECK(c.find("A.8.28")->title.en == "Secure coding");
}

TEST_CASE("ISO 9001:2015 has clauses 4-10 with subclauses", "[catalog][content]")
{
    const auto& c = cat("iso9001:2015");
    for (const char* ref : {"4", "5", "6", "7", "8", "9", "10", "7.1.5.1", "8.5.6", "9.3.3", "10.3"}) {
        INFO(ref);
        CHECK(c.find(ref) != nullptr);
    }
    CHECK(c.find("10.3")->title.en == "Continual improvement");
    CHECK(c.find("8.7")->title.en == "Control of nonconforming outputs");
}

TEST_CASE("mappings are symmetric, refer to existing clauses and mind the numbering traps",
          "[catalog][mapping]")
{
    cwtest::useSourceResources();
    const std::vector<std::string> ids{"iso20000-1:2018", "iso27001:2022", "iso9001:2015"};
    for (const auto& a : ids)
        for (const auto& b : ids) {
            if (a == b)
                continue;
            const auto ab = cw::builtinMappingLinks(a, b);
            const auto ba = cw::builtinMappingLinks(b, a);
            REQUIRE(ab.size() == ba.size());
            REQUIRE_FALSE(ab.empty());
            std::set<std::tuple<std::string, std::string, cw::MappingRelation>> fwd, back;
            for (const auto& l : ab) {
                CHECK(cw::builtinCatalog(a).find(l.sourceRef) != nullptr);
                CHECK(cw::builtinCatalog(b).find(l.targetRef) != nullptr);
                fwd.emplace(l.sourceRef, l.targetRef, l.relation);
            }
            for (const auto& l : ba)
                back.emplace(l.targetRef, l.sourceRef, l.relation);
            CHECK(fwd == back);
        }
    auto relation = [](const std::string& a, const std::string& ra, const std::string& b,
                       const std::string& rb) {
        for (const auto& l : cw::builtinMappingLinks(a, b))
            if (l.sourceRef == ra && l.targetRef == rb)
                return std::optional<cw::MappingRelation>(l.relation);
        return std::optional<cw::MappingRelation>();
    };
    using R = cw::MappingRelation;
    CHECK(relation("iso20000-1:2018", "10.1", "iso27001:2022", "10.2") == R::Equivalent);
    CHECK(relation("iso20000-1:2018", "10.2", "iso27001:2022", "10.1") == R::Equivalent);
    CHECK(relation("iso20000-1:2018", "10.1", "iso27001:2022", "10.1") != R::Equivalent);
    CHECK(relation("iso20000-1:2018", "6.3", "iso27001:2022", "6.3") != R::Equivalent);
    CHECK(relation("iso20000-1:2018", "10.2", "iso9001:2015", "10.3") == R::Equivalent);
    CHECK(relation("iso20000-1:2018", "8.7.3.1", "iso27001:2022", "A.5.1") == R::Related);
    CHECK(relation("iso27001:2022", "9.2.1", "iso20000-1:2018", "9.2") == R::Equivalent);
}
