// Interchange JSON import into a workspace (validation and, for valid documents, the write).
#include "FuzzSupport.h"

#include "common/Error.h"
#include "interchange/Interchange.h"
#include "storage/Workspace.h"

#include <filesystem>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static std::unique_ptr<cw::Workspace> ws = [] {
        const auto path = cwfuzz::scratchPath("interchange.cwb");
        std::filesystem::remove(path);
        cw::NewWorkspace init;
        init.name = "fuzz";
        return cw::Workspace::create(path, init);
    }();
    try {
        cw::importWorkspaceText(*ws, cwfuzz::text(data, size), "fuzz.json", cw::ImportOptions{true});
    } catch (const cw::Error&) {
    }
    return 0;
}
