#pragma once

#include "catalog/Catalog.h"

#include <string>
#include <vector>

namespace cw {

/// Ids of the catalogs shipped under resources/catalogs/, in a fixed order (20000-1 first).
[[nodiscard]] std::vector<std::string> builtinCatalogIds();
/// A shipped catalog, loaded and validated (cached). Error(NotFound) for an unknown id.
[[nodiscard]] const Catalog& builtinCatalog(const std::string& id);
/// Every shipped mapping file.
[[nodiscard]] const std::vector<MappingSet>& builtinMappings();
/// Links between two shipped catalogs, oriented a -> b (files are read symmetrically).
[[nodiscard]] std::vector<MappingLink> builtinMappingLinks(const std::string& a, const std::string& b);

/// Orients a link so that its source is `catalogId` (swapping ends when needed).
[[nodiscard]] MappingLink orientedFrom(const MappingLink& link, const std::string& catalogId);

} // namespace cw
