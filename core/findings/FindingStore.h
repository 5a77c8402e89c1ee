#pragma once
// Internal to core/findings: row readers and writers. Not for the UI.

#include "findings/Finding.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace SQLite {
class Database;
}

namespace cw::findingstore {

/// Findings matching `where` (SQL on alias f; one optional int parameter), with clauses, by code.
[[nodiscard]] std::vector<Finding> readFindings(SQLite::Database& db, const std::string& where = {},
                                                std::optional<std::int64_t> param = {});
[[nodiscard]] std::optional<Finding> readFinding(SQLite::Database& db, std::int64_t id);
[[nodiscard]] Finding requireFinding(SQLite::Database& db, std::int64_t id);
[[nodiscard]] std::vector<CorrectiveAction> readActions(SQLite::Database& db, std::int64_t findingId);
[[nodiscard]] std::vector<Verification> readVerifications(SQLite::Database& db, std::int64_t findingId);
/// readActions() and readVerifications() of every finding in one query each, by finding id.
[[nodiscard]] std::unordered_map<std::int64_t, std::vector<CorrectiveAction>> readAllActions(SQLite::Database& db);
[[nodiscard]] std::unordered_map<std::int64_t, std::vector<Verification>> readAllVerifications(SQLite::Database& db);
/// Audit id -> audit code, for every audit.
[[nodiscard]] std::unordered_map<std::int64_t, std::string> auditCodes(SQLite::Database& db);
[[nodiscard]] std::vector<FindingTransition> readTransitions(SQLite::Database& db, std::int64_t findingId);
[[nodiscard]] std::string auditCode(SQLite::Database& db, std::optional<std::int64_t> auditId);
[[nodiscard]] FindingSnapshot readSnapshot(SQLite::Database& db, std::int64_t id);

/// Updates the row when the id exists, else inserts it (id 0: a new id); writes the clauses.
std::int64_t writeFindingRow(SQLite::Database& db, const Finding& f);
/// Inserts (id 0: new id) or updates a corrective action.
std::int64_t writeAction(SQLite::Database& db, const CorrectiveAction& a);
std::int64_t insertVerification(SQLite::Database& db, std::int64_t findingId, const Verification& v);
std::int64_t insertTransition(SQLite::Database& db, std::int64_t findingId, const FindingTransition& t);
/// Error(InvalidInput) when another finding than `except` has this code.
void requireFreeCode(SQLite::Database& db, const std::string& code, std::int64_t except = 0);
/// Error(InvalidInput) "finding X is closed; it can no longer be changed".
void requireNotClosed(const Finding& f);

} // namespace cw::findingstore
