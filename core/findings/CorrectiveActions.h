#pragma once

#include "common/Clock.h"
#include "findings/Finding.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cw {

class Workspace;

/// The corrective actions of a nonconformity. They can be added, edited and removed while the
/// finding is open, has its correction recorded or has its action planned, and only in the current
/// round (earlier rounds are the record of plans that verification found ineffective). Every
/// change keeps the finding's state consistent (e.g. the last action of a planned finding cannot
/// be cancelled). Each function is one action of the workspace.

/// Adds an action to the finding's current round and returns its id (`id` set: restores a deleted
/// action under its id and round).
std::int64_t addCorrectiveAction(Workspace& ws, std::int64_t findingId, const CorrectiveAction& action);
/// Error(NotFound) when absent.
[[nodiscard]] CorrectiveAction loadCorrectiveAction(Workspace& ws, std::int64_t id);

enum class CorrectiveActionField { Description, Owner, DueDate, State, ImplementedOn, Notes };
/// "description", "owner", "due_date", "state", "implemented_on", "notes".
[[nodiscard]] std::string_view fieldKey(CorrectiveActionField f);
[[nodiscard]] std::optional<CorrectiveActionField> correctiveActionFieldFromKey(std::string_view key);
[[nodiscard]] std::string correctiveActionField(const CorrectiveAction& a, CorrectiveActionField f);
/// Sets one field as one action; a no-op when unchanged. State "implemented" sets the
/// implementation date to today when none is given; another state clears it. The implementation
/// date can be changed only while implemented.
void setCorrectiveActionField(Workspace& ws, std::int64_t id, CorrectiveActionField field,
                              const std::string& value);
/// Marks the action implemented on `date` (empty: today), with a note appended when given.
void implementCorrectiveAction(Workspace& ws, std::int64_t id, const std::string& date = {},
                               const std::string& note = {});
/// Deletes the action as one action and returns it (undo: addCorrectiveAction() with it).
CorrectiveAction deleteCorrectiveAction(Workspace& ws, std::int64_t id);

/// Planned (not implemented, not cancelled) with a due date before `today`.
[[nodiscard]] bool isOverdue(const CorrectiveAction& a, Date today);
/// Checks the fields that need no database; Error(InvalidInput) starting with `where`.
void validateCorrectiveAction(const CorrectiveAction& a, const std::string& where);

} // namespace cw
