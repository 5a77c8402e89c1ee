#pragma once

#include "assessment/AssessmentResults.h"
#include "assessment/GapList.h"
#include "documents/Document.h"
#include "readiness/CertificationTimeline.h"
#include "readiness/Readiness.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cw {

class Workspace;

/// One gap of the prioritised list with who closes it and by when (from its active actions).
struct ReadinessGap {
    GapRow gap;
    std::string owners;  ///< owners of the active actions, "; "-separated
    std::string dueDate; ///< the earliest due date of those actions ("" when none)
    bool overdue = false;
};

/// Health of the document register.
struct DocumentHealth {
    std::int64_t total = 0;
    std::int64_t approved = 0; ///< the newest version is approved (in force)
    std::int64_t inReview = 0;
    std::int64_t draft = 0;
    std::int64_t obsolete = 0;
    std::int64_t overdueReviews = 0;           ///< in force with the next review before today
    std::vector<DocumentRow> overdueDocuments; ///< the first 50 of them, by next review
};

/// Everything the readiness report shows, gathered once (read only). The report module lays it
/// out (report/builders), readinessReportJson() writes it as JSON (docs/report-format.md).
struct ReadinessReport {
    std::string generatedAt; ///< UTC, from ws.clock()
    ReadinessFacts facts;
    Verdict verdict;
    CertificationTimeline timeline;
    /// The readiness catalog's nodes in the latest assessment, tree order (empty without one).
    std::vector<ClauseScore> clauses;
    std::vector<ReadinessGap> gaps; ///< prioritised (GapList.h)
    DocumentHealth documents;
    std::vector<CorrectiveActionRow> overdueActions;
    std::optional<ReviewSnapshot> latestReview; ///< the latest held on or before today
    /// The appendix: every requirement of the latest assessment with its result (tree order).
    std::vector<WorksheetRow> checklist;
};

[[nodiscard]] ReadinessReport buildReadinessReport(Workspace& ws);

} // namespace cw
