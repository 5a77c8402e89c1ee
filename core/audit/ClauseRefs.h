#pragma once
// Clause lists of audits and findings: validation, order, storage, and their interchange form.

#include "documents/Document.h"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace SQLite {
class Database;
}

namespace cw {

class JsonNode;

/// Error(InvalidInput) "<context>: clause R of 'C' is not in a catalog of the workspace".
void requireWorkspaceClause(SQLite::Database& db, const ClauseLink& clause, const std::string& context);
/// Sorted by catalog id, then clause order (refLess); duplicates removed.
[[nodiscard]] std::vector<ClauseLink> sortedClauses(std::vector<ClauseLink> clauses);
/// One audit-trail value: "iso20000-1:2018 8.6.1; iso27001:2022 A.5.24".
[[nodiscard]] std::string clauseListText(const std::vector<ClauseLink>& clauses);

/// Reads `table` (owner column `owner`, then catalog_id, ref) for one owner, sorted.
[[nodiscard]] std::vector<ClauseLink> readClauseLinks(SQLite::Database& db, const std::string& table,
                                                      const std::string& owner, std::int64_t id);
/// readClauseLinks() for every owner at once (one query instead of one per owner); owners without
/// links are absent.
[[nodiscard]] std::unordered_map<std::int64_t, std::vector<ClauseLink>>
readAllClauseLinks(SQLite::Database& db, const std::string& table, const std::string& owner);
/// Replaces the owner's rows of `table`.
void writeClauseLinks(SQLite::Database& db, const std::string& table, const std::string& owner,
                      std::int64_t id, const std::vector<ClauseLink>& clauses);

/// Whether `ref` is `ancestor` or lies below it, in the workspace's catalog tree.
class ClauseTree {
public:
    explicit ClauseTree(SQLite::Database& db);
    [[nodiscard]] bool within(const ClauseLink& clause, const ClauseLink& ancestor) const;
    [[nodiscard]] const std::string* parent(const ClauseLink& clause) const;

private:
    std::map<ClauseLink, std::string> m_parent; ///< clauses with a parent only
};

/// The requirements of the catalogs an interchange document carries, for validating clause
/// references during import.
class DocumentClauses {
public:
    explicit DocumentClauses(const JsonNode& root);
    /// Parses {"catalog", "ref"} and checks the requirement is in the document's catalogs.
    [[nodiscard]] ClauseLink parse(const JsonNode& item) const;
    /// A list of them (may be absent: empty list), refusing duplicates.
    [[nodiscard]] std::vector<ClauseLink> parseList(const JsonNode& parent, const char* key) const;
    /// Checks a catalog id.
    void requireCatalog(const JsonNode& node, const std::string& id) const;
    /// Checks a clause given by the "catalog" and "ref" members of `item`.
    void requireRef(const JsonNode& item, const ClauseLink& clause) const;

private:
    std::map<std::string, std::set<std::string>> m_refs;
};

} // namespace cw
