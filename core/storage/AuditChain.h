#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace SQLite {
class Database;
class Statement;
} // namespace SQLite

namespace cw {

class Workspace;

/// The fields of an audit entry that its hash covers.
struct ChainedEntry {
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

/// Selects an audit entry's chained fields, then prev_hash (column 10) and hash (column 11).
inline constexpr const char* kChainSelect =
    "SELECT id, action_id, at_utc, actor, action, entity, entity_id, field, old_value, "
    "new_value, prev_hash, hash FROM audit_trail";

/// The entry of the current row of a statement over kChainSelect.
[[nodiscard]] ChainedEntry readChainedEntry(SQLite::Statement& q);

/// The hash of the empty chain (before the first entry).
inline constexpr const char* kChainGenesis =
    "0000000000000000000000000000000000000000000000000000000000000000";

/// SHA-256 over the previous hash and every field, each length-prefixed so no two different
/// entries serialise alike.
[[nodiscard]] std::string chainHash(const std::string& prevHash, const ChainedEntry& e);

/// Hash of the newest entry and its id (genesis and 0 for an empty trail).
[[nodiscard]] std::pair<std::string, std::int64_t> chainHead(SQLite::Database& db);

/// Seals every entry of a trail from before schema 5 (none has a hash), oldest first. Called only
/// inside the transaction that upgrades such a file (Workspace::verifyIdentity), never on a later
/// open: an entry that was sealed is never sealed again, and an unsealed entry in a file of schema
/// 5 or later is tampering. Throws Error(Internal) when an entry already has a hash. Returns how
/// many were sealed.
std::size_t sealLegacyEntries(SQLite::Database& db);

struct ChainProblem {
    std::int64_t entryId = 0;
    std::string message;
};

struct ChainReport {
    std::int64_t entries = 0;
    std::string headHash;
    std::vector<ChainProblem> problems;
    [[nodiscard]] bool ok() const { return problems.empty(); }
};

/// Recomputes the chain and reports every edited, inserted, deleted or unsealed entry, and a trail
/// emptied in a workspace that holds an engagement. A page that cannot be read is
/// Error(CannotOpen) naming the file.
[[nodiscard]] ChainReport verifyAuditTrail(Workspace& ws);

} // namespace cw
