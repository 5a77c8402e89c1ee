#pragma once

#include "assessment/AssessmentResults.h"

#include <QUndoCommand>

#include <cstdint>
#include <vector>

namespace cw::ui {

class WorkspaceSession;

/// Integrated systems: the status (and evidence) of one requirement taken over by its mapped
/// requirements in the assessment's other catalogs. Redo is one core call (cw::applyPropagation,
/// one transaction); undo writes back every target's result and evidence links from before, in
/// one transaction, so one undo step restores them all.
class PropagationCommand : public QUndoCommand {
public:
    PropagationCommand(WorkspaceSession& session, std::int64_t assessmentId, cw::RequirementKey source,
                       std::vector<cw::RequirementKey> targets);

    void redo() override;
    void undo() override;

    [[nodiscard]] int changed() const { return m_changed; }

private:
    struct Before {
        cw::RequirementResult result;
        std::vector<std::int64_t> documents;
    };

    WorkspaceSession& m_session;
    std::int64_t m_assessmentId;
    cw::RequirementKey m_source;
    std::vector<cw::RequirementKey> m_targets;
    std::vector<Before> m_before;
    int m_changed = 0;
};

} // namespace cw::ui
