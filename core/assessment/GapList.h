#pragma once

#include "assessment/AssessmentTypes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cw {

class Workspace;

/// One gap of the prioritised list.
struct GapRow {
    RequirementKey key;
    std::string titleEn;
    std::string titleZh;
    AssessmentStatus status = AssessmentStatus::Nonconformant; ///< nonconformant or partial
    std::optional<int> maturity;
    /// The highest priority of the requirement's open or in-progress actions (raised in any
    /// assessment); medium when none.
    ActionPriority priority = ActionPriority::Medium;
    bool priorityFromActions = false;
    /// The catalog requires documented information for this clause (required_documents).
    bool requiresDocumentedInfo = false;
    std::string gap;
    std::string recommendation;
    std::string notes;
    int activeActions = 0;
};

/// The gaps of an assessment (nonconformant and partial requirements), in priority order:
/// nonconformant before partial, then by priority, required documented information first, then
/// clause order (catalogs in the assessment's order).
[[nodiscard]] std::vector<GapRow> prioritisedGaps(Workspace& ws, std::int64_t assessmentId);

/// The list as CSV (header row, UTF-8, titles in `language`), for spreadsheets.
[[nodiscard]] std::string gapListCsv(const std::vector<GapRow>& rows, const std::string& language);

} // namespace cw
