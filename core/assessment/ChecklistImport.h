#pragma once

#include "assessment/AssessmentResults.h"
#include "assessment/AssessmentTypes.h"
#include "assessment/Spreadsheet.h"
#include "common/Progress.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cw {

class Workspace;

/// What a column of an existing checklist holds.
enum class ChecklistField {
    Ref,
    Status,
    Maturity,
    Notes,
    Interviewed,
    Evidence,
    Gap,
    Recommendation,
    Justification
};
/// "ref", "status", "maturity", "notes", "interviewed", "evidence", "gap", "recommendation", "justification".
[[nodiscard]] std::string_view fieldKey(ChecklistField f);
[[nodiscard]] std::optional<ChecklistField> checklistFieldFromKey(std::string_view key);

/// The mapping step: which sheet column feeds which field, and which words mean which status.
struct ChecklistMapping {
    /// Index into Sheet::rows of the header row; nullopt when the sheet has none.
    std::optional<std::size_t> headerRow;
    std::map<std::size_t, ChecklistField> columns; ///< sheet column (0 = A) -> field
    /// The user's own status words, tried before the built-in vocabulary (compared after
    /// normalisation: case, spaces and trailing punctuation do not matter).
    std::vector<std::pair<std::string, AssessmentStatus>> statusWords;
    /// The catalog the refs belong to; empty means the assessment's first catalog.
    std::string catalogId;

    [[nodiscard]] std::optional<std::size_t> columnOf(ChecklistField f) const;
};

/// Guesses the header row and the columns from header names (English and Chinese, e.g.
/// Clause/条款, Status/状态, Notes/备注) and, for the ref, from the content.
[[nodiscard]] ChecklistMapping detectChecklistMapping(const Sheet& sheet);
/// The built-in status words ("Yes"/"符合" conformant, "Partly"/"部分符合" partial, "No"/"不符合"
/// nonconformant, "N/A"/"不适用" not_applicable ...), normalised.
[[nodiscard]] const std::vector<std::pair<std::string, AssessmentStatus>>& defaultStatusVocabulary();
/// The status a cell means, or nullopt when the word is unknown. An empty cell is not_assessed.
[[nodiscard]] std::optional<AssessmentStatus> statusFromWord(const std::string& cell,
                                                             const ChecklistMapping& mapping);
/// The clause reference in a cell: "4.1", "Clause 8.5.1.1", "A.5.1 Policies ..." ; nullopt if none.
[[nodiscard]] std::optional<std::string> extractRef(const std::string& cell);

/// One problem of the import, with where it is.
struct ImportProblem {
    std::size_t line = 0; ///< spreadsheet row; 0 for a problem of the mapping
    std::string column;   ///< e.g. "C (Status)"; empty when about the whole row
    std::string problem;
    [[nodiscard]] std::string text() const;
};

struct PreviewRow {
    std::size_t line = 0;
    RequirementResult result; ///< what would be stored
    bool replaces = false;    ///< changes a result already recorded
    std::vector<ImportProblem> problems;
};

struct ChecklistPreview {
    std::string catalogId;
    std::vector<PreviewRow> rows;          ///< rows that hold a requirement (with or without problems)
    std::vector<std::size_t> skippedLines; ///< heading and empty rows
    std::vector<ImportProblem> problems;   ///< every problem, mapping first, then by line
    [[nodiscard]] bool ok() const { return problems.empty(); }
};

/// Parses the sheet with the mapping, without writing anything.
[[nodiscard]] ChecklistPreview previewChecklist(Workspace& ws, std::int64_t assessmentId, const Sheet& sheet,
                                                const ChecklistMapping& mapping);

/// Imports every row as one action, or nothing: Error(InvalidInput) listing every problem (line,
/// column, problem), one per line. Empty cells leave recorded values as they are. Returns the
/// number of requirements written. `progress` hears of the rows written (every few dozen) and
/// can stop the import: Cancelled, nothing written.
std::size_t importChecklist(Workspace& ws, std::int64_t assessmentId, const Sheet& sheet,
                            const ChecklistMapping& mapping, const Progress& progress = {});

} // namespace cw
