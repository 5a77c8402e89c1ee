#include "catalog/CatalogStore.h"

#include "catalog/BuiltinCatalogs.h"
#include "common/Error.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <map>
#include <set>

namespace cw {

namespace {

std::string joinLanguages(const std::vector<std::string>& langs)
{
    std::string s;
    for (const auto& l : langs)
        s += (s.empty() ? "" : ",") + l;
    return s;
}

std::vector<std::string> splitLanguages(const std::string& s)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < s.size()) {
        const auto comma = s.find(',', start);
        out.push_back(s.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return out;
}

MappingLink linkFromRow(SQLite::Statement& q)
{
    return MappingLink{q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                       q.getColumn(3).getString(), *mappingRelationFromString(q.getColumn(4).getString())};
}

} // namespace

std::vector<CatalogSummary> listWorkspaceCatalogs(Workspace& ws)
{
    SQLite::Statement q(ws.db(),
                        "SELECT c.id, c.title_en, c.title_zh, c.publisher, c.edition, c.content_version, "
                        "c.languages, c.origin, "
                        "(SELECT count(*) FROM requirement r WHERE r.catalog_id = c.id), "
                        "(SELECT count(*) FROM requirement r WHERE r.catalog_id = c.id AND r.assessable) "
                        "FROM catalog c ORDER BY c.position");
    std::vector<CatalogSummary> out;
    while (q.executeStep()) {
        CatalogSummary s;
        s.id = q.getColumn(0).getString();
        s.title = {q.getColumn(1).getString(), q.getColumn(2).getString()};
        s.publisher = q.getColumn(3).getString();
        s.edition = q.getColumn(4).getString();
        s.contentVersion = q.getColumn(5).getString();
        s.languages = splitLanguages(q.getColumn(6).getString());
        s.origin = catalogOriginFromString(q.getColumn(7).getString()).value_or(CatalogOrigin::Json);
        s.requirementCount = q.getColumn(8).getInt64();
        s.assessableCount = q.getColumn(9).getInt64();
        out.push_back(std::move(s));
    }
    return out;
}

bool workspaceHasCatalog(Workspace& ws, const std::string& id)
{
    SQLite::Statement q(ws.db(), "SELECT 1 FROM catalog WHERE id = ?");
    q.bind(1, id);
    return q.executeStep();
}

Catalog loadWorkspaceCatalog(Workspace& ws, const std::string& id)
{
    SQLite::Statement head(
        ws.db(), "SELECT title_en, title_zh, publisher, edition, content_version, languages, origin "
                 "FROM catalog WHERE id = ?");
    head.bind(1, id);
    if (!head.executeStep())
        throw Error(ErrorCode::NotFound, "the workspace holds no catalog '" + id + "'");
    Catalog c;
    c.id = id;
    c.title = {head.getColumn(0).getString(), head.getColumn(1).getString()};
    c.publisher = head.getColumn(2).getString();
    c.edition = head.getColumn(3).getString();
    c.contentVersion = head.getColumn(4).getString();
    c.languages = splitLanguages(head.getColumn(5).getString());
    c.origin = catalogOriginFromString(head.getColumn(6).getString()).value_or(CatalogOrigin::Json);

    SQLite::Statement groups(ws.db(),
                             "SELECT id, title_en, title_zh FROM catalog_process_group WHERE catalog_id = ? "
                             "ORDER BY position");
    groups.bind(1, id);
    while (groups.executeStep())
        c.processGroups.push_back({groups.getColumn(0).getString(),
                                   {groups.getColumn(1).getString(), groups.getColumn(2).getString()}});

    std::map<std::string, std::vector<LocalizedText>> questions;
    SQLite::Statement qs(ws.db(),
                         "SELECT ref, text_en, text_zh FROM requirement_question WHERE catalog_id = ? "
                         "ORDER BY ref, position");
    qs.bind(1, id);
    while (qs.executeStep())
        questions[qs.getColumn(0).getString()].push_back(
            {qs.getColumn(1).getString(), qs.getColumn(2).getString()});

    SQLite::Statement reqs(
        ws.db(), "SELECT ref, parent_ref, depth, title_en, title_zh, description_en, description_zh, "
                 "assessable, evidence_en, evidence_zh, level, process_group, theme "
                 "FROM requirement WHERE catalog_id = ? ORDER BY position");
    reqs.bind(1, id);
    while (reqs.executeStep()) {
        Requirement r;
        r.ref = reqs.getColumn(0).getString();
        if (!reqs.getColumn(1).isNull())
            r.parent = reqs.getColumn(1).getString();
        r.depth = reqs.getColumn(2).getInt();
        r.title = {reqs.getColumn(3).getString(), reqs.getColumn(4).getString()};
        r.description = {reqs.getColumn(5).getString(), reqs.getColumn(6).getString()};
        r.assessable = reqs.getColumn(7).getInt() != 0;
        r.evidence = {reqs.getColumn(8).getString(), reqs.getColumn(9).getString()};
        if (!reqs.getColumn(10).isNull())
            r.level = reqs.getColumn(10).getInt();
        r.processGroup = reqs.getColumn(11).getString();
        r.theme = reqs.getColumn(12).getString();
        if (auto it = questions.find(r.ref); it != questions.end())
            r.questions = std::move(it->second);
        c.requirements.push_back(std::move(r));
    }

    SQLite::Statement docs(
        ws.db(), "SELECT item_id, clause_ref, kind, level, title_en, title_zh FROM required_document "
                 "WHERE catalog_id = ? ORDER BY position");
    docs.bind(1, id);
    while (docs.executeStep())
        c.requiredDocuments.push_back(
            {docs.getColumn(0).getString(),
             docs.getColumn(1).getString(),
             docs.getColumn(2).getString() == "record" ? DocumentKind::Record : DocumentKind::Document,
             docs.getColumn(3).getInt(),
             {docs.getColumn(4).getString(), docs.getColumn(5).getString()}});
    return c;
}

void storeCatalog(WriteContext& ctx, const Catalog& c)
{
    auto& db = ctx.workspace().db();
    if (workspaceHasCatalog(ctx.workspace(), c.id))
        throw Error(ErrorCode::InvalidInput, "the workspace already holds a catalog '" + c.id + "'");
    SQLite::Statement head(
        db, "INSERT INTO catalog(id, position, title_en, title_zh, publisher, edition, "
            "content_version, languages, origin) "
            "VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM catalog), ?, ?, ?, ?, ?, ?, ?)");
    head.bind(1, c.id);
    head.bind(2, c.title.en);
    head.bind(3, c.title.zh);
    head.bind(4, c.publisher);
    head.bind(5, c.edition);
    head.bind(6, c.contentVersion);
    head.bind(7, joinLanguages(c.languages));
    head.bind(8, toString(c.origin));
    head.exec();

    SQLite::Statement group(db,
                            "INSERT INTO catalog_process_group(catalog_id, id, position, title_en, title_zh) "
                            "VALUES (?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < c.processGroups.size(); ++i) {
        group.bind(1, c.id);
        group.bind(2, c.processGroups[i].id);
        group.bind(3, static_cast<std::int64_t>(i));
        group.bind(4, c.processGroups[i].title.en);
        group.bind(5, c.processGroups[i].title.zh);
        group.exec();
        group.reset();
    }
    SQLite::Statement req(
        db, "INSERT INTO requirement(catalog_id, ref, parent_ref, position, depth, title_en, "
            "title_zh, description_en, description_zh, assessable, evidence_en, evidence_zh, level, "
            "process_group, theme) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SQLite::Statement question(
        db, "INSERT INTO requirement_question(catalog_id, ref, position, text_en, text_zh) "
            "VALUES (?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < c.requirements.size(); ++i) {
        const auto& r = c.requirements[i];
        req.bind(1, c.id);
        req.bind(2, r.ref);
        if (r.parent)
            req.bind(3, *r.parent);
        else
            req.bind(3);
        req.bind(4, static_cast<std::int64_t>(i));
        req.bind(5, r.depth);
        req.bind(6, r.title.en);
        req.bind(7, r.title.zh);
        req.bind(8, r.description.en);
        req.bind(9, r.description.zh);
        req.bind(10, r.assessable ? 1 : 0);
        req.bind(11, r.evidence.en);
        req.bind(12, r.evidence.zh);
        if (r.level)
            req.bind(13, *r.level);
        else
            req.bind(13);
        req.bind(14, r.processGroup);
        req.bind(15, r.theme);
        req.exec();
        req.reset();
        for (std::size_t k = 0; k < r.questions.size(); ++k) {
            question.bind(1, c.id);
            question.bind(2, r.ref);
            question.bind(3, static_cast<std::int64_t>(k));
            question.bind(4, r.questions[k].en);
            question.bind(5, r.questions[k].zh);
            question.exec();
            question.reset();
        }
    }
    SQLite::Statement doc(
        db, "INSERT INTO required_document(catalog_id, item_id, position, clause_ref, kind, level, "
            "title_en, title_zh) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < c.requiredDocuments.size(); ++i) {
        const auto& d = c.requiredDocuments[i];
        doc.bind(1, c.id);
        doc.bind(2, d.id);
        doc.bind(3, static_cast<std::int64_t>(i));
        doc.bind(4, d.clause);
        doc.bind(5, toString(d.kind));
        doc.bind(6, d.level);
        doc.bind(7, d.title.en);
        doc.bind(8, d.title.zh);
        doc.exec();
        doc.reset();
    }
    ctx.record("catalog", c.id, "added", std::nullopt,
               c.contentVersion + " (" + std::to_string(c.requirements.size()) + " requirements, " +
                   toString(c.origin) + ")");
}

void addCatalog(Workspace& ws, const Catalog& catalog)
{
    ws.write("Add catalog " + catalog.id, [&](WriteContext& ctx) { storeCatalog(ctx, catalog); });
}

std::size_t storeMappings(WriteContext& ctx, const std::vector<MappingLink>& links, const std::string& source)
{
    auto& ws = ctx.workspace();
    std::set<std::string> present;
    for (const auto& s : listWorkspaceCatalogs(ws))
        present.insert(s.id);
    SQLite::Statement exists(ws.db(), "SELECT 1 FROM requirement WHERE catalog_id = ? AND ref = ?");
    auto has = [&](const std::string& cat, const std::string& ref) {
        exists.bind(1, cat);
        exists.bind(2, ref);
        const bool found = exists.executeStep();
        exists.reset();
        return found;
    };
    SQLite::Statement ins(ws.db(),
                          "INSERT OR IGNORE INTO catalog_mapping(source_catalog, source_ref, target_catalog, "
                          "target_ref, relation) VALUES (?, ?, ?, ?, ?)");
    std::size_t stored = 0;
    for (std::size_t i = 0; i < links.size(); ++i) {
        const auto& l = links[i];
        if (!present.count(l.sourceCatalog) || !present.count(l.targetCatalog))
            continue;
        const auto where = source + "[" + std::to_string(i) + "]";
        if (!has(l.sourceCatalog, l.sourceRef))
            throw Error(ErrorCode::InvalidInput,
                        where + ": '" + l.sourceRef + "' is not in " + l.sourceCatalog);
        if (!has(l.targetCatalog, l.targetRef))
            throw Error(ErrorCode::InvalidInput,
                        where + ": '" + l.targetRef + "' is not in " + l.targetCatalog);
        ins.bind(1, l.sourceCatalog);
        ins.bind(2, l.sourceRef);
        ins.bind(3, l.targetCatalog);
        ins.bind(4, l.targetRef);
        ins.bind(5, toString(l.relation));
        stored += static_cast<std::size_t>(ins.exec());
        ins.reset();
    }
    if (stored > 0)
        ctx.record("catalog_mapping", source, "added", std::nullopt, std::to_string(stored) + " links");
    return stored;
}

std::vector<MappingLink> allWorkspaceMappings(Workspace& ws)
{
    SQLite::Statement q(
        ws.db(), "SELECT m.source_catalog, m.source_ref, m.target_catalog, m.target_ref, m.relation "
                 "FROM catalog_mapping m "
                 "JOIN requirement s ON s.catalog_id = m.source_catalog AND s.ref = m.source_ref "
                 "JOIN requirement t ON t.catalog_id = m.target_catalog AND t.ref = m.target_ref "
                 "JOIN catalog cs ON cs.id = m.source_catalog JOIN catalog ct ON ct.id = m.target_catalog "
                 "ORDER BY cs.position, ct.position, s.position, t.position");
    std::vector<MappingLink> out;
    while (q.executeStep())
        out.push_back(linkFromRow(q));
    return out;
}

std::vector<MappingLink> mappedRequirements(Workspace& ws, const std::string& catalogId,
                                            const std::string& ref)
{
    SQLite::Statement q(ws.db(), "SELECT source_catalog, source_ref, target_catalog, target_ref, relation "
                                 "FROM catalog_mapping WHERE (source_catalog = ?1 AND source_ref = ?2) "
                                 "OR (target_catalog = ?1 AND target_ref = ?2)");
    q.bind(1, catalogId);
    q.bind(2, ref);
    std::vector<MappingLink> out;
    while (q.executeStep())
        out.push_back(orientedFrom(linkFromRow(q), catalogId));
    std::sort(out.begin(), out.end(), [](const MappingLink& a, const MappingLink& b) {
        return a.targetCatalog != b.targetCatalog ? a.targetCatalog < b.targetCatalog
                                                  : refLess(a.targetRef, b.targetRef);
    });
    return out;
}

void addBuiltinCatalog(Workspace& ws, const std::string& id)
{
    const Catalog& catalog = builtinCatalog(id);
    if (workspaceHasCatalog(ws, id))
        return;
    ws.write("Add catalog " + id, [&](WriteContext& ctx) {
        storeCatalog(ctx, catalog);
        for (const auto& other : listWorkspaceCatalogs(ws)) {
            if (other.id == id || other.origin != CatalogOrigin::Builtin)
                continue;
            (void)storeMappings(ctx, builtinMappingLinks(id, other.id), id + " <-> " + other.id);
        }
    });
}

} // namespace cw
