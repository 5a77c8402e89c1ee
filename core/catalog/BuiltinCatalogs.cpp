#include "catalog/BuiltinCatalogs.h"

#include "catalog/CatalogJson.h"
#include "common/Error.h"
#include "common/Json.h"
#include "common/Resources.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <mutex>

namespace cw {

namespace fs = std::filesystem;

namespace {

struct Cache {
    std::mutex mutex;
    bool loaded = false;
    std::vector<Catalog> catalogs;
    std::vector<MappingSet> mappings;
};

Cache& cache()
{
    static Cache c;
    return c;
}

std::vector<fs::path> filesIn(const fs::path& dir)
{
    std::vector<fs::path> out;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".json")
            out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

void load(Cache& c)
{
    if (c.loaded)
        return;
    const auto dir = resources::find("catalogs");
    for (const auto& file : filesIn(dir)) {
        Catalog cat = parseCatalogJson(readTextFile(file.string()), file.string());
        cat.origin = CatalogOrigin::Builtin;
        c.catalogs.push_back(std::move(cat));
    }
    // 20000-1 first, then by id.
    std::stable_sort(c.catalogs.begin(), c.catalogs.end(), [](const Catalog& a, const Catalog& b) {
        const bool a1 = a.id.rfind("iso20000", 0) == 0, b1 = b.id.rfind("iso20000", 0) == 0;
        return a1 != b1 ? a1 : a.id < b.id;
    });
    for (const auto& file : filesIn(dir / "mappings")) {
        MappingSet m = parseMappingJson(readTextFile(file.string()), file.string());
        const auto findCat = [&](const std::string& id) {
            const auto it = std::find_if(c.catalogs.begin(), c.catalogs.end(),
                                         [&](const Catalog& k) { return k.id == id; });
            if (it == c.catalogs.end())
                throw Error(ErrorCode::InvalidInput,
                            file.string() + ": $.source/target: unknown catalog '" + id + "'");
            return &*it;
        };
        const Catalog* src = findCat(m.source);
        const Catalog* dst = findCat(m.target);
        for (std::size_t i = 0; i < m.links.size(); ++i) {
            const auto where = file.string() + ": $.links[" + std::to_string(i) + "]";
            if (!src->find(m.links[i].sourceRef))
                throw Error(ErrorCode::InvalidInput,
                            where + ".source: '" + m.links[i].sourceRef + "' is not in " + m.source);
            if (!dst->find(m.links[i].targetRef))
                throw Error(ErrorCode::InvalidInput,
                            where + ".target: '" + m.links[i].targetRef + "' is not in " + m.target);
        }
        c.mappings.push_back(std::move(m));
    }
    c.loaded = true;
}

} // namespace

std::vector<std::string> builtinCatalogIds()
{
    auto& c = cache();
    std::lock_guard lock(c.mutex);
    load(c);
    std::vector<std::string> ids;
    for (const auto& cat : c.catalogs)
        ids.push_back(cat.id);
    return ids;
}

const Catalog& builtinCatalog(const std::string& id)
{
    auto& c = cache();
    std::lock_guard lock(c.mutex);
    load(c);
    for (const auto& cat : c.catalogs)
        if (cat.id == id)
            return cat;
    throw Error(ErrorCode::NotFound, "no built-in catalog '" + id + "' (see 'conformance catalog list')");
}

const std::vector<MappingSet>& builtinMappings()
{
    auto& c = cache();
    std::lock_guard lock(c.mutex);
    load(c);
    return c.mappings;
}

MappingLink orientedFrom(const MappingLink& link, const std::string& catalogId)
{
    if (link.sourceCatalog == catalogId)
        return link;
    return MappingLink{link.targetCatalog, link.targetRef, link.sourceCatalog, link.sourceRef, link.relation};
}

std::vector<MappingLink> builtinMappingLinks(const std::string& a, const std::string& b)
{
    (void)builtinCatalog(a);
    (void)builtinCatalog(b);
    std::vector<MappingLink> out;
    for (const auto& m : builtinMappings())
        if ((m.source == a && m.target == b) || (m.source == b && m.target == a))
            for (const auto& l : m.links)
                out.push_back(orientedFrom(l, a));
    return out;
}

} // namespace cw
