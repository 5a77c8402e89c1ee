// The `conformance` command-line tool: a thin entry point over app/cli.
#include "cli/Cli.h"
#include "common/Resources.h"
#include "platform/Platform.h"

#include <cstdlib>
#include <iostream>

int main(int argc, char** argv)
{
    std::vector<std::filesystem::path> dirs;
    if (const char* env = std::getenv("CW_DATA_DIR"); env && *env)
        dirs.emplace_back(env);
    const auto exe = cw::platform::executablePath(argc > 0 ? argv[0] : nullptr);
    dirs.push_back(exe.parent_path().parent_path() / "share" / "conformance-workbench");
#ifdef CW_SOURCE_DATA_DIR
    dirs.emplace_back(CW_SOURCE_DATA_DIR);
#endif
    cw::resources::setSearchPath(std::move(dirs));
    std::ios::sync_with_stdio(false);
    return cw::cli::run(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
}
