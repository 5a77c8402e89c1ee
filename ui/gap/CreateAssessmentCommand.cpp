#include "gap/CreateAssessmentCommand.h"

#include "shell/WorkspaceSession.h"

#include <QCoreApplication>

namespace cw::ui {

CreateAssessmentCommand::CreateAssessmentCommand(WorkspaceSession& session, cw::NewAssessment init)
    : QUndoCommand(QCoreApplication::translate("cw::ui::GapAnalysisPage", "Create Assessment “%1”")
                       .arg(QString::fromStdString(init.name)))
    , m_session(session)
    , m_init(std::move(init))
{
}

void CreateAssessmentCommand::redo()
{
    const bool ok = m_session.run([&](cw::Workspace& ws) {
        if (m_snapshot)
            cw::restoreAssessment(ws, *m_snapshot);
        else
            m_id = cw::createAssessment(ws, m_init);
    });
    if (!ok)
        setObsolete(true);
}

void CreateAssessmentCommand::undo()
{
    if (!m_session.run([&](cw::Workspace& ws) {
            m_snapshot = cw::snapshotAssessment(ws, m_id);
            cw::deleteAssessment(ws, m_id);
        }))
        setObsolete(true);
}

} // namespace cw::ui
