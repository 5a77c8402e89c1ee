#include "catalog/Catalog.h"

#include "common/Error.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <vector>

namespace cw {

const std::string& LocalizedText::in(const std::string& lang) const
{
    if (lang == "zh")
        return zh.empty() ? en : zh;
    return en.empty() ? zh : en;
}

const Requirement* Catalog::find(const std::string& ref) const
{
    for (const auto& r : requirements)
        if (r.ref == ref)
            return &r;
    return nullptr;
}

std::vector<const Requirement*> Catalog::children(const std::optional<std::string>& parent) const
{
    std::vector<const Requirement*> out;
    for (const auto& r : requirements)
        if (r.parent == parent)
            out.push_back(&r);
    return out;
}

std::size_t Catalog::assessableCount() const
{
    return static_cast<std::size_t>(std::count_if(requirements.begin(), requirements.end(),
                                                  [](const Requirement& r) { return r.assessable; }));
}

std::string toString(CatalogOrigin o)
{
    switch (o) {
    case CatalogOrigin::Builtin:
        return "builtin";
    case CatalogOrigin::Json:
        return "json";
    case CatalogOrigin::CisoAssistant:
        return "ciso-assistant";
    case CatalogOrigin::Csv:
        return "csv";
    }
    return "json";
}

std::optional<CatalogOrigin> catalogOriginFromString(const std::string& s)
{
    for (auto o :
         {CatalogOrigin::Builtin, CatalogOrigin::Json, CatalogOrigin::CisoAssistant, CatalogOrigin::Csv})
        if (toString(o) == s)
            return o;
    return std::nullopt;
}

std::string toString(MappingRelation r)
{
    return r == MappingRelation::Equivalent ? "equivalent" : "related";
}

std::optional<MappingRelation> mappingRelationFromString(const std::string& s)
{
    if (s == "equivalent")
        return MappingRelation::Equivalent;
    if (s == "related")
        return MappingRelation::Related;
    return std::nullopt;
}

std::string toString(DocumentKind k)
{
    return k == DocumentKind::Record ? "record" : "document";
}

bool refLess(const std::string& a, const std::string& b)
{
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const bool da = std::isdigit(static_cast<unsigned char>(a[i])) != 0;
        const bool db = std::isdigit(static_cast<unsigned char>(b[j])) != 0;
        if (da && db) {
            std::size_t ei = i, ej = j;
            while (ei < a.size() && std::isdigit(static_cast<unsigned char>(a[ei])))
                ++ei;
            while (ej < b.size() && std::isdigit(static_cast<unsigned char>(b[ej])))
                ++ej;
            const auto na = std::stoull(a.substr(i, std::min<std::size_t>(ei - i, 18)));
            const auto nb = std::stoull(b.substr(j, std::min<std::size_t>(ej - j, 18)));
            if (na != nb)
                return na < nb;
            i = ei;
            j = ej;
        } else {
            if (a[i] != b[j])
                return a[i] < b[j];
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

namespace {

[[noreturn]] void invalid(const std::string& source, const std::string& where, const std::string& problem)
{
    throw Error(ErrorCode::InvalidInput, source + ": " + where + ": " + problem);
}

void requireLanguages(const Catalog& c, const LocalizedText& t, const std::string& source,
                      const std::string& where)
{
    for (const auto& lang : c.languages) {
        if ((lang == "en" && t.en.empty()) || (lang == "zh" && t.zh.empty()))
            invalid(source, where,
                    "the " + std::string(lang == "en" ? "English" : "Chinese") +
                        " text is missing (the catalog declares language '" + lang + "')");
    }
}

} // namespace

void finalizeCatalog(Catalog& c, const std::string& source)
{
    if (c.id.empty())
        invalid(source, "$.id", "the catalog has no id");
    for (const char ch : c.id)
        if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == ':' || ch == '.' || ch == '-' ||
              ch == '_'))
            invalid(source, "$.id", "'" + c.id + "' may hold only letters, digits and : . - _");
    if (c.languages.empty())
        invalid(source, "$.languages", "at least one language is required");
    for (const auto& l : c.languages)
        if (l != "en" && l != "zh")
            invalid(source, "$.languages", "unsupported language '" + l + "' (use en and/or zh)");
    requireLanguages(c, c.title, source, "$.title");
    if (c.requirements.empty())
        invalid(source, "$.requirements", "the catalog has no requirements");

    std::set<std::string> groupIds{"none"};
    for (std::size_t i = 0; i < c.processGroups.size(); ++i) {
        const auto where = "$.process_groups[" + std::to_string(i) + "]";
        if (!groupIds.insert(c.processGroups[i].id).second && c.processGroups[i].id != "none")
            invalid(source, where + ".id", "duplicate process group '" + c.processGroups[i].id + "'");
        requireLanguages(c, c.processGroups[i].title, source, where + ".title");
    }

    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < c.requirements.size(); ++i) {
        const auto& r = c.requirements[i];
        const auto where = "$.requirements[" + std::to_string(i) + "]";
        if (r.ref.empty())
            invalid(source, where + ".ref", "must not be empty");
        if (!index.emplace(r.ref, i).second)
            invalid(source, where + ".ref", "duplicate ref '" + r.ref + "'");
        requireLanguages(c, r.title, source, where + ".title");
        for (std::size_t q = 0; q < r.questions.size(); ++q)
            requireLanguages(c, r.questions[q], source, where + ".questions[" + std::to_string(q) + "]");
        if (r.level && (*r.level < 1 || *r.level > 4))
            invalid(source, where + ".level", "must be between 1 and 4");
        if (!r.processGroup.empty() && !groupIds.count(r.processGroup))
            invalid(source, where + ".process_group", "unknown process group '" + r.processGroup + "'");
        static const std::set<std::string> themes{"", "organizational", "people", "physical",
                                                  "technological"};
        if (!themes.count(r.theme))
            invalid(source, where + ".theme", "unknown theme '" + r.theme + "'");
    }
    // Every parent exists (checked for all before any chain is walked, so a walk never meets a
    // missing one: fuzz_csv_catalog found that order-dependent crash).
    for (std::size_t i = 0; i < c.requirements.size(); ++i) {
        const auto& r = c.requirements[i];
        if (r.parent && !index.count(*r.parent))
            invalid(source, "$.requirements[" + std::to_string(i) + "].parent",
                    "parent '" + *r.parent + "' of '" + r.ref + "' does not exist");
    }
    // No cycles. Each requirement is walked over once in all (linear in the catalog, however deep
    // the chains): a walk up from a requirement stops at a root or at one already known to lead to
    // a root; meeting a requirement of the walk in progress is a cycle.
    std::vector<std::size_t> parentOf(c.requirements.size(), c.requirements.size());
    for (std::size_t i = 0; i < c.requirements.size(); ++i)
        if (c.requirements[i].parent)
            parentOf[i] = index.at(*c.requirements[i].parent);
    enum class Walk : unsigned char { NotYet, InProgress, ReachesRoot };
    std::vector<Walk> state(c.requirements.size(), Walk::NotYet);
    std::vector<std::size_t> path;
    for (std::size_t i = 0; i < c.requirements.size(); ++i) {
        path.clear();
        std::size_t at = i;
        while (at < c.requirements.size() && state[at] == Walk::NotYet) {
            state[at] = Walk::InProgress;
            path.push_back(at);
            at = parentOf[at];
        }
        if (at < c.requirements.size() && state[at] == Walk::InProgress) {
            // `at` is on the cycle; name the first requirement of the catalog that is.
            std::size_t first = at;
            for (std::size_t k = parentOf[at]; k != at; k = parentOf[k])
                first = std::min(first, k);
            invalid(source, "$.requirements[" + std::to_string(first) + "].parent",
                    "'" + c.requirements[first].ref + "' is its own ancestor (a cycle)");
        }
        for (const std::size_t k : path)
            state[k] = Walk::ReachesRoot;
    }

    // Tree order: depth-first, siblings in their given order.
    std::map<std::optional<std::string>, std::vector<std::size_t>> kids;
    for (std::size_t i = 0; i < c.requirements.size(); ++i)
        kids[c.requirements[i].parent].push_back(i);
    std::vector<Requirement> ordered;
    ordered.reserve(c.requirements.size());
    std::vector<std::pair<std::size_t, int>> stack;
    const auto& roots = kids[std::nullopt];
    for (auto it = roots.rbegin(); it != roots.rend(); ++it)
        stack.emplace_back(*it, 0);
    while (!stack.empty()) {
        const auto [i, depth] = stack.back();
        stack.pop_back();
        Requirement r = c.requirements[i];
        r.depth = depth;
        const auto found = kids.find(r.ref);
        ordered.push_back(std::move(r));
        if (found != kids.end())
            for (auto it = found->second.rbegin(); it != found->second.rend(); ++it)
                stack.emplace_back(*it, depth + 1);
    }
    c.requirements = std::move(ordered);

    std::set<std::string> docIds;
    for (std::size_t i = 0; i < c.requiredDocuments.size(); ++i) {
        const auto& d = c.requiredDocuments[i];
        const auto where = "$.required_documents[" + std::to_string(i) + "]";
        if (d.id.empty() || !docIds.insert(d.id).second)
            invalid(source, where + ".id",
                    d.id.empty() ? "must not be empty" : "duplicate id '" + d.id + "'");
        if (!index.count(d.clause))
            invalid(source, where + ".clause", "clause '" + d.clause + "' does not exist in the catalog");
        if (d.level < 1 || d.level > 4)
            invalid(source, where + ".level", "must be between 1 and 4");
        requireLanguages(c, d.title, source, where + ".title");
    }
}

} // namespace cw
