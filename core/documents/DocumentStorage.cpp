#include "documents/DocumentStorage.h"

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Sha256.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <set>

namespace cw::docstore {

namespace {

std::optional<int> optionalInt(const SQLite::Column& c)
{
    if (c.isNull())
        return std::nullopt;
    return c.getInt();
}

std::string textOrEmpty(const SQLite::Column& c)
{
    return c.isNull() ? std::string() : c.getString();
}

DocumentStatus statusOf(const SQLite::Column& c)
{
    return documentStatusFromString(c.getString()).value_or(DocumentStatus::Draft);
}

bool validCodeChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '/';
}

} // namespace

std::string blobOf(const SQLite::Column& column)
{
    const int size = column.getBytes();
    if (size <= 0)
        return {};
    return std::string(static_cast<const char*>(column.getBlob()), static_cast<std::size_t>(size));
}

void bindOptional(SQLite::Statement& q, int index, const std::optional<int>& value)
{
    if (value)
        q.bind(index, *value);
    else
        q.bind(index);
}

void bindTextOrNull(SQLite::Statement& q, int index, const std::string& value)
{
    if (value.empty())
        q.bind(index);
    else
        q.bind(index, value);
}

std::optional<Document> readDocument(SQLite::Database& db, std::int64_t id)
{
    SQLite::Statement q(
        db, "SELECT code, title, level, type, parent_id, owner, approver, review_months, next_review, "
            "retention_months, created_at FROM document WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep())
        return std::nullopt;
    Document d;
    d.id = id;
    d.code = q.getColumn(0).getString();
    d.title = q.getColumn(1).getString();
    d.level = q.getColumn(2).getInt();
    d.type = q.getColumn(3).getString();
    if (!q.getColumn(4).isNull())
        d.parentId = q.getColumn(4).getInt64();
    d.owner = q.getColumn(5).getString();
    d.approver = q.getColumn(6).getString();
    d.reviewMonths = optionalInt(q.getColumn(7));
    d.nextReview = textOrEmpty(q.getColumn(8));
    d.retentionMonths = optionalInt(q.getColumn(9));
    d.createdAt = q.getColumn(10).getString();
    SQLite::Statement c(db, "SELECT catalog_id, ref FROM document_clause WHERE document_id = ?");
    c.bind(1, id);
    while (c.executeStep())
        d.clauses.push_back({c.getColumn(0).getString(), c.getColumn(1).getString()});
    d.clauses = normalizedClauses(std::move(d.clauses));
    return d;
}

Document requireDocument(SQLite::Database& db, std::int64_t id)
{
    auto d = readDocument(db, id);
    if (!d)
        throw Error(ErrorCode::NotFound, "the register holds no document with id " + std::to_string(id));
    return std::move(*d);
}

std::string codeOf(SQLite::Database& db, std::int64_t id)
{
    SQLite::Statement q(db, "SELECT code FROM document WHERE id = ?");
    q.bind(1, id);
    return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

std::vector<AttachmentInfo> readAttachments(SQLite::Database& db, std::int64_t versionId)
{
    SQLite::Statement q(db, "SELECT id, file_name, size, sha256, added_at, added_by FROM document_attachment "
                            "WHERE version_id = ? ORDER BY file_name");
    q.bind(1, versionId);
    std::vector<AttachmentInfo> out;
    while (q.executeStep())
        out.push_back({q.getColumn(0).getInt64(), versionId, q.getColumn(1).getString(),
                       q.getColumn(2).getInt64(), q.getColumn(3).getString(), q.getColumn(4).getString(),
                       q.getColumn(5).getString()});
    return out;
}

std::vector<DocumentVersion> readVersions(SQLite::Database& db, std::int64_t documentId)
{
    SQLite::Statement q(
        db, "SELECT id, major, minor, status, change_summary, created_at, created_by, effective_date "
            "FROM document_version WHERE document_id = ? ORDER BY major, minor");
    q.bind(1, documentId);
    std::vector<DocumentVersion> out;
    while (q.executeStep()) {
        DocumentVersion v;
        v.id = q.getColumn(0).getInt64();
        v.documentId = documentId;
        v.number = {q.getColumn(1).getInt(), q.getColumn(2).getInt()};
        v.status = statusOf(q.getColumn(3));
        v.changeSummary = q.getColumn(4).getString();
        v.createdAt = q.getColumn(5).getString();
        v.createdBy = q.getColumn(6).getString();
        v.effectiveDate = textOrEmpty(q.getColumn(7));
        out.push_back(std::move(v));
    }
    for (auto& v : out) {
        SQLite::Statement t(
            db, "SELECT id, from_status, to_status, at_utc, actor, comment FROM document_transition "
                "WHERE version_id = ? ORDER BY id");
        t.bind(1, v.id);
        while (t.executeStep())
            v.transitions.push_back({t.getColumn(0).getInt64(), statusOf(t.getColumn(1)),
                                     statusOf(t.getColumn(2)), t.getColumn(3).getString(),
                                     t.getColumn(4).getString(), t.getColumn(5).getString()});
        v.attachments = readAttachments(db, v.id);
    }
    return out;
}

std::vector<RecordEntry> readRecordEntries(SQLite::Database& db, std::int64_t documentId)
{
    SQLite::Statement q(db, "SELECT id, entry_date, reference, note FROM record_entry WHERE document_id = ? "
                            "ORDER BY entry_date, id");
    q.bind(1, documentId);
    std::vector<RecordEntry> out;
    while (q.executeStep())
        out.push_back({q.getColumn(0).getInt64(), documentId, q.getColumn(1).getString(),
                       q.getColumn(2).getString(), q.getColumn(3).getString()});
    return out;
}

DocumentVersion currentVersion(SQLite::Database& db, std::int64_t documentId)
{
    auto versions = readVersions(db, documentId);
    if (versions.empty())
        throw Error(ErrorCode::NotFound, "the document '" + codeOf(db, documentId) + "' has no version");
    return std::move(versions.back());
}

void requireFreeCode(SQLite::Database& db, const std::string& code, std::int64_t except)
{
    SQLite::Statement q(db, "SELECT id FROM document WHERE code = ?");
    q.bind(1, code);
    if (q.executeStep() && q.getColumn(0).getInt64() != except)
        throw Error(ErrorCode::InvalidInput, "the register already holds a document '" + code + "'");
}

std::optional<FieldProblem> findFieldProblem(const Document& d)
{
    if (d.code.empty())
        return FieldProblem{"code", "the code must not be empty"};
    if (d.code.size() > 64)
        return FieldProblem{"code", "the code '" + d.code + "' is longer than 64 characters"};
    if (!std::all_of(d.code.begin(), d.code.end(), validCodeChar))
        return FieldProblem{"code",
                            "the code '" + d.code + "' may hold only letters A-Z, digits and - _ . /"};
    if (d.title.find_first_not_of(" \t\r\n") == std::string::npos)
        return FieldProblem{"title", "the title must not be empty"};
    if (d.level < kMinDocumentLevel || d.level > kMaxDocumentLevel)
        return FieldProblem{"level", "the level must be 1 to 4, not " + std::to_string(d.level)};
    if (!isDocumentType(d.type)) {
        std::string list;
        for (const auto t : documentTypes())
            list += (list.empty() ? "" : ", ") + std::string(t);
        return FieldProblem{"type", "unknown type '" + d.type + "' (choose " + list + ")"};
    }
    if (d.reviewMonths && (*d.reviewMonths < 1 || *d.reviewMonths > 120))
        return FieldProblem{"review_months", "the review interval must be 1 to 120 months, not " +
                                                 std::to_string(*d.reviewMonths)};
    if (d.retentionMonths && (*d.retentionMonths < 1 || *d.retentionMonths > 1200))
        return FieldProblem{"retention_months", "the retention period must be 1 to 1200 months, not " +
                                                    std::to_string(*d.retentionMonths)};
    if (!d.nextReview.empty()) {
        try {
            (void)parseDate(d.nextReview, "next review");
        } catch (const Error&) {
            return FieldProblem{"next_review", "'" + d.nextReview + "' is not a date of the form YYYY-MM-DD"};
        }
    }
    return std::nullopt;
}

void validateFields(const Document& d, const std::string& context)
{
    if (const auto p = findFieldProblem(d))
        throw Error(ErrorCode::InvalidInput, context + ": " + p->problem);
}

void requireClause(SQLite::Database& db, const ClauseLink& clause, const std::string& context)
{
    SQLite::Statement q(db, "SELECT 1 FROM requirement WHERE catalog_id = ? AND ref = ?");
    q.bind(1, clause.catalogId);
    q.bind(2, clause.ref);
    if (!q.executeStep())
        throw Error(ErrorCode::InvalidInput, context + ": clause " + clause.ref + " of '" + clause.catalogId +
                                                 "' is not in a catalog of the workspace");
}

void checkLevelOrder(SQLite::Database& db, std::int64_t id, const std::string& code, int level,
                     std::optional<std::int64_t> parentId)
{
    if (parentId) {
        if (*parentId == id)
            throw Error(ErrorCode::InvalidInput, "'" + code + "' cannot derive from itself");
        SQLite::Statement p(db, "SELECT code, level FROM document WHERE id = ?");
        p.bind(1, *parentId);
        if (!p.executeStep())
            throw Error(ErrorCode::InvalidInput, "'" + code + "': the parent document " +
                                                     std::to_string(*parentId) + " does not exist");
        const int parentLevel = p.getColumn(1).getInt();
        if (!levelMayDeriveFrom(level, parentLevel))
            throw Error(ErrorCode::InvalidInput,
                        levelOrderMessage(code, level, p.getColumn(0).getString(), parentLevel));
    }
    if (id == 0)
        return;
    SQLite::Statement c(db, "SELECT code, level FROM document WHERE parent_id = ? ORDER BY code");
    c.bind(1, id);
    while (c.executeStep())
        if (!levelMayDeriveFrom(c.getColumn(1).getInt(), level))
            throw Error(ErrorCode::InvalidInput,
                        levelOrderMessage(c.getColumn(0).getString(), c.getColumn(1).getInt(), code, level));
}

std::string clausesText(const std::vector<ClauseLink>& clauses)
{
    std::string s;
    for (const auto& c : clauses)
        s += (s.empty() ? "" : "; ") + c.catalogId + " " + c.ref;
    return s;
}

std::vector<ClauseLink> normalizedClauses(std::vector<ClauseLink> clauses)
{
    std::sort(clauses.begin(), clauses.end(), [](const ClauseLink& a, const ClauseLink& b) {
        if (a.catalogId != b.catalogId)
            return a.catalogId < b.catalogId;
        return a.ref != b.ref && refLess(a.ref, b.ref);
    });
    clauses.erase(std::unique(clauses.begin(), clauses.end()), clauses.end());
    return clauses;
}

void writeClauses(SQLite::Database& db, std::int64_t documentId, const std::vector<ClauseLink>& clauses)
{
    SQLite::Statement del(db, "DELETE FROM document_clause WHERE document_id = ?");
    del.bind(1, documentId);
    del.exec();
    SQLite::Statement ins(db, "INSERT INTO document_clause(document_id, catalog_id, ref) VALUES (?, ?, ?)");
    for (const auto& c : clauses) {
        ins.reset();
        ins.bind(1, documentId);
        ins.bind(2, c.catalogId);
        ins.bind(3, c.ref);
        ins.exec();
    }
}

void reindex(SQLite::Database& db, std::int64_t documentId)
{
    SQLite::Statement del(db, "DELETE FROM document_search WHERE rowid = ?");
    del.bind(1, documentId);
    del.exec();
    SQLite::Statement ins(
        db, "INSERT INTO document_search(rowid, code, title, summaries, comments) "
            "SELECT d.id, d.code, d.title, "
            "coalesce((SELECT group_concat(change_summary, char(10)) FROM "
            "  (SELECT change_summary FROM document_version WHERE document_id = d.id ORDER BY major, "
            "minor)), ''), "
            "coalesce((SELECT group_concat(comment, char(10)) FROM "
            "  (SELECT t.comment FROM document_transition t JOIN document_version v ON v.id = t.version_id "
            "   WHERE v.document_id = d.id ORDER BY t.id)), '') "
            "FROM document d WHERE d.id = ?");
    ins.bind(1, documentId);
    ins.exec();
}

} // namespace cw::docstore
