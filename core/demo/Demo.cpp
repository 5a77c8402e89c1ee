#include "demo/Demo.h"

#include "common/Error.h"
#include "common/Json.h"
#include "common/Resources.h"
#include "interchange/Interchange.h"
#include "storage/Workspace.h"

namespace cw {

nlohmann::json localizeDemoTree(const nlohmann::json& tree, const std::string& language)
{
    if (tree.is_object()) {
        const std::string key = "@" + language;
        if (tree.contains("@en") || tree.contains("@zh")) {
            if (tree.contains(key) && tree[key].is_string())
                return tree[key];
            return tree.contains("@en") ? tree["@en"] : tree["@zh"];
        }
        nlohmann::json out = nlohmann::json::object();
        for (const auto& item : tree.items())
            out[item.key()] = localizeDemoTree(item.value(), language);
        return out;
    }
    if (tree.is_array()) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& v : tree)
            out.push_back(localizeDemoTree(v, language));
        return out;
    }
    return tree;
}

std::unique_ptr<Workspace> createDemoWorkspace(const std::filesystem::path& file, const std::string& language,
                                               std::shared_ptr<const Clock> clock)
{
    if (language != "en" && language != "zh")
        throw Error(ErrorCode::Usage, "language must be 'en' or 'zh', not '" + language + "'");
    const auto source = resources::find("demo/demo-engagement.json");
    const nlohmann::json tree = parseJson(readTextFile(source.string()), source.string());
    nlohmann::json doc = localizeDemoTree(tree, language);
    doc["engagement"]["language"] = language;
    NewWorkspace init;
    init.name = doc["engagement"].value("name", std::string("Demo"));
    init.language = language;
    auto ws = Workspace::create(file, init, std::move(clock));
    try {
        importWorkspace(*ws, doc, source.filename().string(), ImportOptions{true});
    } catch (...) {
        ws.reset();
        std::error_code ec;
        std::filesystem::remove(file, ec);
        throw;
    }
    return ws;
}

} // namespace cw
