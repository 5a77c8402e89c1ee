#pragma once

#include "engagement/Engagement.h"

#include <QUndoCommand>

#include <string>

namespace cw::ui {

class WorkspaceSession;

/// One edit of one engagement field. Redo and undo each make one core call (one transaction, one
/// audit entry). A failed call reports through the session and marks the command obsolete, so
/// the stack drops it rather than keep a step that does not match the file.
class EngagementFieldCommand : public QUndoCommand {
public:
    EngagementFieldCommand(WorkspaceSession& session, cw::EngagementField field, std::string oldValue,
                           std::string newValue);

    void redo() override;
    void undo() override;

private:
    void apply(const std::string& value);

    WorkspaceSession& m_session;
    cw::EngagementField m_field;
    std::string m_old;
    std::string m_new;
};

} // namespace cw::ui
