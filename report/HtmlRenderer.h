#pragma once

#include "ReportDocument.h"

#include <QString>

namespace cw::report {

/// One self-contained HTML file: inline CSS, charts as inline SVG, the logo as a data URI.
[[nodiscard]] QString renderHtml(const ReportDocument& doc);

} // namespace cw::report
