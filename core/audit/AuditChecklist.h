#pragma once

#include "audit/Audit.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

class Workspace;

/// The checklist of an audit, in order. The checklist can change while the audit is planned or in
/// progress; reporting the audit freezes it (reopen the audit to change it again).
[[nodiscard]] std::vector<ChecklistLine> listChecklist(Workspace& ws, std::int64_t auditId);
/// Error(NotFound) when absent.
[[nodiscard]] ChecklistLine loadChecklistLine(Workspace& ws, std::int64_t lineId);

/// The question of a generated line for a requirement that has no catalog question, in `lang`.
[[nodiscard]] std::string fallbackQuestion(const std::string& ref, const std::string& title,
                                           const std::string& lang);

/// Appends, as one action, a line for every catalog question of the audited clauses and of every
/// requirement below them, in clause order, in the engagement's language; an assessable
/// requirement without questions gets one general question. Questions the checklist already
/// holds for the same clause are skipped, so generating again only adds what is missing. Returns
/// the number of lines added. Error(InvalidInput) when the audit has no clauses or is reported.
int generateChecklist(Workspace& ws, std::int64_t auditId);

/// Adds a line as one action and returns its id. `line.position` 0 appends; otherwise the line goes
/// to that position and the lines from there move down. `line.id` set restores a removed line
/// under its id.
std::int64_t addChecklistLine(Workspace& ws, std::int64_t auditId, const ChecklistLine& line);

enum class ChecklistLineField { Question, Result, Notes, Evidence };
/// "question", "result", "notes", "evidence".
[[nodiscard]] std::string_view fieldKey(ChecklistLineField f);
/// The field as text (result as its key, see toString(ChecklistResult)).
[[nodiscard]] std::string checklistLineField(const ChecklistLine& line, ChecklistLineField f);
/// Sets one field as one action; a no-op when unchanged.
void setChecklistLineField(Workspace& ws, std::int64_t lineId, ChecklistLineField field,
                           const std::string& value);
/// Removes a line as one action and returns it (undo: addChecklistLine() with it).
ChecklistLine removeChecklistLine(Workspace& ws, std::int64_t lineId);

/// Lines per result.
struct ChecklistTally {
    int pending = 0;
    int conforming = 0;
    int nonconformity = 0;
    int observation = 0;
    int notAudited = 0;
    [[nodiscard]] int total() const
    {
        return pending + conforming + nonconformity + observation + notAudited;
    }
    void add(ChecklistResult r);
    bool operator==(const ChecklistTally&) const = default;
};
[[nodiscard]] ChecklistTally tallyChecklist(const std::vector<ChecklistLine>& lines);

} // namespace cw
