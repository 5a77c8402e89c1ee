// POSIX implementation of the platform layer: the only file that calls POSIX APIs.
#include "platform/Platform.h"

#include <cstdlib>
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cw::platform {

struct FileLock::Impl {
    int fd = -1;
};

std::unique_ptr<FileLock> FileLock::tryLock(const std::filesystem::path& file)
{
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return nullptr;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return nullptr;
    }
    std::unique_ptr<FileLock> lock(new FileLock);
    lock->d = std::make_unique<Impl>();
    lock->d->fd = fd;
    return lock;
}

FileLock::~FileLock()
{
    if (d && d->fd >= 0) {
        ::flock(d->fd, LOCK_UN);
        ::close(d->fd);
    }
}

bool isWritable(const std::filesystem::path& file)
{
    // A file whose write bits are all cleared is read-only to us even when running as root,
    // who would otherwise pass access(2).
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0 || (st.st_mode & 0222) == 0)
        return false;
    return ::access(file.c_str(), W_OK) == 0;
}

std::string currentUserName()
{
    if (const char* u = std::getenv("USER"); u && *u)
        return u;
    if (const passwd* pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return pw->pw_name;
    return "unknown";
}

std::filesystem::path executablePath(const char* argv0)
{
    std::error_code ec;
    auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec)
        return self;
    return std::filesystem::absolute(argv0 ? argv0 : "", ec);
}

} // namespace cw::platform
