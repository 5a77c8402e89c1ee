#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

/// One row of a sheet as text cells; `line` is the row number a spreadsheet shows (the 1-based
/// line for CSV).
struct SheetRow {
    std::size_t line = 0;
    std::vector<std::string> cells;
    /// The cell, or "" beyond the row's end.
    [[nodiscard]] const std::string& cell(std::size_t column) const;
};

/// A table read from a CSV file or one worksheet of an XLSX workbook. Rows whose cells are all
/// empty are left out.
struct Sheet {
    std::string source;                  ///< file name, for messages
    std::string name;                    ///< worksheet name (XLSX), empty for CSV
    std::vector<std::string> sheetNames; ///< every worksheet of the workbook (XLSX)
    std::vector<SheetRow> rows;
};

/// Spreadsheet column letters: 0 -> "A", 25 -> "Z", 26 -> "AA".
[[nodiscard]] std::string columnLetters(std::size_t index);
/// "C" -> 2, "aa" -> 26; nullopt when not letters.
[[nodiscard]] std::optional<std::size_t> columnFromLetters(std::string_view letters);

/// Reads a worksheet of an XLSX workbook held in `bytes`: shared strings, inline strings,
/// numbers, booleans and formula results. `sheetName` empty: the first worksheet. Error(InvalidInput)
/// naming `source` for a damaged file or an unknown sheet.
[[nodiscard]] Sheet readXlsx(const std::string& bytes, const std::string& source,
                             const std::string& sheetName = {});
/// Reads CSV text (see parseCsv()).
[[nodiscard]] Sheet readCsvSheet(const std::string& text, const std::string& source);
/// Reads a .csv or .xlsx file (the content decides: an XLSX file is a ZIP archive).
/// Error(CannotOpen) when it cannot be read.
[[nodiscard]] Sheet readSheetFile(const std::filesystem::path& file, const std::string& sheetName = {});

} // namespace cw
