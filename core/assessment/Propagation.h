#pragma once

#include "assessment/AssessmentTypes.h"
#include "catalog/Catalog.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cw {

class Workspace;

/// A requirement of another catalog of the assessment, mapped to the one just assessed, that
/// could take over its status and evidence.
struct PropagationCandidate {
    RequirementKey target;
    std::string titleEn;
    std::string titleZh;
    MappingRelation relation = MappingRelation::Equivalent;
    AssessmentStatus currentStatus = AssessmentStatus::NotAssessed;
    /// Whether taking over would change anything (status, justification or evidence).
    bool differs = false;
};

/// Integrated systems: the assessable requirements mapped to `source` in the assessment's other
/// catalogs, with their current status. Only `equivalent` links unless `includeRelated`.
[[nodiscard]] std::vector<PropagationCandidate> proposePropagation(Workspace& ws, std::int64_t assessmentId,
                                                                   const RequirementKey& source,
                                                                   bool includeRelated = false);

/// Gives the confirmed `targets` the source's status (with its not_applicable justification)
/// and evidence, as one action. Every target must be a candidate (equivalent or related).
/// Returns how many results changed.
int applyPropagation(Workspace& ws, std::int64_t assessmentId, const RequirementKey& source,
                     const std::vector<RequirementKey>& targets);

} // namespace cw
