#include "documents/DocumentStorage.h"

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

std::string versionsText(const std::vector<DocumentVersion>& versions)
{
    std::string s;
    for (const auto& v : versions)
        s += (s.empty() ? "" : "; ") + v.number.toString() + " " + std::string(toString(v.status));
    return s;
}

std::string attachmentsText(const std::vector<DocumentVersion>& versions)
{
    std::string s;
    for (const auto& v : versions)
        for (const auto& a : v.attachments)
            s += (s.empty() ? "" : "; ") + v.number.toString() + "/" + a.fileName + " " +
                 a.sha256.substr(0, 12);
    return s;
}

std::string entriesText(const std::vector<RecordEntry>& entries)
{
    std::string s;
    for (const auto& e : entries)
        s += (s.empty() ? "" : "; ") + e.date + (e.reference.empty() ? "" : " " + e.reference);
    return s;
}

std::string optionalText(const std::optional<int>& v)
{
    return v ? std::to_string(*v) : std::string();
}

/// The fields an audit entry compares, as text.
std::vector<std::pair<std::string, std::string>> auditFields(const Document& d, const std::string& parentCode)
{
    return {{"code", d.code},
            {"title", d.title},
            {"level", std::to_string(d.level)},
            {"type", d.type},
            {"parent", parentCode},
            {"owner", d.owner},
            {"approver", d.approver},
            {"review_months", optionalText(d.reviewMonths)},
            {"next_review", d.nextReview},
            {"retention_months", optionalText(d.retentionMonths)},
            {"clauses", clausesText(d.clauses)}};
}

} // namespace

std::int64_t writeBundle(WriteContext& ctx, const DocumentBundle& b)
{
    auto& db = ctx.workspace().db();
    Document doc = b.document;
    doc.clauses = normalizedClauses(doc.clauses);
    const std::string context = "document '" + doc.code + "'";
    validateFields(doc, context);
    requireFreeCode(db, doc.code, doc.id);
    if (!doc.parentId && !b.parentCode.empty()) {
        SQLite::Statement p(db, "SELECT id FROM document WHERE code = ?");
        p.bind(1, b.parentCode);
        if (!p.executeStep())
            throw Error(ErrorCode::InvalidInput,
                        context + ": the parent document '" + b.parentCode + "' does not exist");
        doc.parentId = p.getColumn(0).getInt64();
    }
    for (const auto& c : doc.clauses)
        requireClause(db, c, context);
    if (b.versions.empty())
        throw Error(ErrorCode::InvalidInput, context + ": a document needs at least one version");
    if (std::count_if(b.versions.begin(), b.versions.end(),
                      [](const DocumentVersion& v) { return v.status == DocumentStatus::Approved; }) > 1)
        throw Error(ErrorCode::InvalidInput,
                    context + ": only one version can be approved (in force) at a time");

    const std::optional<Document> before = doc.id != 0 ? readDocument(db, doc.id) : std::nullopt;
    checkLevelOrder(db, before ? doc.id : 0, doc.code, doc.level, doc.parentId);
    const std::string oldParent = before && before->parentId ? codeOf(db, *before->parentId) : std::string();
    const auto oldVersions = before ? readVersions(db, doc.id) : std::vector<DocumentVersion>{};
    const auto oldEntries = before ? readRecordEntries(db, doc.id) : std::vector<RecordEntry>{};

    SQLite::Statement w(
        db, before ? "UPDATE document SET code = ?1, title = ?2, level = ?3, type = ?4, parent_id = ?5, "
                     "owner = ?6, approver = ?7, review_months = ?8, next_review = ?9, "
                     "retention_months = ?10, created_at = ?11 WHERE id = ?12"
                   : "INSERT INTO document(code, title, level, type, parent_id, owner, approver, "
                     "review_months, next_review, retention_months, created_at, id) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    w.bind(1, doc.code);
    w.bind(2, doc.title);
    w.bind(3, doc.level);
    w.bind(4, doc.type);
    if (doc.parentId)
        w.bind(5, *doc.parentId);
    else
        w.bind(5);
    w.bind(6, doc.owner);
    w.bind(7, doc.approver);
    bindOptional(w, 8, doc.reviewMonths);
    bindTextOrNull(w, 9, doc.nextReview);
    bindOptional(w, 10, doc.retentionMonths);
    w.bind(11, doc.createdAt.empty() ? formatUtc(ctx.workspace().clock().now()) : doc.createdAt);
    if (doc.id != 0)
        w.bind(12, doc.id);
    else
        w.bind(12);
    w.exec();
    const std::int64_t id = before ? doc.id : db.getLastInsertRowid();
    writeClauses(db, id, doc.clauses);

    // Versions: drop those the bundle lacks, update those it keeps, insert the others.
    std::set<std::int64_t> keep;
    for (const auto& v : b.versions)
        if (v.id != 0)
            keep.insert(v.id);
    for (const auto& v : oldVersions)
        if (!keep.count(v.id)) {
            SQLite::Statement del(db, "DELETE FROM document_version WHERE id = ?");
            del.bind(1, v.id);
            del.exec();
        }
    SQLite::Statement delTransitions(db, "DELETE FROM document_transition WHERE version_id IN "
                                         "(SELECT id FROM document_version WHERE document_id = ?)");
    delTransitions.bind(1, id);
    delTransitions.exec();
    for (const auto& v : b.versions) {
        const bool exists = std::any_of(oldVersions.begin(), oldVersions.end(),
                                        [&](const DocumentVersion& o) { return o.id == v.id && v.id != 0; });
        SQLite::Statement vq(
            db, exists ? "UPDATE document_version SET major = ?1, minor = ?2, status = ?3, "
                         "change_summary = ?4, created_at = ?5, created_by = ?6, effective_date = ?7 "
                         "WHERE id = ?9 AND document_id = ?8"
                       : "INSERT INTO document_version(major, minor, status, change_summary, "
                         "created_at, created_by, effective_date, document_id, id) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        vq.bind(1, v.number.major);
        vq.bind(2, v.number.minor);
        vq.bind(3, std::string(toString(v.status)));
        vq.bind(4, v.changeSummary);
        vq.bind(5, v.createdAt);
        vq.bind(6, v.createdBy);
        bindTextOrNull(vq, 7, v.effectiveDate);
        vq.bind(8, id);
        if (v.id != 0)
            vq.bind(9, v.id);
        else
            vq.bind(9);
        vq.exec();
        const std::int64_t versionId = exists ? v.id : db.getLastInsertRowid();
        SQLite::Statement tq(
            db, "INSERT INTO document_transition(version_id, from_status, to_status, at_utc, actor, "
                "comment, id) VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (const auto& t : v.transitions) {
            tq.reset();
            tq.bind(1, versionId);
            tq.bind(2, std::string(toString(t.from)));
            tq.bind(3, std::string(toString(t.to)));
            tq.bind(4, t.atUtc);
            tq.bind(5, t.actor);
            tq.bind(6, t.comment);
            if (t.id != 0)
                tq.bind(7, t.id);
            else
                tq.bind(7);
            tq.exec();
        }
        // Attachments never change once stored: keep those still listed, add the missing ones.
        std::set<std::int64_t> keepFiles;
        for (const auto& a : v.attachments)
            if (a.id != 0)
                keepFiles.insert(a.id);
        for (const auto& a : exists ? readAttachments(db, versionId) : std::vector<AttachmentInfo>{}) {
            if (keepFiles.count(a.id))
                continue;
            SQLite::Statement del(db, "DELETE FROM document_attachment WHERE id = ?");
            del.bind(1, a.id);
            del.exec();
        }
        for (const auto& a : v.attachments) {
            SQLite::Statement has(db, "SELECT 1 FROM document_attachment WHERE id = ? AND version_id = ?");
            has.bind(1, a.id);
            has.bind(2, versionId);
            if (a.id != 0 && has.executeStep())
                continue;
            const auto content =
                std::find_if(b.attachmentContents.begin(), b.attachmentContents.end(), [&](const auto& c) {
                    return c.version == v.number && c.fileName == a.fileName;
                });
            const std::string where =
                context + " version " + v.number.toString() + ": attachment '" + a.fileName + "'";
            if (content == b.attachmentContents.end())
                throw Error(ErrorCode::InvalidInput, where + ": its content is missing");
            if (static_cast<std::int64_t>(content->bytes.size()) != a.size ||
                Sha256::hex(content->bytes) != a.sha256)
                throw Error(ErrorCode::InvalidInput,
                            where + ": the content does not match its size and SHA-256");
            SQLite::Statement ins(
                db, "INSERT INTO document_attachment(version_id, file_name, size, sha256, added_at, "
                    "added_by, content, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            ins.bind(1, versionId);
            ins.bind(2, a.fileName);
            ins.bind(3, a.size);
            ins.bind(4, a.sha256);
            ins.bind(5, a.addedAt);
            ins.bind(6, a.addedBy);
            ins.bind(7, content->bytes.data(), static_cast<int>(content->bytes.size()));
            if (a.id != 0)
                ins.bind(8, a.id);
            else
                ins.bind(8);
            ins.exec();
        }
    }

    SQLite::Statement delEntries(db, "DELETE FROM record_entry WHERE document_id = ?");
    delEntries.bind(1, id);
    delEntries.exec();
    SQLite::Statement eq(
        db, "INSERT INTO record_entry(document_id, entry_date, reference, note, id) VALUES (?, ?, ?, ?, ?)");
    for (const auto& e : b.recordEntries) {
        eq.reset();
        eq.bind(1, id);
        eq.bind(2, e.date);
        eq.bind(3, e.reference);
        eq.bind(4, e.note);
        if (e.id != 0)
            eq.bind(5, e.id);
        else
            eq.bind(5);
        eq.exec();
    }
    reindex(db, id);

    const std::string key = std::to_string(id);
    const auto oldFields =
        before ? auditFields(*before, oldParent) : std::vector<std::pair<std::string, std::string>>{};
    const auto newFields = auditFields(doc, doc.parentId ? codeOf(db, *doc.parentId) : std::string());
    for (std::size_t i = 0; i < newFields.size(); ++i) {
        const std::optional<std::string> old = before ? std::optional(oldFields[i].second) : std::nullopt;
        if (!old || *old != newFields[i].second)
            ctx.record("document", key, newFields[i].first, old, newFields[i].second);
    }
    const std::string newVersions = versionsText(b.versions);
    if (!before || versionsText(oldVersions) != newVersions)
        ctx.record("document", key, "versions",
                   before ? std::optional(versionsText(oldVersions)) : std::nullopt, newVersions);
    auto compare = [&](const char* field, const std::string& old, const std::string& now) {
        if (old != now)
            ctx.record("document", key, field, before ? std::optional(old) : std::nullopt, now);
    };
    compare("attachments", attachmentsText(oldVersions), attachmentsText(b.versions));
    compare("record_entries", entriesText(oldEntries), entriesText(b.recordEntries));
    return id;
}

} // namespace cw::docstore
