#pragma once

#include "assessment/AssessmentTypes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cw {

class Workspace;
class WriteContext;

/// One gap-analysis assessment of the engagement (baseline, follow-up, pre-audit ...).
struct Assessment {
    std::int64_t id = 0;
    std::string name;
    std::string date; ///< YYYY-MM-DD
    std::vector<std::string> assessors;
    std::vector<std::string> catalogs; ///< catalog ids, in the user's order
    std::string scopeNote;
    bool operator==(const Assessment&) const = default;
};

inline constexpr const char* kDefaultAssessmentCatalog = "iso20000-1:2018";

/// What a new assessment needs. An empty catalog list means 20000-1:2018.
struct NewAssessment {
    std::string name;
    std::string date;
    std::vector<std::string> assessors;
    std::vector<std::string> catalogs;
    std::string scopeNote;
};

/// Every assessment, oldest first (by date, then by creation).
[[nodiscard]] std::vector<Assessment> listAssessments(Workspace& ws);
[[nodiscard]] std::optional<Assessment> findAssessment(Workspace& ws, std::int64_t id);
/// Error(NotFound) naming the id when absent.
[[nodiscard]] Assessment loadAssessment(Workspace& ws, std::int64_t id);
/// By exact name; Error(NotFound) listing the names there are.
[[nodiscard]] Assessment assessmentByName(Workspace& ws, const std::string& name);
/// The newest assessment (latest date); Error(NotFound) when the workspace has none.
[[nodiscard]] Assessment latestAssessment(Workspace& ws);

/// Creates an assessment as one action and returns its id. Built-in catalogs the workspace does
/// not hold yet are copied into it first (same action). Error(InvalidInput) for an empty or
/// taken name, a malformed date or an unknown catalog.
std::int64_t createAssessment(Workspace& ws, const NewAssessment& init);

enum class AssessmentField { Name, Date, Assessors, ScopeNote };
[[nodiscard]] std::string_view fieldKey(AssessmentField f);
/// The field as text (assessors one per line), for undo.
[[nodiscard]] std::string assessmentField(const Assessment& a, AssessmentField f);
/// Sets one field as one action (assessors: one name per line); a no-op when unchanged.
void setAssessmentField(Workspace& ws, std::int64_t id, AssessmentField field, const std::string& value);

/// Adds a catalog to the assessment's scope (copying a built-in one into the workspace if needed).
void addAssessmentCatalog(Workspace& ws, std::int64_t id, const std::string& catalogId);
/// Removes a catalog from the scope; refused while results or actions of it exist.
void removeAssessmentCatalog(Workspace& ws, std::int64_t id, const std::string& catalogId);

/// Deletes the assessment with its results, evidence links and actions, as one action.
/// Capture snapshotAssessment() first to undo it.
void deleteAssessment(Workspace& ws, std::int64_t id);

// --- Lower-level steps for use inside an action (interchange, import, restore). -----------------

/// Validates and inserts; `id` 0 lets the database choose. Returns the id.
std::int64_t insertAssessment(WriteContext& ctx, const Assessment& a);
/// Checks the fields shared by create and import; throws Error(InvalidInput) starting with `where`.
void validateAssessment(const Assessment& a, const std::string& where);
/// One name per line, trimmed, empty lines dropped.
[[nodiscard]] std::vector<std::string> splitLines(const std::string& text);
[[nodiscard]] std::string joinLines(const std::vector<std::string>& lines);

} // namespace cw
