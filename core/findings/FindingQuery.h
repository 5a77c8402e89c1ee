#pragma once

#include "findings/Finding.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

class Workspace;

/// One finding as lists show it.
struct FindingRow {
    Finding finding;
    std::string auditCode;
    int activeActions = 0;  ///< planned or implemented, current round
    int overdueActions = 0; ///< planned with a due date before today
    bool overdue = false;   ///< not closed and at least one overdue action
    std::string nextDue;    ///< earliest due date of a planned action of the current round ("" when none)
    /// Owners of the planned actions of a finding that is not closed, each once, by due date
    /// (undated last).
    std::vector<std::string> plannedOwners;
    [[nodiscard]] bool open() const { return finding.state != FindingState::Closed; }
};

struct FindingFilter {
    std::optional<FindingType> type;
    std::optional<FindingState> state;
    std::optional<std::int64_t> auditId;
    bool openOnly = false;    ///< not closed
    bool overdueOnly = false; ///< with an overdue corrective action
    /// Only findings citing this clause or a clause under it: "8.6" matches 8.6 and 8.6.1, of any
    /// catalog; "iso27001:2022 A.5" (catalog id, a space, the ref) only that catalog's. Empty: all.
    std::string clause;
};

/// Whether `clauses` holds one the filter's `clause` selects (see FindingFilter::clause).
[[nodiscard]] bool citesClause(const std::vector<ClauseLink>& clauses, std::string_view clause);

/// Whether a row read with listFindings() passes `filter` (to filter rows already read).
[[nodiscard]] bool findingMatches(const FindingRow& row, const FindingFilter& filter);

/// Findings in the order a project lead reads them: open before closed; then major, minor,
/// observation, improvement, positive; overdue first; then by code, numbers by value.
[[nodiscard]] std::vector<FindingRow> listFindings(Workspace& ws, const FindingFilter& filter = {});

/// The figures of the dashboard and the readiness report. "Open" means not closed.
struct FindingCounts {
    int openMajor = 0;
    int openMinor = 0;
    int openObservations = 0;
    int openImprovements = 0;
    int positive = 0;
    int closed = 0;
    int total = 0;
    int overdueActions = 0; ///< corrective actions planned with a due date before today, of open findings
    int overdueFindings = 0;
    bool operator==(const FindingCounts&) const = default;
};
[[nodiscard]] FindingCounts findingCounts(Workspace& ws);
/// The same figures from rows already read with listFindings() (unfiltered).
[[nodiscard]] FindingCounts countFindings(const std::vector<FindingRow>& rows);

/// A corrective action with its finding, for "overdue actions" lists.
struct CorrectiveActionRow {
    CorrectiveAction action;
    std::string findingCode;
    FindingType findingType = FindingType::Minor;
    std::string findingTitle;
    bool overdue = false;
};
/// Planned actions of open findings (only overdue ones when asked), by due date, then finding code.
[[nodiscard]] std::vector<CorrectiveActionRow> openCorrectiveActions(Workspace& ws, bool overdueOnly = false);

} // namespace cw
