#include "assessment/Propagation.h"

#include "assessment/Assessment.h"
#include "assessment/AssessmentResults.h"
#include "assessment/EvidenceLinks.h"
#include "catalog/CatalogStore.h"
#include "common/Error.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <map>

namespace cw {

namespace {

/// What the target takes over from the source.
RequirementResult takeOver(const RequirementResult& source, RequirementResult target)
{
    target.status = source.status;
    if (source.status == AssessmentStatus::NotApplicable)
        target.justification = source.justification;
    target.evidence = source.evidence;
    return target;
}

/// Whether `target` lacks one of the documents of `source`.
bool missingLinks(const std::vector<EvidenceLink>& source, const std::vector<EvidenceLink>& target)
{
    return std::any_of(source.begin(), source.end(), [&](const EvidenceLink& l) {
        return std::find(target.begin(), target.end(), l) == target.end();
    });
}

} // namespace

std::vector<PropagationCandidate> proposePropagation(Workspace& ws, std::int64_t assessmentId,
                                                     const RequirementKey& source, bool includeRelated)
{
    const Assessment a = loadAssessment(ws, assessmentId);
    const RequirementResult from = loadResult(ws, assessmentId, source);
    std::map<RequirementKey, MappingRelation> targets;
    for (const auto& link : mappedRequirements(ws, source.catalogId, source.ref)) {
        if (link.targetCatalog == source.catalogId)
            continue;
        if (std::find(a.catalogs.begin(), a.catalogs.end(), link.targetCatalog) == a.catalogs.end())
            continue;
        if (link.relation == MappingRelation::Related && !includeRelated)
            continue;
        auto [it, fresh] = targets.try_emplace({link.targetCatalog, link.targetRef}, link.relation);
        if (!fresh && link.relation == MappingRelation::Equivalent)
            it->second = MappingRelation::Equivalent;
    }
    std::vector<PropagationCandidate> out;
    SQLite::Statement req(
        ws.db(), "SELECT title_en, title_zh, assessable FROM requirement WHERE catalog_id = ? AND ref = ?");
    for (const auto& catalogId : a.catalogs) { // the assessment's catalog order, then clause order
        std::vector<std::pair<RequirementKey, MappingRelation>> mine;
        for (const auto& t : targets)
            if (t.first.catalogId == catalogId)
                mine.push_back(t);
        std::sort(mine.begin(), mine.end(),
                  [](const auto& x, const auto& y) { return refLess(x.first.ref, y.first.ref); });
        for (const auto& [key, relation] : mine) {
            req.bind(1, key.catalogId);
            req.bind(2, key.ref);
            const bool found = req.executeStep();
            const bool assessable = found && req.getColumn(2).getInt() != 0;
            PropagationCandidate c;
            c.target = key;
            c.relation = relation;
            if (found) {
                c.titleEn = req.getColumn(0).getString();
                c.titleZh = req.getColumn(1).getString();
            }
            req.reset();
            if (!assessable)
                continue;
            const RequirementResult current = loadResult(ws, assessmentId, key);
            c.currentStatus = current.status;
            c.differs =
                !takeOver(from, current).sameContent(current) ||
                missingLinks(evidenceLinks(ws, assessmentId, source), evidenceLinks(ws, assessmentId, key));
            out.push_back(std::move(c));
        }
    }
    return out;
}

int applyPropagation(Workspace& ws, std::int64_t assessmentId, const RequirementKey& source,
                     const std::vector<RequirementKey>& targets)
{
    const auto candidates = proposePropagation(ws, assessmentId, source, true);
    for (const auto& t : targets) {
        const bool ok = std::any_of(candidates.begin(), candidates.end(),
                                    [&](const PropagationCandidate& c) { return c.target == t; });
        if (!ok)
            throw Error(ErrorCode::InvalidInput, t.ref + " of " + t.catalogId + " is not mapped to " +
                                                     source.ref + " of " + source.catalogId +
                                                     " within this assessment");
    }
    const RequirementResult from = loadResult(ws, assessmentId, source);
    std::vector<std::int64_t> documents;
    for (const auto& link : evidenceLinks(ws, assessmentId, source))
        documents.push_back(link.documentId);
    return ws.write("Apply " + source.ref + " to mapped requirements", [&](WriteContext& ctx) {
        int changed = 0;
        for (const auto& t : targets) {
            const RequirementResult current = loadResult(ws, assessmentId, t);
            const RequirementResult next = takeOver(from, current);
            bool changedOne = false;
            if (!next.sameContent(current) || !current.stored) {
                writeResult(ctx, assessmentId, next);
                changedOne = true;
            }
            if (insertEvidenceLinks(ctx, assessmentId, t, documents) > 0)
                changedOne = true;
            changed += changedOne ? 1 : 0;
        }
        return changed;
    });
}

} // namespace cw
