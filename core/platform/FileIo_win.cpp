// Windows implementation of platform/FileIo.h with the standard library only (Windows has no
// FIFOs in the file system; devices are refused by their type).
#include "platform/FileIo.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

namespace cw::platform {

namespace fs = std::filesystem;

namespace {

FileType typeOf(const fs::file_status& s)
{
    switch (s.type()) {
    case fs::file_type::not_found:
        return FileType::Missing;
    case fs::file_type::regular:
        return FileType::Regular;
    case fs::file_type::directory:
        return FileType::Directory;
    case fs::file_type::fifo:
        return FileType::Fifo;
    case fs::file_type::character:
        return FileType::CharDevice;
    case fs::file_type::block:
        return FileType::BlockDevice;
    case fs::file_type::socket:
        return FileType::Socket;
    default:
        return FileType::Other;
    }
}

} // namespace

FileRead readRegularFile(const fs::path& file, std::uintmax_t maxBytes)
{
    FileRead r;
    std::error_code ec;
    r.type = typeOf(fs::status(file, ec));
    if (r.type != FileType::Regular)
        return r;
    r.size = fs::file_size(file, ec);
    if (ec) {
        r.error = ec.value();
        return r;
    }
    if (r.size > maxBytes) {
        r.tooLarge = true;
        return r;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        r.error = EACCES;
        return r;
    }
    r.bytes.resize(static_cast<std::size_t>(r.size) + 1);
    in.read(r.bytes.data(), static_cast<std::streamsize>(r.bytes.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got > maxBytes) {
        r.tooLarge = true;
        r.bytes.clear();
        return r;
    }
    if (in.bad()) {
        r.error = EIO;
        r.bytes.clear();
        return r;
    }
    r.bytes.resize(got);
    return r;
}

FileWrite replaceFile(const fs::path& target, std::string_view bytes, const WriteStep& write)
{
    std::error_code ec;
    if (fs::is_directory(target, ec))
        return {EISDIR, "create"};
    static std::atomic<unsigned> counter{0};
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const fs::path temp = dir / ("." + target.filename().string() + "." + std::to_string(counter++) + ".tmp");
    std::FILE* f = std::fopen(temp.string().c_str(), "wbx");
    if (!f)
        return {errno != 0 ? errno : EACCES, "create"};
    int error = 0;
    bool ok = true;
    if (write) {
        ok = write(-1, bytes.data(), bytes.size(), error) == static_cast<long long>(bytes.size());
    } else {
        ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
        error = ok ? 0 : (errno != 0 ? errno : ENOSPC);
    }
    const bool closed = std::fclose(f) == 0;
    if (!ok || !closed) {
        fs::remove(temp, ec);
        return {error != 0 ? error : ENOSPC, ok ? "flush" : "write"};
    }
    fs::rename(temp, target, ec);
    if (ec) {
        fs::remove(temp, ec);
        return {EACCES, "rename"};
    }
    return {};
}

std::string errorText(int error)
{
    return std::strerror(error);
}

} // namespace cw::platform
