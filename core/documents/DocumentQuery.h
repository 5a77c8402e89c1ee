#pragma once

#include "documents/Document.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cw {

class Workspace;

/// What the register's table and tree show. All conditions combine (AND).
struct DocumentFilter {
    std::optional<int> level;
    std::optional<DocumentStatus> status; ///< of the current version
    std::optional<std::string> owner;     ///< exact owner
    bool overdueOnly = false;             ///< in force and next review before today
    /// Documents linked to this clause or one below it ("8.6" also finds 8.6.1); an empty catalog
    /// id means any catalog.
    std::optional<ClauseLink> clause;
    /// Only documents deriving from this one; 0 for the top-level documents (no parent).
    std::optional<std::int64_t> parent;
    /// Full-text search over codes, titles, change summaries and status comments, Chinese or
    /// English, case-insensitive. Words separated by spaces must all match. Words of 3 characters
    /// or more use the trigram index; when any word is shorter the search scans instead.
    std::string text;
};

enum class DocumentSort { Code, Title, Level, Type, Status, Owner, Version, NextReview };

struct DocumentQuery {
    DocumentFilter filter;
    DocumentSort sort = DocumentSort::Code;
    bool descending = false;
    std::size_t offset = 0;
    std::size_t limit = 0; ///< 0: all
};

/// How many documents match (for a lazy model's rowCount).
[[nodiscard]] std::int64_t countDocuments(Workspace& ws, const DocumentFilter& filter = {});
/// One page of matching rows, sorted; ties are broken by code, so pages never overlap.
[[nodiscard]] std::vector<DocumentRow> listDocuments(Workspace& ws, const DocumentQuery& query = {});
/// The row of one document (to refresh a model row after a change); Error(NotFound) if absent.
[[nodiscard]] DocumentRow documentRow(Workspace& ws, std::int64_t id);
/// A document in a hierarchy outline: its id and how many documents derive from it.
struct DocumentChild {
    std::int64_t id = 0;
    std::int64_t childCount = 0;
};
/// The documents directly below `parentId` (0: the top-level ones), in listDocuments()'s default
/// order (by code): the outline of one level without reading the rows, for lazy tree views.
[[nodiscard]] std::vector<DocumentChild> documentChildren(Workspace& ws, std::int64_t parentId);

/// The distinct owners, sorted (for a filter's choices).
[[nodiscard]] std::vector<std::string> documentOwners(Workspace& ws);

} // namespace cw
