#pragma once

#include "ReportDocument.h"
#include "readiness/ReadinessReport.h"

#include <QString>

namespace cw::report {

/// Lays out the readiness report (cover with logo, scope and CNCA categories; executive summary;
/// readiness per clause; prioritised gaps; required documented information; document register
/// health; internal audit status; management review; records evidence; certification timeline;
/// appendix with the full checklist) in `language` ("en" or "zh").
[[nodiscard]] ReportDocument readinessDocument(const ReadinessReport& report, const QString& language);

/// The sheet name of the table a CSV export of the readiness report writes (the full checklist).
[[nodiscard]] QString readinessCsvSheet(const QString& language);

} // namespace cw::report
