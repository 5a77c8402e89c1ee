#pragma once

#include "readiness/ReadinessReport.h"

#include <nlohmann/json.hpp>

#include <string>

namespace cw {

/// Identifies report JSON files (docs/report-format.md).
inline constexpr const char* kReportFormat = "conformance-workbench-report";
inline constexpr int kReportFormatVersion = 1;

/// The readiness report as JSON (docs/report-format.md): stable key order, ratios in 0..1 rounded
/// to 4 decimals, dates "YYYY-MM-DD" or null, texts in `lang` ("en" or "zh").
[[nodiscard]] nlohmann::ordered_json readinessReportJson(const ReadinessReport& report,
                                                         const std::string& lang);

/// The common head of every report JSON: format, format_version, kind, language, generated_at.
[[nodiscard]] nlohmann::ordered_json reportJsonHead(const std::string& kind, const std::string& lang,
                                                    const std::string& generatedAt);
/// A ratio (rounded) or null.
[[nodiscard]] nlohmann::ordered_json ratioJson(const std::optional<double>& ratio);
/// A date string or null when empty.
[[nodiscard]] nlohmann::ordered_json dateJson(const std::string& date);

} // namespace cw
