#pragma once

#include "audit/Audit.h"
#include "audit/AuditChecklist.h"
#include "audit/Independence.h"
#include "findings/FindingQuery.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cw {

class Workspace;

/// The content of an audit report: scope, team, summary, checklist results and findings. The
/// report module (and `conformance audits show`) lays it out.
struct AuditReport {
    AuditSnapshot audit; ///< the audit with its checklist and transitions
    struct ScopeClause {
        ClauseLink clause;
        std::string titleEn;
        std::string titleZh;
    };
    std::vector<ScopeClause> scope; ///< the audited clauses with their titles
    ChecklistTally tally;
    std::vector<FindingRow> findings; ///< raised in the audit, in list order
    std::vector<IndependenceFlag> independence;
};

[[nodiscard]] AuditReport buildAuditReport(Workspace& ws, std::int64_t auditId);

} // namespace cw
