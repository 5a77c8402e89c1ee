#include "audits/CoreEditCommand.h"

#include "shell/WorkspaceSession.h"

#include <QUndoStack>

namespace cw::ui {

CoreEditCommand::CoreEditCommand(WorkspaceSession& session, const QString& text, Operation redo,
                                 Operation undo)
    : QUndoCommand(text)
    , m_session(session)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
{}

void CoreEditCommand::redo()
{
    if (!m_session.run(m_redo))
        setObsolete(true);
}

void CoreEditCommand::undo()
{
    if (!m_session.run(m_undo))
        setObsolete(true);
}

bool CoreEditCommand::push(WorkspaceSession& session, CoreEditCommand* command)
{
    if (!session.isOpen() || session.isReadOnly()) {
        delete command;
        return false;
    }
    QUndoStack& stack = *session.undoStack();
    const int before = stack.index();
    stack.push(command); // an obsolete command (the core refused it) is dropped
    return stack.index() > before;
}

} // namespace cw::ui
