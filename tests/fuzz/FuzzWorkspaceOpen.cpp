// Opening arbitrary bytes as a workspace, then checking and summarising it, verifying its audit
// trail and replaying the trail against the rows (verify --deep).
#include "FuzzSupport.h"

#include "common/Error.h"
#include "storage/AuditChain.h"
#include "storage/TrailReplay.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceInfo.h"

#include <fstream>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::string path = cwfuzz::scratchPath("open.cwb");
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    try {
        auto ws = cw::Workspace::open(path, cw::OpenMode::ReadOnly);
        (void)cw::checkWorkspace(*ws);
        (void)cw::workspaceInfo(*ws);
        (void)cw::verifyAuditTrail(*ws);
        (void)cw::replayAuditTrail(*ws);
    } catch (const cw::Error&) {
    }
    return 0;
}
