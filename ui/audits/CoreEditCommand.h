#pragma once

#include <QUndoCommand>

#include <functional>

namespace cw {
class Workspace;
}

namespace cw::ui {

class WorkspaceSession;

/// One undoable edit of the audits, findings or reviews: redo and undo are each one core call
/// (one transaction, audited) made through the session. A failed call reports through the
/// session and marks the command obsolete, so the stack drops it rather than keep a step that
/// does not match the file. Structural edits keep what they need in the operations' captures
/// (the snapshot a delete returned, the id a create gave).
class CoreEditCommand : public QUndoCommand {
public:
    using Operation = std::function<void(cw::Workspace&)>;

    CoreEditCommand(WorkspaceSession& session, const QString& text, Operation redo, Operation undo);

    void redo() override;
    void undo() override;

    /// Pushes `command` onto the session's stack; true when it was carried out and kept.
    static bool push(WorkspaceSession& session, CoreEditCommand* command);

private:
    WorkspaceSession& m_session;
    Operation m_redo;
    Operation m_undo;
};

} // namespace cw::ui
