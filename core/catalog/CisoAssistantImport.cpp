#include "catalog/CatalogImport.h"

#include "common/Error.h"
#include "common/Utf8.h"

#include <yaml-cpp/yaml.h>

#include <map>
#include <set>

namespace cw {

namespace {

[[noreturn]] void bad(const std::string& source, const std::string& where, const std::string& problem)
{
    throw Error(ErrorCode::InvalidInput, source + ": " + where + ": " + problem);
}

std::string scalar(const YAML::Node& node, const std::string& source, const std::string& where)
{
    if (!node || node.IsNull())
        return {};
    if (!node.IsScalar())
        bad(source, where, "expected text");
    std::string text = node.as<std::string>();
    // yaml-cpp passes invalid bytes through (and makes surrogates of "\ud800" escapes).
    utf8::requireValid(text, source + ": line " + std::to_string(node.Mark().line + 1) + ": " + where);
    return text;
}

std::string zhText(const YAML::Node& translations, const char* key, const std::string& source,
                   const std::string& where)
{
    if (!translations || !translations.IsMap())
        return {};
    const YAML::Node zh = translations["zh"];
    if (!zh || !zh.IsMap())
        return {};
    return scalar(zh[key], source, where + ".translations.zh." + key);
}

std::string trimTitle(std::string s)
{
    // A node without a name is titled by its description's first line, shortened.
    if (const auto nl = s.find('\n'); nl != std::string::npos)
        s.resize(nl);
    if (s.size() > 120) {
        std::size_t cut = 117;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
            --cut;
        s = s.substr(0, cut) + "...";
    }
    return s;
}

} // namespace

Catalog parseCisoAssistantYaml(const std::string& text, const std::string& source)
{
    YAML::Node root;
    try {
        root = YAML::Load(text);
    } catch (const YAML::Exception& e) {
        throw Error(ErrorCode::InvalidInput, source + ": line " + std::to_string(e.mark.line + 1) +
                                                 ", column " + std::to_string(e.mark.column + 1) +
                                                 ": not valid YAML (" + e.msg + ")");
    }
    try {
        if (!root.IsMap())
            bad(source, "(top level)", "not a CISO Assistant library (expected a mapping)");
        const YAML::Node objects = root["objects"];
        if (!objects || !objects.IsMap())
            bad(source, "objects", "missing: not a CISO Assistant framework library");
        const YAML::Node fw = objects["framework"];
        if (!fw || !fw.IsMap())
            bad(source, "objects.framework", "missing: the library holds no framework");
        const std::string fwUrn = scalar(fw["urn"], source, "objects.framework.urn");
        if (fwUrn.empty())
            bad(source, "objects.framework.urn", "missing");
        const YAML::Node nodes = fw["requirement_nodes"];
        if (!nodes || !nodes.IsSequence() || nodes.size() == 0)
            bad(source, "objects.framework.requirement_nodes", "missing or empty");

        Catalog c;
        const auto colon = fwUrn.rfind(':');
        c.id = "ciso:" + (colon == std::string::npos ? fwUrn : fwUrn.substr(colon + 1));
        c.title.en = scalar(fw["name"], source, "objects.framework.name");
        if (c.title.en.empty())
            c.title.en = scalar(fw["ref_id"], source, "objects.framework.ref_id");
        c.title.zh = zhText(fw["translations"], "name", source, "objects.framework");
        c.publisher = scalar(root["provider"], source, "provider");
        c.edition = scalar(fw["ref_id"], source, "objects.framework.ref_id");
        c.contentVersion = scalar(root["version"], source, "version");
        if (c.contentVersion.empty())
            c.contentVersion = "1";
        c.languages = {"en"};
        c.origin = CatalogOrigin::CisoAssistant;

        // First pass: refs. ref_id when present and unique, else the urn's last segment.
        std::map<std::string, int> refUse;
        for (std::size_t i = 0; i < nodes.size(); ++i)
            if (nodes[i].IsMap() && nodes[i]["ref_id"] && nodes[i]["ref_id"].IsScalar())
                ++refUse[nodes[i]["ref_id"].as<std::string>()];
        std::map<std::string, std::string> refOfUrn;
        std::set<std::string> used;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const std::string where = "objects.framework.requirement_nodes[" + std::to_string(i) + "]";
            const YAML::Node n = nodes[i];
            if (!n.IsMap())
                bad(source, where, "expected a mapping");
            const std::string urn = scalar(n["urn"], source, where + ".urn");
            if (urn.empty())
                bad(source, where + ".urn", "missing");
            if (refOfUrn.count(urn))
                bad(source, where + ".urn", "duplicate urn '" + urn + "'");
            std::string ref = scalar(n["ref_id"], source, where + ".ref_id");
            if (ref.empty() || refUse[ref] > 1 || used.count(ref)) {
                const auto p = urn.rfind(':');
                ref = p == std::string::npos ? urn : urn.substr(p + 1);
            }
            if (used.count(ref))
                ref = urn;
            used.insert(ref);
            refOfUrn[urn] = ref;
        }
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const std::string where = "objects.framework.requirement_nodes[" + std::to_string(i) + "]";
            const YAML::Node n = nodes[i];
            Requirement r;
            r.ref = refOfUrn.at(scalar(n["urn"], source, where + ".urn"));
            const std::string parentUrn = scalar(n["parent_urn"], source, where + ".parent_urn");
            if (!parentUrn.empty()) {
                const auto it = refOfUrn.find(parentUrn);
                if (it == refOfUrn.end())
                    bad(source, where + ".parent_urn", "parent '" + parentUrn + "' is not in the library");
                r.parent = it->second;
            }
            const YAML::Node assessable = n["assessable"];
            if (assessable) {
                try {
                    r.assessable = assessable.as<bool>();
                } catch (const YAML::Exception&) {
                    bad(source, where + ".assessable", "expected true or false");
                }
            }
            r.description.en = scalar(n["description"], source, where + ".description");
            r.description.zh = zhText(n["translations"], "description", source, where);
            r.title.en = scalar(n["name"], source, where + ".name");
            r.title.zh = zhText(n["translations"], "name", source, where);
            if (r.title.en.empty())
                r.title.en = trimTitle(r.description.en);
            if (r.title.zh.empty() && !r.description.zh.empty() && r.title.en.empty())
                r.title.zh = trimTitle(r.description.zh);
            if (r.title.en.empty())
                r.title.en = r.ref;
            c.requirements.push_back(std::move(r));
        }
        finalizeCatalog(c, source);
        return c;
    } catch (const YAML::Exception& e) {
        throw Error(ErrorCode::InvalidInput, source + ": line " + std::to_string(e.mark.line + 1) +
                                                 ": unexpected YAML content (" + e.msg + ")");
    }
}

} // namespace cw
