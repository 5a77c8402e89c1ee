#pragma once
// Internal to core/audit: row readers and writers of audits. Not for the UI.

#include "audit/Audit.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace cw {

class WriteContext;

namespace auditstore {

/// Audits matching `where` (SQL on table alias a, one optional int parameter), with clauses.
[[nodiscard]] std::vector<Audit> readAudits(SQLite::Database& db, const std::string& where = {},
                                            std::optional<std::int64_t> param = {});
[[nodiscard]] std::optional<Audit> readAudit(SQLite::Database& db, std::int64_t id);
[[nodiscard]] Audit requireAudit(SQLite::Database& db, std::int64_t id);
[[nodiscard]] std::vector<ChecklistLine> readChecklist(SQLite::Database& db, std::int64_t auditId);
[[nodiscard]] std::vector<AuditTransition> readTransitions(SQLite::Database& db, std::int64_t auditId);
[[nodiscard]] std::string programmeName(SQLite::Database& db, std::optional<std::int64_t> programmeId);

/// Inserts (id 0: a new id) or replaces the audit row and its clauses. Returns the id.
std::int64_t writeAuditRow(SQLite::Database& db, const Audit& a);
std::int64_t insertChecklistLine(SQLite::Database& db, const ChecklistLine& line);
void insertTransition(SQLite::Database& db, std::int64_t auditId, const AuditTransition& t);
/// Error(InvalidInput) when another audit than `except` has this code.
void requireFreeCode(SQLite::Database& db, const std::string& code, std::int64_t except = 0);
/// Error(InvalidInput) unless the checklist of the audit may change (planned or in progress).
void requireChecklistEditable(const Audit& a);
/// Error(InvalidInput) when the audit is closed.
void requireNotClosed(const Audit& a);

} // namespace auditstore
} // namespace cw
