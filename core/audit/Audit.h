#pragma once

#include "audit/AuditTypes.h"
#include "documents/Document.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

class Workspace;
class WriteContext;

/// One internal audit (clause 9.2).
struct Audit {
    std::int64_t id = 0;
    std::string code; ///< unique, generated "IA-2026-01" unless given
    std::optional<std::int64_t> programmeId;
    std::string title;
    std::string scope;    ///< processes, sites, services audited, in words
    std::string criteria; ///< e.g. "ISO/IEC 20000-1:2018; SMS manual v1.1; change procedure"
    std::string leadAuditor;
    std::vector<std::string> auditors; ///< the rest of the team
    std::vector<std::string> auditees;
    /// Owners of the audited processes declared on the audit, in addition to the owners of the
    /// documents linked to the audited clauses (see Independence.h).
    std::vector<std::string> processOwners;
    std::string plannedStart, plannedEnd; ///< YYYY-MM-DD or empty
    std::string actualStart, actualEnd;   ///< YYYY-MM-DD or empty; set by the lifecycle when empty
    AuditStatus status = AuditStatus::Planned;
    std::string summary;             ///< the report's summary and conclusion
    std::vector<ClauseLink> clauses; ///< audited clauses (each covers the clauses below it), sorted
    bool operator==(const Audit&) const = default;
};

/// A status change: who, when (UTC) and why.
struct AuditTransition {
    std::int64_t id = 0;
    AuditStatus from = AuditStatus::Planned;
    AuditStatus to = AuditStatus::Planned;
    std::string atUtc;
    std::string actor;
    std::string comment;
    bool operator==(const AuditTransition&) const = default;
};

/// One line of an audit checklist.
struct ChecklistLine {
    std::int64_t id = 0;
    std::int64_t auditId = 0;
    int position = 0;                 ///< 1-based order in the checklist
    std::optional<ClauseLink> clause; ///< none for a line added without a clause
    std::string question;
    ChecklistResult result = ChecklistResult::Pending;
    std::string notes;
    std::string evidence;
    bool operator==(const ChecklistLine&) const = default;
};

/// Everything an audit holds: what deleteAudit() removes and restoreAudit() puts back (undo), and
/// what the interchange format carries.
struct AuditSnapshot {
    Audit audit;
    std::string programmeName;                ///< name of audit.programmeId, for files where ids mean nothing
    std::vector<ChecklistLine> checklist;     ///< in checklist order
    std::vector<AuditTransition> transitions; ///< oldest first
    bool operator==(const AuditSnapshot&) const = default;
};

/// The editable fields of an audit (status changes go through AuditLifecycle.h; clauses through
/// setAuditClauses()).
enum class AuditField {
    Programme,
    Title,
    Scope,
    Criteria,
    LeadAuditor,
    Auditors,
    Auditees,
    ProcessOwners,
    PlannedStart,
    PlannedEnd,
    ActualStart,
    ActualEnd,
    Summary
};
/// "programme", "title", "scope", "criteria", "lead_auditor", "auditors", "auditees", "process_owners",
/// "planned_start", "planned_end", "actual_start", "actual_end", "summary".
[[nodiscard]] std::string_view fieldKey(AuditField f);
[[nodiscard]] std::optional<AuditField> auditFieldFromKey(std::string_view key);
/// The field as text, the form setAuditField() takes: the programme by name, lists of people one
/// per line, absent dates as "".
[[nodiscard]] std::string auditField(Workspace& ws, const Audit& a, AuditField f);

/// Every audit (of one programme, when given), by planned start (none last), then code.
[[nodiscard]] std::vector<Audit> listAudits(Workspace& ws, std::optional<std::int64_t> programmeId = {});
/// Error(NotFound) when absent.
[[nodiscard]] Audit loadAudit(Workspace& ws, std::int64_t id);
/// By code; Error(NotFound) naming it.
[[nodiscard]] Audit auditByCode(Workspace& ws, const std::string& code);

/// Creates an audit (status planned, empty checklist) as one action and returns its id. An empty
/// code is generated: "IA-<year of the planned start, or of today>-NN". Error(InvalidInput) for a
/// missing title, a taken or malformed code, malformed dates, an end before its start, an unknown
/// programme or a clause not in the workspace.
std::int64_t createAudit(Workspace& ws, const Audit& audit);
/// Sets one field as one action; a no-op when unchanged. A closed audit is frozen.
void setAuditField(Workspace& ws, std::int64_t id, AuditField field, const std::string& value);
/// Replaces the audited clauses as one action (refused once the audit is reported or closed).
void setAuditClauses(Workspace& ws, std::int64_t id, const std::vector<ClauseLink>& clauses);

[[nodiscard]] AuditSnapshot snapshotAudit(Workspace& ws, std::int64_t id);
/// Deletes the audit with its checklist and transitions as one action and returns them (the undo
/// snapshot). Refused while findings were raised in it.
AuditSnapshot deleteAudit(Workspace& ws, std::int64_t id);
/// Puts an audit back exactly as the snapshot holds it, under the same ids, as one action
/// (re-creates a deleted one, or returns an existing one to an earlier state).
void restoreAudit(Workspace& ws, const AuditSnapshot& snapshot, const std::string& action = "Restore audit");

// --- Inside an action. ----------------------------------------------------------------------------
/// Checks the fields that need no database; Error(InvalidInput) starting with `where`.
void validateAudit(const Audit& a, const std::string& where);
/// The next free code "IA-<year>-NN".
[[nodiscard]] std::string nextAuditCode(Workspace& ws, int year);
/// Writes a snapshot: ids kept when `keepIds` (restore), else new ones and the programme found by
/// name (import). Returns the audit id.
std::int64_t writeAuditSnapshot(WriteContext& ctx, const AuditSnapshot& snapshot, bool keepIds);

} // namespace cw
