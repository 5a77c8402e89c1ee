#include "FuzzSupport.h"

#include <filesystem>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace cwfuzz {

namespace {

/// The scratch files handed out, removed when the process ends normally (libFuzzer's time limit,
/// the corpus replay in CI): each run used to leave its files in the temporary directory.
struct ScratchFiles {
    std::vector<std::filesystem::path> paths;
    ~ScratchFiles()
    {
        for (const auto& p : paths) {
            std::error_code ignored;
            std::filesystem::remove(p, ignored);
            std::filesystem::remove(p.string() + "-journal", ignored);
        }
    }
};

ScratchFiles& scratchFiles()
{
    static ScratchFiles files; // made before the harnesses' own statics, so it goes after them
    return files;
}

} // namespace

std::string scratchPath(const char* name)
{
    auto& files = scratchFiles();
    const auto path =
        std::filesystem::temp_directory_path() / ("cwfuzz-" + std::to_string(::getpid()) + "-" + name);
    files.paths.push_back(path);
    return path.string();
}

} // namespace cwfuzz
