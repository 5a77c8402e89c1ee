#pragma once
// Shared helpers of the gap-analysis tests: a small hand-made catalog, a pinned clock, and
// "nothing changed" probes.

#include "TestSupport.h"

#include "catalog/Catalog.h"
#include "catalog/CatalogStore.h"
#include "common/Clock.h"
#include "interchange/Interchange.h"
#include "storage/AuditTrail.h"
#include "storage/Workspace.h"

#include <memory>
#include <string>

namespace cwtest {

/// Today is 2026-11-22 in these tests, as in the demo.
inline std::shared_ptr<cw::FixedClock> pinnedClock()
{
    return std::make_shared<cw::FixedClock>(cw::parseUtc("2026-11-22T09:00:00Z", "test clock"));
}

inline std::unique_ptr<cw::Workspace> newWorkspace(const std::filesystem::path& file)
{
    cw::NewWorkspace init;
    init.name = "Gap test";
    return cw::Workspace::create(file, init, pinnedClock());
}

/// test:mini
///   4 (heading): 4.1, 4.2, 4.3
///   5 (heading): 5.1, 5.2 (heading): 5.2.1, 5.2.2
///   6 (heading): 6.1
/// 5.2.2 requires documented information.
inline cw::Catalog miniCatalog()
{
    cw::Catalog c;
    c.id = "test:mini";
    c.title = {"Mini", "迷你"};
    c.contentVersion = "1";
    c.languages = {"en"};
    c.origin = cw::CatalogOrigin::Json;
    auto add = [&](const std::string& ref, const char* parent, bool assessable) {
        cw::Requirement r;
        r.ref = ref;
        if (parent)
            r.parent = std::string(parent);
        r.title = {"Title " + ref, "标题 " + ref};
        r.assessable = assessable;
        c.requirements.push_back(r);
    };
    add("4", nullptr, false);
    add("4.1", "4", true);
    add("4.2", "4", true);
    add("4.3", "4", true);
    add("5", nullptr, false);
    add("5.1", "5", true);
    add("5.2", "5", false);
    add("5.2.1", "5.2", true);
    add("5.2.2", "5.2", true);
    add("6", nullptr, false);
    add("6.1", "6", true);
    cw::RequiredDocument d;
    d.id = "DOC-5.2.2";
    d.clause = "5.2.2";
    d.title = {"Policy", "方针"};
    c.requiredDocuments.push_back(d);
    cw::finalizeCatalog(c, "mini");
    return c;
}

inline std::size_t auditLength(cw::Workspace& ws)
{
    return cw::listAuditTrail(ws).size();
}

/// The whole workspace as interchange text: equal before and after means nothing changed.
inline std::string snapshotText(cw::Workspace& ws)
{
    return cw::exportWorkspaceText(ws);
}

} // namespace cwtest
