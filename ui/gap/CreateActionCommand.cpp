#include "gap/CreateActionCommand.h"

#include "shell/WorkspaceSession.h"

#include <QCoreApplication>

namespace cw::ui {

CreateActionCommand::CreateActionCommand(WorkspaceSession& session, cw::GapAction action)
    : QUndoCommand(QCoreApplication::translate("cw::ui::GapAnalysisPage", "Create Action for %1")
                       .arg(QString::fromStdString(action.key.ref)))
    , m_session(session)
    , m_action(std::move(action))
{
}

void CreateActionCommand::redo()
{
    if (!m_session.run([&](cw::Workspace& ws) { m_action.id = cw::createAction(ws, m_action); }))
        setObsolete(true);
}

void CreateActionCommand::undo()
{
    if (!m_session.run([&](cw::Workspace& ws) { cw::deleteAction(ws, m_action.id); }))
        setObsolete(true);
}

} // namespace cw::ui
