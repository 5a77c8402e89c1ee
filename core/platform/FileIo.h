#pragma once
// Reading and writing the files a user names, without blocking on special files and without
// leaving a partial file behind. The OS calls live in FileIo_posix.cpp / FileIo_win.cpp; the
// messages are made by common/InputFile and common/OutputFile.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace cw::platform {

/// What a path names (symbolic links followed).
enum class FileType { Missing, Regular, Directory, Fifo, CharDevice, BlockDevice, Socket, Other };

/// The outcome of readRegularFile().
struct FileRead {
    FileType type = FileType::Missing;
    std::uintmax_t size = 0; ///< the size the file had when opened (regular files)
    bool tooLarge = false;   ///< over the limit: nothing was read
    int error = 0;           ///< the OS error number of the step that failed, 0 when none did
    std::string bytes;       ///< the content, when type is Regular, !tooLarge and error is 0
};

/// Reads a regular file of at most `maxBytes`. The type and the size are checked on the open file
/// before a byte is read, and the file is opened so that a FIFO or a device never blocks: for any
/// other type nothing is read. A file that grows past `maxBytes` while it is read is tooLarge.
[[nodiscard]] FileRead readRegularFile(const std::filesystem::path& file, std::uintmax_t maxBytes);

/// Writes `size` bytes to the open file `fd`, returning the number written or -1 with an error
/// number in `error`; replaceable in tests to simulate a full disk.
using WriteStep = std::function<long long(int fd, const char* data, std::size_t size, int& error)>;

/// The outcome of replaceFile(): 0 and an empty step, or the OS error number and the step that
/// failed ("create", "write", "flush", "rename").
struct FileWrite {
    int error = 0;
    std::string step;
};

/// Writes `bytes` to a new temporary file in the folder of `target`, flushes it to the disk and
/// renames it over `target`. On any failure the temporary file is removed and `target` is left as
/// it was: a reader never sees a partial file. `write` empty: the OS write.
[[nodiscard]] FileWrite replaceFile(const std::filesystem::path& target, std::string_view bytes,
                                    const WriteStep& write = {});

/// The text of an OS error number ("No space left on device").
[[nodiscard]] std::string errorText(int error);

} // namespace cw::platform
