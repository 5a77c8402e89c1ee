#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

class Workspace;
class WriteContext;

/// The certification plan of the engagement: what is certified, by whom, and when. The readiness
/// verdict and the certification timeline (core/readiness) read it; the readiness report shows it.
/// Dates are "YYYY-MM-DD" or empty when not planned.
struct EngagementPlan {
    std::vector<std::string> services;       ///< services in scope, one entry each
    std::vector<std::string> sites;          ///< sites in scope, one entry each
    std::vector<std::string> cncaCategories; ///< codes of CncaCategories.h ("L 04.01"), table order
    std::string certificationBody;
    std::string trialOperationStart; ///< start of trial operation (试运行)
    std::string plannedInternalAudit;
    std::string plannedManagementReview;
    std::string plannedStage1;
    std::string plannedStage2;
    std::string logo; ///< PNG or JPEG file bytes; empty when none
    bool operator==(const EngagementPlan&) const = default;
};

/// The plan fields edited as text (the logo has its own functions).
enum class PlanField {
    Services,
    Sites,
    CncaCategories,
    CertificationBody,
    TrialOperationStart,
    PlannedInternalAudit,
    PlannedManagementReview,
    PlannedStage1,
    PlannedStage2
};

/// "services", "sites", "cnca_categories", "certification_body", "trial_operation_start",
/// "planned_internal_audit", "planned_management_review", "planned_stage1", "planned_stage2".
/// These are also the audit-trail field names (entity "engagement", id "1").
[[nodiscard]] std::string_view fieldKey(PlanField f);
[[nodiscard]] std::optional<PlanField> planFieldFromKey(std::string_view key);
[[nodiscard]] const std::vector<PlanField>& allPlanFields();
/// Whether the field holds a date.
[[nodiscard]] bool isDateField(PlanField f);

[[nodiscard]] EngagementPlan loadEngagementPlan(Workspace& ws);
/// The field as text: lists one entry per line, dates as "YYYY-MM-DD" or "".
[[nodiscard]] std::string planField(const EngagementPlan& plan, PlanField f);

/// Sets one field from its text form as one user action (audited); a no-op when unchanged.
/// Lists: one entry per line (CNCA categories may also be separated by commas or semicolons and
/// be given by code, letter or number). Error(InvalidInput) naming the field for a malformed
/// date or an unknown category.
void setPlanField(Workspace& ws, PlanField field, const std::string& value);

/// Sets the logo from an image file's bytes (PNG or JPEG, at most 2 MiB) as one action; empty
/// bytes remove it. The audit trail records the SHA-256 of the old and new image.
/// Error(InvalidInput) for another format or a larger file.
void setEngagementLogo(Workspace& ws, const std::string& bytes);
/// "image/png", "image/jpeg", or "" when `bytes` is neither.
[[nodiscard]] std::string_view logoMimeType(const std::string& bytes);
inline constexpr std::size_t kMaxLogoBytes = 2 * 1024 * 1024;
/// Reads a logo file: a regular file (a FIFO or a device is refused without reading) of at most
/// kMaxLogoBytes (checked before reading) holding a PNG or JPEG image. Error(CannotOpen) when it
/// cannot be read, Error(InvalidInput) naming the file when too large or of another format.
[[nodiscard]] std::string readLogoFile(const std::filesystem::path& file);

/// The workspace setting "readiness_threshold": the overall readiness the latest assessment must
/// reach for stage 2 (criterion S2.1), a ratio in 0..1; 0.9 unless set.
inline constexpr double kDefaultReadinessThreshold = 0.9;
[[nodiscard]] double readinessThreshold(Workspace& ws);
/// Sets it as one action (audited as entity "settings", id "readiness_threshold").
/// Error(InvalidInput) unless 0 < value <= 1.
void setReadinessThreshold(Workspace& ws, double value);
/// Parses "0.85" (or "85%"); Error(InvalidInput) naming readiness_threshold when malformed or out
/// of range.
[[nodiscard]] double parseReadinessThreshold(const std::string& text);
/// "0.9", "0.85": the shortest text that reads back to the same value.
[[nodiscard]] std::string formatThreshold(double value);

// --- Inside an action (interchange). --------------------------------------------------------------
/// Validates every field (Error(InvalidInput) starting with `where`).
void validateEngagementPlan(const EngagementPlan& plan, const std::string& where);
/// Writes the whole plan, recording each changed field.
void writeEngagementPlan(WriteContext& ctx, const EngagementPlan& plan);
/// Writes the threshold, recording the change.
void writeReadinessThreshold(WriteContext& ctx, double value);

} // namespace cw
