#include "common/Utf8.h"

#include "common/Error.h"

#include <cstdio>

namespace cw::utf8 {

namespace {

struct Decoded {
    char32_t cp = 0;
    std::size_t length = 1; ///< bytes used; for an ill-formed sequence its maximal subpart (>= 1)
    bool valid = false;
};

/// Decodes the sequence at `i` (i < s.size()) by Unicode table 3-7.
Decoded decodeAt(std::string_view s, std::size_t i)
{
    const auto byte = [&](std::size_t k) {
        return static_cast<unsigned char>(s[k]);
    };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80)
        return {b0, 1, true};
    std::size_t need = 0;
    char32_t cp = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
        cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        cp = b0 & 0x0F;
        if (b0 == 0xE0)
            lo = 0xA0;
        else if (b0 == 0xED)
            hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        cp = b0 & 0x07;
        if (b0 == 0xF0)
            lo = 0x90;
        else if (b0 == 0xF4)
            hi = 0x8F;
    } else {
        return {0, 1, false};
    }
    std::size_t len = 1;
    for (std::size_t k = 0; k < need; ++k) {
        if (i + len >= s.size())
            return {0, len, false};
        const unsigned char b = byte(i + len);
        const unsigned char min = k == 0 ? lo : 0x80;
        const unsigned char max = k == 0 ? hi : 0xBF;
        if (b < min || b > max)
            return {0, len, false};
        cp = (cp << 6) | (b & 0x3F);
        ++len;
    }
    return {cp, len, true};
}

std::string hexByte(unsigned char b)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02x", b);
    return buf;
}

std::string codePoint(char32_t cp)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
    return buf;
}

bool isControl(char32_t cp)
{
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
}

} // namespace

std::optional<std::size_t> firstInvalid(std::string_view s)
{
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        const Decoded d = decodeAt(s, i);
        if (!d.valid)
            return i;
        i += d.length;
    }
    return std::nullopt;
}

std::string repaired(std::string_view s)
{
    const auto bad = firstInvalid(s);
    if (!bad)
        return std::string(s);
    std::string out(s.substr(0, *bad));
    for (std::size_t i = *bad; i < s.size();) {
        const Decoded d = decodeAt(s, i);
        if (d.valid)
            out.append(s.substr(i, d.length));
        else
            out += "\xEF\xBF\xBD";
        i += d.length;
    }
    return out;
}

void requireValid(std::string_view s, const std::string& what)
{
    if (const auto bad = firstInvalid(s))
        throw Error(ErrorCode::InvalidInput, what + " is not valid UTF-8 (byte 0x" +
                                                 hexByte(static_cast<unsigned char>(s[*bad])) +
                                                 " at offset " + std::to_string(*bad) + ")");
}

bool isBidiControl(char32_t cp)
{
    return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

std::optional<std::string> lineTextProblem(std::string_view s)
{
    for (std::size_t i = 0; i < s.size();) {
        const Decoded d = decodeAt(s, i);
        if (!d.valid)
            return "it is not valid UTF-8 (byte 0x" + hexByte(static_cast<unsigned char>(s[i])) +
                   " at offset " + std::to_string(i) + ")";
        if (isControl(d.cp))
            return "it holds the control character " + codePoint(d.cp) + " at offset " + std::to_string(i);
        if (isBidiControl(d.cp))
            return "it holds the bidirectional control " + codePoint(d.cp) + " at offset " +
                   std::to_string(i);
        i += d.length;
    }
    return std::nullopt;
}

std::string forTerminal(std::string_view s, Layout layout)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const Decoded d = decodeAt(s, i);
        if (!d.valid) {
            out += "\xEF\xBF\xBD";
        } else if (d.cp < 0x20 || d.cp == 0x7F) {
            const bool keep =
                layout == Layout::Lines &&
                (d.cp == '\n' || d.cp == '\t' || (d.cp == '\r' && i + 1 < s.size() && s[i + 1] == '\n'));
            if (keep)
                out += static_cast<char>(d.cp);
            else
                out += "\\x" + hexByte(static_cast<unsigned char>(d.cp));
        } else if (isControl(d.cp) || isBidiControl(d.cp)) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(d.cp));
            out += buf;
        } else {
            out.append(s.substr(i, d.length));
        }
        i += d.length;
    }
    return out;
}

} // namespace cw::utf8
