#pragma once
// Helpers shared by the `gap` commands.

#include "assessment/Assessment.h"
#include "cli/Command.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace cw {
class Workspace;
}

namespace cw::cli {

/// --assessment NAME, or the newest assessment.
[[nodiscard]] Assessment selectAssessment(Workspace& ws, const po::variables_map& vm);
/// --lang, or the engagement's language.
[[nodiscard]] std::string gapLanguage(Workspace& ws, const po::variables_map& vm);
/// Refuses a format not in `allowed` (Error(Usage)).
void requireGapFormat(const std::string& format, std::initializer_list<const char*> allowed);
/// A ratio for JSON: rounded to 4 decimals, or null.
[[nodiscard]] nlohmann::ordered_json ratioJson(const std::optional<double>& ratio);
/// "Baseline (2026-04-15)"
[[nodiscard]] std::string assessmentLabel(const Assessment& a);
/// The first line of `text`, cut to about `width` display columns (never inside a character).
[[nodiscard]] std::string shortText(const std::string& text, std::size_t width);
/// The title in the language, falling back to the other one.
[[nodiscard]] const std::string& pickTitle(const std::string& en, const std::string& zh,
                                           const std::string& lang);

} // namespace cw::cli
