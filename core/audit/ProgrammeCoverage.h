#pragma once

#include "audit/Audit.h"
#include "audit/AuditProgramme.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

class Workspace;

/// How far the audits cover a clause. Ordered: a better status compares greater.
enum class CoverageStatus { NotPlanned, Planned, Audited };
/// "not_planned", "planned", "audited".
[[nodiscard]] std::string_view toString(CoverageStatus s);

/// One clause of clauses 4-10 of a catalog in scope.
///  - A leaf is "audited" when a completed audit (reported or closed) covers it, "planned" when
///    only planned or in-progress audits do, else "not planned". An audit covers the clauses it
///    lists and every clause below them, except, once completed, a clause whose every checklist
///    line was marked not audited.
///  - A heading takes the weakest status of its children (all audited -> audited ...).
struct CoverageRow {
    ClauseLink clause;
    std::string titleEn;
    std::string titleZh;
    int depth = 0; ///< 0 for the top-level clauses 4..10
    bool leaf = false;
    CoverageStatus status = CoverageStatus::NotPlanned;
    std::vector<std::string> audits; ///< codes of the audits covering it, completed ones first
    /// Leaves: the latest actual end of a completed audit covering it ("" when none). Headings:
    /// the earliest of their leaves' dates ("" when a leaf has none), i.e. "audited since".
    std::string lastAudited;
};

/// A completed audit, for "audited within the last 12 months" and "a management review after the
/// last audit" (readiness report).
struct CompletedAudit {
    std::string code;
    std::string title;
    std::string actualStart;
    std::string actualEnd;
    AuditStatus status = AuditStatus::Reported;
};

struct AuditCoverage {
    std::vector<std::string> catalogs;
    std::vector<CoverageRow> rows;         ///< catalog by catalog, in tree order
    std::vector<CompletedAudit> completed; ///< by actual end
    int leaves = 0;
    int auditedLeaves = 0;
    int plannedLeaves = 0;
    int notPlannedLeaves = 0;
    /// Every leaf audited.
    [[nodiscard]] bool fullyAudited() const { return leaves > 0 && auditedLeaves == leaves; }
    /// The date since which every leaf has been audited: the earliest leaf lastAudited; "" unless
    /// fullyAudited(). "Every clause audited within 12 months" is auditedSince() >= today - 12 months.
    [[nodiscard]] std::string auditedSince() const;
    /// The latest actual end of the completed audits ("" when none).
    [[nodiscard]] std::string lastCompletedEnd() const;
    /// Rows needing attention: leaves not audited yet (planned or not planned).
    [[nodiscard]] std::vector<const CoverageRow*> gaps() const;
};

/// Coverage of clauses 4-10 of the programme's catalogs by the programme's audits.
[[nodiscard]] AuditCoverage programmeCoverage(Workspace& ws, std::int64_t programmeId);
/// Coverage of clauses 4-10 of `catalogs` by the given audits (any programme).
[[nodiscard]] AuditCoverage auditCoverage(Workspace& ws, const std::vector<std::string>& catalogs,
                                          const std::vector<Audit>& audits);

} // namespace cw
