#pragma once

#include "documents/Document.h"
#include "findings/FindingTypes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

class Workspace;
class WriteContext;

/// A finding of an internal audit, or from outside one (external audit, complaint, incident
/// review ...). Nonconformities (major, minor) then carry the correction, the root cause, the
/// corrective actions and the verification of their effectiveness.
struct Finding {
    std::int64_t id = 0;
    std::string code; ///< unique, generated "NC-2026-001", "OBS-2026-001", "OFI-...", "PF-..."
    FindingType type = FindingType::Minor;
    FindingSource source = FindingSource::InternalAudit;
    std::optional<std::int64_t> auditId; ///< set exactly when the source is internal_audit
    std::string sourceReference;         ///< e.g. the complaint or incident number
    std::string title;                   ///< one line for lists
    std::string requirement;             ///< the requirement, in the auditor's words
    std::string statement;               ///< the nonconformity (or observation ...)
    std::string evidence;
    std::string raisedBy;
    std::string raisedOn; ///< YYYY-MM-DD
    std::string auditee;
    std::vector<ClauseLink> clauses; ///< any catalogs of the workspace, sorted
    FindingState state = FindingState::Open;
    std::string correction; ///< what was done to contain the nonconformity
    RcaMethod rcaMethod = RcaMethod::None;
    std::string rcaCategory; ///< fishbone only: one of fishboneCategories()
    std::string rootCause;   ///< five whys: one "why" per line, the last is the root cause
    bool operator==(const Finding&) const = default;
};

/// An action that removes the cause of a nonconformity. Round 1 is the first plan; each failed
/// verification starts the next round, whose actions must be implemented before verifying again.
struct CorrectiveAction {
    std::int64_t id = 0;
    std::int64_t findingId = 0;
    int round = 1;
    std::string description;
    std::string owner;
    std::string dueDate; ///< YYYY-MM-DD or empty
    ActionState state = ActionState::Planned;
    std::string implementedOn; ///< YYYY-MM-DD, set exactly when implemented
    std::string notes;
    bool operator==(const CorrectiveAction&) const = default;
};

/// A check of the effectiveness of the corrective actions: who, when, the result.
struct Verification {
    std::int64_t id = 0;
    std::string verifiedBy;
    std::string verifiedOn; ///< YYYY-MM-DD
    bool effective = false;
    std::string notes;
    bool operator==(const Verification&) const = default;
};

/// A state change: who, when (UTC) and why.
struct FindingTransition {
    std::int64_t id = 0;
    FindingState from = FindingState::Open;
    FindingState to = FindingState::Open;
    std::string atUtc;
    std::string actor;
    std::string comment;
    bool operator==(const FindingTransition&) const = default;
};

/// Everything a finding holds: what deleteFinding() removes and restoreFinding() puts back (undo of
/// a delete or of a lifecycle step), and what the interchange format carries.
struct FindingSnapshot {
    Finding finding;
    std::string auditCode;                      ///< code of finding.auditId, for files where ids mean nothing
    std::vector<CorrectiveAction> actions;      ///< by round, then creation
    std::vector<Verification> verifications;    ///< oldest first
    std::vector<FindingTransition> transitions; ///< oldest first
    /// The current round: 1 + the number of failed verifications.
    [[nodiscard]] int round() const;
    bool operator==(const FindingSnapshot&) const = default;
};

/// The fields of a finding editable one at a time. State changes go through FindingLifecycle.h,
/// clauses through setFindingClauses().
enum class FindingField {
    Type,
    Source,
    Audit,
    SourceReference,
    Title,
    Requirement,
    Statement,
    Evidence,
    RaisedBy,
    RaisedOn,
    Auditee,
    Correction,
    RcaMethod,
    RcaCategory,
    RootCause
};
/// "type", "source", "audit", "source_reference", "title", "requirement", "statement", "evidence",
/// "raised_by", "raised_on", "auditee", "correction", "rca_method", "rca_category", "root_cause".
[[nodiscard]] std::string_view fieldKey(FindingField f);
[[nodiscard]] std::optional<FindingField> findingFieldFromKey(std::string_view key);
/// The field as text, the form setFindingField() takes (the audit by code, enums as keys).
[[nodiscard]] std::string findingField(Workspace& ws, const Finding& f, FindingField field);

/// Error(NotFound) when absent.
[[nodiscard]] Finding loadFinding(Workspace& ws, std::int64_t id);
/// By code; Error(NotFound) naming it.
[[nodiscard]] Finding findingByCode(Workspace& ws, const std::string& code);
[[nodiscard]] FindingSnapshot snapshotFinding(Workspace& ws, std::int64_t id);

/// Creates a finding (state open) as one action and returns its id. An empty code is generated
/// from the type and the year raised (nextFindingCode()); an empty raisedOn is today, an empty
/// raisedBy the workspace's actor. Error(InvalidInput) for a missing title, a nonconformity that
/// cites no clause, a clause not in the workspace, an audit given for another source (or missing
/// for internal_audit), a taken code or a malformed date.
std::int64_t createFinding(Workspace& ws, const Finding& finding);
/// Sets one field as one action; a no-op when unchanged. Rules: a closed finding is frozen; the
/// type may move between major and minor at any time, but between a nonconformity and another
/// type only while the finding is open (the code stays); setting an audit makes the source
/// internal_audit, clearing it makes the source "other"; a source other than internal_audit
/// clears the audit.
void setFindingField(Workspace& ws, std::int64_t id, FindingField field, const std::string& value);
/// Replaces the cited clauses as one action (a nonconformity keeps at least one).
void setFindingClauses(Workspace& ws, std::int64_t id, const std::vector<ClauseLink>& clauses);
/// Deletes the finding with its actions, verifications and transitions as one action, and
/// returns them (the undo snapshot).
FindingSnapshot deleteFinding(Workspace& ws, std::int64_t id);
/// Puts a finding back exactly as the snapshot holds it, under the same ids, as one action.
void restoreFinding(Workspace& ws, const FindingSnapshot& snapshot,
                    const std::string& action = "Restore finding");

// --- Inside an action. ----------------------------------------------------------------------------
/// The next free code "<prefix>-<year>-NNN" for the type.
[[nodiscard]] std::string nextFindingCode(Workspace& ws, FindingType type, int year);
/// Checks the fields that need no database; Error(InvalidInput) starting with `where`.
void validateFinding(const Finding& f, const std::string& where);
/// Writes a snapshot: ids kept when `keepIds` (restore), else new ones and the audit found by code
/// (import). Checks the state against the data (a verified finding has an effective verification
/// ...). Returns the finding id.
std::int64_t writeFindingSnapshot(WriteContext& ctx, const FindingSnapshot& snapshot, bool keepIds);

} // namespace cw
