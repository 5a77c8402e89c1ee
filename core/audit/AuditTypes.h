#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

/// Where an internal audit stands: planned -> in_progress -> reported -> closed (see AuditLifecycle.h).
enum class AuditStatus { Planned, InProgress, Reported, Closed };

/// "planned", "in_progress", "reported", "closed".
[[nodiscard]] std::string_view toString(AuditStatus s);
[[nodiscard]] std::optional<AuditStatus> auditStatusFromString(std::string_view s);
[[nodiscard]] const std::vector<AuditStatus>& allAuditStatuses();
/// Reported or closed: the audit was carried out and its results count as audited.
[[nodiscard]] bool isCompleted(AuditStatus s);

/// The result of a checklist line. Pending: not answered yet (stored as NULL).
enum class ChecklistResult { Pending, Conforming, Nonconformity, Observation, NotAudited };

/// "pending", "conforming", "nonconformity", "observation", "not_audited".
[[nodiscard]] std::string_view toString(ChecklistResult r);
[[nodiscard]] std::optional<ChecklistResult> checklistResultFromString(std::string_view s);
[[nodiscard]] const std::vector<ChecklistResult>& allChecklistResults();

/// Entity names in the audit trail and in change notifications (Change::entity); the entity id
/// is the row id in decimal.
inline constexpr std::string_view kProgrammeEntity = "audit_programme";
inline constexpr std::string_view kAuditEntity = "audit";
inline constexpr std::string_view kChecklistEntity = "audit_checklist_line";

/// Leading and trailing white space removed.
[[nodiscard]] std::string trimmed(std::string_view s);
/// One name per line, each trimmed, empty lines dropped.
[[nodiscard]] std::vector<std::string> splitNames(const std::string& text);
[[nodiscard]] std::string joinNames(const std::vector<std::string>& names);
/// The key two names are compared by (independence of auditors): trimmed, ASCII lower case,
/// inner runs of spaces collapsed, and a trailing note in parentheses dropped, so
/// "Wang Lei (service desk)" and "wang  lei" are the same person; "王磊（服务台）" is "王磊".
[[nodiscard]] std::string personKey(std::string_view name);

/// Validates "YYYY-MM-DD" when not empty; Error(InvalidInput) "<what>: ..." otherwise.
void requireDateOrEmpty(const std::string& value, const std::string& what);

} // namespace cw
