#pragma once

#include "assessment/AssessmentTypes.h"
#include "common/Clock.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

class Workspace;
class WriteContext;

/// An action that closes a gap: raised from one requirement of one assessment.
struct GapAction {
    std::int64_t id = 0;
    std::int64_t assessmentId = 0;
    RequirementKey key;
    std::string title;
    std::string owner;   ///< free text
    std::string dueDate; ///< YYYY-MM-DD, or empty for none
    ActionPriority priority = ActionPriority::Medium;
    ActionStatus status = ActionStatus::Open;
    std::string notes;
    bool operator==(const GapAction&) const = default;
};

enum class ActionField { Title, Owner, DueDate, Priority, Status, Notes };
/// "title", "owner", "due_date", "priority", "status", "notes".
[[nodiscard]] std::string_view fieldKey(ActionField f);
[[nodiscard]] std::optional<ActionField> actionFieldFromKey(std::string_view key);
/// The field as text (priority and status as their keys), for undo.
[[nodiscard]] std::string actionField(const GapAction& a, ActionField f);

/// Open or in progress, with a due date before `today`.
[[nodiscard]] bool isOverdue(const GapAction& a, Date today);

/// A proposal for turning the gap of `key` into an action: the recommendation (or the gap) as
/// title, high priority for a nonconformity. Not stored; pass it to createAction().
[[nodiscard]] GapAction actionFromGap(Workspace& ws, std::int64_t assessmentId, const RequirementKey& key);

/// Creates the action as one action of the workspace and returns its id (`id` is ignored unless
/// it is set, which restores a deleted action under its old id).
std::int64_t createAction(Workspace& ws, const GapAction& action);
/// Error(NotFound) when absent.
[[nodiscard]] GapAction loadAction(Workspace& ws, std::int64_t id);
/// Sets one field from its text form as one action; a no-op when unchanged.
void setActionField(Workspace& ws, std::int64_t id, ActionField field, const std::string& value);
/// Deletes it as one action; keep loadAction()'s value to undo with createAction().
void deleteAction(Workspace& ws, std::int64_t id);

struct ActionListItem {
    GapAction action;
    std::string assessmentName;
    std::string assessmentDate;
    std::string requirementTitleEn;
    std::string requirementTitleZh;
    bool overdue = false;
};

struct ActionQuery {
    std::optional<std::int64_t> assessmentId; ///< all assessments when empty
    bool activeOnly = false;                  ///< open and in progress only
    bool overdueOnly = false;
};

/// Actions across assessments: overdue first, then by due date (none last), priority, creation.
[[nodiscard]] std::vector<ActionListItem> listActions(Workspace& ws, const ActionQuery& query = {});
/// The actions of one requirement, in creation order.
[[nodiscard]] std::vector<GapAction> actionsFor(Workspace& ws, std::int64_t assessmentId,
                                                const RequirementKey& key);

// --- Inside an action. ----------------------------------------------------------------------------
void validateAction(const GapAction& a, const std::string& where);
std::int64_t insertAction(WriteContext& ctx, const GapAction& a);

} // namespace cw
