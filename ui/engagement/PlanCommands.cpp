#include "engagement/PlanCommands.h"

#include "engagement/EngagementFieldNames.h"
#include "shell/WorkspaceSession.h"

namespace cw::ui {

PlanFieldCommand::PlanFieldCommand(WorkspaceSession& session, cw::PlanField field, std::string oldValue,
                                   std::string newValue)
    : QUndoCommand(EngagementFieldNames::changeText(field))
    , m_session(session)
    , m_field(field)
    , m_old(std::move(oldValue))
    , m_new(std::move(newValue))
{}

void PlanFieldCommand::redo()
{
    apply(m_new);
}

void PlanFieldCommand::undo()
{
    apply(m_old);
}

void PlanFieldCommand::apply(const std::string& value)
{
    if (!m_session.run([&](cw::Workspace& ws) { cw::setPlanField(ws, m_field, value); }))
        setObsolete(true);
}

PlanLogoCommand::PlanLogoCommand(WorkspaceSession& session, std::string oldBytes, std::string newBytes)
    : QUndoCommand(newBytes.empty() ? EngagementFieldNames::tr("Remove Logo")
                                    : EngagementFieldNames::tr("Change Logo"))
    , m_session(session)
    , m_old(std::move(oldBytes))
    , m_new(std::move(newBytes))
{}

void PlanLogoCommand::redo()
{
    apply(m_new);
}

void PlanLogoCommand::undo()
{
    apply(m_old);
}

void PlanLogoCommand::apply(const std::string& bytes)
{
    if (!m_session.run([&](cw::Workspace& ws) { cw::setEngagementLogo(ws, bytes); }))
        setObsolete(true);
}

} // namespace cw::ui
