#include "common/Resources.h"

#include "common/Error.h"

namespace cw::resources {

namespace {
std::vector<std::filesystem::path>& dirs()
{
    static std::vector<std::filesystem::path> d;
    return d;
}
} // namespace

void setSearchPath(std::vector<std::filesystem::path> d)
{
    dirs() = std::move(d);
}

const std::vector<std::filesystem::path>& searchPath()
{
    return dirs();
}

std::filesystem::path find(const std::filesystem::path& relative)
{
    std::string looked;
    for (const auto& dir : dirs()) {
        const auto candidate = dir / relative;
        std::error_code ec;
        if (std::filesystem::exists(candidate, ec))
            return candidate;
        looked += (looked.empty() ? "" : ", ") + dir.string();
    }
    throw Error(ErrorCode::CannotOpen, relative.string() + ": data file not found (looked in: " +
                                           (looked.empty() ? std::string("nowhere") : looked) + ")");
}

} // namespace cw::resources
