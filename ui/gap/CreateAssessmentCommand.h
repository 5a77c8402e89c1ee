#pragma once

#include "assessment/Assessment.h"
#include "assessment/AssessmentSnapshot.h"

#include <QUndoCommand>

#include <cstdint>
#include <optional>

namespace cw::ui {

class WorkspaceSession;

/// Creating an assessment. Redo creates it (the first time) or restores it under its old id;
/// undo takes a snapshot and deletes it. Each step is one core call.
class CreateAssessmentCommand : public QUndoCommand {
public:
    CreateAssessmentCommand(WorkspaceSession& session, cw::NewAssessment init);

    void redo() override;
    void undo() override;

    /// The id given by the first redo; 0 when it failed.
    [[nodiscard]] std::int64_t assessmentId() const { return m_id; }

private:
    WorkspaceSession& m_session;
    cw::NewAssessment m_init;
    std::int64_t m_id = 0;
    std::optional<cw::AssessmentSnapshot> m_snapshot;
};

} // namespace cw::ui
