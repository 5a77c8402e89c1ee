#include "audit/AuditTypes.h"

#include "common/Clock.h"
#include "common/Error.h"

#include <array>
#include <utility>

namespace cw {

namespace {

constexpr std::array<std::pair<AuditStatus, std::string_view>, 4> kStatuses{{
    {AuditStatus::Planned, "planned"},
    {AuditStatus::InProgress, "in_progress"},
    {AuditStatus::Reported, "reported"},
    {AuditStatus::Closed, "closed"},
}};

constexpr std::array<std::pair<ChecklistResult, std::string_view>, 5> kResults{{
    {ChecklistResult::Pending, "pending"},
    {ChecklistResult::Conforming, "conforming"},
    {ChecklistResult::Nonconformity, "nonconformity"},
    {ChecklistResult::Observation, "observation"},
    {ChecklistResult::NotAudited, "not_audited"},
}};

template <class E, std::size_t N>
std::string_view keyOf(const std::array<std::pair<E, std::string_view>, N>& table, E value)
{
    for (const auto& [v, key] : table)
        if (v == value)
            return key;
    return {};
}

template <class E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view key)
{
    for (const auto& [v, k] : table)
        if (k == key)
            return v;
    return std::nullopt;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

std::string_view toString(AuditStatus s)
{
    return keyOf(kStatuses, s);
}

std::optional<AuditStatus> auditStatusFromString(std::string_view s)
{
    return valueOf(kStatuses, s);
}

const std::vector<AuditStatus>& allAuditStatuses()
{
    static const std::vector<AuditStatus> all{AuditStatus::Planned, AuditStatus::InProgress,
                                              AuditStatus::Reported, AuditStatus::Closed};
    return all;
}

bool isCompleted(AuditStatus s)
{
    return s == AuditStatus::Reported || s == AuditStatus::Closed;
}

std::string_view toString(ChecklistResult r)
{
    return keyOf(kResults, r);
}

std::optional<ChecklistResult> checklistResultFromString(std::string_view s)
{
    return valueOf(kResults, s);
}

const std::vector<ChecklistResult>& allChecklistResults()
{
    static const std::vector<ChecklistResult> all{ChecklistResult::Pending, ChecklistResult::Conforming,
                                                  ChecklistResult::Nonconformity,
                                                  ChecklistResult::Observation, ChecklistResult::NotAudited};
    return all;
}

std::string trimmed(std::string_view s)
{
    std::size_t b = 0, e = s.size();
    while (b < e && isSpace(s[b]))
        ++b;
    while (e > b && isSpace(s[e - 1]))
        --e;
    return std::string(s.substr(b, e - b));
}

std::vector<std::string> splitNames(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto nl = text.find('\n', start);
        const auto end = nl == std::string::npos ? text.size() : nl;
        auto name = trimmed(std::string_view(text).substr(start, end - start));
        if (!name.empty())
            out.push_back(std::move(name));
        if (nl == std::string::npos)
            break;
        start = nl + 1;
    }
    return out;
}

std::string joinNames(const std::vector<std::string>& names)
{
    std::string out;
    for (const auto& n : names) {
        auto t = trimmed(n);
        if (t.empty())
            continue;
        out += (out.empty() ? "" : "\n") + t;
    }
    return out;
}

std::string personKey(std::string_view name)
{
    std::string s = trimmed(name);
    // A trailing note in parentheses, ASCII or full-width: "Wang Lei (service desk)", "王磊（服务台）".
    for (const std::string_view open : {std::string_view("("), std::string_view("\xEF\xBC\x88")}) {
        const std::string_view close = open == "(" ? ")" : "\xEF\xBC\x89";
        if (s.size() > close.size() && s.compare(s.size() - close.size(), close.size(), close) == 0) {
            const auto at = s.rfind(open);
            if (at != std::string::npos && at > 0)
                s = trimmed(std::string_view(s).substr(0, at));
        }
    }
    std::string out;
    bool space = false;
    for (const char c : s) {
        if (isSpace(c)) {
            space = true;
            continue;
        }
        if (space && !out.empty())
            out += ' ';
        space = false;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

void requireDateOrEmpty(const std::string& value, const std::string& what)
{
    if (!value.empty())
        (void)parseDate(value, what);
}

} // namespace cw
