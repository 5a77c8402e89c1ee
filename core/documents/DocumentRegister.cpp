#include "documents/DocumentRegister.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "documents/DocumentStorage.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <charconv>

namespace cw {

namespace {

std::optional<int> parseOptionalInt(const std::string& value, const std::string& what)
{
    if (value.empty())
        return std::nullopt;
    int v = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
    if (ec != std::errc{} || end != value.data() + value.size())
        throw Error(ErrorCode::InvalidInput, what + ": '" + value + "' is not a whole number");
    return v;
}

} // namespace

std::int64_t createDocument(Workspace& ws, const Document& doc, VersionNumber firstVersion,
                            const std::string& changeSummary)
{
    return ws.write("Create document " + doc.code, [&](WriteContext& ctx) {
        const std::string now = formatUtc(ws.clock().now());
        DocumentBundle b;
        b.document = doc;
        b.document.id = 0;
        b.document.createdAt = now;
        DocumentVersion v;
        v.number = firstVersion;
        v.changeSummary = changeSummary;
        v.createdAt = now;
        v.createdBy = ws.actor();
        b.versions.push_back(std::move(v));
        return docstore::writeBundle(ctx, b);
    });
}

Document loadDocument(Workspace& ws, std::int64_t id)
{
    return docstore::requireDocument(ws.db(), id);
}

std::optional<std::int64_t> findDocument(Workspace& ws, const std::string& code)
{
    SQLite::Statement q(ws.db(), "SELECT id FROM document WHERE code = ?");
    q.bind(1, code);
    if (!q.executeStep())
        return std::nullopt;
    return q.getColumn(0).getInt64();
}

std::int64_t documentIdForCode(Workspace& ws, const std::string& code)
{
    if (const auto id = findDocument(ws, code))
        return *id;
    throw Error(ErrorCode::NotFound, "the register holds no document '" + code + "'");
}

std::string documentField(Workspace& ws, const Document& d, DocumentField field)
{
    auto opt = [](const std::optional<int>& v) {
        return v ? std::to_string(*v) : std::string();
    };
    switch (field) {
    case DocumentField::Code:
        return d.code;
    case DocumentField::Title:
        return d.title;
    case DocumentField::Level:
        return std::to_string(d.level);
    case DocumentField::Type:
        return d.type;
    case DocumentField::Parent:
        return d.parentId ? docstore::codeOf(ws.db(), *d.parentId) : std::string();
    case DocumentField::Owner:
        return d.owner;
    case DocumentField::Approver:
        return d.approver;
    case DocumentField::ReviewMonths:
        return opt(d.reviewMonths);
    case DocumentField::NextReview:
        return d.nextReview;
    case DocumentField::RetentionMonths:
        return opt(d.retentionMonths);
    }
    return {};
}

void updateDocumentField(Workspace& ws, std::int64_t id, DocumentField field, const std::string& value)
{
    const std::string key(fieldKey(field));
    ws.write("Edit document " + key, [&](WriteContext& ctx) {
        auto& db = ws.db();
        const Document before = docstore::requireDocument(db, id);
        const std::string old = documentField(ws, before, field);
        if (old == value)
            return;
        Document after = before;
        const std::string context = "document '" + before.code + "'";
        switch (field) {
        case DocumentField::Code:
            after.code = value;
            break;
        case DocumentField::Title:
            after.title = value;
            break;
        case DocumentField::Level:
            after.level = parseOptionalInt(value, context + ": level").value_or(0);
            break;
        case DocumentField::Type:
            after.type = value;
            break;
        case DocumentField::Parent:
            after.parentId = value.empty() ? std::nullopt : std::optional(documentIdForCode(ws, value));
            break;
        case DocumentField::Owner:
            after.owner = value;
            break;
        case DocumentField::Approver:
            after.approver = value;
            break;
        case DocumentField::ReviewMonths:
            after.reviewMonths = parseOptionalInt(value, context + ": review interval");
            break;
        case DocumentField::NextReview:
            after.nextReview = value;
            break;
        case DocumentField::RetentionMonths:
            after.retentionMonths = parseOptionalInt(value, context + ": retention period");
            break;
        }
        docstore::validateFields(after, context);
        if (field == DocumentField::Code)
            docstore::requireFreeCode(db, after.code, id);
        if (field == DocumentField::Level || field == DocumentField::Parent)
            docstore::checkLevelOrder(db, id, after.code, after.level, after.parentId);

        SQLite::Statement q(
            db, "UPDATE document SET code = ?, title = ?, level = ?, type = ?, parent_id = ?, "
                "owner = ?, approver = ?, review_months = ?, next_review = ?, retention_months = ? "
                "WHERE id = ?");
        q.bind(1, after.code);
        q.bind(2, after.title);
        q.bind(3, after.level);
        q.bind(4, after.type);
        if (after.parentId)
            q.bind(5, *after.parentId);
        else
            q.bind(5);
        q.bind(6, after.owner);
        q.bind(7, after.approver);
        docstore::bindOptional(q, 8, after.reviewMonths);
        docstore::bindTextOrNull(q, 9, after.nextReview);
        docstore::bindOptional(q, 10, after.retentionMonths);
        q.bind(11, id);
        q.exec();
        ctx.record("document", std::to_string(id), key, old, value);
        if (field == DocumentField::Code || field == DocumentField::Title)
            docstore::reindex(db, id);
    });
}

void setDocumentClauses(Workspace& ws, std::int64_t id, const std::vector<ClauseLink>& clauses)
{
    ws.write("Edit document clauses", [&](WriteContext& ctx) {
        auto& db = ws.db();
        const Document before = docstore::requireDocument(db, id);
        const auto after = docstore::normalizedClauses(clauses);
        if (after == before.clauses)
            return;
        for (const auto& c : after)
            docstore::requireClause(db, c, "document '" + before.code + "'");
        docstore::writeClauses(db, id, after);
        ctx.record("document", std::to_string(id), "clauses", docstore::clausesText(before.clauses),
                   docstore::clausesText(after));
    });
}

DocumentBundle loadDocumentBundle(Workspace& ws, std::int64_t id, WithContent content)
{
    auto& db = ws.db();
    DocumentBundle b;
    b.document = docstore::requireDocument(db, id);
    if (b.document.parentId)
        b.parentCode = docstore::codeOf(db, *b.document.parentId);
    b.versions = docstore::readVersions(db, id);
    b.recordEntries = docstore::readRecordEntries(db, id);
    if (content == WithContent::Yes) {
        SQLite::Statement q(db, "SELECT content FROM document_attachment WHERE id = ?");
        for (const auto& v : b.versions)
            for (const auto& a : v.attachments) {
                q.reset();
                q.bind(1, a.id);
                if (q.executeStep())
                    b.attachmentContents.push_back({v.number, a.fileName, docstore::blobOf(q.getColumn(0))});
            }
    }
    return b;
}

DocumentBundle deleteDocument(Workspace& ws, std::int64_t id)
{
    return ws.write("Delete document", [&](WriteContext& ctx) {
        auto& db = ws.db();
        DocumentBundle b = loadDocumentBundle(ws, id, WithContent::Yes);
        SQLite::Statement children(db, "SELECT code FROM document WHERE parent_id = ? ORDER BY code");
        children.bind(1, id);
        std::vector<std::string> codes;
        while (children.executeStep())
            codes.push_back(children.getColumn(0).getString());
        if (!codes.empty()) {
            std::string list;
            for (const auto& c : codes)
                list += (list.empty() ? "" : ", ") + c;
            throw Error(ErrorCode::InvalidInput,
                        "'" + b.document.code + "' cannot be deleted: " + std::to_string(codes.size()) +
                            " document(s) derive from it (" + list + "); move or delete them first");
        }
        SQLite::Statement del(db, "DELETE FROM document WHERE id = ?");
        del.bind(1, id);
        del.exec();
        docstore::reindex(db, id);
        ctx.record("document", std::to_string(id), "removed", b.document.code, std::nullopt);
        return b;
    });
}

void restoreDocument(Workspace& ws, const DocumentBundle& bundle, const std::string& action)
{
    ws.write(action, [&](WriteContext& ctx) { (void)docstore::writeBundle(ctx, bundle); });
}

} // namespace cw
