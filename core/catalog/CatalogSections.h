#pragma once

#include "interchange/InterchangeSection.h"

namespace cw {

/// `catalogs`: the workspace's catalog copies, each in the catalog file format.
class CatalogSection final : public InterchangeSection {
public:
    [[nodiscard]] std::string_view key() const override { return "catalogs"; }
    void exportTo(Workspace& ws, nlohmann::ordered_json& root) const override;
    [[nodiscard]] std::function<void(WriteContext&)> prepare(Workspace& ws,
                                                             const JsonNode& root) const override;
    [[nodiscard]] bool hasData(Workspace& ws) const override;
    void clear(WriteContext& ctx) const override;
};

/// `catalog_mappings`: links between requirements of the workspace's catalogs.
class CatalogMappingSection final : public InterchangeSection {
public:
    [[nodiscard]] std::string_view key() const override { return "catalog_mappings"; }
    void exportTo(Workspace& ws, nlohmann::ordered_json& root) const override;
    [[nodiscard]] std::function<void(WriteContext&)> prepare(Workspace& ws,
                                                             const JsonNode& root) const override;
};

} // namespace cw
