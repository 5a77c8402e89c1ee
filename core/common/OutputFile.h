#pragma once

#include "platform/FileIo.h"

#include <filesystem>
#include <string_view>

namespace cw {

/// Writes an output file (an export, a report, a list) whole or not at all: the bytes go to a
/// temporary file in the same folder, flushed to the disk, which is then renamed over `file`, so
/// a full disk or a crash never leaves a partial file and an existing file stays as it was until
/// the new one is complete. A device or FIFO (/dev/stdout) is written directly. Error(CannotWrite)
/// naming the file and the cause ("No space left on device"). `write` replaces the OS write in
/// tests.
void writeOutputFile(const std::filesystem::path& file, std::string_view bytes,
                     const platform::WriteStep& write = {});

} // namespace cw
