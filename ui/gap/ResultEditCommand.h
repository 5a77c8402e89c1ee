#pragma once

#include "assessment/AssessmentResults.h"

#include <QUndoCommand>

#include <cstdint>

namespace cw::ui {

class WorkspaceSession;

/// One edit of one requirement's result in one assessment (its status, or one of its notes).
/// It keeps the whole result from before and after: redo and undo each write one of them with
/// one core call (cw::saveResult: one transaction, audited), so undo restores the result exactly.
/// A failed call reports through the session and marks the command obsolete.
class ResultEditCommand : public QUndoCommand {
public:
    ResultEditCommand(WorkspaceSession& session, std::int64_t assessmentId, cw::RequirementResult before,
                      cw::RequirementResult after, const QString& text);

    void redo() override;
    void undo() override;

    [[nodiscard]] std::int64_t assessmentId() const { return m_assessmentId; }
    [[nodiscard]] const cw::RequirementKey& key() const { return m_after.key; }

    /// `result` with `field` set from its text form (see cw::resultField()).
    [[nodiscard]] static cw::RequirementResult withField(cw::RequirementResult result, cw::ResultField field,
                                                         const std::string& value);

private:
    void apply(const cw::RequirementResult& result);

    WorkspaceSession& m_session;
    std::int64_t m_assessmentId;
    cw::RequirementResult m_before;
    cw::RequirementResult m_after;
};

} // namespace cw::ui
