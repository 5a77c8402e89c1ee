// Windows implementation of the platform layer (built on Windows only).
#include "platform/Platform.h"

#include <cstdlib>
#include <windows.h>

namespace cw::platform {

struct FileLock::Impl {
    HANDLE handle = INVALID_HANDLE_VALUE;
};

namespace {
// SQLite locks bytes from 0x40000000 on; this offset is far above them.
constexpr DWORD kLockOffsetHigh = 0x7fff;
} // namespace

std::unique_ptr<FileLock> FileLock::tryLock(const std::filesystem::path& file)
{
    HANDLE h =
        ::CreateFileW(file.c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                      nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return nullptr;
    OVERLAPPED ov{};
    ov.OffsetHigh = kLockOffsetHigh;
    if (!::LockFileEx(h, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &ov)) {
        ::CloseHandle(h);
        return nullptr;
    }
    std::unique_ptr<FileLock> lock(new FileLock);
    lock->d = std::make_unique<Impl>();
    lock->d->handle = h;
    return lock;
}

FileLock::~FileLock()
{
    if (d && d->handle != INVALID_HANDLE_VALUE) {
        OVERLAPPED ov{};
        ov.OffsetHigh = kLockOffsetHigh;
        ::UnlockFileEx(d->handle, 0, 1, 0, &ov);
        ::CloseHandle(d->handle);
    }
}

bool isWritable(const std::filesystem::path& file)
{
    const DWORD attrs = ::GetFileAttributesW(file.c_str());
    return attrs != INVALID_FILE_ATTRIBUTES && !(attrs & FILE_ATTRIBUTE_READONLY);
}

std::string currentUserName()
{
    if (const char* u = std::getenv("USERNAME"); u && *u)
        return u;
    return "unknown";
}

std::filesystem::path executablePath(const char* argv0)
{
    wchar_t buf[MAX_PATH];
    const DWORD n = ::GetModuleFileNameW(nullptr, buf, MAX_PATH);
    if (n > 0 && n < MAX_PATH)
        return std::filesystem::path(buf);
    std::error_code ec;
    return std::filesystem::absolute(argv0 ? argv0 : "", ec);
}

} // namespace cw::platform
