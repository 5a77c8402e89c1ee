#include "documents/DocumentVersions.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "documents/DocumentStorage.h"
#include "engagement/Engagement.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>

namespace cw {

namespace {

void insertTransition(SQLite::Database& db, std::int64_t versionId, DocumentStatus from, DocumentStatus to,
                      const std::string& at, const std::string& actor, const std::string& comment)
{
    SQLite::Statement q(
        db, "INSERT INTO document_transition(version_id, from_status, to_status, at_utc, actor, comment) "
            "VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, versionId);
    q.bind(2, std::string(toString(from)));
    q.bind(3, std::string(toString(to)));
    q.bind(4, at);
    q.bind(5, actor);
    q.bind(6, comment);
    q.exec();
}

void setVersionStatus(SQLite::Database& db, std::int64_t versionId, DocumentStatus to,
                      const std::string& effective)
{
    SQLite::Statement q(
        db, "UPDATE document_version SET status = ?1, effective_date = coalesce(?2, effective_date) "
            "WHERE id = ?3");
    q.bind(1, std::string(toString(to)));
    docstore::bindTextOrNull(q, 2, effective);
    q.bind(3, versionId);
    q.exec();
}

Date addMonths(Date d, int months)
{
    const auto ym = std::chrono::year_month{d.year(), d.month()} + std::chrono::months{months};
    const auto last = std::chrono::year_month_day_last{ym.year(), std::chrono::month_day_last{ym.month()}};
    const auto day = std::min(d.day(), last.day());
    return Date{ym.year(), ym.month(), day};
}

} // namespace

std::vector<DocumentVersion> listVersions(Workspace& ws, std::int64_t documentId)
{
    (void)docstore::requireDocument(ws.db(), documentId);
    return docstore::readVersions(ws.db(), documentId);
}

DocumentVersion currentDocumentVersion(Workspace& ws, std::int64_t documentId)
{
    (void)docstore::requireDocument(ws.db(), documentId);
    return docstore::currentVersion(ws.db(), documentId);
}

DocumentVersion findDocumentVersion(Workspace& ws, std::int64_t documentId, VersionNumber number)
{
    for (auto& v : listVersions(ws, documentId))
        if (v.number == number)
            return v;
    throw Error(ErrorCode::NotFound, "the document '" + docstore::codeOf(ws.db(), documentId) +
                                         "' has no version " + number.toString());
}

std::vector<DocumentStatus> allowedTransitions(DocumentStatus from)
{
    switch (from) {
    case DocumentStatus::Draft:
        return {DocumentStatus::InReview, DocumentStatus::Obsolete};
    case DocumentStatus::InReview:
        return {DocumentStatus::Approved, DocumentStatus::Draft};
    case DocumentStatus::Approved:
        return {DocumentStatus::Obsolete};
    case DocumentStatus::Obsolete:
        return {};
    }
    return {};
}

void changeDocumentStatus(Workspace& ws, std::int64_t documentId, DocumentStatus to,
                          const std::string& comment, const std::string& effectiveDate)
{
    ws.write("Change document status", [&](WriteContext& ctx) {
        auto& db = ws.db();
        const Document doc = docstore::requireDocument(db, documentId);
        const auto versions = docstore::readVersions(db, documentId);
        const DocumentVersion& current = versions.back();
        const auto allowed = allowedTransitions(current.status);
        if (std::find(allowed.begin(), allowed.end(), to) == allowed.end()) {
            std::string list;
            for (const auto s : allowed)
                list += (list.empty() ? "" : ", ") + std::string(toString(s));
            throw Error(ErrorCode::InvalidInput,
                        "'" + doc.code + "' version " + current.number.toString() + " cannot go from " +
                            std::string(toString(current.status)) + " to " + std::string(toString(to)) +
                            (list.empty() ? "; an obsolete version is final (start a new version instead)"
                                          : " (allowed: " + list + ")"));
        }
        const std::string key = std::to_string(documentId);
        const std::string now = formatUtc(ws.clock().now());
        const std::string ver = current.number.toString() + " ";
        std::string effective;
        if (to == DocumentStatus::Approved) {
            const Date day = effectiveDate.empty()
                                 ? ws.clock().today()
                                 : parseDate(effectiveDate, "'" + doc.code + "': effective date");
            effective = formatDate(day);
            // The version in force until now is superseded.
            for (const auto& v : versions) {
                if (v.status != DocumentStatus::Approved || v.id == current.id)
                    continue;
                setVersionStatus(db, v.id, DocumentStatus::Obsolete, {});
                const bool zh = loadEngagement(ws).language == "zh";
                insertTransition(db, v.id, DocumentStatus::Approved, DocumentStatus::Obsolete, now,
                                 ws.actor(),
                                 zh ? "被 " + current.number.toString() + " 版替代"
                                    : "Superseded by version " + current.number.toString());
                ctx.record("document", key, "status", v.number.toString() + " approved",
                           v.number.toString() + " obsolete");
            }
            if (doc.reviewMonths) {
                const std::string next = formatDate(addMonths(day, *doc.reviewMonths));
                SQLite::Statement q(db, "UPDATE document SET next_review = ? WHERE id = ?");
                q.bind(1, next);
                q.bind(2, documentId);
                q.exec();
                if (next != doc.nextReview)
                    ctx.record("document", key, "next_review", doc.nextReview, next);
            }
        }
        setVersionStatus(db, current.id, to, effective);
        insertTransition(db, current.id, current.status, to, now, ws.actor(), comment);
        ctx.record("document", key, "status", ver + std::string(toString(current.status)),
                   ver + std::string(toString(to)));
        if (!effective.empty())
            ctx.record("document", key, "effective_date", current.effectiveDate, effective);
        docstore::reindex(db, documentId);
    });
}

std::int64_t startNewVersion(Workspace& ws, std::int64_t documentId, VersionStep step,
                             const std::string& changeSummary)
{
    return ws.write("Start new document version", [&](WriteContext& ctx) {
        auto& db = ws.db();
        const Document doc = docstore::requireDocument(db, documentId);
        const DocumentVersion current = docstore::currentVersion(db, documentId);
        if (current.status == DocumentStatus::Draft || current.status == DocumentStatus::InReview)
            throw Error(ErrorCode::InvalidInput,
                        "'" + doc.code + "' version " + current.number.toString() + " is " +
                            (current.status == DocumentStatus::Draft ? "a draft" : "in review") +
                            "; finish it before starting a new version");
        if (changeSummary.find_first_not_of(" \t\r\n") == std::string::npos)
            throw Error(ErrorCode::InvalidInput, "'" + doc.code + "': a new version needs a change summary");
        const VersionNumber next = step == VersionStep::Major
                                       ? VersionNumber{current.number.major + 1, 0}
                                       : VersionNumber{current.number.major, current.number.minor + 1};
        SQLite::Statement q(db,
                            "INSERT INTO document_version(document_id, major, minor, status, change_summary, "
                            "created_at, created_by) VALUES (?, ?, ?, 'draft', ?, ?, ?)");
        q.bind(1, documentId);
        q.bind(2, next.major);
        q.bind(3, next.minor);
        q.bind(4, changeSummary);
        q.bind(5, formatUtc(ws.clock().now()));
        q.bind(6, ws.actor());
        q.exec();
        const std::int64_t id = db.getLastInsertRowid();
        ctx.record("document", std::to_string(documentId), "version", current.number.toString(),
                   next.toString());
        ctx.record("document", std::to_string(documentId), "change_summary " + next.toString(), std::nullopt,
                   changeSummary);
        docstore::reindex(db, documentId);
        return id;
    });
}

void setChangeSummary(Workspace& ws, std::int64_t versionId, const std::string& changeSummary)
{
    ws.write("Edit change summary", [&](WriteContext& ctx) {
        auto& db = ws.db();
        SQLite::Statement q(
            db,
            "SELECT document_id, major, minor, status, change_summary FROM document_version WHERE id = ?");
        q.bind(1, versionId);
        if (!q.executeStep())
            throw Error(ErrorCode::NotFound,
                        "the register holds no document version with id " + std::to_string(versionId));
        const std::int64_t documentId = q.getColumn(0).getInt64();
        const std::string number = VersionNumber{q.getColumn(1).getInt(), q.getColumn(2).getInt()}.toString();
        const auto status =
            documentStatusFromString(q.getColumn(3).getString()).value_or(DocumentStatus::Draft);
        const std::string old = q.getColumn(4).getString();
        if (old == changeSummary)
            return;
        if (status == DocumentStatus::Approved || status == DocumentStatus::Obsolete)
            throw Error(ErrorCode::InvalidInput, "'" + docstore::codeOf(db, documentId) + "' version " +
                                                     number + " is " + std::string(toString(status)) +
                                                     "; its change summary is frozen");
        SQLite::Statement u(db, "UPDATE document_version SET change_summary = ? WHERE id = ?");
        u.bind(1, changeSummary);
        u.bind(2, versionId);
        u.exec();
        ctx.record("document", std::to_string(documentId), "change_summary " + number, old, changeSummary);
        docstore::reindex(db, documentId);
    });
}

} // namespace cw
