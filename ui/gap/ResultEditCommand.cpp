#include "gap/ResultEditCommand.h"

#include "shell/WorkspaceSession.h"

namespace cw::ui {

ResultEditCommand::ResultEditCommand(WorkspaceSession& session, std::int64_t assessmentId,
                                     cw::RequirementResult before, cw::RequirementResult after,
                                     const QString& text)
    : QUndoCommand(text)
    , m_session(session)
    , m_assessmentId(assessmentId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ResultEditCommand::redo()
{
    apply(m_after);
}

void ResultEditCommand::undo()
{
    apply(m_before);
}

void ResultEditCommand::apply(const cw::RequirementResult& result)
{
    if (!m_session.run([&](cw::Workspace& ws) { cw::saveResult(ws, m_assessmentId, result); }))
        setObsolete(true);
}

cw::RequirementResult ResultEditCommand::withField(cw::RequirementResult r, cw::ResultField field,
                                                   const std::string& value)
{
    switch (field) {
    case cw::ResultField::Status:
        if (const auto s = cw::assessmentStatusFromString(value))
            r.status = *s;
        break;
    case cw::ResultField::Maturity:
        if (value.size() == 1 && value[0] >= '0' && value[0] <= '9')
            r.maturity = value[0] - '0';
        else
            r.maturity.reset();
        break;
    case cw::ResultField::Justification: r.justification = value; break;
    case cw::ResultField::Notes: r.notes = value; break;
    case cw::ResultField::Interviewed: r.interviewed = value; break;
    case cw::ResultField::Evidence: r.evidence = value; break;
    case cw::ResultField::Gap: r.gap = value; break;
    case cw::ResultField::Recommendation: r.recommendation = value; break;
    }
    return r;
}

} // namespace cw::ui
