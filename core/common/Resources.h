#pragma once

#include <filesystem>
#include <vector>

namespace cw::resources {

/// Directories searched, in order, for data files (catalogs, demo data). The applications set it
/// at start-up: $CW_DATA_DIR, then next to the executable (../share/conformance-workbench),
/// then the source tree of a development build.
void setSearchPath(std::vector<std::filesystem::path> dirs);
[[nodiscard]] const std::vector<std::filesystem::path>& searchPath();

/// The first existing `relative` under the search path; Error(CannotOpen) listing where it looked.
[[nodiscard]] std::filesystem::path find(const std::filesystem::path& relative);

} // namespace cw::resources
