#include "interchange/Interchange.h"

#include "common/Error.h"
#include "common/Json.h"
#include "interchange/InterchangeSection.h"
#include "interchange/Sections.h"
#include "storage/Workspace.h"

#include <algorithm>
#include <vector>

namespace cw {

nlohmann::ordered_json exportWorkspace(Workspace& ws)
{
    nlohmann::ordered_json root;
    root["format"] = kInterchangeFormat;
    root["version"] = kInterchangeVersion;
    for (const auto& section : interchangeSections())
        section->exportTo(ws, root);
    return root;
}

std::string exportWorkspaceText(Workspace& ws)
{
    return dumpJson(exportWorkspace(ws)) + "\n";
}

void importWorkspace(Workspace& ws, const nlohmann::json& document, const std::string& source,
                     const ImportOptions& options)
{
    const JsonNode root(document, source);
    root.requireObject();
    if (root.at("format").string() != kInterchangeFormat)
        root.at("format").fail(std::string("expected \"") + kInterchangeFormat +
                               "\"; this is not a Conformance Workbench interchange file");
    const auto version = root.at("version").integer();
    if (version > kInterchangeVersion)
        root.at("version").fail("version " + std::to_string(version) +
                                " was written by a newer Conformance Workbench; this one reads version " +
                                std::to_string(kInterchangeVersion));
    if (version < 1)
        root.at("version").fail("must be 1 or more");

    const auto& sections = interchangeSections();
    for (const auto& item : document.items()) {
        const bool known = item.key() == "format" || item.key() == "version" ||
                           std::any_of(sections.begin(), sections.end(),
                                       [&](const auto& s) { return s->key() == item.key(); });
        if (!known)
            JsonNode(item.value(), source, "$." + item.key()).fail("unknown section");
    }

    std::vector<std::function<void(WriteContext&)>> steps;
    for (const auto& section : sections)
        steps.push_back(section->prepare(ws, root));

    if (!options.replace) {
        for (const auto& section : sections)
            if (section->hasData(ws))
                throw Error(ErrorCode::InvalidInput,
                            ws.file().string() + ": the workspace already holds " +
                                std::string(section->key()) +
                                "; import into a new workspace, or replace its content (--replace)");
    }
    ws.write("Import " + source, [&](WriteContext& ctx) {
        if (options.replace)
            for (auto it = sections.rbegin(); it != sections.rend(); ++it)
                (*it)->clear(ctx);
        for (const auto& step : steps)
            step(ctx);
    });
}

void importWorkspaceText(Workspace& ws, const std::string& text, const std::string& source,
                         const ImportOptions& options)
{
    importWorkspace(ws, parseJson(text, source), source, options);
}

} // namespace cw
