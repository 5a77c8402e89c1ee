#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

/// Kinds of finding, most severe first (list order).
enum class FindingType { Major, Minor, Observation, Improvement, Positive };
/// "major", "minor", "observation", "improvement", "positive".
[[nodiscard]] std::string_view toString(FindingType t);
[[nodiscard]] std::optional<FindingType> findingTypeFromString(std::string_view s);
[[nodiscard]] const std::vector<FindingType>& allFindingTypes();
/// Major and minor nonconformities go through the corrective-action lifecycle; the others are
/// simply closed.
[[nodiscard]] bool isNonconformity(FindingType t);
/// "major nonconformity", "minor nonconformity", "observation", "opportunity for improvement",
/// "positive finding".
[[nodiscard]] std::string typeWords(FindingType t);
/// Code prefix: NC (major and minor), OBS, OFI, PF.
[[nodiscard]] std::string_view codePrefix(FindingType t);

/// Where a finding comes from. Only internal_audit findings belong to an audit of the workspace.
enum class FindingSource { InternalAudit, ExternalAudit, Complaint, IncidentReview, Other };
/// "internal_audit", "external_audit", "complaint", "incident_review", "other".
[[nodiscard]] std::string_view toString(FindingSource s);
[[nodiscard]] std::optional<FindingSource> findingSourceFromString(std::string_view s);

/// The states of a finding (see FindingLifecycle.h).
enum class FindingState { Open, CorrectionRecorded, ActionPlanned, Implemented, Verified, Closed };
/// "open", "correction_recorded", "action_planned", "implemented", "verified", "closed".
[[nodiscard]] std::string_view toString(FindingState s);
[[nodiscard]] std::optional<FindingState> findingStateFromString(std::string_view s);
[[nodiscard]] const std::vector<FindingState>& allFindingStates();
/// "open", "correction and root cause recorded", "corrective action planned", "implemented",
/// "verified effective", "closed".
[[nodiscard]] std::string stateWords(FindingState s);

/// Root-cause analysis method.
enum class RcaMethod { None, FiveWhys, Fishbone, FreeText };
/// "", "five_whys", "fishbone", "free_text".
[[nodiscard]] std::string_view toString(RcaMethod m);
[[nodiscard]] std::optional<RcaMethod> rcaMethodFromString(std::string_view s);
/// Categories of a fishbone (Ishikawa) analysis adapted to IT services: "people", "process",
/// "technology", "information", "suppliers", "environment", "measurement".
[[nodiscard]] const std::vector<std::string_view>& fishboneCategories();

enum class ActionState { Planned, Implemented, Cancelled };
/// "planned", "implemented", "cancelled".
[[nodiscard]] std::string_view toString(ActionState s);
[[nodiscard]] std::optional<ActionState> actionStateFromString(std::string_view s);

/// Entity names in the audit trail and in change notifications; ids are row ids in decimal.
inline constexpr std::string_view kFindingEntity = "finding";
inline constexpr std::string_view kCorrectiveActionEntity = "corrective_action";

} // namespace cw
