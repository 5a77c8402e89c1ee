#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

/// One non-empty cell of a row: its column (0 is A) and its text.
struct SheetCell {
    std::size_t column = 0;
    std::string text;
    friend bool operator==(const SheetCell&, const SheetCell&) = default;
};

/// One row of a sheet as text cells; `line` is the row number a spreadsheet shows (the 1-based
/// line for CSV). Rows are sparse: only the cells that hold text are stored, so one cell far to
/// the right (column XFD) costs one cell, not 16,384.
struct SheetRow {
    SheetRow() = default;
    /// A row of consecutive cells from column A; empty ones are left out.
    SheetRow(std::size_t line, const std::vector<std::string>& dense);

    std::size_t line = 0;
    std::vector<SheetCell> cells; ///< the non-empty cells, by ascending column, each column once
    /// The cell's text, or "" when the row holds nothing in that column.
    [[nodiscard]] const std::string& cell(std::size_t column) const;
    /// One past the last column that holds text (0 for an empty row).
    [[nodiscard]] std::size_t width() const { return cells.empty() ? 0 : cells.back().column + 1; }
};

/// Limits on what one worksheet may hold, so that a small hostile file cannot take unbounded
/// memory: a checklist needs far less.
struct SheetLimits {
    std::size_t maxCells = 1'000'000;            ///< non-empty cells in the sheet
    std::size_t maxCellChars = 32'767;           ///< characters in one cell (Excel's own limit)
    std::size_t maxTextBytes = 64 * 1024 * 1024; ///< text of all cells together
    std::size_t maxColumnsUsed = 1'024;          ///< different columns holding text
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

/// The columns that hold text in any row of the sheet, ascending.
[[nodiscard]] std::vector<std::size_t> usedColumns(const Sheet& sheet);

/// Reads a worksheet of an XLSX workbook held in `bytes`: shared strings, inline strings,
/// numbers, booleans and formula results. `sheetName` empty: the first worksheet. Error(InvalidInput)
/// naming `source` for a damaged file, an unknown sheet, or a sheet over `limits` (naming the cell).
[[nodiscard]] Sheet readXlsx(const std::string& bytes, const std::string& source,
                             const std::string& sheetName = {}, const SheetLimits& limits = {});
/// Reads CSV text (see parseCsv()).
[[nodiscard]] Sheet readCsvSheet(const std::string& text, const std::string& source);
/// Reads a .csv or .xlsx file (the content decides: an XLSX file is a ZIP archive) of at most
/// kMaxSheetFileBytes. Error(CannotOpen) when it cannot be read or is not a regular file.
inline constexpr std::uintmax_t kMaxSheetFileBytes = 32u * 1024u * 1024u;
[[nodiscard]] Sheet readSheetFile(const std::filesystem::path& file, const std::string& sheetName = {});

} // namespace cw
