#include "assessment/AssessmentTypes.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <utility>

namespace cw {

namespace {

constexpr std::array<std::pair<AssessmentStatus, std::string_view>, 5> kStatuses{{
    {AssessmentStatus::NotAssessed, "not_assessed"},
    {AssessmentStatus::Nonconformant, "nonconformant"},
    {AssessmentStatus::Partial, "partial"},
    {AssessmentStatus::Conformant, "conformant"},
    {AssessmentStatus::NotApplicable, "not_applicable"},
}};

constexpr std::array<std::pair<ActionPriority, std::string_view>, 3> kPriorities{{
    {ActionPriority::High, "high"},
    {ActionPriority::Medium, "medium"},
    {ActionPriority::Low, "low"},
}};

constexpr std::array<std::pair<ActionStatus, std::string_view>, 4> kActionStatuses{{
    {ActionStatus::Open, "open"},
    {ActionStatus::InProgress, "in_progress"},
    {ActionStatus::Done, "done"},
    {ActionStatus::Cancelled, "cancelled"},
}};

template <class E, std::size_t N>
std::string_view nameOf(const std::array<std::pair<E, std::string_view>, N>& table, E value)
{
    for (const auto& [v, name] : table)
        if (v == value)
            return name;
    return {};
}

template <class E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view name)
{
    for (const auto& [v, n] : table)
        if (n == name)
            return v;
    return std::nullopt;
}

} // namespace

std::string_view toString(AssessmentStatus s)
{
    return nameOf(kStatuses, s);
}

std::optional<AssessmentStatus> assessmentStatusFromString(std::string_view s)
{
    return valueOf(kStatuses, s);
}

const std::vector<AssessmentStatus>& allAssessmentStatuses()
{
    static const std::vector<AssessmentStatus> all{
        AssessmentStatus::NotAssessed, AssessmentStatus::Nonconformant, AssessmentStatus::Partial,
        AssessmentStatus::Conformant, AssessmentStatus::NotApplicable};
    return all;
}

std::optional<double> statusScore(AssessmentStatus s)
{
    switch (s) {
    case AssessmentStatus::NotAssessed:
    case AssessmentStatus::Nonconformant:
        return 0.0;
    case AssessmentStatus::Partial:
        return 0.5;
    case AssessmentStatus::Conformant:
        return 1.0;
    case AssessmentStatus::NotApplicable:
        return std::nullopt;
    }
    return std::nullopt;
}

std::string_view toString(ActionPriority p)
{
    return nameOf(kPriorities, p);
}

std::optional<ActionPriority> actionPriorityFromString(std::string_view s)
{
    return valueOf(kPriorities, s);
}

std::string_view toString(ActionStatus s)
{
    return nameOf(kActionStatuses, s);
}

std::optional<ActionStatus> actionStatusFromString(std::string_view s)
{
    return valueOf(kActionStatuses, s);
}

bool isActive(ActionStatus s)
{
    return s == ActionStatus::Open || s == ActionStatus::InProgress;
}

bool exclusionForbidden(const std::string& catalogId, const std::string& ref)
{
    const bool strict = catalogId.rfind("iso20000-1", 0) == 0 || catalogId.rfind("iso27001", 0) == 0;
    if (!strict)
        return false;
    const auto dot = ref.find('.');
    const std::string top = ref.substr(0, dot);
    if (top.empty() || top.size() > 2 || top.find_first_not_of("0123456789") != std::string::npos)
        return false;
    const int clause = std::stoi(top);
    return clause >= 4 && clause <= 10;
}

std::string resultEntityId(std::int64_t assessmentId, const RequirementKey& key)
{
    return std::to_string(assessmentId) + "/" + key.catalogId + "/" + key.ref;
}

std::optional<std::pair<std::int64_t, RequirementKey>> parseResultEntityId(const std::string& id)
{
    const auto first = id.find('/');
    const auto last = id.rfind('/');
    if (first == std::string::npos || first == last || first == 0)
        return std::nullopt;
    const std::string number = id.substr(0, first);
    if (number.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return std::make_pair(std::stoll(number),
                          RequirementKey{id.substr(first + 1, last - first - 1), id.substr(last + 1)});
}

double roundRatio(double ratio)
{
    return std::round(ratio * 10000.0) / 10000.0;
}

std::string formatPercent(const std::optional<double>& ratio)
{
    if (!ratio)
        return "-";
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f%%", std::round(*ratio * 1000.0) / 10.0);
    return buf;
}

} // namespace cw
