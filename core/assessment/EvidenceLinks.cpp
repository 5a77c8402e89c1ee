#include "assessment/EvidenceLinks.h"

#include "assessment/AssessmentResults.h"
#include "common/Error.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace cw {

namespace {

constexpr const char* kSelect =
    "SELECT e.catalog_id, e.ref, d.id, d.code, d.title, d.level FROM assessment_evidence e "
    "JOIN document d ON d.id = e.document_id ";

EvidenceLink linkFromRow(SQLite::Statement& q)
{
    return {q.getColumn(2).getInt64(), q.getColumn(3).getString(), q.getColumn(4).getString(),
            q.getColumn(5).getInt()};
}

std::string documentCode(Workspace& ws, std::int64_t documentId)
{
    SQLite::Statement q(ws.db(), "SELECT code FROM document WHERE id = ?");
    q.bind(1, documentId);
    if (!q.executeStep())
        throw Error(ErrorCode::NotFound,
                    "the register holds no document with id " + std::to_string(documentId));
    return q.getColumn(0).getString();
}

} // namespace

std::vector<EvidenceLink> evidenceLinks(Workspace& ws, std::int64_t assessmentId, const RequirementKey& key)
{
    SQLite::Statement q(ws.db(),
                        std::string(kSelect) +
                            "WHERE e.assessment_id = ? AND e.catalog_id = ? AND e.ref = ? ORDER BY d.code");
    q.bind(1, assessmentId);
    q.bind(2, key.catalogId);
    q.bind(3, key.ref);
    std::vector<EvidenceLink> out;
    while (q.executeStep())
        out.push_back(linkFromRow(q));
    return out;
}

std::map<RequirementKey, std::vector<EvidenceLink>> allEvidenceLinks(Workspace& ws, std::int64_t assessmentId)
{
    SQLite::Statement q(ws.db(), std::string(kSelect) + "WHERE e.assessment_id = ? ORDER BY d.code");
    q.bind(1, assessmentId);
    std::map<RequirementKey, std::vector<EvidenceLink>> out;
    while (q.executeStep())
        out[{q.getColumn(0).getString(), q.getColumn(1).getString()}].push_back(linkFromRow(q));
    return out;
}

std::size_t insertEvidenceLinks(WriteContext& ctx, std::int64_t assessmentId, const RequirementKey& key,
                                const std::vector<std::int64_t>& documentIds)
{
    auto& ws = ctx.workspace();
    SQLite::Statement q(
        ws.db(), "INSERT OR IGNORE INTO assessment_evidence(assessment_id, catalog_id, ref, document_id) "
                 "VALUES (?, ?, ?, ?)");
    std::size_t added = 0;
    for (const auto id : documentIds) {
        const std::string code = documentCode(ws, id);
        q.bind(1, assessmentId);
        q.bind(2, key.catalogId);
        q.bind(3, key.ref);
        q.bind(4, id);
        if (q.exec() > 0) {
            ctx.record(kResultEntity, resultEntityId(assessmentId, key), "evidence_document", std::nullopt,
                       code);
            ++added;
        }
        q.reset();
    }
    return added;
}

void addEvidenceLink(Workspace& ws, std::int64_t assessmentId, const RequirementKey& key,
                     std::int64_t documentId)
{
    const std::string code = documentCode(ws, documentId);
    ws.write("Assess " + key.ref + ": link " + code, [&](WriteContext& ctx) {
        const RequirementResult r = loadResult(ws, assessmentId, key);
        if (!r.stored)
            writeResult(ctx, assessmentId, r);
        (void)insertEvidenceLinks(ctx, assessmentId, key, {documentId});
    });
}

void removeEvidenceLink(Workspace& ws, std::int64_t assessmentId, const RequirementKey& key,
                        std::int64_t documentId)
{
    const std::string code = documentCode(ws, documentId);
    ws.write("Assess " + key.ref + ": unlink " + code, [&](WriteContext& ctx) {
        SQLite::Statement q(ws.db(),
                            "DELETE FROM assessment_evidence WHERE assessment_id = ? AND catalog_id = ? "
                            "AND ref = ? AND document_id = ?");
        q.bind(1, assessmentId);
        q.bind(2, key.catalogId);
        q.bind(3, key.ref);
        q.bind(4, documentId);
        if (q.exec() > 0)
            ctx.record(kResultEntity, resultEntityId(assessmentId, key), "evidence_document", code,
                       std::nullopt);
    });
}

} // namespace cw
