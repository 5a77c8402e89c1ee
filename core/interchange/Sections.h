#pragma once

#include <memory>
#include <vector>

namespace cw {

class InterchangeSection;

/// Every section of the interchange format, in dependency order (see Sections.cpp).
[[nodiscard]] const std::vector<std::unique_ptr<InterchangeSection>>& interchangeSections();

} // namespace cw
