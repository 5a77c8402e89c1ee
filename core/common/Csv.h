#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cw {

struct CsvRow {
    std::size_t line = 0; ///< 1-based line where the row starts
    std::vector<std::string> fields;
};

/// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF; a UTF-8
/// byte-order mark is skipped. The delimiter is ',' unless the first line has more ';' or tabs.
/// Malformed input (an unterminated quote, text after a closing quote, invalid UTF-8) throws
/// Error(InvalidInput) naming `source` and the line.
[[nodiscard]] std::vector<CsvRow> parseCsv(const std::string& text, const std::string& source);

/// Whether `s` is valid UTF-8 (utf8::isValid).
[[nodiscard]] bool isValidUtf8(const std::string& s);

// Writing CSV: every CSV the program writes (reports, gap lists, register lists) goes through
// csvField(), so no cell can be read as a formula by a spreadsheet.

/// A cell neutralised against formula injection the way OWASP recommends: text that begins with
/// '=', '+', '-', '@', a tab or a carriage return gets a single quote in front. A plain number
/// ("-3", "+4.5") is left alone: a spreadsheet reads it as a number, never as a formula.
[[nodiscard]] std::string csvNeutralised(std::string_view text);
/// One field: neutralised, then quoted (quotes doubled) when it holds a comma, a quote or a line
/// break, or begins or ends with a space.
[[nodiscard]] std::string csvField(std::string_view text);
/// One line of fields ending in CRLF.
[[nodiscard]] std::string csvLine(const std::vector<std::string>& fields);

} // namespace cw
