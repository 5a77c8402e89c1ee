#pragma once

#include "audit/AuditChecklist.h"
#include "findings/FindingTypes.h"
#include "review/ManagementReview.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cw {

class Workspace;

/// The workspace's own figures a management review starts from, as of the review date (`asOf`):
/// records dated after it (findings raised, audits ended, assessments, earlier reviews) are left
/// out; "overdue" is judged against today (ws.clock()), since statuses are the current ones.
struct ReviewFigures {
    std::string asOf;
    std::string today;

    struct ActionItem {
        std::string source; ///< review title, assessment name or finding code
        std::string text;
        std::string owner;
        std::string dueDate;
        bool overdue = false;
    };
    // Actions of earlier reviews (held before asOf).
    int earlierReviews = 0;
    int earlierActionsDone = 0;
    int earlierActionsOpen = 0;
    int earlierActionsCancelled = 0;
    std::vector<ActionItem> earlierOpenActions;
    // Gap-analysis actions (assessments dated up to asOf).
    int gapActionsDone = 0;
    int gapActionsActive = 0; ///< open or in progress
    int gapActionsCancelled = 0;
    std::vector<ActionItem> overdueGapActions;

    struct TrendPoint {
        std::string name;
        std::string date;
        std::optional<double> readiness;
    };
    std::vector<TrendPoint> readinessTrend; ///< by date

    struct AuditItem {
        std::string code;
        std::string title;
        std::string start; ///< actual (completed) or planned start
        std::string end;
        std::string status;
        ChecklistTally tally;
        std::map<FindingType, int> findings; ///< raised in the audit, by type
    };
    std::vector<AuditItem> completedAudits; ///< reported or closed, ended by asOf, by end date
    std::vector<AuditItem> pendingAudits;   ///< planned or in progress, by planned start

    struct Tally {
        int open = 0;
        int closed = 0;
    };
    std::map<FindingType, Tally> findingsByType; ///< every type present, with zeros
    struct FindingItem {
        std::string code;
        FindingType type = FindingType::Minor;
        FindingState state = FindingState::Open;
        std::string title;
        std::string nextDue;
        bool overdue = false;
    };
    std::vector<FindingItem> openNonconformities; ///< majors first, then by code
    std::vector<ActionItem> overdueCorrectiveActions;
    std::vector<FindingItem> openImprovements; ///< open observations and opportunities for improvement
};

/// Gathers the figures from the workspace.
[[nodiscard]] ReviewFigures gatherReviewFigures(Workspace& ws, const std::string& asOf);

/// The input texts written from the figures, in "en" or "zh" (a pure function). Inputs the
/// workspace holds no data for (context changes, customer satisfaction, suppliers, risks,
/// resources) are left empty for the reviewers to write.
[[nodiscard]] std::map<ReviewInput, std::string> reviewInputTexts(const ReviewFigures& figures,
                                                                  const std::string& lang);

/// Both: what createReview() stores, and what a "refresh from data" button offers.
[[nodiscard]] std::map<ReviewInput, std::string> prefilledReviewInputs(Workspace& ws, const std::string& asOf,
                                                                       const std::string& lang);

} // namespace cw
