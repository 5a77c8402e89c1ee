#include "documents/StarterSet.h"

#include "catalog/BuiltinCatalogs.h"
#include "catalog/CatalogStore.h"
#include "common/Error.h"
#include "common/Json.h"
#include "common/Resources.h"
#include "documents/DocumentRegister.h"
#include "documents/DocumentStorage.h"
#include "engagement/Engagement.h"
#include "storage/Workspace.h"

#include <map>

namespace cw {

StarterSet loadStarterSet(const std::filesystem::path& file)
{
    const std::string source = file.string();
    const nlohmann::json tree = parseJson(readTextFile(source), source);
    const JsonNode root(tree, source);
    root.allowOnly({"format", "format_version", "catalog", "description", "documents"});
    if (root.at("format").string() != "conformance-workbench-starter-set")
        root.at("format").fail("expected \"conformance-workbench-starter-set\"");
    (void)root.at("format_version").integerIn(1, 1);
    StarterSet set;
    set.catalogId = root.at("catalog").nonEmptyString();
    const Catalog& catalog = builtinCatalog(set.catalogId);
    std::map<std::string, int> levels;
    for (const auto& item : root.at("documents").array()) {
        item.allowOnly(
            {"code", "level", "type", "parent", "clauses", "review_months", "retention_months", "title"});
        StarterDocument d;
        d.code = item.at("code").nonEmptyString();
        d.level = static_cast<int>(item.at("level").integerIn(kMinDocumentLevel, kMaxDocumentLevel));
        d.type = item.at("type").string();
        if (const auto r = item.find("review_months"))
            d.reviewMonths = static_cast<int>(r->integerIn(1, 120));
        if (const auto r = item.find("retention_months"))
            d.retentionMonths = static_cast<int>(r->integerIn(1, 1200));
        const auto title = item.at("title");
        title.allowOnly({"en", "zh"});
        d.title = {title.at("en").nonEmptyString(), title.at("zh").nonEmptyString()};
        Document probe;
        probe.code = d.code;
        probe.title = d.title.en;
        probe.level = d.level;
        probe.type = d.type;
        if (const auto p = docstore::findFieldProblem(probe))
            item.at(p->key).fail(p->problem);
        if (const auto p = item.find("parent")) {
            d.parent = p->nonEmptyString();
            const auto parent = levels.find(d.parent);
            if (parent == levels.end())
                p->fail("'" + d.parent + "' is not listed before this entry");
            if (!levelMayDeriveFrom(d.level, parent->second))
                p->fail(levelOrderMessage(d.code, d.level, d.parent, parent->second));
        } else if (d.level != 1) {
            item.fail("a level-" + std::to_string(d.level) + " entry needs a parent");
        }
        for (const auto& c : item.at("clauses").array()) {
            const std::string ref = c.nonEmptyString();
            if (!catalog.find(ref))
                c.fail("'" + ref + "' is not a clause of " + set.catalogId);
            d.clauses.push_back(ref);
        }
        if (!levels.emplace(d.code, d.level).second)
            item.at("code").fail("the code '" + d.code + "' appears twice");
        set.documents.push_back(std::move(d));
    }
    return set;
}

const StarterSet& builtinStarterSet()
{
    static const StarterSet set = loadStarterSet(resources::find("documents/starter-set.json"));
    return set;
}

std::vector<std::string> createStarterSet(Workspace& ws)
{
    const StarterSet& set = builtinStarterSet();
    return ws.write("Create starter document register", [&](WriteContext&) {
        std::vector<std::string> taken;
        for (const auto& d : set.documents)
            if (findDocument(ws, d.code))
                taken.push_back(d.code);
        if (!taken.empty()) {
            std::string list;
            for (std::size_t i = 0; i < taken.size() && i < 10; ++i)
                list += (list.empty() ? "" : ", ") + taken[i];
            if (taken.size() > 10)
                list += " and " + std::to_string(taken.size() - 10) + " more";
            throw Error(ErrorCode::InvalidInput,
                        "the register already holds " + std::to_string(taken.size()) +
                            " of the starter set's codes (" + list + "); the starter set was not created");
        }
        if (!workspaceHasCatalog(ws, set.catalogId))
            addBuiltinCatalog(ws, set.catalogId);
        const std::string language = loadEngagement(ws).language;
        std::vector<std::string> codes;
        for (const auto& s : set.documents) {
            Document d;
            d.code = s.code;
            d.title = s.title.in(language);
            d.level = s.level;
            d.type = s.type;
            if (!s.parent.empty())
                d.parentId = documentIdForCode(ws, s.parent);
            d.reviewMonths = s.reviewMonths;
            d.retentionMonths = s.retentionMonths;
            for (const auto& ref : s.clauses)
                d.clauses.push_back({set.catalogId, ref});
            (void)createDocument(ws, d);
            codes.push_back(s.code);
        }
        return codes;
    });
}

} // namespace cw
