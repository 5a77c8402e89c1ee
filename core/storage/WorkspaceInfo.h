#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace cw {

class Workspace;

struct WorkspaceInfo {
    std::string file;
    int schemaVersion = 0;
    std::string engagementName;
    std::string language;
    bool readOnly = false;
    /// Entity name -> number of rows, in a stable order.
    std::vector<std::pair<std::string, std::int64_t>> counts;
};

[[nodiscard]] WorkspaceInfo workspaceInfo(Workspace& ws);

struct CheckReport {
    std::vector<std::string> problems; ///< empty when the workspace is sound
    [[nodiscard]] bool ok() const { return problems.empty(); }
};

/// Integrity check, foreign-key check, application id, schema version and the schema itself (no
/// object the program did not create; see SchemaCheck.h).
[[nodiscard]] CheckReport checkWorkspace(Workspace& ws);

/// SQLite's quick_check of every page of `file`, through a read-only connection of its own, so it
/// can run on any thread while the workspace is open elsewhere (see OpenCheck::Deferred). Returns
/// an empty string when the file is sound, otherwise the first problem found (a file that cannot
/// be read at all is a problem too).
[[nodiscard]] std::string quickCheckFile(const std::filesystem::path& file);

} // namespace cw
