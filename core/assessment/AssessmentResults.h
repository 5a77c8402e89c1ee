#pragma once

#include "assessment/AssessmentTypes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

class Workspace;
class WriteContext;

/// What was recorded for one assessable requirement in one assessment. A requirement nobody
/// touched has no stored row and reads as the default (not_assessed, everything empty).
struct RequirementResult {
    RequirementKey key;
    AssessmentStatus status = AssessmentStatus::NotAssessed;
    std::optional<int> maturity; ///< 0-5
    std::string justification;   ///< why not_applicable (required for it)
    std::string notes;           ///< findings
    std::string interviewed;     ///< people interviewed
    std::string evidence;        ///< evidence seen, free text
    std::string gap;
    std::string recommendation;
    bool stored = false; ///< whether the workspace holds a row for it
    /// Equal content (ignores `stored`).
    [[nodiscard]] bool sameContent(const RequirementResult& o) const;
};

enum class ResultField { Status, Maturity, Justification, Notes, Interviewed, Evidence, Gap, Recommendation };

/// "status", "maturity", "justification", "notes", "interviewed", "evidence", "gap", "recommendation".
[[nodiscard]] std::string_view fieldKey(ResultField f);
[[nodiscard]] std::optional<ResultField> resultFieldFromKey(std::string_view key);
[[nodiscard]] const std::vector<ResultField>& allResultFields();
/// The field as text: the status key, the maturity digit or "" when none, else the text.
[[nodiscard]] std::string resultField(const RequirementResult& r, ResultField f);

/// The requirement's result (the default when untouched). Error(NotFound/InvalidInput) when the
/// requirement is not an assessable requirement of one of the assessment's catalogs.
[[nodiscard]] RequirementResult loadResult(Workspace& ws, std::int64_t assessmentId,
                                           const RequirementKey& key);
/// Every stored result of the assessment, in catalog then clause order.
[[nodiscard]] std::vector<RequirementResult> listResults(Workspace& ws, std::int64_t assessmentId);

/// Sets one field from its text form (see resultField()) as one action; a no-op when unchanged.
/// Setting the status to not_applicable needs a justification already recorded: use
/// setResultStatus() to give both at once.
void setResultField(Workspace& ws, std::int64_t assessmentId, const RequirementKey& key, ResultField field,
                    const std::string& value);
/// Sets the status, and for not_applicable its justification (required), as one action.
void setResultStatus(Workspace& ws, std::int64_t assessmentId, const RequirementKey& key,
                     AssessmentStatus status, const std::string& justification = {});
/// Writes every field of `result` as one action (undo of several fields, imports).
void saveResult(Workspace& ws, std::int64_t assessmentId, const RequirementResult& result);

/// One row of the worksheet the GUI shows: every requirement of the assessment's catalogs in
/// tree order (headings too, with assessable = false), with its result.
struct WorksheetRow {
    RequirementKey key;
    std::optional<std::string> parent;
    std::string titleEn;
    std::string titleZh;
    int depth = 0;
    bool assessable = false;
    RequirementResult result; ///< default for headings and untouched requirements
    int activeActions = 0;    ///< open or in-progress actions
    int actions = 0;          ///< all actions
    bool requiresDocumentedInfo = false;
    bool exclusionFlagged = false; ///< not_applicable where no exclusion is permitted
};
[[nodiscard]] std::vector<WorksheetRow> assessmentWorksheet(Workspace& ws, std::int64_t assessmentId);

// --- Inside an action. ----------------------------------------------------------------------------

/// Checks that `key` is an assessable requirement of a catalog the assessment covers.
void requireAssessable(Workspace& ws, std::int64_t assessmentId, const RequirementKey& key);
/// Validates `result` (maturity range, not_applicable justification) and stores it, recording
/// each changed field. Throws Error(InvalidInput) starting with the requirement's ref.
void writeResult(WriteContext& ctx, std::int64_t assessmentId, const RequirementResult& result);
/// The validation writeResult() does, without writing.
void validateResult(const RequirementResult& result);

} // namespace cw
