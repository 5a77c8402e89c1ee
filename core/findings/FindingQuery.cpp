#include "findings/FindingQuery.h"

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "findings/CorrectiveActions.h"
#include "findings/FindingStore.h"
#include "storage/Workspace.h"

#include <algorithm>

namespace cw {

bool citesClause(const std::vector<ClauseLink>& clauses, std::string_view clause)
{
    std::string_view catalog;
    std::string_view ref = clause;
    if (const auto space = clause.find(' '); space != std::string_view::npos) {
        catalog = clause.substr(0, space);
        ref = clause.substr(space + 1);
    }
    if (ref.empty())
        return false;
    for (const ClauseLink& c : clauses) {
        if (!catalog.empty() && c.catalogId != catalog)
            continue;
        const std::string_view have = c.ref;
        // Equal, or below it: "8.6" selects "8.6.1" but not "8.60"; "A.5" selects "A.5.24".
        if (have == ref ||
            (have.size() > ref.size() && have.substr(0, ref.size()) == ref && have[ref.size()] == '.'))
            return true;
    }
    return false;
}

bool findingMatches(const FindingRow& row, const FindingFilter& filter)
{
    const Finding& f = row.finding;
    return (!filter.type || f.type == *filter.type) && (!filter.state || f.state == *filter.state) &&
           (!filter.auditId || f.auditId == filter.auditId) && (!filter.openOnly || row.open()) &&
           (filter.clause.empty() || citesClause(f.clauses, filter.clause)) &&
           (!filter.overdueOnly || row.overdue);
}

std::vector<FindingRow> listFindings(Workspace& ws, const FindingFilter& filter)
{
    auto& db = ws.db();
    const Date today = ws.clock().today();
    std::vector<FindingRow> out;
    // One query per table, not per finding: the register of a large engagement has thousands.
    const auto actions = findingstore::readAllActions(db);
    const auto verificationsOf = findingstore::readAllVerifications(db);
    const auto audits = findingstore::auditCodes(db);
    static const std::vector<CorrectiveAction> kNoActions;
    static const std::vector<Verification> kNoVerifications;
    for (auto& f : findingstore::readFindings(db)) {
        FindingRow row;
        if (f.auditId)
            if (const auto it = audits.find(*f.auditId); it != audits.end())
                row.auditCode = it->second;
        const auto vit = verificationsOf.find(f.id);
        const auto& verifications = vit == verificationsOf.end() ? kNoVerifications : vit->second;
        const int round =
            1 + static_cast<int>(std::count_if(verifications.begin(), verifications.end(),
                                               [](const Verification& v) { return !v.effective; }));
        const auto ait = actions.find(f.id);
        const auto& own = ait == actions.end() ? kNoActions : ait->second;
        std::vector<const CorrectiveAction*> planned;
        for (const auto& a : own) {
            if (a.state == ActionState::Planned && f.state != FindingState::Closed)
                planned.push_back(&a);
            if (a.round != round || a.state == ActionState::Cancelled)
                continue;
            ++row.activeActions;
            if (a.state == ActionState::Planned && !a.dueDate.empty() &&
                (row.nextDue.empty() || a.dueDate < row.nextDue))
                row.nextDue = a.dueDate;
            if (f.state != FindingState::Closed && isOverdue(a, today))
                ++row.overdueActions;
        }
        // Owners by due date (undated last), as openCorrectiveActions() lists the actions.
        std::stable_sort(planned.begin(), planned.end(),
                         [](const CorrectiveAction* x, const CorrectiveAction* y) {
                             if (x->dueDate.empty() != y->dueDate.empty())
                                 return y->dueDate.empty();
                             return x->dueDate < y->dueDate;
                         });
        for (const CorrectiveAction* a : planned)
            if (!a->owner.empty() && std::find(row.plannedOwners.begin(), row.plannedOwners.end(),
                                               a->owner) == row.plannedOwners.end())
                row.plannedOwners.push_back(a->owner);
        row.overdue = row.overdueActions > 0;
        row.finding = std::move(f);
        if (findingMatches(row, filter))
            out.push_back(std::move(row));
    }
    std::stable_sort(out.begin(), out.end(), [](const FindingRow& x, const FindingRow& y) {
        if (x.open() != y.open())
            return x.open();
        if (x.finding.type != y.finding.type)
            return x.finding.type < y.finding.type;
        if (x.overdue != y.overdue)
            return x.overdue;
        return refLess(x.finding.code, y.finding.code); // NC-2026-999 before NC-2026-1000
    });
    return out;
}

FindingCounts countFindings(const std::vector<FindingRow>& rows)
{
    FindingCounts c;
    for (const auto& row : rows) {
        ++c.total;
        const bool open = row.open();
        switch (row.finding.type) {
        case FindingType::Major:
            c.openMajor += open ? 1 : 0;
            break;
        case FindingType::Minor:
            c.openMinor += open ? 1 : 0;
            break;
        case FindingType::Observation:
            c.openObservations += open ? 1 : 0;
            break;
        case FindingType::Improvement:
            c.openImprovements += open ? 1 : 0;
            break;
        case FindingType::Positive:
            ++c.positive;
            break;
        }
        c.closed += open ? 0 : 1;
        c.overdueActions += row.overdueActions;
        c.overdueFindings += row.overdue ? 1 : 0;
    }
    return c;
}

FindingCounts findingCounts(Workspace& ws)
{
    return countFindings(listFindings(ws));
}

std::vector<CorrectiveActionRow> openCorrectiveActions(Workspace& ws, bool overdueOnly)
{
    auto& db = ws.db();
    const Date today = ws.clock().today();
    std::vector<CorrectiveActionRow> out;
    auto actions = findingstore::readAllActions(db);
    for (const auto& f : findingstore::readFindings(db)) {
        if (f.state == FindingState::Closed)
            continue;
        const auto it = actions.find(f.id);
        if (it == actions.end())
            continue;
        for (auto& a : it->second) {
            if (a.state != ActionState::Planned)
                continue;
            CorrectiveActionRow row;
            row.overdue = isOverdue(a, today);
            if (overdueOnly && !row.overdue)
                continue;
            row.action = std::move(a);
            row.findingCode = f.code;
            row.findingType = f.type;
            row.findingTitle = f.title;
            out.push_back(std::move(row));
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const CorrectiveActionRow& x, const CorrectiveActionRow& y) {
        if (x.action.dueDate != y.action.dueDate) {
            if (x.action.dueDate.empty() || y.action.dueDate.empty())
                return y.action.dueDate.empty();
            return x.action.dueDate < y.action.dueDate;
        }
        return refLess(x.findingCode, y.findingCode);
    });
    return out;
}

} // namespace cw
