#pragma once

#include <filesystem>
#include <memory>
#include <string>

namespace cw::platform {

/// An advisory, process-wide exclusive lock on a file, held for as long as the object lives and
/// released by the OS if the process dies. Used to keep a second writer away from a workspace.
/// It does not interfere with SQLite's own byte-range locks (POSIX: flock(2); Windows: a lock on
/// a byte range SQLite never uses).
class FileLock {
public:
    /// Returns nullptr when another process holds the lock.
    [[nodiscard]] static std::unique_ptr<FileLock> tryLock(const std::filesystem::path& file);
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

private:
    FileLock() = default;
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// Whether the current user may write the file (permissions and read-only mounts).
[[nodiscard]] bool isWritable(const std::filesystem::path& file);

/// The login name of the current user, or "unknown".
[[nodiscard]] std::string currentUserName();

/// Absolute path of the running executable; `argv0` is the fallback where the OS cannot tell.
[[nodiscard]] std::filesystem::path executablePath(const char* argv0);

} // namespace cw::platform
