#include "common/Actor.h"

#include "common/Error.h"
#include "platform/Platform.h"

#include <cstdlib>

namespace cw {

namespace {

std::string_view trimmed(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

std::string checked(std::string_view name, const char* from)
{
    for (const char c : name)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            throw Error(ErrorCode::InvalidInput,
                        std::string(from) + ": the name recorded in the audit trail must not hold control "
                                            "characters (line breaks, tabs, escapes)");
    return std::string(name);
}

} // namespace

std::string resolveActor(std::string_view preferred)
{
    if (const auto p = trimmed(preferred); !p.empty())
        return checked(p, "the name set in the preferences");
    if (const char* env = std::getenv("CW_ACTOR"); env)
        if (const auto e = trimmed(env); !e.empty())
            return checked(e, "CW_ACTOR");
    return platform::currentUserName();
}

} // namespace cw
