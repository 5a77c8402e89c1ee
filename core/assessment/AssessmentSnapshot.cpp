#include "assessment/AssessmentSnapshot.h"

#include "common/Error.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace cw {

AssessmentSnapshot snapshotAssessment(Workspace& ws, std::int64_t id)
{
    AssessmentSnapshot s;
    s.assessment = loadAssessment(ws, id);
    s.results = listResults(ws, id);
    s.evidence = allEvidenceLinks(ws, id);
    SQLite::Statement q(ws.db(), "SELECT id FROM assessment_action WHERE assessment_id = ? ORDER BY id");
    q.bind(1, id);
    while (q.executeStep())
        s.actions.push_back(loadAction(ws, q.getColumn(0).getInt64()));
    return s;
}

std::int64_t writeSnapshot(WriteContext& ctx, const AssessmentSnapshot& snapshot, bool keepIds)
{
    Assessment a = snapshot.assessment;
    if (!keepIds)
        a.id = 0;
    const std::int64_t id = insertAssessment(ctx, a);
    for (const auto& r : snapshot.results)
        writeResult(ctx, id, r);
    auto& ws = ctx.workspace();
    SQLite::Statement byCode(ws.db(), "SELECT id FROM document WHERE code = ?");
    for (const auto& [key, links] : snapshot.evidence) {
        std::vector<std::int64_t> ids;
        for (const auto& link : links) {
            if (keepIds) {
                ids.push_back(link.documentId);
                continue;
            }
            byCode.bind(1, link.code);
            if (!byCode.executeStep())
                throw Error(ErrorCode::InvalidInput,
                            key.ref + ": the register holds no document '" + link.code + "'");
            ids.push_back(byCode.getColumn(0).getInt64());
            byCode.reset();
        }
        (void)insertEvidenceLinks(ctx, id, key, ids);
    }
    for (GapAction action : snapshot.actions) {
        action.assessmentId = id;
        if (!keepIds)
            action.id = 0;
        (void)insertAction(ctx, action);
    }
    return id;
}

void restoreAssessment(Workspace& ws, const AssessmentSnapshot& snapshot)
{
    ws.write("Restore assessment " + snapshot.assessment.name,
             [&](WriteContext& ctx) { (void)writeSnapshot(ctx, snapshot, true); });
}

} // namespace cw
