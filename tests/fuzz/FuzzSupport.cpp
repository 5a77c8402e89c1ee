#include "FuzzSupport.h"

#include <filesystem>
#include <unistd.h>

namespace cwfuzz {
std::string scratchPath(const char* name)
{
    return (std::filesystem::temp_directory_path() / ("cwfuzz-" + std::to_string(::getpid()) + "-" + name))
        .string();
}
} // namespace cwfuzz
