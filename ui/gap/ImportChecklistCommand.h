#pragma once

#ifndef Q_MOC_RUN
#include "assessment/AssessmentResults.h"
#include "assessment/ChecklistImport.h"
#include "assessment/Spreadsheet.h"
#endif

#include <QPointer>
#include <QUndoCommand>
#include <QWidget>

#include <cstdint>
#include <vector>

namespace cw::ui {

class WorkspaceSession;

/// Importing a checklist into an assessment. Redo is one core call (cw::importChecklist: every
/// row or none, one transaction); undo writes back, in one transaction, the results the rows
/// had before, so one undo step takes the whole import back. Each runs as a LongAction (on a
/// worker, with a progress dialog when it takes a while); the first import can be cancelled, which
/// leaves the assessment as it was and no undo step.
class ImportChecklistCommand : public QUndoCommand {
public:
    ImportChecklistCommand(WorkspaceSession& session, std::int64_t assessmentId, cw::Sheet sheet,
                           cw::ChecklistMapping mapping, QWidget* dialogParent = nullptr);

    void redo() override;
    void undo() override;

    [[nodiscard]] std::size_t imported() const { return m_imported; }
    /// Whether the first import was cancelled (the command is then obsolete).
    [[nodiscard]] bool cancelled() const { return m_cancelled; }

private:
    WorkspaceSession& m_session;
    std::int64_t m_assessmentId;
    cw::Sheet m_sheet;
    cw::ChecklistMapping m_mapping;
    QPointer<QWidget> m_dialogParent;
    std::vector<cw::RequirementResult> m_before;
    std::size_t m_imported = 0;
    bool m_firstRun = true;
    bool m_cancelled = false;
};

} // namespace cw::ui
