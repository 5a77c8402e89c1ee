#pragma once

#include "catalog/Catalog.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

/// One business category of the CNCA table for ITSMS (ISO/IEC 20000-1) certification: the letter
/// code, the category number and a name in both languages (our own short wording). Scope
/// statements and certificates cite them, e.g. "L 04.01".
struct CncaCategory {
    std::string_view letter; ///< "A" .. "X"
    std::string_view number; ///< "01.01" .. "06.04"
    LocalizedText name;
    /// "A 01.01": the form stored in the workspace and written in files.
    [[nodiscard]] std::string code() const;
};

/// The whole table, in the table's order (A 01.01 ... X 06.04).
[[nodiscard]] const std::vector<CncaCategory>& cncaCategories();

/// Finds a category by its code ("L 04.01"), its letter ("L") or its number ("04.01");
/// nullptr when none matches or the letter and number disagree.
[[nodiscard]] const CncaCategory* findCncaCategory(std::string_view text);

/// Parses a list of categories separated by commas, semicolons or line breaks into codes, in the
/// table's order without duplicates. Error(InvalidInput) naming the unknown entry.
[[nodiscard]] std::vector<std::string> parseCncaCategories(const std::string& text);

} // namespace cw
