#include "common/Json.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "common/InputFile.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace cw {

namespace {

std::string typeName(const nlohmann::json& j)
{
    switch (j.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::object:
        return "an object";
    case nlohmann::json::value_t::array:
        return "an array";
    case nlohmann::json::value_t::string:
        return "a string";
    case nlohmann::json::value_t::boolean:
        return "a boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
        return "an integer";
    case nlohmann::json::value_t::number_float:
        return "a number";
    default:
        return "an unsupported value";
    }
}

/// Follows the parser's events to refuse a key that appears twice in one object (nlohmann keeps
/// the last one silently), naming the key by its JSON path as JsonNode does.
class DuplicateKeyCheck {
public:
    explicit DuplicateKeyCheck(const std::string& source)
        : m_source(source)
    {}

    bool operator()(int, nlohmann::json::parse_event_t event, const nlohmann::json& parsed)
    {
        using Event = nlohmann::json::parse_event_t;
        switch (event) {
        case Event::object_start:
        case Event::array_start:
            m_frames.push_back({event == Event::array_start, 0, childPath(), {}, {}});
            break;
        case Event::object_end:
        case Event::array_end:
            if (!m_frames.empty())
                m_frames.pop_back();
            break;
        case Event::key: {
            auto& f = m_frames.back();
            f.lastKey = parsed.get<std::string>();
            if (!f.keys.insert(f.lastKey).second)
                throw Error(ErrorCode::InvalidInput, m_source + ": " + f.path + "." + f.lastKey +
                                                         ": the key appears twice in the object");
            break;
        }
        case Event::value:
            if (!m_frames.empty() && m_frames.back().array)
                ++m_frames.back().count;
            break;
        }
        return true;
    }

private:
    struct Frame {
        bool array = false;
        std::size_t count = 0;
        std::string path;
        std::set<std::string> keys;
        std::string lastKey;
    };

    /// The path of a value that starts now (an object or array element, or the root).
    std::string childPath()
    {
        if (m_frames.empty())
            return "$";
        auto& parent = m_frames.back();
        if (parent.array)
            return parent.path + "[" + std::to_string(parent.count++) + "]";
        return parent.path + "." + parent.lastKey;
    }

    const std::string& m_source;
    std::vector<Frame> m_frames;
};

} // namespace

nlohmann::json parseJson(const std::string& text, const std::string& source)
{
    try {
        DuplicateKeyCheck check(source);
        return nlohmann::json::parse(
            text, [&check](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
                return check(depth, event, parsed);
            });
    } catch (const nlohmann::json::parse_error& e) {
        // Turn the byte offset into line and column.
        const std::size_t at = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
        const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n');
        const auto lastNl = text.rfind('\n', at == 0 ? 0 : at - 1);
        const std::size_t col = lastNl == std::string::npos ? at + 1 : at - lastNl;
        std::string what = e.what();
        if (const auto p = what.find("syntax error"); p != std::string::npos)
            what = what.substr(p);
        throw Error(ErrorCode::InvalidInput, source + ": line " + std::to_string(line) + ", column " +
                                                 std::to_string(col) + ": not valid JSON (" + what + ")");
    } catch (const nlohmann::json::out_of_range& e) {
        // A number that does not fit (1e4444): the parser gives no position, only the text.
        std::string what = e.what();
        if (const auto p = what.find("] "); p != std::string::npos)
            what = what.substr(p + 2);
        if (what.size() > 120)
            what = what.substr(0, 117) + "...";
        throw Error(ErrorCode::InvalidInput, source + ": not valid JSON (" + what + ")");
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::InvalidInput, source + ": not valid JSON (" + std::string(e.what()) + ")");
    }
}

std::string readTextFile(const std::string& path)
{
    // The safe reader: data files may come from $CW_DATA_DIR, so a FIFO or a device never blocks.
    return readInputFile(path);
}

JsonNode::JsonNode(const nlohmann::json& value, std::string source, std::string path)
    : m_value(&value)
    , m_source(std::move(source))
    , m_path(std::move(path))
{}

void JsonNode::fail(const std::string& problem) const
{
    throw Error(ErrorCode::InvalidInput, m_source + ": " + m_path + ": " + problem);
}

void JsonNode::requireObject() const
{
    if (!m_value->is_object())
        fail("expected an object, found " + typeName(*m_value));
}

bool JsonNode::has(std::string_view key) const
{
    return m_value->is_object() && m_value->contains(key) && !(*m_value)[std::string(key)].is_null();
}

JsonNode JsonNode::at(std::string_view key) const
{
    requireObject();
    const auto it = m_value->find(key);
    if (it == m_value->end())
        fail("the required field '" + std::string(key) + "' is missing");
    return JsonNode(*it, m_source, m_path + "." + std::string(key));
}

std::optional<JsonNode> JsonNode::find(std::string_view key) const
{
    requireObject();
    const auto it = m_value->find(key);
    if (it == m_value->end() || it->is_null())
        return std::nullopt;
    return JsonNode(*it, m_source, m_path + "." + std::string(key));
}

void JsonNode::allowOnly(std::initializer_list<std::string_view> allowed) const
{
    requireObject();
    for (const auto& item : m_value->items()) {
        if (std::find(allowed.begin(), allowed.end(), item.key()) == allowed.end())
            JsonNode(item.value(), m_source, m_path + "." + item.key()).fail("unknown field");
    }
}

std::string JsonNode::string() const
{
    if (!m_value->is_string())
        fail("expected a string, found " + typeName(*m_value));
    return m_value->get<std::string>();
}

std::string JsonNode::nonEmptyString() const
{
    std::string s = string();
    if (s.empty())
        fail("must not be empty");
    return s;
}

std::int64_t JsonNode::integer() const
{
    if (!m_value->is_number_integer())
        fail("expected an integer, found " + typeName(*m_value));
    if (m_value->is_number_unsigned() &&
        m_value->get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX))
        fail("the integer is too large");
    return m_value->get<std::int64_t>();
}

std::int64_t JsonNode::integerIn(std::int64_t min, std::int64_t max) const
{
    const auto v = integer();
    if (v < min || v > max)
        fail("must be between " + std::to_string(min) + " and " + std::to_string(max) + ", found " +
             std::to_string(v));
    return v;
}

bool JsonNode::boolean() const
{
    if (!m_value->is_boolean())
        fail("expected true or false, found " + typeName(*m_value));
    return m_value->get<bool>();
}

std::vector<JsonNode> JsonNode::array() const
{
    if (!m_value->is_array())
        fail("expected an array, found " + typeName(*m_value));
    std::vector<JsonNode> out;
    out.reserve(m_value->size());
    for (std::size_t i = 0; i < m_value->size(); ++i)
        out.emplace_back((*m_value)[i], m_source, m_path + "[" + std::to_string(i) + "]");
    return out;
}

std::string JsonNode::dateString() const
{
    const std::string text = string();
    try {
        (void)parseDate(text, "value");
    } catch (const Error&) {
        fail("'" + text + "' is not a date of the form YYYY-MM-DD");
    }
    return text;
}

std::string JsonNode::utcString() const
{
    const std::string text = string();
    try {
        (void)parseUtc(text, "value");
    } catch (const Error&) {
        fail("'" + text + "' is not a UTC time of the form YYYY-MM-DDTHH:MM:SSZ");
    }
    return text;
}

std::string JsonNode::strOr(std::string_view key, const std::string& fallback) const
{
    const auto node = find(key);
    return node ? node->string() : fallback;
}

} // namespace cw
