#pragma once

#include <string>
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

/// Whether `s` is valid UTF-8.
[[nodiscard]] bool isValidUtf8(const std::string& s);

} // namespace cw
