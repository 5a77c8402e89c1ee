#pragma once

#include "assessment/Assessment.h"
#include "assessment/AssessmentActions.h"
#include "assessment/AssessmentResults.h"
#include "assessment/EvidenceLinks.h"

#include <cstdint>
#include <map>
#include <vector>

namespace cw {

class Workspace;
class WriteContext;

/// Everything an assessment holds: what deleteAssessment() removes and restoreAssessment() puts
/// back (the GUI's undo), and what the interchange format carries.
struct AssessmentSnapshot {
    Assessment assessment;
    std::vector<RequirementResult> results; ///< stored results, in catalog then clause order
    std::vector<GapAction> actions;         ///< in creation order
    /// Documents linked as evidence, by requirement (each has a stored result).
    std::map<RequirementKey, std::vector<EvidenceLink>> evidence;
};

[[nodiscard]] AssessmentSnapshot snapshotAssessment(Workspace& ws, std::int64_t id);
/// Recreates a deleted assessment under its old ids, as one action.
void restoreAssessment(Workspace& ws, const AssessmentSnapshot& snapshot);
/// Inside an action: writes the snapshot; ids are kept when `keepIds`, else new ones are given
/// and evidence documents are found by code. Returns the assessment's id.
std::int64_t writeSnapshot(WriteContext& ctx, const AssessmentSnapshot& snapshot, bool keepIds);

} // namespace cw
