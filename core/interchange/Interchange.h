#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace cw {

class Workspace;

inline constexpr const char* kInterchangeFormat = "conformance-workbench";
inline constexpr int kInterchangeVersion = 1;

struct ImportOptions {
    /// Replace the workspace's data instead of refusing a workspace that already holds some.
    bool replace = false;
};

/// The whole workspace as the interchange document.
[[nodiscard]] nlohmann::ordered_json exportWorkspace(Workspace& ws);
/// Same, as text (2-space indented, UTF-8, trailing newline).
[[nodiscard]] std::string exportWorkspaceText(Workspace& ws);

/// Validates the whole document first (Error(InvalidInput) with source and JSON path), then
/// writes it as one action. On any error the workspace is left as it was.
void importWorkspace(Workspace& ws, const nlohmann::json& document, const std::string& source,
                     const ImportOptions& options = {});
/// Parses and imports text.
void importWorkspaceText(Workspace& ws, const std::string& text, const std::string& source,
                         const ImportOptions& options = {});

} // namespace cw
