#pragma once

#include "common/Clock.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <memory>
#include <string>

namespace cw {

class Workspace;

/// Replaces every {"@en": ..., "@zh": ...} object in the tree by the text of `language`.
[[nodiscard]] nlohmann::json localizeDemoTree(const nlohmann::json& tree, const std::string& language);

/// Creates `file` holding the demo engagement (resources/demo/demo-engagement.json) in the given
/// language ("en" or "zh").
[[nodiscard]] std::unique_ptr<Workspace> createDemoWorkspace(const std::filesystem::path& file,
                                                             const std::string& language,
                                                             std::shared_ptr<const Clock> clock = {});

} // namespace cw
