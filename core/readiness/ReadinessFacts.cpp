#include "readiness/ReadinessFacts.h"

#include "assessment/Assessment.h"
#include "audit/Audit.h"
#include "audit/AuditProgramme.h"
#include "catalog/CatalogStore.h"
#include "readiness/ReadinessDates.h"
#include "storage/Workspace.h"

#include <algorithm>

namespace cw {

namespace {

using readiness::addMonths;

/// Whether the programme's audits cover every clause within the 12 months before today.
bool auditedWithinYear(const AuditCoverage& c, Date today)
{
    const std::string since = c.auditedSince();
    return !since.empty() && since >= formatDate(addMonths(today, -12));
}

std::optional<ProgrammeFacts> bestProgramme(Workspace& ws, Date today)
{
    std::optional<ProgrammeFacts> best;
    for (auto& p : listProgrammes(ws)) {
        if (std::find(p.catalogs.begin(), p.catalogs.end(), kReadinessCatalog) == p.catalogs.end())
            continue;
        ProgrammeFacts f;
        f.audits = listAudits(ws, p.id);
        f.coverage = auditCoverage(ws, {kReadinessCatalog}, f.audits);
        f.programme = std::move(p);
        if (!best) {
            best = std::move(f);
            continue;
        }
        const auto key = [&](const ProgrammeFacts& x) {
            return std::make_tuple(auditedWithinYear(x.coverage, today), x.coverage.auditedLeaves,
                                   x.programme.periodStart);
        };
        if (key(f) > key(*best))
            best = std::move(f);
    }
    return best;
}

} // namespace

ReadinessFacts gatherReadinessFacts(Workspace& ws)
{
    ReadinessFacts f;
    f.today = ws.clock().today();
    f.engagement = loadEngagement(ws);
    f.plan = loadEngagementPlan(ws);
    f.threshold = readinessThreshold(ws);
    f.catalogPresent = workspaceHasCatalog(ws, kReadinessCatalog);
    if (f.catalogPresent)
        f.requiredDocuments = documentCoverage(ws, kReadinessCatalog);

    const auto assessments = listAssessments(ws);
    for (auto it = assessments.rbegin(); it != assessments.rend(); ++it) {
        if (std::find(it->catalogs.begin(), it->catalogs.end(), kReadinessCatalog) == it->catalogs.end())
            continue;
        f.assessment = summarizeAssessment(ws, it->id);
        for (const auto& c : f.assessment->catalogs)
            if (c.catalogId == kReadinessCatalog)
                f.score = c.score;
        for (const auto& [key, status] : f.assessment->statuses)
            if (key.catalogId == kReadinessCatalog && status == AssessmentStatus::Nonconformant)
                f.nonconformant.push_back(key);
        std::sort(f.nonconformant.begin(), f.nonconformant.end(),
                  [](const RequirementKey& a, const RequirementKey& b) { return refLess(a.ref, b.ref); });
        break;
    }
    ActionQuery q;
    q.activeOnly = true;
    f.activeActions = listActions(ws, q);

    // One pass over the findings (the query is the expensive part): the counts as findingCounts()
    // makes them, and the open majors in list order.
    f.allFindings = listFindings(ws);
    f.findings = countFindings(f.allFindings);
    for (const auto& row : f.allFindings)
        if (row.finding.type == FindingType::Major && row.open())
            f.openMajors.push_back(row);
    f.openCorrectiveActions = openCorrectiveActions(ws);

    f.programme = bestProgramme(ws, f.today);
    f.reviews = listReviews(ws);

    const std::string today = formatDate(f.today);
    const std::string threeMonthsAgo = formatDate(addMonths(f.today, -3));
    const std::string monthAgo = formatDate(addMonths(f.today, -1));
    if (f.catalogPresent) {
        const auto evidence = recordEvidenceByClause(ws);
        for (const auto& row : f.requiredDocuments) {
            if (row.kind != DocumentKind::Record || row.clause.rfind("8.", 0) != 0)
                continue;
            RecordRequirement r;
            r.itemId = row.itemId;
            r.clause = row.clause;
            r.title = row.title;
            for (const auto& e : evidence)
                if (e.clause.catalogId == kReadinessCatalog && e.clause.ref == row.clause) {
                    r.span = e.span;
                    r.documents = e.documents;
                }
            r.sufficient = !r.span.first.empty() && r.span.first <= threeMonthsAgo &&
                           r.span.last >= monthAgo && r.span.last <= today;
            f.records.push_back(std::move(r));
        }
    }
    return f;
}

} // namespace cw
