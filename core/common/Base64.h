#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cw {

/// Standard base64 (RFC 4648, alphabet A-Z a-z 0-9 + /) with '=' padding, no line breaks.
[[nodiscard]] std::string base64Encode(std::string_view bytes);
/// Decodes standard padded base64; nullopt when the text is not exactly that (bad character,
/// wrong length or padding).
[[nodiscard]] std::optional<std::string> base64Decode(std::string_view text);

} // namespace cw
