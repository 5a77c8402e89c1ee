#include "interchange/Sections.h"

#include "assessment/AssessmentSection.h"
#include "audit/AuditSections.h"
#include "catalog/CatalogSections.h"
#include "documents/DocumentSection.h"
#include "engagement/EngagementSection.h"
#include "findings/FindingSection.h"
#include "interchange/InterchangeSection.h"
#include "review/ReviewSection.h"

namespace cw {

const std::vector<std::unique_ptr<InterchangeSection>>& interchangeSections()
{
    static const auto sections = [] {
        std::vector<std::unique_ptr<InterchangeSection>> s;
        s.push_back(std::make_unique<EngagementSection>());
        s.push_back(std::make_unique<CatalogSection>());
        s.push_back(std::make_unique<CatalogMappingSection>());
        s.push_back(std::make_unique<DocumentSection>());
        s.push_back(std::make_unique<AssessmentSection>());     // refers to catalogs and documents
        s.push_back(std::make_unique<AuditProgrammeSection>()); // refers to catalogs
        s.push_back(std::make_unique<AuditSection>());          // refers to programmes and clauses
        s.push_back(std::make_unique<FindingSection>());        // refers to audits and clauses
        s.push_back(std::make_unique<ReviewSection>());
        return s;
    }();
    return sections;
}

} // namespace cw
