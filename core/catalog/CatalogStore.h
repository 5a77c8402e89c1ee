#pragma once

#include "catalog/Catalog.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cw {

class Workspace;
class WriteContext;

struct CatalogSummary {
    std::string id;
    LocalizedText title;
    std::string publisher;
    std::string edition;
    std::string contentVersion;
    std::vector<std::string> languages;
    CatalogOrigin origin = CatalogOrigin::Json;
    std::int64_t requirementCount = 0;
    std::int64_t assessableCount = 0;
};

/// The catalogs the workspace holds copies of, in the order they were added.
[[nodiscard]] std::vector<CatalogSummary> listWorkspaceCatalogs(Workspace& ws);
[[nodiscard]] bool workspaceHasCatalog(Workspace& ws, const std::string& id);
/// The workspace's copy; Error(NotFound) when absent.
[[nodiscard]] Catalog loadWorkspaceCatalog(Workspace& ws, const std::string& id);

/// Adds a validated catalog as one user action; Error(InvalidInput) when the id is taken.
void addCatalog(Workspace& ws, const Catalog& catalog);
/// Within an action: writes the catalog (the id must be free).
void storeCatalog(WriteContext& ctx, const Catalog& catalog);

/// Within an action: stores the links whose two catalogs are in the workspace; links to absent
/// catalogs are skipped, a link to a missing requirement of a present catalog is an error.
/// Returns how many were stored.
std::size_t storeMappings(WriteContext& ctx, const std::vector<MappingLink>& links,
                          const std::string& source);

/// Every stored link, as stored.
[[nodiscard]] std::vector<MappingLink> allWorkspaceMappings(Workspace& ws);
/// Links of one requirement to the other catalogs, oriented from it (symmetric reading).
[[nodiscard]] std::vector<MappingLink> mappedRequirements(Workspace& ws, const std::string& catalogId,
                                                          const std::string& ref);

/// Copies a built-in catalog into the workspace (one action) with its mappings to the
/// catalogs already there. Does nothing when the workspace has it. Error(NotFound) if unknown.
void addBuiltinCatalog(Workspace& ws, const std::string& id);

} // namespace cw
