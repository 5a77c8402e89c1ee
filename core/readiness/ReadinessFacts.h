#pragma once

#include "assessment/AssessmentActions.h"
#include "assessment/Scoring.h"
#include "audit/ProgrammeCoverage.h"
#include "common/Clock.h"
#include "documents/DocumentCoverage.h"
#include "documents/RecordEntries.h"
#include "engagement/Engagement.h"
#include "engagement/EngagementPlan.h"
#include "findings/FindingQuery.h"
#include "review/ManagementReview.h"

#include <optional>
#include <string>
#include <vector>

namespace cw {

class Workspace;

/// The catalog whose certification the readiness verdict is about.
inline constexpr const char* kReadinessCatalog = "iso20000-1:2018";

/// Record evidence of one required record of clause 8 (criterion S2.5).
struct RecordRequirement {
    std::string itemId; ///< e.g. RDI-8.6.1-INCIDENTS
    std::string clause; ///< e.g. 8.6.1
    LocalizedText title;
    RecordSpan span;                    ///< entries up to today of the level-4 documents linked to the clause
    std::vector<std::string> documents; ///< codes of those documents
    /// The first entry is at least 3 months before today and the last within the last month.
    bool sufficient = false;
};

/// The internal audit programme judged for S2.3, with its coverage of the readiness catalog.
struct ProgrammeFacts {
    AuditProgramme programme;
    AuditCoverage coverage; ///< of clauses 4-10 of kReadinessCatalog by the programme's audits
    std::vector<Audit> audits;
};

/// Everything the readiness rules and the certification timeline read, gathered once as of
/// ws.clock().today(). Plain data: tests and the GUI may build or inspect it directly.
struct ReadinessFacts {
    Date today{};
    bool catalogPresent = false; ///< the workspace holds kReadinessCatalog
    Engagement engagement;
    EngagementPlan plan;
    double threshold = kDefaultReadinessThreshold;

    /// Required documented information of the catalog (documents and records), catalog order.
    std::vector<DocumentCoverageRow> requiredDocuments;

    /// The latest assessment covering the catalog (by date), scored; nullopt when none.
    std::optional<AssessmentSummary> assessment;
    /// The score of the catalog's requirements within that assessment.
    Score score;
    /// Its requirements of the catalog marked nonconformant, in clause order.
    std::vector<RequirementKey> nonconformant;
    /// Open and in-progress gap actions of every assessment.
    std::vector<ActionListItem> activeActions;

    FindingCounts findings;
    std::vector<FindingRow> allFindings;                    ///< every finding, in list order
    std::vector<FindingRow> openMajors;                     ///< major nonconformities not closed
    std::vector<CorrectiveActionRow> openCorrectiveActions; ///< planned actions of open findings

    /// The programme that best covers the catalog (fully audited within 12 months first, then
    /// the most audited clauses, then the latest period); nullopt when there is none.
    std::optional<ProgrammeFacts> programme;
    /// Every management review, by date.
    std::vector<ManagementReview> reviews;
    /// The catalog's required records of clause 8, catalog order.
    std::vector<RecordRequirement> records;
};

/// Gathers the facts from the workspace (read only).
[[nodiscard]] ReadinessFacts gatherReadinessFacts(Workspace& ws);

} // namespace cw
