#include "common/InputFile.h"

#include "common/Error.h"
#include "platform/FileIo.h"

namespace cw {

namespace {

std::string typeName(platform::FileType t)
{
    switch (t) {
    case platform::FileType::Directory:
        return "a folder";
    case platform::FileType::Fifo:
        return "a FIFO (named pipe)";
    case platform::FileType::CharDevice:
    case platform::FileType::BlockDevice:
        return "a device";
    case platform::FileType::Socket:
        return "a socket";
    default:
        return "not an ordinary file";
    }
}

/// "2 MiB", "1 GiB", or bytes for a limit that is no whole number of MiB.
std::string limitText(std::uintmax_t bytes)
{
    constexpr std::uintmax_t mib = 1024 * 1024;
    if (bytes >= 1024 * mib && bytes % (1024 * mib) == 0)
        return std::to_string(bytes / (1024 * mib)) + " GiB";
    if (bytes >= mib && bytes % mib == 0)
        return std::to_string(bytes / mib) + " MiB";
    return std::to_string(bytes) + " bytes";
}

} // namespace

std::string readInputFile(const std::filesystem::path& file, std::uintmax_t maxBytes, std::string_view what)
{
    const std::string name = file.string();
    platform::FileRead r = platform::readRegularFile(file, maxBytes);
    if (r.type == platform::FileType::Missing)
        throw Error(ErrorCode::CannotOpen, name + ": no such file");
    if (r.type != platform::FileType::Regular && r.error == 0)
        throw Error(ErrorCode::CannotOpen,
                    name + ": " + typeName(r.type) + ", not an ordinary file; only files are read");
    if (r.error != 0)
        throw Error(ErrorCode::CannotOpen,
                    name + ": the file cannot be read (" + platform::errorText(r.error) + ")");
    if (r.tooLarge)
        throw Error(ErrorCode::InvalidInput, name + ": the file is larger than the " + limitText(maxBytes) +
                                                 " allowed for " + std::string(what));
    return std::move(r.bytes);
}

} // namespace cw
