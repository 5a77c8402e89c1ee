#include "catalog/CatalogJson.h"

#include "common/Error.h"
#include "common/Json.h"

#include <set>

namespace cw {

namespace {

constexpr const char* kCatalogFormat = "conformance-workbench-catalog";
constexpr const char* kMappingFormat = "conformance-workbench-mapping";

LocalizedText readText(const JsonNode& node)
{
    node.allowOnly({"en", "zh"});
    LocalizedText t;
    t.en = node.strOr("en", "");
    t.zh = node.strOr("zh", "");
    return t;
}

nlohmann::ordered_json textJson(const LocalizedText& t, const std::vector<std::string>& languages)
{
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    const bool hasEn = std::find(languages.begin(), languages.end(), "en") != languages.end();
    const bool hasZh = std::find(languages.begin(), languages.end(), "zh") != languages.end();
    if (hasEn || !t.en.empty())
        j["en"] = t.en;
    if (hasZh || !t.zh.empty())
        j["zh"] = t.zh;
    return j;
}

void checkFormat(const JsonNode& root, const char* format)
{
    root.requireObject();
    if (root.at("format").string() != format)
        root.at("format").fail(std::string("expected \"") + format + "\"");
    const auto version = root.at("format_version").integer();
    if (version != 1)
        root.at("format_version")
            .fail("version " + std::to_string(version) + " is not supported (this program reads 1)");
}

} // namespace

Catalog catalogFromJson(const JsonNode& root, const std::string& source)
{
    checkFormat(root, kCatalogFormat);
    root.allowOnly({"format", "format_version", "id", "title", "publisher", "edition", "content_version",
                    "languages", "origin", "process_groups", "requirements", "required_documents"});
    Catalog c;
    c.id = root.at("id").nonEmptyString();
    c.title = readText(root.at("title"));
    c.publisher = root.strOr("publisher", "");
    c.edition = root.strOr("edition", "");
    c.contentVersion = root.at("content_version").nonEmptyString();
    for (const auto& l : root.at("languages").array())
        c.languages.push_back(l.string());
    if (const auto origin = root.find("origin")) {
        const auto o = catalogOriginFromString(origin->string());
        if (!o)
            origin->fail("unknown origin '" + origin->string() + "'");
        c.origin = *o;
    }
    if (const auto groups = root.find("process_groups")) {
        for (const auto& g : groups->array()) {
            g.allowOnly({"id", "title"});
            c.processGroups.push_back({g.at("id").nonEmptyString(), readText(g.at("title"))});
        }
    }
    for (const auto& r : root.at("requirements").array()) {
        r.allowOnly({"ref", "parent", "title", "description", "assessable", "questions", "evidence", "level",
                     "process_group", "theme"});
        Requirement req;
        req.ref = r.at("ref").nonEmptyString();
        const auto parent = r.at("parent");
        if (!parent.isNull())
            req.parent = parent.nonEmptyString();
        req.title = readText(r.at("title"));
        if (const auto d = r.find("description"))
            req.description = readText(*d);
        req.assessable = r.at("assessable").boolean();
        if (const auto qs = r.find("questions"))
            for (const auto& q : qs->array())
                req.questions.push_back(readText(q));
        if (const auto e = r.find("evidence"))
            req.evidence = readText(*e);
        if (const auto l = r.find("level"))
            req.level = static_cast<int>(l->integerIn(1, 4));
        req.processGroup = r.strOr("process_group", "");
        req.theme = r.strOr("theme", "");
        c.requirements.push_back(std::move(req));
    }
    if (const auto docs = root.find("required_documents")) {
        for (const auto& d : docs->array()) {
            d.allowOnly({"id", "clause", "kind", "level", "title"});
            RequiredDocument doc;
            doc.id = d.at("id").nonEmptyString();
            doc.clause = d.at("clause").nonEmptyString();
            const auto kind = d.at("kind").string();
            if (kind != "document" && kind != "record")
                d.at("kind").fail("must be \"document\" or \"record\"");
            doc.kind = kind == "record" ? DocumentKind::Record : DocumentKind::Document;
            doc.level = static_cast<int>(d.at("level").integerIn(1, 4));
            doc.title = readText(d.at("title"));
            c.requiredDocuments.push_back(std::move(doc));
        }
    }
    finalizeCatalog(c, source);
    return c;
}

Catalog parseCatalogJson(const std::string& text, const std::string& source)
{
    const auto doc = parseJson(text, source);
    return catalogFromJson(JsonNode(doc, source), source);
}

nlohmann::ordered_json catalogToJson(const Catalog& c)
{
    nlohmann::ordered_json j;
    j["format"] = kCatalogFormat;
    j["format_version"] = 1;
    j["id"] = c.id;
    j["title"] = textJson(c.title, c.languages);
    j["publisher"] = c.publisher;
    j["edition"] = c.edition;
    j["content_version"] = c.contentVersion;
    j["languages"] = c.languages;
    j["origin"] = toString(c.origin);
    if (!c.processGroups.empty()) {
        auto groups = nlohmann::ordered_json::array();
        for (const auto& g : c.processGroups)
            groups.push_back({{"id", g.id}, {"title", textJson(g.title, c.languages)}});
        j["process_groups"] = groups;
    }
    auto reqs = nlohmann::ordered_json::array();
    for (const auto& r : c.requirements) {
        nlohmann::ordered_json o;
        o["ref"] = r.ref;
        o["parent"] = r.parent ? nlohmann::ordered_json(*r.parent) : nlohmann::ordered_json();
        o["title"] = textJson(r.title, c.languages);
        if (!r.description.empty())
            o["description"] = textJson(r.description, {});
        o["assessable"] = r.assessable;
        if (!r.questions.empty()) {
            auto qs = nlohmann::ordered_json::array();
            for (const auto& q : r.questions)
                qs.push_back(textJson(q, c.languages));
            o["questions"] = qs;
        }
        if (!r.evidence.empty())
            o["evidence"] = textJson(r.evidence, {});
        if (r.level)
            o["level"] = *r.level;
        if (!r.processGroup.empty())
            o["process_group"] = r.processGroup;
        if (!r.theme.empty())
            o["theme"] = r.theme;
        reqs.push_back(std::move(o));
    }
    j["requirements"] = reqs;
    if (!c.requiredDocuments.empty()) {
        auto docs = nlohmann::ordered_json::array();
        for (const auto& d : c.requiredDocuments)
            docs.push_back({{"id", d.id},
                            {"clause", d.clause},
                            {"kind", toString(d.kind)},
                            {"level", d.level},
                            {"title", textJson(d.title, c.languages)}});
        j["required_documents"] = docs;
    }
    return j;
}

MappingSet parseMappingJson(const std::string& text, const std::string& source)
{
    const auto doc = parseJson(text, source);
    const JsonNode root(doc, source);
    checkFormat(root, kMappingFormat);
    root.allowOnly({"format", "format_version", "content_version", "source", "target", "links"});
    MappingSet m;
    m.source = root.at("source").nonEmptyString();
    m.target = root.at("target").nonEmptyString();
    if (m.source == m.target)
        root.at("target").fail("a mapping joins two different catalogs");
    m.contentVersion = root.strOr("content_version", "");
    std::set<std::tuple<std::string, std::string>> seen;
    for (const auto& l : root.at("links").array()) {
        l.allowOnly({"source", "target", "relation"});
        MappingLink link;
        link.sourceCatalog = m.source;
        link.targetCatalog = m.target;
        link.sourceRef = l.at("source").nonEmptyString();
        link.targetRef = l.at("target").nonEmptyString();
        const auto rel = mappingRelationFromString(l.at("relation").string());
        if (!rel)
            l.at("relation").fail("must be \"equivalent\" or \"related\"");
        link.relation = *rel;
        if (!seen.emplace(link.sourceRef, link.targetRef).second)
            l.fail("duplicate link " + link.sourceRef + " -> " + link.targetRef);
        m.links.push_back(std::move(link));
    }
    return m;
}

} // namespace cw
