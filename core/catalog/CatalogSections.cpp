#include "catalog/CatalogSections.h"

#include "catalog/CatalogJson.h"
#include "catalog/CatalogStore.h"
#include "common/Json.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>

#include <set>

namespace cw {

void CatalogSection::exportTo(Workspace& ws, nlohmann::ordered_json& root) const
{
    auto arr = nlohmann::ordered_json::array();
    for (const auto& s : listWorkspaceCatalogs(ws))
        arr.push_back(catalogToJson(loadWorkspaceCatalog(ws, s.id)));
    root["catalogs"] = std::move(arr);
}

std::function<void(WriteContext&)> CatalogSection::prepare(Workspace&, const JsonNode& root) const
{
    std::vector<Catalog> catalogs;
    if (const auto node = root.find("catalogs")) {
        std::set<std::string> ids;
        for (const auto& item : node->array()) {
            // Paths in errors stay relative to the whole document.
            Catalog c = catalogFromJson(item, item.path());
            if (!ids.insert(c.id).second)
                item.at("id").fail("the catalog '" + c.id + "' appears twice");
            catalogs.push_back(std::move(c));
        }
    }
    return [catalogs = std::move(catalogs)](WriteContext& ctx) {
        for (const auto& c : catalogs)
            storeCatalog(ctx, c);
    };
}

bool CatalogSection::hasData(Workspace& ws) const
{
    return ws.db().execAndGet("SELECT count(*) FROM catalog").getInt64() > 0;
}

void CatalogSection::clear(WriteContext& ctx) const
{
    for (const auto& s : listWorkspaceCatalogs(ctx.workspace()))
        ctx.record("catalog", s.id, "removed", s.contentVersion, std::nullopt);
    ctx.workspace().db().exec("DELETE FROM catalog_mapping; DELETE FROM required_document; "
                              "DELETE FROM requirement_question; DELETE FROM requirement; "
                              "DELETE FROM catalog_process_group; DELETE FROM catalog;");
}

void CatalogMappingSection::exportTo(Workspace& ws, nlohmann::ordered_json& root) const
{
    auto arr = nlohmann::ordered_json::array();
    for (const auto& l : allWorkspaceMappings(ws))
        arr.push_back({{"source_catalog", l.sourceCatalog},
                       {"source_ref", l.sourceRef},
                       {"target_catalog", l.targetCatalog},
                       {"target_ref", l.targetRef},
                       {"relation", toString(l.relation)}});
    root["catalog_mappings"] = std::move(arr);
}

std::function<void(WriteContext&)> CatalogMappingSection::prepare(Workspace&, const JsonNode& root) const
{
    std::vector<MappingLink> links;
    std::set<std::string> catalogIds;
    std::map<std::string, std::set<std::string>> refs;
    if (const auto cats = root.find("catalogs"))
        for (const auto& c : cats->array()) {
            const auto id = c.str("id");
            for (const auto& r : c.at("requirements").array())
                refs[id].insert(r.str("ref"));
        }
    if (const auto node = root.find("catalog_mappings")) {
        for (const auto& item : node->array()) {
            item.allowOnly({"source_catalog", "source_ref", "target_catalog", "target_ref", "relation"});
            MappingLink l;
            l.sourceCatalog = item.at("source_catalog").nonEmptyString();
            l.sourceRef = item.at("source_ref").nonEmptyString();
            l.targetCatalog = item.at("target_catalog").nonEmptyString();
            l.targetRef = item.at("target_ref").nonEmptyString();
            const auto rel = mappingRelationFromString(item.at("relation").string());
            if (!rel)
                item.at("relation").fail("must be \"equivalent\" or \"related\"");
            l.relation = *rel;
            if (!refs[l.sourceCatalog].count(l.sourceRef))
                item.at("source_ref")
                    .fail("'" + l.sourceRef + "' is not a requirement of a catalog '" + l.sourceCatalog +
                          "' in this file");
            if (!refs[l.targetCatalog].count(l.targetRef))
                item.at("target_ref")
                    .fail("'" + l.targetRef + "' is not a requirement of a catalog '" + l.targetCatalog +
                          "' in this file");
            links.push_back(std::move(l));
        }
    }
    return [links = std::move(links)](WriteContext& ctx) {
        (void)storeMappings(ctx, links, "$.catalog_mappings");
    };
}

} // namespace cw
