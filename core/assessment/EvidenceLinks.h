#pragma once

#include "assessment/AssessmentTypes.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace cw {

class Workspace;
class WriteContext;

/// A document or record (level-4 document) of the register seen as evidence for a result.
struct EvidenceLink {
    std::int64_t documentId = 0;
    std::string code;
    std::string title;
    int level = 1;
    bool operator==(const EvidenceLink&) const = default;
};

/// The documents linked to one result, by code.
[[nodiscard]] std::vector<EvidenceLink> evidenceLinks(Workspace& ws, std::int64_t assessmentId,
                                                      const RequirementKey& key);
/// Every link of the assessment, by requirement.
[[nodiscard]] std::map<RequirementKey, std::vector<EvidenceLink>> allEvidenceLinks(Workspace& ws,
                                                                                   std::int64_t assessmentId);

/// Links a document to the requirement's result as one action (storing the result if it was
/// untouched); a no-op when already linked. Error(NotFound) for an unknown document.
void addEvidenceLink(Workspace& ws, std::int64_t assessmentId, const RequirementKey& key,
                     std::int64_t documentId);
/// Removes the link as one action; a no-op when absent.
void removeEvidenceLink(Workspace& ws, std::int64_t assessmentId, const RequirementKey& key,
                        std::int64_t documentId);

/// Inside an action: links the documents not linked yet (the result must be stored).
/// Returns how many were added.
std::size_t insertEvidenceLinks(WriteContext& ctx, std::int64_t assessmentId, const RequirementKey& key,
                                const std::vector<std::int64_t>& documentIds);

} // namespace cw
