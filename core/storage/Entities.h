#pragma once

#include <string_view>
#include <vector>

namespace cw {

/// A kind of record the workspace holds, for counts in `info` and the dashboard.
struct EntityTable {
    std::string_view name;  ///< user-facing key, e.g. "audit_trail"
    std::string_view table; ///< SQL table
};

/// Every counted entity, in display order. Features add theirs here.
[[nodiscard]] const std::vector<EntityTable>& entityTables();

} // namespace cw
