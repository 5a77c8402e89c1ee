#pragma once

#include "catalog/Catalog.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace cw {

enum class CatalogSourceFormat { Auto, Json, CisoAssistant, Csv };

struct CatalogImportOptions {
    CatalogSourceFormat format = CatalogSourceFormat::Auto; ///< Auto: by extension (.json, .yaml/.yml, .csv)
    std::string id;    ///< CSV: the catalog id (default: custom:<file stem>)
    std::string title; ///< CSV: the catalog title (default: the file stem)
};

/// Largest catalog source read: 16 MiB (the largest real framework library is under 2 MiB; YAML
/// takes about 50 times its size in memory while parsed).
inline constexpr std::uintmax_t kMaxCatalogFileBytes = 16u * 1024u * 1024u;

/// Reads and validates a catalog from any supported source (a regular file of at most
/// kMaxCatalogFileBytes; see readInputFile()). Nothing is written anywhere.
[[nodiscard]] Catalog readCatalogSource(const std::filesystem::path& file,
                                        const CatalogImportOptions& options = {});

/// A CISO Assistant framework library (YAML): objects.framework.requirement_nodes become the
/// requirements (urn, ref_id, name, description, parent_urn, assessable, depth), keeping the
/// Chinese (`zh`) translations. Id "ciso:<framework urn suffix>".
[[nodiscard]] Catalog parseCisoAssistantYaml(const std::string& text, const std::string& source);

/// A consultant's checklist as CSV (columns in docs/catalog-format.md, "CSV checklist").
[[nodiscard]] Catalog parseCsvCatalog(const std::string& text, const std::string& source,
                                      const std::string& id, const std::string& title);

} // namespace cw
