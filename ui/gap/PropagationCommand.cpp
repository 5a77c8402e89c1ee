#include "gap/PropagationCommand.h"

#include "assessment/EvidenceLinks.h"
#include "assessment/Propagation.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

#include <algorithm>

namespace cw::ui {

PropagationCommand::PropagationCommand(WorkspaceSession& session, std::int64_t assessmentId,
                                       cw::RequirementKey source, std::vector<cw::RequirementKey> targets)
    : QUndoCommand(
          QCoreApplication::translate("cw::ui::GapAnalysisPage", "Apply %1 to Mapped Requirements (%2)")
              .arg(QString::fromStdString(source.ref))
              .arg(targets.size()))
    , m_session(session)
    , m_assessmentId(assessmentId)
    , m_source(std::move(source))
    , m_targets(std::move(targets))
{}

void PropagationCommand::redo()
{
    const bool ok = m_session.run([&](cw::Workspace& ws) {
        std::vector<Before> before;
        for (const auto& t : m_targets) {
            Before b{cw::loadResult(ws, m_assessmentId, t), {}};
            for (const auto& link : cw::evidenceLinks(ws, m_assessmentId, t))
                b.documents.push_back(link.documentId);
            before.push_back(std::move(b));
        }
        m_changed = cw::applyPropagation(ws, m_assessmentId, m_source, m_targets);
        m_before = std::move(before);
    });
    if (!ok || m_changed == 0)
        setObsolete(true);
}

void PropagationCommand::undo()
{
    const bool ok = m_session.run([&](cw::Workspace& ws) {
        ws.write("Undo apply " + m_source.ref + " to mapped requirements", [&](cw::WriteContext& ctx) {
            for (const auto& b : m_before) {
                cw::writeResult(ctx, m_assessmentId, b.result);
                for (const auto& link : cw::evidenceLinks(ws, m_assessmentId, b.result.key))
                    if (std::find(b.documents.begin(), b.documents.end(), link.documentId) ==
                        b.documents.end())
                        cw::removeEvidenceLink(ws, m_assessmentId, b.result.key, link.documentId); // joins
            }
        });
    });
    if (!ok)
        setObsolete(true);
}

} // namespace cw::ui
