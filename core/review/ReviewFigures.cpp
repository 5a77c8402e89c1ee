// gatherReviewFigures(): the workspace's data behind the pre-filled management review inputs.
#include "assessment/Assessment.h"
#include "assessment/AssessmentActions.h"
#include "assessment/Scoring.h"
#include "audit/Audit.h"
#include "audit/AuditChecklist.h"
#include "findings/FindingQuery.h"
#include "review/ReviewPrefill.h"
#include "storage/Workspace.h"

#include <algorithm>

namespace cw {

namespace {

void gatherEarlierReviews(Workspace& ws, ReviewFigures& fig, Date today)
{
    for (const auto& r : listReviews(ws)) {
        if (r.heldOn >= fig.asOf)
            continue;
        ++fig.earlierReviews;
        for (const auto& o : listReviewOutputs(ws, r.id)) {
            if (o.kind != OutputKind::Action)
                continue;
            switch (o.state) {
            case OutputState::Done:
                ++fig.earlierActionsDone;
                break;
            case OutputState::Cancelled:
                ++fig.earlierActionsCancelled;
                break;
            case OutputState::Open:
                ++fig.earlierActionsOpen;
                fig.earlierOpenActions.push_back({r.title, o.text, o.owner, o.dueDate, isOverdue(o, today)});
                break;
            }
        }
    }
}

void gatherGapAnalysis(Workspace& ws, ReviewFigures& fig, Date today)
{
    for (const auto& a : listAssessments(ws)) {
        if (a.date > fig.asOf)
            continue;
        fig.readinessTrend.push_back({a.name, a.date, summarizeAssessment(ws, a.id).overall.readiness()});
    }
    ActionQuery all;
    for (const auto& item : listActions(ws, all)) {
        if (item.assessmentDate > fig.asOf)
            continue;
        const GapAction& a = item.action;
        if (a.status == ActionStatus::Done)
            ++fig.gapActionsDone;
        else if (a.status == ActionStatus::Cancelled)
            ++fig.gapActionsCancelled;
        else
            ++fig.gapActionsActive;
        if (isOverdue(a, today))
            fig.overdueGapActions.push_back({item.assessmentName, a.title, a.owner, a.dueDate, true});
    }
    std::stable_sort(fig.overdueGapActions.begin(), fig.overdueGapActions.end(),
                     [](const auto& x, const auto& y) { return x.dueDate < y.dueDate; });
}

void gatherAudits(Workspace& ws, ReviewFigures& fig, const std::vector<FindingRow>& findings)
{
    for (const auto& a : listAudits(ws)) {
        ReviewFigures::AuditItem item;
        item.code = a.code;
        item.title = a.title;
        item.status = std::string(toString(a.status));
        if (isCompleted(a.status)) {
            if (a.actualEnd.empty() || a.actualEnd > fig.asOf)
                continue;
            item.start = a.actualStart;
            item.end = a.actualEnd;
            item.tally = tallyChecklist(listChecklist(ws, a.id));
            for (const auto& f : findings)
                if (f.finding.auditId == a.id)
                    ++item.findings[f.finding.type];
            fig.completedAudits.push_back(std::move(item));
        } else {
            item.start = a.plannedStart;
            item.end = a.plannedEnd;
            fig.pendingAudits.push_back(std::move(item));
        }
    }
    std::stable_sort(fig.completedAudits.begin(), fig.completedAudits.end(),
                     [](const auto& x, const auto& y) { return x.end < y.end; });
}

} // namespace

ReviewFigures gatherReviewFigures(Workspace& ws, const std::string& asOf)
{
    ReviewFigures fig;
    fig.asOf = asOf;
    const Date today = ws.clock().today();
    fig.today = formatDate(today);
    gatherEarlierReviews(ws, fig, today);
    gatherGapAnalysis(ws, fig, today);

    std::vector<FindingRow> findings;
    for (auto& row : listFindings(ws))
        if (row.finding.raisedOn <= asOf)
            findings.push_back(std::move(row));
    gatherAudits(ws, fig, findings);

    for (const auto t : allFindingTypes())
        fig.findingsByType[t];
    for (const auto& row : findings) {
        const Finding& f = row.finding;
        auto& tally = fig.findingsByType[f.type];
        (row.open() ? tally.open : tally.closed) += 1;
        if (!row.open())
            continue;
        const ReviewFigures::FindingItem item{f.code, f.type, f.state, f.title, row.nextDue, row.overdue};
        if (isNonconformity(f.type))
            fig.openNonconformities.push_back(item);
        else if (f.type == FindingType::Observation || f.type == FindingType::Improvement)
            fig.openImprovements.push_back(item);
    }
    // listFindings() already orders open findings major first, then by code.
    for (const auto& row : openCorrectiveActions(ws, true)) {
        const bool inScope = std::any_of(findings.begin(), findings.end(), [&](const FindingRow& f) {
            return f.finding.code == row.findingCode;
        });
        if (inScope)
            fig.overdueCorrectiveActions.push_back(
                {row.findingCode, row.action.description, row.action.owner, row.action.dueDate, true});
    }
    return fig;
}

std::map<ReviewInput, std::string> prefilledReviewInputs(Workspace& ws, const std::string& asOf,
                                                         const std::string& lang)
{
    return reviewInputTexts(gatherReviewFigures(ws, asOf), lang);
}

} // namespace cw
