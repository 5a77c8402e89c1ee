#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

/// Parses JSON text; a syntax error becomes Error(InvalidInput) naming the source, line and column,
/// a key that appears twice in one object Error(InvalidInput) naming its JSON path.
[[nodiscard]] nlohmann::json parseJson(const std::string& text, const std::string& source);

/// JSON text for output (2-space indent, UTF-8 kept as it is). Text that is not valid UTF-8 (stored
/// by an older build) comes out with U+FFFD in place of each ill-formed sequence instead of
/// failing: every JSON output of the program goes through here.
template <class BasicJson> [[nodiscard]] std::string dumpJson(const BasicJson& j, int indent = 2)
{
    return j.dump(indent, ' ', false, BasicJson::error_handler_t::replace);
}

/// Reads the file whole through readInputFile() (regular files only, at most 1 GiB); Error(CannotOpen)
/// naming it when it cannot be read.
[[nodiscard]] std::string readTextFile(const std::string& path);

/// A read-only view of a JSON value that knows its JSON path, so every validation error can say
/// exactly where it is: "demo.json: $.engagement.name: expected a string, found a number".
class JsonNode {
public:
    JsonNode(const nlohmann::json& value, std::string source, std::string path = "$");

    [[nodiscard]] const nlohmann::json& raw() const { return *m_value; }
    [[nodiscard]] const std::string& path() const { return m_path; }
    [[noreturn]] void fail(const std::string& problem) const;

    [[nodiscard]] bool isNull() const { return m_value->is_null(); }
    [[nodiscard]] bool has(std::string_view key) const;
    /// The member, which must exist (object required).
    [[nodiscard]] JsonNode at(std::string_view key) const;
    /// The member, or nullopt when absent or null.
    [[nodiscard]] std::optional<JsonNode> find(std::string_view key) const;
    /// Fails on any member not in `allowed` (catches misspelt fields).
    void allowOnly(std::initializer_list<std::string_view> allowed) const;
    void requireObject() const;

    [[nodiscard]] std::string string() const;
    [[nodiscard]] std::string nonEmptyString() const;
    [[nodiscard]] std::int64_t integer() const;
    [[nodiscard]] std::int64_t integerIn(std::int64_t min, std::int64_t max) const;
    [[nodiscard]] bool boolean() const;
    [[nodiscard]] std::vector<JsonNode> array() const;
    /// A string holding "YYYY-MM-DD", returned as it is after validation.
    [[nodiscard]] std::string dateString() const;
    /// A string holding "YYYY-MM-DDTHH:MM:SSZ", returned as it is after validation.
    [[nodiscard]] std::string utcString() const;

    // Shorthands for members.
    [[nodiscard]] std::string str(std::string_view key) const { return at(key).string(); }
    [[nodiscard]] std::string strOr(std::string_view key, const std::string& fallback) const;

private:
    const nlohmann::json* m_value;
    std::string m_source;
    std::string m_path;
};

} // namespace cw
