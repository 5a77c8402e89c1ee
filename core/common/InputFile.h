#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace cw {

/// Largest input file read whole when the caller names no smaller limit: 1 GiB.
inline constexpr std::uintmax_t kMaxInputFileBytes = 1024ull * 1024 * 1024;

/// Reads a file the user named (an import, a catalog, a checklist, a logo, an attachment) whole,
/// checking first, on the open file, that it is a regular file of at most `maxBytes`: a FIFO, a
/// device, a socket or a folder is refused without reading (a FIFO never blocks) and the size is
/// known before any memory is taken. Error(CannotOpen) naming the file and the reason: missing, no
/// permission, not a regular file, unreadable; Error(InvalidInput) when it is larger than
/// `maxBytes` (`what` names the kind of file in that message, e.g. "a logo").
[[nodiscard]] std::string readInputFile(const std::filesystem::path& file,
                                        std::uintmax_t maxBytes = kMaxInputFileBytes,
                                        std::string_view what = "an input file");

} // namespace cw
