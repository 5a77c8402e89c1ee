#pragma once

#include "shell/WorkspaceSession.h"

#include <QUndoCommand>

#include <functional>
#include <memory>
#include <string>
#include <utility>

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
    /// Makes the command from its two operations and pushes it.
    static bool push(WorkspaceSession& session, const QString& text, Operation redo, Operation undo)
    {
        return push(session, new CoreEditCommand(session, text, std::move(redo), std::move(undo)));
    }
    /// An edit undone by putting a whole record back as it was: `take` reads it before the edit,
    /// `restore(ws, snapshot, reason)` writes it back in one audited action.
    template <typename Snapshot, typename Take, typename Restore>
    static bool pushRestoring(WorkspaceSession& session, const QString& text, Take take, Restore restore,
                              Operation redo)
    {
        auto before = std::make_shared<Snapshot>();
        if (!session.run([&](cw::Workspace& ws) { *before = take(ws); }))
            return false;
        return push(session, text, std::move(redo), [before, text, restore](cw::Workspace& ws) {
            restore(ws, *before, "Undo " + text.toStdString());
        });
    }

private:
    WorkspaceSession& m_session;
    Operation m_redo;
    Operation m_undo;
};

} // namespace cw::ui
