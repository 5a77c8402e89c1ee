#pragma once
// Untrusted text: UTF-8 validation, repair of invalid sequences, and rendering for a terminal.
// Every text that comes from the command line, an import or a workspace is untrusted.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cw::utf8 {

/// Byte offset of the first ill-formed sequence (Unicode table 3-7: no overlong forms, no
/// surrogates, nothing above U+10FFFF), or nullopt when `s` is valid UTF-8.
[[nodiscard]] std::optional<std::size_t> firstInvalid(std::string_view s);

[[nodiscard]] inline bool isValid(std::string_view s)
{
    return !firstInvalid(s);
}

/// `s` with every ill-formed sequence (each maximal subpart) replaced by U+FFFD; valid text is
/// returned unchanged.
[[nodiscard]] std::string repaired(std::string_view s);

/// Error(InvalidInput) "<what> is not valid UTF-8 (byte 0xNN at offset K)" unless `s` is valid.
/// `what` names the argument, file, line or cell.
void requireValid(std::string_view s, const std::string& what);

/// Whether the code point is a bidirectional formatting control (U+061C, U+200E, U+200F,
/// U+202A..U+202E, U+2066..U+2069), which can make a name display differently from what it is.
[[nodiscard]] bool isBidiControl(char32_t cp);

/// Why `s` cannot be a code or a file name (one line, shown as it is): invalid UTF-8, a control
/// character (C0 including NUL, DEL, C1) or a bidirectional control, or nullopt when it can.
/// The text is a clause such as "it holds the control character U+0000 at offset 3".
[[nodiscard]] std::optional<std::string> lineTextProblem(std::string_view s);

/// How forTerminal() treats line breaks and tabs.
enum class Layout {
    Lines,   ///< keep '\n' and '\t' (and a '\r' before '\n'): text printed as lines
    OneLine, ///< escape them too: a table cell
};

/// Text that is safe to write to a terminal: C0 controls and DEL become "\xNN" (ESC is "\x1b"),
/// C1 controls and bidirectional controls "\uNNNN", ill-formed sequences U+FFFD. Everything else,
/// including a backslash, is kept. Never used for JSON or CSV output.
[[nodiscard]] std::string forTerminal(std::string_view s, Layout layout = Layout::Lines);

} // namespace cw::utf8
