#pragma once

#include "audit/Audit.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

class Workspace;

/// The status changes of an audit, all defined in AuditLifecycle.cpp:
///
///     planned --start--> in_progress --report--> reported --close--> closed
///                             ^                      |
///                             +-------reopen---------+
///
/// - start: needs a lead auditor and at least one audited clause; sets the actual start to today
///   when it is empty.
/// - report: needs a checklist whose every line has a result and a report summary; sets the actual
///   end to today when it is empty (and refuses an end before the start). Freezes the checklist.
/// - close: every checklist line marked nonconformity must be cited by a major or minor
///   nonconformity raised in the audit. A closed audit is frozen.
/// - reopen: back to in progress to correct the checklist or the report.
/// Each change stores who (ws.actor()), when (ws.clock()) and a comment.
enum class AuditStep { Start, Report, Close, Reopen };

/// "start", "report", "close", "reopen".
[[nodiscard]] std::string_view toString(AuditStep s);
[[nodiscard]] std::optional<AuditStep> auditStepFromString(std::string_view s);
[[nodiscard]] AuditStatus targetStatus(AuditStep s);

/// A step the audit could take from its current status, and why it is refused now (nullopt: it
/// can be taken). The UI offers these steps and disables those with a refusal.
struct AuditStepOption {
    AuditStep step;
    AuditStatus to;
    std::optional<std::string> refusal;
};
[[nodiscard]] std::vector<AuditStepOption> auditSteps(Workspace& ws, std::int64_t auditId);
/// Why `step` is refused for the audit now, as one sentence naming the audit; nullopt when allowed.
[[nodiscard]] std::optional<std::string> auditStepRefusal(Workspace& ws, std::int64_t auditId,
                                                          AuditStep step);

/// Takes the step as one action. Error(InvalidInput) with auditStepRefusal()'s message when refused.
void takeAuditStep(Workspace& ws, std::int64_t auditId, AuditStep step, const std::string& comment = {});

} // namespace cw
