#include "audit/ClauseRefs.h"

#include "catalog/Catalog.h"
#include "common/Error.h"
#include "common/Json.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>

namespace cw {

void requireWorkspaceClause(SQLite::Database& db, const ClauseLink& clause, const std::string& context)
{
    SQLite::Statement q(db, "SELECT 1 FROM requirement WHERE catalog_id = ? AND ref = ?");
    q.bind(1, clause.catalogId);
    q.bind(2, clause.ref);
    if (!q.executeStep())
        throw Error(ErrorCode::InvalidInput, context + ": clause " + clause.ref + " of '" + clause.catalogId +
                                                 "' is not in a catalog of the workspace");
}

std::vector<ClauseLink> sortedClauses(std::vector<ClauseLink> clauses)
{
    std::sort(clauses.begin(), clauses.end(), [](const ClauseLink& a, const ClauseLink& b) {
        if (a.catalogId != b.catalogId)
            return a.catalogId < b.catalogId;
        return refLess(a.ref, b.ref);
    });
    clauses.erase(std::unique(clauses.begin(), clauses.end()), clauses.end());
    return clauses;
}

std::string clauseListText(const std::vector<ClauseLink>& clauses)
{
    std::string out;
    for (const auto& c : clauses)
        out += (out.empty() ? "" : "; ") + c.catalogId + " " + c.ref;
    return out;
}

std::vector<ClauseLink> readClauseLinks(SQLite::Database& db, const std::string& table,
                                        const std::string& owner, std::int64_t id)
{
    SQLite::Statement q(db, "SELECT catalog_id, ref FROM " + table + " WHERE " + owner + " = ?");
    q.bind(1, id);
    std::vector<ClauseLink> out;
    while (q.executeStep())
        out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString()});
    return sortedClauses(std::move(out));
}

std::unordered_map<std::int64_t, std::vector<ClauseLink>>
readAllClauseLinks(SQLite::Database& db, const std::string& table, const std::string& owner)
{
    SQLite::Statement q(db, "SELECT " + owner + ", catalog_id, ref FROM " + table);
    std::unordered_map<std::int64_t, std::vector<ClauseLink>> out;
    while (q.executeStep())
        out[q.getColumn(0).getInt64()].push_back({q.getColumn(1).getString(), q.getColumn(2).getString()});
    for (auto& [id, links] : out)
        links = sortedClauses(std::move(links));
    return out;
}

void writeClauseLinks(SQLite::Database& db, const std::string& table, const std::string& owner,
                      std::int64_t id, const std::vector<ClauseLink>& clauses)
{
    SQLite::Statement del(db, "DELETE FROM " + table + " WHERE " + owner + " = ?");
    del.bind(1, id);
    del.exec();
    SQLite::Statement ins(db, "INSERT INTO " + table + "(" + owner + ", catalog_id, ref) VALUES (?, ?, ?)");
    for (const auto& c : clauses) {
        ins.reset();
        ins.bind(1, id);
        ins.bind(2, c.catalogId);
        ins.bind(3, c.ref);
        ins.exec();
    }
}

ClauseTree::ClauseTree(SQLite::Database& db)
{
    SQLite::Statement q(db,
                        "SELECT catalog_id, ref, parent_ref FROM requirement WHERE parent_ref IS NOT NULL");
    while (q.executeStep())
        m_parent.emplace(ClauseLink{q.getColumn(0).getString(), q.getColumn(1).getString()},
                         q.getColumn(2).getString());
}

const std::string* ClauseTree::parent(const ClauseLink& clause) const
{
    const auto it = m_parent.find(clause);
    return it == m_parent.end() ? nullptr : &it->second;
}

bool ClauseTree::within(const ClauseLink& clause, const ClauseLink& ancestor) const
{
    if (clause.catalogId != ancestor.catalogId)
        return false;
    ClauseLink at = clause;
    for (int guard = 0; guard < 64; ++guard) {
        if (at.ref == ancestor.ref)
            return true;
        const std::string* p = parent(at);
        if (!p)
            return false;
        at.ref = *p;
    }
    return false;
}

DocumentClauses::DocumentClauses(const JsonNode& root)
{
    if (const auto cats = root.find("catalogs"))
        for (const auto& c : cats->array()) {
            auto& refs = m_refs[c.str("id")];
            for (const auto& r : c.at("requirements").array())
                refs.insert(r.str("ref"));
        }
}

void DocumentClauses::requireCatalog(const JsonNode& node, const std::string& id) const
{
    if (!m_refs.count(id))
        node.fail("the catalog '" + id + "' is not in this file's catalogs");
}

void DocumentClauses::requireRef(const JsonNode& item, const ClauseLink& c) const
{
    requireCatalog(item.at("catalog"), c.catalogId);
    if (!m_refs.at(c.catalogId).count(c.ref))
        item.at("ref").fail("'" + c.ref + "' is not a requirement of the catalog '" + c.catalogId + "'");
}

ClauseLink DocumentClauses::parse(const JsonNode& item) const
{
    item.allowOnly({"catalog", "ref"});
    ClauseLink c{item.at("catalog").nonEmptyString(), item.at("ref").nonEmptyString()};
    requireRef(item, c);
    return c;
}

std::vector<ClauseLink> DocumentClauses::parseList(const JsonNode& parent, const char* key) const
{
    std::vector<ClauseLink> out;
    if (const auto list = parent.find(key))
        for (const auto& item : list->array()) {
            auto c = parse(item);
            if (std::find(out.begin(), out.end(), c) != out.end())
                item.fail("the clause " + c.ref + " of '" + c.catalogId + "' is listed twice");
            out.push_back(std::move(c));
        }
    return out;
}

} // namespace cw
