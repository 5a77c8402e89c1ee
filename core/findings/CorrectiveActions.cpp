#include "findings/CorrectiveActions.h"

#include "audit/AuditTypes.h"
#include "common/Error.h"
#include "findings/FindingLifecycle.h"
#include "findings/FindingStore.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <array>

namespace cw {

namespace {

constexpr std::array<std::pair<CorrectiveActionField, std::string_view>, 6> kFields{{
    {CorrectiveActionField::Description, "description"},
    {CorrectiveActionField::Owner, "owner"},
    {CorrectiveActionField::DueDate, "due_date"},
    {CorrectiveActionField::State, "state"},
    {CorrectiveActionField::ImplementedOn, "implemented_on"},
    {CorrectiveActionField::Notes, "notes"},
}};

std::int64_t findingOf(Workspace& ws, std::int64_t actionId)
{
    SQLite::Statement q(ws.db(), "SELECT finding_id FROM corrective_action WHERE id = ?");
    q.bind(1, actionId);
    if (!q.executeStep())
        throw Error(ErrorCode::NotFound,
                    "the workspace holds no corrective action with id " + std::to_string(actionId));
    return q.getColumn(0).getInt64();
}

/// Error(InvalidInput) unless the finding's corrective actions (of the current round) may change.
void requireEditable(const FindingSnapshot& s, const CorrectiveAction* action)
{
    const Finding& f = s.finding;
    const std::string where = "finding " + f.code;
    if (!isNonconformity(f.type))
        throw Error(ErrorCode::InvalidInput, where + ": only a nonconformity has corrective actions");
    if (f.state != FindingState::Open && f.state != FindingState::CorrectionRecorded &&
        f.state != FindingState::ActionPlanned)
        throw Error(ErrorCode::InvalidInput, where + " is " + stateWords(f.state) +
                                                 "; its corrective actions can no longer be changed");
    if (action && action->round < s.round())
        throw Error(ErrorCode::InvalidInput,
                    where + ": corrective action '" + action->description + "' belongs to round " +
                        std::to_string(action->round) +
                        ", which a failed verification ended; plan a new action instead");
}

/// Refuses a change that leaves the finding's state without the data it needs.
void requireConsistent(const FindingSnapshot& s)
{
    if (const auto problem = stateProblem(s))
        throw Error(ErrorCode::InvalidInput, *problem);
}

void replaceIn(FindingSnapshot& s, const CorrectiveAction& a)
{
    for (auto& x : s.actions)
        if (x.id == a.id)
            x = a;
}

} // namespace

std::string_view fieldKey(CorrectiveActionField f)
{
    for (const auto& [field, key] : kFields)
        if (field == f)
            return key;
    return {};
}

std::optional<CorrectiveActionField> correctiveActionFieldFromKey(std::string_view key)
{
    for (const auto& [field, k] : kFields)
        if (k == key)
            return field;
    return std::nullopt;
}

std::string correctiveActionField(const CorrectiveAction& a, CorrectiveActionField f)
{
    switch (f) {
    case CorrectiveActionField::Description:
        return a.description;
    case CorrectiveActionField::Owner:
        return a.owner;
    case CorrectiveActionField::DueDate:
        return a.dueDate;
    case CorrectiveActionField::State:
        return std::string(toString(a.state));
    case CorrectiveActionField::ImplementedOn:
        return a.implementedOn;
    case CorrectiveActionField::Notes:
        return a.notes;
    }
    return {};
}

bool isOverdue(const CorrectiveAction& a, Date today)
{
    return a.state == ActionState::Planned && !a.dueDate.empty() && a.dueDate < formatDate(today);
}

void validateCorrectiveAction(const CorrectiveAction& a, const std::string& where)
{
    if (trimmed(a.description).empty())
        throw Error(ErrorCode::InvalidInput, where + ": a corrective action needs a description");
    if (a.round < 1)
        throw Error(ErrorCode::InvalidInput, where + ": the round of a corrective action starts at 1");
    requireDateOrEmpty(a.dueDate, where + ": the due date");
    requireDateOrEmpty(a.implementedOn, where + ": the implementation date");
    if ((a.state == ActionState::Implemented) != !a.implementedOn.empty())
        throw Error(ErrorCode::InvalidInput,
                    a.implementedOn.empty()
                        ? where + ": an implemented action has an implementation date"
                        : where + ": only an implemented action has an implementation date");
}

CorrectiveAction loadCorrectiveAction(Workspace& ws, std::int64_t id)
{
    for (auto& a : findingstore::readActions(ws.db(), findingOf(ws, id)))
        if (a.id == id)
            return a;
    throw Error(ErrorCode::NotFound,
                "the workspace holds no corrective action with id " + std::to_string(id));
}

std::int64_t addCorrectiveAction(Workspace& ws, std::int64_t findingId, const CorrectiveAction& input)
{
    return ws.write("Add corrective action", [&](WriteContext& ctx) {
        FindingSnapshot s = snapshotFinding(ws, findingId);
        CorrectiveAction a = input;
        a.findingId = findingId;
        a.description = trimmed(a.description);
        a.owner = trimmed(a.owner);
        a.dueDate = trimmed(a.dueDate);
        if (a.id <= 0 || a.round < 1)
            a.round = s.round();
        requireEditable(s, &a);
        validateCorrectiveAction(a, "finding " + s.finding.code);
        s.actions.push_back(a);
        requireConsistent(s);
        const std::int64_t id = findingstore::writeAction(ws.db(), a);
        const std::string eid = std::to_string(id);
        ctx.record(kCorrectiveActionEntity, eid, "finding", std::nullopt, s.finding.code);
        ctx.record(kCorrectiveActionEntity, eid, "round", std::nullopt, std::to_string(a.round));
        for (const auto& [field, key] : kFields) {
            const auto v = correctiveActionField(a, field);
            if (!v.empty())
                ctx.record(kCorrectiveActionEntity, eid, key, std::nullopt, v);
        }
        return id;
    });
}

void setCorrectiveActionField(Workspace& ws, std::int64_t id, CorrectiveActionField field,
                              const std::string& value)
{
    const std::string key(fieldKey(field));
    ws.write("Edit corrective action " + key, [&](WriteContext& ctx) {
        const CorrectiveAction before = loadCorrectiveAction(ws, id);
        CorrectiveAction after = before;
        const std::string v = field == CorrectiveActionField::Notes ? value : trimmed(value);
        switch (field) {
        case CorrectiveActionField::Description:
            after.description = v;
            break;
        case CorrectiveActionField::Owner:
            after.owner = v;
            break;
        case CorrectiveActionField::DueDate:
            after.dueDate = v;
            break;
        case CorrectiveActionField::State: {
            const auto st = actionStateFromString(v);
            if (!st)
                throw Error(ErrorCode::InvalidInput,
                            "corrective action state: choose planned, implemented or cancelled, not '" +
                                value + "'");
            after.state = *st;
            if (*st != ActionState::Implemented)
                after.implementedOn.clear();
            else if (before.state != ActionState::Implemented)
                after.implementedOn = formatDate(ws.clock().today());
            break;
        }
        case CorrectiveActionField::ImplementedOn:
            if (before.state != ActionState::Implemented && !v.empty())
                throw Error(ErrorCode::InvalidInput,
                            "corrective action '" + before.description +
                                "': mark it implemented to give its implementation date");
            after.implementedOn = v;
            break;
        case CorrectiveActionField::Notes:
            after.notes = v;
            break;
        }
        if (after == before)
            return;
        FindingSnapshot s = snapshotFinding(ws, before.findingId);
        requireEditable(s, &before);
        validateCorrectiveAction(after, "finding " + s.finding.code);
        replaceIn(s, after);
        requireConsistent(s);
        (void)findingstore::writeAction(ws.db(), after);
        const std::string eid = std::to_string(id);
        for (const auto& [f, k] : kFields) {
            const auto o = correctiveActionField(before, f);
            const auto n = correctiveActionField(after, f);
            if (o != n)
                ctx.record(kCorrectiveActionEntity, eid, k, o, n);
        }
    });
}

void implementCorrectiveAction(Workspace& ws, std::int64_t id, const std::string& date,
                               const std::string& note)
{
    ws.write("Implement corrective action", [&](WriteContext& ctx) {
        const CorrectiveAction before = loadCorrectiveAction(ws, id);
        CorrectiveAction after = before;
        after.state = ActionState::Implemented;
        after.implementedOn = trimmed(date).empty() ? formatDate(ws.clock().today()) : trimmed(date);
        if (!trimmed(note).empty())
            after.notes = before.notes.empty() ? note : before.notes + "\n" + note;
        FindingSnapshot s = snapshotFinding(ws, before.findingId);
        requireEditable(s, &before);
        validateCorrectiveAction(after, "finding " + s.finding.code);
        replaceIn(s, after);
        requireConsistent(s);
        (void)findingstore::writeAction(ws.db(), after);
        const std::string eid = std::to_string(id);
        for (const auto& [f, k] : kFields) {
            const auto o = correctiveActionField(before, f);
            const auto n = correctiveActionField(after, f);
            if (o != n)
                ctx.record(kCorrectiveActionEntity, eid, k, o, n);
        }
    });
}

CorrectiveAction deleteCorrectiveAction(Workspace& ws, std::int64_t id)
{
    return ws.write("Delete corrective action", [&](WriteContext& ctx) {
        const CorrectiveAction a = loadCorrectiveAction(ws, id);
        FindingSnapshot s = snapshotFinding(ws, a.findingId);
        requireEditable(s, &a);
        s.actions.erase(std::remove_if(s.actions.begin(), s.actions.end(),
                                       [&](const CorrectiveAction& x) { return x.id == id; }),
                        s.actions.end());
        requireConsistent(s);
        SQLite::Statement del(ws.db(), "DELETE FROM corrective_action WHERE id = ?");
        del.bind(1, id);
        del.exec();
        ctx.record(kCorrectiveActionEntity, std::to_string(id), "removed", a.description, std::nullopt);
        return a;
    });
}

} // namespace cw
