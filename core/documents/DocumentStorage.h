#pragma once
// Internal to core/documents: row readers, validation and the search index. Not for the UI.

#include "documents/Document.h"
#include "documents/DocumentRegister.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace SQLite {
class Column;
class Database;
class Statement;
} // namespace SQLite

namespace cw {

class Workspace;
class WriteContext;

namespace docstore {

/// Reads the document row and its clause links; nullopt when absent.
[[nodiscard]] std::optional<Document> readDocument(SQLite::Database& db, std::int64_t id);
[[nodiscard]] Document requireDocument(SQLite::Database& db, std::int64_t id);
[[nodiscard]] std::string codeOf(SQLite::Database& db, std::int64_t id);
/// Versions oldest first, each with transitions and attachment infos.
[[nodiscard]] std::vector<DocumentVersion> readVersions(SQLite::Database& db, std::int64_t documentId);
[[nodiscard]] std::vector<AttachmentInfo> readAttachments(SQLite::Database& db, std::int64_t versionId);
[[nodiscard]] std::vector<RecordEntry> readRecordEntries(SQLite::Database& db, std::int64_t documentId);
/// The newest version of a document (every document has at least one).
[[nodiscard]] DocumentVersion currentVersion(SQLite::Database& db, std::int64_t documentId);

/// Error(InvalidInput) when another document than `except` has this code.
void requireFreeCode(SQLite::Database& db, const std::string& code, std::int64_t except = 0);
/// A value of a document that breaks a rule: the field key (as in the interchange format) and
/// what is wrong.
struct FieldProblem {
    std::string key;
    std::string problem;
};
/// Checks the values of a document that need no database: code, title, level, type, dates,
/// intervals.
[[nodiscard]] std::optional<FieldProblem> findFieldProblem(const Document& doc);
/// Same, as Error(InvalidInput) starting with `context`.
void validateFields(const Document& doc, const std::string& context);
/// Checks the clause exists in a workspace catalog; Error(InvalidInput) otherwise.
void requireClause(SQLite::Database& db, const ClauseLink& clause, const std::string& context);
/// Checks that `level` may derive from the parent and that every document deriving from `id`
/// (0 for a new one) may derive from `level`.
void checkLevelOrder(SQLite::Database& db, std::int64_t id, const std::string& code, int level,
                     std::optional<std::int64_t> parentId);

/// The clause list as one audit value: "iso20000-1:2018 8.6.1; iso20000-1:2018 8.6.2".
[[nodiscard]] std::string clausesText(const std::vector<ClauseLink>& clauses);
/// Sorted by catalog, then clause order (refLess); duplicates removed.
[[nodiscard]] std::vector<ClauseLink> normalizedClauses(std::vector<ClauseLink> clauses);
void writeClauses(SQLite::Database& db, std::int64_t documentId, const std::vector<ClauseLink>& clauses);

/// Rewrites the search row of one document from the tables (call after any change of its code,
/// title, change summaries or transition comments); removes it when the document is gone.
void reindex(SQLite::Database& db, std::int64_t documentId);

/// Writes a bundle within an action: inserts the document when its id is 0 or unknown (under that
/// id when given), or returns the existing one to the bundle's state. The parent comes from
/// document.parentId, else parentCode. Checks level order, clause existence, attachment hashes
/// and that at most one version is approved. Returns the document id.
std::int64_t writeBundle(WriteContext& ctx, const DocumentBundle& bundle);

/// The bytes of a BLOB column (empty for a zero-length BLOB).
[[nodiscard]] std::string blobOf(const SQLite::Column& column);
/// Binds an optional int as NULL when absent.
void bindOptional(SQLite::Statement& q, int index, const std::optional<int>& value);
/// Binds text, NULL when empty.
void bindTextOrNull(SQLite::Statement& q, int index, const std::string& value);

} // namespace docstore
} // namespace cw
