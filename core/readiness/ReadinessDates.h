#pragma once

#include "common/Clock.h"

#include <string>

namespace cw::readiness {

/// `d` moved by `months` calendar months; a day past the end of the target month becomes its last
/// day (2026-01-31 + 1 month = 2026-02-28).
[[nodiscard]] Date addMonths(Date d, int months);
[[nodiscard]] Date addDays(Date d, int days);
/// The same on "YYYY-MM-DD" text; "" stays "".
[[nodiscard]] std::string addMonths(const std::string& date, int months);
[[nodiscard]] std::string addDays(const std::string& date, int days);
/// The later of two "YYYY-MM-DD" dates ("" counts as none).
[[nodiscard]] std::string laterOf(const std::string& a, const std::string& b);

} // namespace cw::readiness
