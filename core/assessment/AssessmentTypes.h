#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

/// Where a requirement stands in one assessment. The order is the order of the status picker.
enum class AssessmentStatus { NotAssessed, Nonconformant, Partial, Conformant, NotApplicable };

/// "not_assessed", "nonconformant", "partial", "conformant", "not_applicable".
[[nodiscard]] std::string_view toString(AssessmentStatus s);
[[nodiscard]] std::optional<AssessmentStatus> assessmentStatusFromString(std::string_view s);
/// Every status, in picker order.
[[nodiscard]] const std::vector<AssessmentStatus>& allAssessmentStatuses();
/// The fixed score: not_assessed 0, nonconformant 0, partial 0.5, conformant 1; nullopt for
/// not_applicable, which leaves the denominator.
[[nodiscard]] std::optional<double> statusScore(AssessmentStatus s);

enum class ActionPriority { High, Medium, Low };
enum class ActionStatus { Open, InProgress, Done, Cancelled };

[[nodiscard]] std::string_view toString(ActionPriority p);
[[nodiscard]] std::optional<ActionPriority> actionPriorityFromString(std::string_view s);
[[nodiscard]] std::string_view toString(ActionStatus s);
[[nodiscard]] std::optional<ActionStatus> actionStatusFromString(std::string_view s);
/// Open and in-progress actions still have work to do.
[[nodiscard]] bool isActive(ActionStatus s);

/// The identity of an assessable requirement in the workspace: (catalog id, clause ref).
struct RequirementKey {
    std::string catalogId;
    std::string ref;
    bool operator==(const RequirementKey&) const = default;
    auto operator<=>(const RequirementKey&) const = default;
};

/// ISO/IEC 20000-1 and ISO/IEC 27001 allow no exclusion of a requirement of clauses 4-10: such a
/// requirement may be marked not_applicable, but it is "not permitted for a conformity claim".
[[nodiscard]] bool exclusionForbidden(const std::string& catalogId, const std::string& ref);
/// The message shown wherever such an exclusion appears.
inline constexpr std::string_view kExclusionNotPermitted = "not permitted for a conformity claim";

/// Entity names and ids in the audit trail and in change notifications (Change::entity/entityId).
inline constexpr std::string_view kAssessmentEntity = "assessment";
inline constexpr std::string_view kResultEntity = "assessment_result";
inline constexpr std::string_view kActionEntity = "assessment_action";
/// "<assessment id>/<catalog id>/<ref>" for a result.
[[nodiscard]] std::string resultEntityId(std::int64_t assessmentId, const RequirementKey& key);
/// Parses resultEntityId()'s form; nullopt when it is not one.
[[nodiscard]] std::optional<std::pair<std::int64_t, RequirementKey>>
parseResultEntityId(const std::string& id);

/// Ratios in 0..1 rounded to 4 decimals (JSON) and as a percentage with one decimal (tables).
[[nodiscard]] double roundRatio(double ratio);
[[nodiscard]] std::string formatPercent(const std::optional<double>& ratio);

} // namespace cw
