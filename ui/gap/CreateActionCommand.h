#pragma once

#include "assessment/AssessmentActions.h"

#include <QUndoCommand>

namespace cw::ui {

class WorkspaceSession;

/// Turning a gap into an action. Redo creates it (again under the same id after an undo); undo
/// deletes it. Each step is one core call.
class CreateActionCommand : public QUndoCommand {
public:
    CreateActionCommand(WorkspaceSession& session, cw::GapAction action);

    void redo() override;
    void undo() override;

    [[nodiscard]] std::int64_t actionId() const { return m_action.id; }

private:
    WorkspaceSession& m_session;
    cw::GapAction m_action;
};

} // namespace cw::ui
