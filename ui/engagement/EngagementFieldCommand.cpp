#include "engagement/EngagementFieldCommand.h"

#include "engagement/EngagementFieldNames.h"
#include "shell/WorkspaceSession.h"

namespace cw::ui {

EngagementFieldCommand::EngagementFieldCommand(WorkspaceSession& session, cw::EngagementField field,
                                               std::string oldValue, std::string newValue)
    : QUndoCommand(EngagementFieldNames::changeText(field))
    , m_session(session)
    , m_field(field)
    , m_old(std::move(oldValue))
    , m_new(std::move(newValue))
{
}

void EngagementFieldCommand::redo()
{
    apply(m_new);
}

void EngagementFieldCommand::undo()
{
    apply(m_old);
}

void EngagementFieldCommand::apply(const std::string& value)
{
    if (!m_session.run([&](cw::Workspace& ws) { cw::setEngagementField(ws, m_field, value); }))
        setObsolete(true);
}

} // namespace cw::ui
