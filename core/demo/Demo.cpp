#include "demo/Demo.h"

#include "catalog/BuiltinCatalogs.h"
#include "catalog/CatalogJson.h"
#include "common/Error.h"
#include "common/Json.h"
#include "common/Resources.h"
#include "interchange/Interchange.h"
#include "storage/Workspace.h"

namespace cw {

nlohmann::json localizeDemoTree(const nlohmann::json& tree, const std::string& language)
{
    if (tree.is_object()) {
        const std::string key = "@" + language;
        if (tree.contains("@en") || tree.contains("@zh")) {
            if (tree.contains(key) && tree[key].is_string())
                return tree[key];
            return tree.contains("@en") ? tree["@en"] : tree["@zh"];
        }
        nlohmann::json out = nlohmann::json::object();
        for (const auto& item : tree.items())
            out[item.key()] = localizeDemoTree(item.value(), language);
        return out;
    }
    if (tree.is_array()) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& v : tree)
            out.push_back(localizeDemoTree(v, language));
        return out;
    }
    return tree;
}

std::unique_ptr<Workspace> createDemoWorkspace(const std::filesystem::path& file, const std::string& language,
                                               std::shared_ptr<const Clock> clock)
{
    if (language != "en" && language != "zh")
        throw Error(ErrorCode::Usage, "language must be 'en' or 'zh', not '" + language + "'");
    const auto source = resources::find("demo/demo-engagement.json");
    const nlohmann::json tree = parseJson(readTextFile(source.string()), source.string());
    nlohmann::json doc = localizeDemoTree(tree, language);
    // "@catalogs" names built-in catalogs; the demo carries full copies, as any workspace does.
    if (doc.contains("@catalogs")) {
        nlohmann::json catalogs = nlohmann::json::array();
        nlohmann::json mappings = nlohmann::json::array();
        const auto ids = doc["@catalogs"].get<std::vector<std::string>>();
        for (std::size_t i = 0; i < ids.size(); ++i) {
            catalogs.push_back(nlohmann::json::parse(catalogToJson(builtinCatalog(ids[i])).dump()));
            for (std::size_t k = 0; k < i; ++k)
                for (const auto& l : builtinMappingLinks(ids[k], ids[i]))
                    mappings.push_back({{"source_catalog", l.sourceCatalog},
                                        {"source_ref", l.sourceRef},
                                        {"target_catalog", l.targetCatalog},
                                        {"target_ref", l.targetRef},
                                        {"relation", toString(l.relation)}});
        }
        doc.erase("@catalogs");
        doc["catalogs"] = std::move(catalogs);
        doc["catalog_mappings"] = std::move(mappings);
    }
    doc["engagement"]["language"] = language;
    NewWorkspace init;
    init.name = doc["engagement"].value("name", std::string("Demo"));
    init.language = language;
    auto ws = Workspace::create(file, init, std::move(clock));
    try {
        importWorkspace(*ws, doc, source.filename().string(), ImportOptions{true});
    } catch (...) {
        ws.reset();
        std::error_code ec;
        std::filesystem::remove(file, ec);
        throw;
    }
    return ws;
}

} // namespace cw
