#include "assessment/AssessmentActions.h"

#include "assessment/Assessment.h"
#include "assessment/AssessmentResults.h"
#include "common/Error.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <array>

namespace cw {

namespace {

constexpr std::array<std::pair<ActionField, std::string_view>, 6> kFields{{
    {ActionField::Title, "title"},
    {ActionField::Owner, "owner"},
    {ActionField::DueDate, "due_date"},
    {ActionField::Priority, "priority"},
    {ActionField::Status, "status"},
    {ActionField::Notes, "notes"},
}};

constexpr const char* kColumns =
    "a.id, a.assessment_id, a.catalog_id, a.ref, a.title, a.owner, a.due_date, a.priority, "
    "a.status, a.notes";

GapAction actionFromRow(SQLite::Statement& q)
{
    GapAction a;
    a.id = q.getColumn(0).getInt64();
    a.assessmentId = q.getColumn(1).getInt64();
    a.key = {q.getColumn(2).getString(), q.getColumn(3).getString()};
    a.title = q.getColumn(4).getString();
    a.owner = q.getColumn(5).getString();
    a.dueDate = q.getColumn(6).isNull() ? std::string() : q.getColumn(6).getString();
    a.priority = actionPriorityFromString(q.getColumn(7).getString()).value_or(ActionPriority::Medium);
    a.status = actionStatusFromString(q.getColumn(8).getString()).value_or(ActionStatus::Open);
    a.notes = q.getColumn(9).getString();
    return a;
}

std::string trim(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

void applyField(GapAction& a, ActionField f, const std::string& value)
{
    switch (f) {
    case ActionField::Title:
        a.title = trim(value);
        break;
    case ActionField::Owner:
        a.owner = trim(value);
        break;
    case ActionField::DueDate:
        a.dueDate = trim(value);
        break;
    case ActionField::Priority: {
        const auto p = actionPriorityFromString(value);
        if (!p)
            throw Error(ErrorCode::InvalidInput,
                        "action priority: choose high, medium or low, not '" + value + "'");
        a.priority = *p;
        break;
    }
    case ActionField::Status: {
        const auto s = actionStatusFromString(value);
        if (!s)
            throw Error(ErrorCode::InvalidInput,
                        "action status: choose open, in_progress, done or cancelled, not '" + value + "'");
        a.status = *s;
        break;
    }
    case ActionField::Notes:
        a.notes = value;
        break;
    }
}

} // namespace

std::string_view fieldKey(ActionField f)
{
    for (const auto& [field, key] : kFields)
        if (field == f)
            return key;
    return {};
}

std::optional<ActionField> actionFieldFromKey(std::string_view key)
{
    for (const auto& [field, k] : kFields)
        if (k == key)
            return field;
    return std::nullopt;
}

std::string actionField(const GapAction& a, ActionField f)
{
    switch (f) {
    case ActionField::Title:
        return a.title;
    case ActionField::Owner:
        return a.owner;
    case ActionField::DueDate:
        return a.dueDate;
    case ActionField::Priority:
        return std::string(toString(a.priority));
    case ActionField::Status:
        return std::string(toString(a.status));
    case ActionField::Notes:
        return a.notes;
    }
    return {};
}

bool isOverdue(const GapAction& a, Date today)
{
    // YYYY-MM-DD strings compare like dates.
    return isActive(a.status) && !a.dueDate.empty() && a.dueDate < formatDate(today);
}

void validateAction(const GapAction& a, const std::string& where)
{
    if (a.title.empty())
        throw Error(ErrorCode::InvalidInput, where + ": the action needs a title");
    if (!a.dueDate.empty())
        (void)parseDate(a.dueDate, where + ": the due date");
}

GapAction actionFromGap(Workspace& ws, std::int64_t assessmentId, const RequirementKey& key)
{
    const RequirementResult r = loadResult(ws, assessmentId, key);
    GapAction a;
    a.assessmentId = assessmentId;
    a.key = key;
    const std::string& source = !trim(r.recommendation).empty() ? r.recommendation : r.gap;
    a.title = trim(source.substr(0, source.find('\n')));
    a.notes = source == r.recommendation ? r.gap : std::string();
    a.priority = r.status == AssessmentStatus::Nonconformant ? ActionPriority::High : ActionPriority::Medium;
    return a;
}

std::int64_t insertAction(WriteContext& ctx, const GapAction& a)
{
    auto& ws = ctx.workspace();
    const std::string where = "action for " + a.key.ref;
    validateAction(a, where);
    requireAssessable(ws, a.assessmentId, a.key);
    SQLite::Statement q(ws.db(),
                        "INSERT INTO assessment_action(id, assessment_id, catalog_id, ref, title, owner, "
                        "due_date, priority, status, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (a.id > 0)
        q.bind(1, a.id);
    else
        q.bind(1);
    q.bind(2, a.assessmentId);
    q.bind(3, a.key.catalogId);
    q.bind(4, a.key.ref);
    q.bind(5, a.title);
    q.bind(6, a.owner);
    if (a.dueDate.empty())
        q.bind(7);
    else
        q.bind(7, a.dueDate);
    q.bind(8, std::string(toString(a.priority)));
    q.bind(9, std::string(toString(a.status)));
    q.bind(10, a.notes);
    q.exec();
    const std::int64_t id = ws.db().getLastInsertRowid();
    const std::string eid = std::to_string(id);
    ctx.record(kActionEntity, eid, "requirement", std::nullopt, resultEntityId(a.assessmentId, a.key));
    for (const auto& [field, key] : kFields) {
        const auto v = actionField(a, field);
        if (!v.empty())
            ctx.record(kActionEntity, eid, key, std::nullopt, v);
    }
    return id;
}

std::int64_t createAction(Workspace& ws, const GapAction& action)
{
    GapAction a = action;
    a.title = trim(a.title);
    a.owner = trim(a.owner);
    a.dueDate = trim(a.dueDate);
    return ws.write("Create action " + a.title, [&](WriteContext& ctx) { return insertAction(ctx, a); });
}

GapAction loadAction(Workspace& ws, std::int64_t id)
{
    SQLite::Statement q(ws.db(),
                        std::string("SELECT ") + kColumns + " FROM assessment_action a WHERE a.id = ?");
    q.bind(1, id);
    if (!q.executeStep())
        throw Error(ErrorCode::NotFound, "the workspace holds no action with id " + std::to_string(id));
    return actionFromRow(q);
}

void setActionField(Workspace& ws, std::int64_t id, ActionField field, const std::string& value)
{
    const std::string key(fieldKey(field));
    ws.write("Edit action " + key, [&](WriteContext& ctx) {
        GapAction a = loadAction(ws, id);
        const std::string old = actionField(a, field);
        applyField(a, field, value);
        const std::string now = actionField(a, field);
        if (now == old)
            return;
        validateAction(a, "action " + std::to_string(id));
        SQLite::Statement q(ws.db(), "UPDATE assessment_action SET " + key + " = ? WHERE id = ?");
        if (field == ActionField::DueDate && now.empty())
            q.bind(1);
        else
            q.bind(1, now);
        q.bind(2, id);
        q.exec();
        ctx.record(kActionEntity, std::to_string(id), key, old, now);
    });
}

void deleteAction(Workspace& ws, std::int64_t id)
{
    const GapAction a = loadAction(ws, id);
    ws.write("Delete action " + a.title, [&](WriteContext& ctx) {
        SQLite::Statement q(ws.db(), "DELETE FROM assessment_action WHERE id = ?");
        q.bind(1, id);
        q.exec();
        ctx.record(kActionEntity, std::to_string(id), "removed", a.title, std::nullopt);
    });
}

std::vector<ActionListItem> listActions(Workspace& ws, const ActionQuery& query)
{
    std::string sql = std::string("SELECT ") + kColumns +
                      ", s.name, s.assessed_on, r.title_en, r.title_zh FROM assessment_action a "
                      "JOIN assessment s ON s.id = a.assessment_id "
                      "JOIN requirement r ON r.catalog_id = a.catalog_id AND r.ref = a.ref";
    if (query.assessmentId)
        sql += " WHERE a.assessment_id = ?";
    sql += " ORDER BY a.id";
    SQLite::Statement q(ws.db(), sql);
    if (query.assessmentId)
        q.bind(1, *query.assessmentId);
    const Date today = ws.clock().today();
    std::vector<ActionListItem> out;
    while (q.executeStep()) {
        ActionListItem item;
        item.action = actionFromRow(q);
        item.assessmentName = q.getColumn(10).getString();
        item.assessmentDate = q.getColumn(11).getString();
        item.requirementTitleEn = q.getColumn(12).getString();
        item.requirementTitleZh = q.getColumn(13).getString();
        item.overdue = isOverdue(item.action, today);
        if (query.activeOnly && !isActive(item.action.status))
            continue;
        if (query.overdueOnly && !item.overdue)
            continue;
        out.push_back(std::move(item));
    }
    std::stable_sort(out.begin(), out.end(), [](const ActionListItem& x, const ActionListItem& y) {
        if (x.overdue != y.overdue)
            return x.overdue;
        const bool xActive = isActive(x.action.status), yActive = isActive(y.action.status);
        if (xActive != yActive)
            return xActive;
        if (x.action.dueDate != y.action.dueDate) {
            if (x.action.dueDate.empty() || y.action.dueDate.empty())
                return y.action.dueDate.empty();
            return x.action.dueDate < y.action.dueDate;
        }
        return x.action.priority < y.action.priority;
    });
    return out;
}

std::vector<GapAction> actionsFor(Workspace& ws, std::int64_t assessmentId, const RequirementKey& key)
{
    SQLite::Statement q(ws.db(),
                        std::string("SELECT ") + kColumns +
                            " FROM assessment_action a WHERE a.assessment_id = ? AND a.catalog_id = ? "
                            "AND a.ref = ? ORDER BY a.id");
    q.bind(1, assessmentId);
    q.bind(2, key.catalogId);
    q.bind(3, key.ref);
    std::vector<GapAction> out;
    while (q.executeStep())
        out.push_back(actionFromRow(q));
    return out;
}

} // namespace cw
