#include "interchange/Sections.h"

#include "catalog/CatalogSections.h"
#include "engagement/EngagementSection.h"
#include "interchange/InterchangeSection.h"

namespace cw {

const std::vector<std::unique_ptr<InterchangeSection>>& interchangeSections()
{
    static const auto sections = [] {
        std::vector<std::unique_ptr<InterchangeSection>> s;
        s.push_back(std::make_unique<EngagementSection>());
        s.push_back(std::make_unique<CatalogSection>());
        s.push_back(std::make_unique<CatalogMappingSection>());
        return s;
    }();
    return sections;
}

} // namespace cw
