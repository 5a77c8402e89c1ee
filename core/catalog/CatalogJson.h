#pragma once

#include "catalog/Catalog.h"

#include <nlohmann/json.hpp>

#include <string>

namespace cw {

class JsonNode;

/// Reads a catalog in our JSON format (docs/catalog-format.md) and validates it completely.
[[nodiscard]] Catalog parseCatalogJson(const std::string& text, const std::string& source);
[[nodiscard]] Catalog catalogFromJson(const JsonNode& node, const std::string& source);
/// The catalog in our JSON format; parseCatalogJson(catalogToJson(c)) == c.
[[nodiscard]] nlohmann::ordered_json catalogToJson(const Catalog& c);

/// Reads a mapping file (docs/catalog-format.md, "Mapping file").
[[nodiscard]] MappingSet parseMappingJson(const std::string& text, const std::string& source);

} // namespace cw
