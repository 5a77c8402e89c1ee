#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <string_view>

namespace cw {

class JsonNode;
class Workspace;
class WriteContext;

/// One part of the interchange document (docs/interchange-format.md), owned by the feature that
/// owns the data. Sections are exported and imported in registration order, so a section may
/// refer to entities of sections registered before it.
class InterchangeSection {
public:
    virtual ~InterchangeSection() = default;
    /// Top-level key of the section in the document.
    [[nodiscard]] virtual std::string_view key() const = 0;
    virtual void exportTo(Workspace& ws, nlohmann::ordered_json& root) const = 0;
    /// Validates the section of `root` completely, without writing, and returns the step that
    /// writes it. The node is the whole document.
    [[nodiscard]] virtual std::function<void(WriteContext&)> prepare(Workspace& ws,
                                                                     const JsonNode& root) const = 0;
    /// Whether the workspace already holds data of this section that an import would collide with.
    [[nodiscard]] virtual bool hasData(Workspace&) const { return false; }
    /// Removes the section's data (import --replace), in reverse registration order.
    virtual void clear(WriteContext&) const {}
};

} // namespace cw
