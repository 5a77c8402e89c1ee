#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cw {

/// A forward-only scan of well-formed XML, enough for the parts of an office file we read:
/// elements with attributes, text with entities, CDATA; comments, declarations and processing
/// instructions are skipped. Element and attribute names lose their namespace prefix ("x:c" is
/// "c", "r:id" is "id"). Malformed markup throws Error(InvalidInput) naming `source`.
class XmlScanner {
public:
    enum class Kind { Open, Close, Text };
    struct Token {
        Kind kind = Kind::Text;
        std::string_view name;                                            ///< Open, Close
        std::vector<std::pair<std::string_view, std::string>> attributes; ///< Open
        bool selfClosing = false;                                         ///< Open: a Close follows at once
        std::string text;                                                 ///< Text, entities decoded
        /// The attribute's decoded value, or "" when absent.
        [[nodiscard]] std::string attribute(std::string_view name) const;
        [[nodiscard]] bool has(std::string_view name) const;
    };

    XmlScanner(std::string_view xml, std::string source);
    /// The next token; false at the end.
    bool next(Token& token);

    /// Decodes &amp; &lt; &gt; &quot; &apos; &#N; &#xH; (and leaves unknown ones as they are).
    [[nodiscard]] static std::string decode(std::string_view text);

private:
    [[noreturn]] void fail(const std::string& problem) const;
    std::string_view m_xml;
    std::string m_source;
    std::size_t m_pos = 0;
    bool m_pendingClose = false;
    std::string_view m_pendingName;
};

} // namespace cw
