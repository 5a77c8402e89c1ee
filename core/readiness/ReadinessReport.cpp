#include "readiness/ReadinessReport.h"

#include "documents/DocumentQuery.h"
#include "storage/Workspace.h"

#include <map>

namespace cw {

namespace {

DocumentHealth documentHealth(Workspace& ws)
{
    DocumentHealth h;
    h.total = countDocuments(ws);
    auto count = [&](DocumentStatus s) {
        DocumentFilter f;
        f.status = s;
        return countDocuments(ws, f);
    };
    h.approved = count(DocumentStatus::Approved);
    h.inReview = count(DocumentStatus::InReview);
    h.draft = count(DocumentStatus::Draft);
    h.obsolete = count(DocumentStatus::Obsolete);
    DocumentQuery q;
    q.filter.overdueOnly = true;
    h.overdueReviews = countDocuments(ws, q.filter);
    q.sort = DocumentSort::NextReview;
    q.limit = 50;
    h.overdueDocuments = listDocuments(ws, q);
    return h;
}

} // namespace

ReadinessReport buildReadinessReport(Workspace& ws)
{
    ReadinessReport r;
    r.generatedAt = formatUtc(ws.clock().now());
    r.facts = gatherReadinessFacts(ws);
    r.verdict = evaluateReadiness(r.facts);
    r.timeline = certificationTimeline(r.facts, r.verdict);
    const std::string today = formatDate(r.facts.today);
    if (r.facts.assessment) {
        const auto id = r.facts.assessment->assessment.id;
        for (const auto& c : r.facts.assessment->clauses)
            if (c.key.catalogId == kReadinessCatalog)
                r.clauses.push_back(c);
        std::map<RequirementKey, std::vector<const ActionListItem*>> actions;
        for (const auto& a : r.facts.activeActions)
            actions[a.action.key].push_back(&a);
        for (auto& g : prioritisedGaps(ws, id)) {
            ReadinessGap item;
            for (const auto* a : actions[g.key]) {
                if (!a->action.owner.empty() && item.owners.find(a->action.owner) == std::string::npos)
                    item.owners += (item.owners.empty() ? "" : "; ") + a->action.owner;
                if (!a->action.dueDate.empty() && (item.dueDate.empty() || a->action.dueDate < item.dueDate))
                    item.dueDate = a->action.dueDate;
                item.overdue = item.overdue || a->overdue;
            }
            item.gap = std::move(g);
            r.gaps.push_back(std::move(item));
        }
        r.checklist = assessmentWorksheet(ws, id);
    }
    r.documents = documentHealth(ws);
    for (const auto& a : r.facts.openCorrectiveActions)
        if (a.overdue)
            r.overdueActions.push_back(a);
    for (auto it = r.facts.reviews.rbegin(); it != r.facts.reviews.rend(); ++it)
        if (it->heldOn <= today) {
            r.latestReview = snapshotReview(ws, it->id);
            break;
        }
    return r;
}

} // namespace cw
