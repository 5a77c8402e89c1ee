#pragma once

#include "audit/Audit.h"

#include <optional>
#include <string>
#include <vector>

namespace cw {

class Workspace;

/// An auditor who would audit their own work (ISO/IEC 20000-1 9.2: auditors are objective and
/// impartial). The rule, documented in docs/audits.md: the owner of an audited process is
///  - the owner of a document of the register linked to an audited clause or to a clause below
///    it (the document register's owner and clause links), or
///  - a name in the audit's declared process owners.
/// An auditor (the lead or a team member) whose name matches such an owner is flagged; names
/// match when personKey() is equal (case, surrounding spaces and a note in parentheses ignored).
struct IndependenceFlag {
    std::string auditor;                      ///< as written on the audit
    std::string owner;                        ///< as written on the document or among the declared owners
    std::string documentCode;                 ///< empty for a declared process owner
    std::optional<ClauseLink> auditedClause;  ///< the audited clause the document falls under
    std::optional<ClauseLink> documentClause; ///< the clause the document is linked to
    bool operator==(const IndependenceFlag&) const = default;
};

/// Flags of the audit, one per auditor and document (or declared owner), in team order, then
/// document code.
[[nodiscard]] std::vector<IndependenceFlag> independenceFlags(Workspace& ws, const Audit& audit);

/// One English sentence: "Wang Lei audits 8.6 but owns SMS-L2-INC-01 (linked to 8.6.1)" or
/// "Wang Lei is a declared owner of an audited process".
[[nodiscard]] std::string describe(const IndependenceFlag& flag);

} // namespace cw
