#include "findings/FindingTypes.h"

#include <array>
#include <utility>

namespace cw {

namespace {

template <class E, std::size_t N> using Table = std::array<std::pair<E, std::string_view>, N>;

constexpr Table<FindingType, 5> kTypes{{
    {FindingType::Major, "major"},
    {FindingType::Minor, "minor"},
    {FindingType::Observation, "observation"},
    {FindingType::Improvement, "improvement"},
    {FindingType::Positive, "positive"},
}};

constexpr Table<FindingSource, 5> kSources{{
    {FindingSource::InternalAudit, "internal_audit"},
    {FindingSource::ExternalAudit, "external_audit"},
    {FindingSource::Complaint, "complaint"},
    {FindingSource::IncidentReview, "incident_review"},
    {FindingSource::Other, "other"},
}};

constexpr Table<FindingState, 6> kStates{{
    {FindingState::Open, "open"},
    {FindingState::CorrectionRecorded, "correction_recorded"},
    {FindingState::ActionPlanned, "action_planned"},
    {FindingState::Implemented, "implemented"},
    {FindingState::Verified, "verified"},
    {FindingState::Closed, "closed"},
}};

constexpr Table<RcaMethod, 4> kMethods{{
    {RcaMethod::None, ""},
    {RcaMethod::FiveWhys, "five_whys"},
    {RcaMethod::Fishbone, "fishbone"},
    {RcaMethod::FreeText, "free_text"},
}};

constexpr Table<ActionState, 3> kActionStates{{
    {ActionState::Planned, "planned"},
    {ActionState::Implemented, "implemented"},
    {ActionState::Cancelled, "cancelled"},
}};

template <class E, std::size_t N> std::string_view keyOf(const Table<E, N>& t, E v)
{
    for (const auto& [value, key] : t)
        if (value == v)
            return key;
    return {};
}

template <class E, std::size_t N> std::optional<E> valueOf(const Table<E, N>& t, std::string_view k)
{
    for (const auto& [value, key] : t)
        if (key == k)
            return value;
    return std::nullopt;
}

} // namespace

std::string_view toString(FindingType t)
{
    return keyOf(kTypes, t);
}

std::optional<FindingType> findingTypeFromString(std::string_view s)
{
    return valueOf(kTypes, s);
}

const std::vector<FindingType>& allFindingTypes()
{
    static const std::vector<FindingType> all{FindingType::Major, FindingType::Minor,
                                              FindingType::Observation, FindingType::Improvement,
                                              FindingType::Positive};
    return all;
}

bool isNonconformity(FindingType t)
{
    return t == FindingType::Major || t == FindingType::Minor;
}

std::string typeWords(FindingType t)
{
    switch (t) {
    case FindingType::Major:
        return "major nonconformity";
    case FindingType::Minor:
        return "minor nonconformity";
    case FindingType::Observation:
        return "observation";
    case FindingType::Improvement:
        return "opportunity for improvement";
    case FindingType::Positive:
        return "positive finding";
    }
    return {};
}

std::string_view codePrefix(FindingType t)
{
    switch (t) {
    case FindingType::Major:
    case FindingType::Minor:
        return "NC";
    case FindingType::Observation:
        return "OBS";
    case FindingType::Improvement:
        return "OFI";
    case FindingType::Positive:
        return "PF";
    }
    return "F";
}

std::string_view toString(FindingSource s)
{
    return keyOf(kSources, s);
}

std::optional<FindingSource> findingSourceFromString(std::string_view s)
{
    return valueOf(kSources, s);
}

std::string_view toString(FindingState s)
{
    return keyOf(kStates, s);
}

std::optional<FindingState> findingStateFromString(std::string_view s)
{
    return valueOf(kStates, s);
}

const std::vector<FindingState>& allFindingStates()
{
    static const std::vector<FindingState> all{FindingState::Open,          FindingState::CorrectionRecorded,
                                               FindingState::ActionPlanned, FindingState::Implemented,
                                               FindingState::Verified,      FindingState::Closed};
    return all;
}

std::string stateWords(FindingState s)
{
    switch (s) {
    case FindingState::Open:
        return "open";
    case FindingState::CorrectionRecorded:
        return "correction and root cause recorded";
    case FindingState::ActionPlanned:
        return "corrective action planned";
    case FindingState::Implemented:
        return "implemented";
    case FindingState::Verified:
        return "verified effective";
    case FindingState::Closed:
        return "closed";
    }
    return {};
}

std::string_view toString(RcaMethod m)
{
    return keyOf(kMethods, m);
}

std::optional<RcaMethod> rcaMethodFromString(std::string_view s)
{
    return valueOf(kMethods, s);
}

const std::vector<std::string_view>& fishboneCategories()
{
    static const std::vector<std::string_view> all{"people",    "process",     "technology", "information",
                                                   "suppliers", "environment", "measurement"};
    return all;
}

std::string_view toString(ActionState s)
{
    return keyOf(kActionStates, s);
}

std::optional<ActionState> actionStateFromString(std::string_view s)
{
    return valueOf(kActionStates, s);
}

} // namespace cw
