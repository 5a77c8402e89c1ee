#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cw {

class Workspace;

struct AuditEntry {
    std::int64_t id = 0;
    std::int64_t actionId = 0;
    std::string atUtc;
    std::string actor;
    std::string action;
    std::string entity;
    std::string entityId;
    std::string field;
    std::optional<std::string> oldValue;
    std::optional<std::string> newValue;
};

struct AuditQuery {
    std::optional<std::string> entity;   ///< e.g. "engagement"
    std::optional<std::string> entityId; ///< with entity: one record
    std::size_t limit = 0;               ///< 0: all; otherwise the newest `limit` entries
};

/// The audit trail, oldest first.
[[nodiscard]] std::vector<AuditEntry> listAuditTrail(Workspace& ws, const AuditQuery& query = {});

} // namespace cw
