// POSIX implementation of platform/FileIo.h.
#include "platform/FileIo.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cw::platform {

namespace fs = std::filesystem;

namespace {

FileType typeOf(mode_t mode)
{
    if (S_ISREG(mode))
        return FileType::Regular;
    if (S_ISDIR(mode))
        return FileType::Directory;
    if (S_ISFIFO(mode))
        return FileType::Fifo;
    if (S_ISCHR(mode))
        return FileType::CharDevice;
    if (S_ISBLK(mode))
        return FileType::BlockDevice;
    if (S_ISSOCK(mode))
        return FileType::Socket;
    return FileType::Other;
}

/// Closes a descriptor when it goes out of scope.
struct Fd {
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

long long osWrite(int fd, const char* data, std::size_t size, int& error)
{
    const ssize_t n = ::write(fd, data, size);
    if (n < 0)
        error = errno;
    return n;
}

/// Writes all of `bytes`, retrying after interruptions and short writes; 0 or an error number.
int writeAll(int fd, std::string_view bytes, const WriteStep& write)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        int error = 0;
        const std::size_t chunk = std::min<std::size_t>(bytes.size() - done, std::size_t{1} << 20);
        const long long n = write ? write(fd, bytes.data() + done, chunk, error)
                                  : osWrite(fd, bytes.data() + done, chunk, error);
        if (n < 0 && error == EINTR)
            continue;
        if (n < 0)
            return error != 0 ? error : EIO;
        if (n == 0)
            return ENOSPC; // write(2) makes no progress only when the device is full
        done += static_cast<std::size_t>(n);
    }
    return 0;
}

} // namespace

FileRead readRegularFile(const fs::path& file, std::uintmax_t maxBytes)
{
    FileRead r;
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0) {
        r.error = errno;
        r.type = errno == ENOENT || errno == ENOTDIR ? FileType::Missing : FileType::Other;
        return r;
    }
    r.type = typeOf(st.st_mode);
    if (r.type != FileType::Regular)
        return r; // never opened: opening a FIFO or a device can block or have effects
    // Non-blocking: if the path was swapped for a FIFO since the stat, the open does not wait for a
    // writer; the type is checked again on the open file.
    Fd fd{::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)};
    if (fd.fd < 0) {
        r.error = errno;
        return r;
    }
    if (::fstat(fd.fd, &st) != 0) {
        r.error = errno;
        return r;
    }
    r.type = typeOf(st.st_mode);
    if (r.type != FileType::Regular)
        return r;
    r.size = static_cast<std::uintmax_t>(st.st_size);
    if (r.size > maxBytes) {
        r.tooLarge = true;
        return r;
    }
    const int flags = ::fcntl(fd.fd, F_GETFL);
    if (flags >= 0)
        (void)::fcntl(fd.fd, F_SETFL, flags & ~O_NONBLOCK);
    // Read to the end, not to the size seen: some files (in /proc) report 0 bytes. Never more than
    // the limit plus one byte, which tells a file that grew meanwhile.
    r.bytes.resize(static_cast<std::size_t>(std::min<std::uintmax_t>(r.size, maxBytes) + 1));
    std::size_t got = 0;
    for (;;) {
        if (got == r.bytes.size()) {
            if (got > maxBytes) {
                r.tooLarge = true;
                r.size = got;
                r.bytes.clear();
                return r;
            }
            r.bytes.resize(std::min<std::size_t>(static_cast<std::size_t>(maxBytes) + 1, got * 2 + 4096));
        }
        const ssize_t n = ::read(fd.fd, r.bytes.data() + got, r.bytes.size() - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            r.error = errno;
            r.bytes.clear();
            return r;
        }
        if (n == 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    r.bytes.resize(got);
    return r;
}

FileWrite replaceFile(const fs::path& requested, std::string_view bytes, const WriteStep& write)
{
    std::error_code ec;
    fs::path target = requested;
    if (fs::is_symlink(fs::symlink_status(target, ec))) {
        // Replace the file the link names, in its own folder, and keep the link.
        const fs::path resolved = fs::weakly_canonical(target, ec);
        if (!ec)
            target = resolved;
    }
    struct stat st {};
    const bool exists = ::stat(target.c_str(), &st) == 0;
    if (exists && S_ISDIR(st.st_mode))
        return {EISDIR, "create"};
    if (exists && !S_ISREG(st.st_mode)) {
        // A device or a FIFO (/dev/stdout, /dev/full, a pipe): it cannot be replaced, only written.
        Fd fd{::open(target.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC)};
        if (fd.fd < 0)
            return {errno, "create"};
        if (const int e = writeAll(fd.fd, bytes, write); e != 0)
            return {e, "write"};
        const int rc = ::close(fd.fd);
        fd.fd = -1;
        if (rc != 0)
            return {errno, "flush"};
        return {};
    }

    static std::atomic<unsigned> counter{0};
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const fs::path temp = dir / ("." + target.filename().string() + "." + std::to_string(::getpid()) + "-" +
                                 std::to_string(counter++) + ".tmp");
    Fd fd{::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOCTTY | O_CLOEXEC, 0666)};
    if (fd.fd < 0)
        return {errno, "create"};
    auto fail = [&](int error, const char* step) {
        if (fd.fd >= 0)
            ::close(fd.fd);
        fd.fd = -1;
        ::unlink(temp.c_str());
        return FileWrite{error, step};
    };
    if (exists)
        (void)::fchmod(fd.fd, st.st_mode & 07777); // a replaced file keeps its permissions
    if (const int e = writeAll(fd.fd, bytes, write); e != 0)
        return fail(e, "write");
    if (::fsync(fd.fd) != 0)
        return fail(errno, "flush");
    const int rc = ::close(fd.fd);
    fd.fd = -1;
    if (rc != 0)
        return fail(errno, "flush");
    if (::rename(temp.c_str(), target.c_str()) != 0)
        return fail(errno, "rename");
    // The new name is durable once the folder is on the disk too (best effort).
    Fd dirFd{::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (dirFd.fd >= 0)
        (void)::fsync(dirFd.fd);
    return {};
}

std::string errorText(int error)
{
    return std::strerror(error);
}

} // namespace cw::platform
