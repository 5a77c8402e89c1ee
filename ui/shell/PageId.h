#pragma once

#include <cstddef>

namespace cw::ui {

/// The pages of the main window, in sidebar order.
enum class PageId { Dashboard, Engagement, Catalog, Documents, GapAnalysis, Audits, Findings, Reports };

inline constexpr std::size_t kPageCount = 8;

} // namespace cw::ui
