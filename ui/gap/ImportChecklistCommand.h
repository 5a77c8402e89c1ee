#pragma once

#ifndef Q_MOC_RUN
#include "assessment/AssessmentResults.h"
#include "assessment/ChecklistImport.h"
#include "assessment/Spreadsheet.h"
#endif

#include <QUndoCommand>

#include <cstdint>
#include <vector>

namespace cw::ui {

class WorkspaceSession;

/// Importing a checklist into an assessment. Redo is one core call (cw::importChecklist: every
/// row or none, one transaction); undo writes back, in one transaction, the results the rows
/// had before, so one undo step takes the whole import back.
class ImportChecklistCommand : public QUndoCommand {
public:
    ImportChecklistCommand(WorkspaceSession& session, std::int64_t assessmentId, cw::Sheet sheet,
                           cw::ChecklistMapping mapping);

    void redo() override;
    void undo() override;

    [[nodiscard]] std::size_t imported() const { return m_imported; }

private:
    WorkspaceSession& m_session;
    std::int64_t m_assessmentId;
    cw::Sheet m_sheet;
    cw::ChecklistMapping m_mapping;
    std::vector<cw::RequirementResult> m_before;
    std::size_t m_imported = 0;
};

} // namespace cw::ui
