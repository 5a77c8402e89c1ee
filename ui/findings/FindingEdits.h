#pragma once

#include "findings/CorrectiveActions.h"
#include "findings/Finding.h"
#include "findings/FindingLifecycle.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace cw::ui {

class WorkspaceSession;

/// The edits of findings and their corrective actions as undoable steps. Each pushes one
/// CoreEditCommand onto the session's stack and says whether it was carried out (false: refused
/// by the core, reported through the session; or nothing changed; or the workspace is read-only).
/// Lifecycle steps are undone by putting back the finding's snapshot from before the step.
class FindingEdits {
    Q_DECLARE_TR_FUNCTIONS(cw::ui::FindingEdits)
public:
    /// Creates the finding; `id` receives its id. Undo deletes it, redo puts it back.
    static bool create(WorkspaceSession& session, const cw::Finding& finding, std::int64_t* id = nullptr);
    static bool setField(WorkspaceSession& session, std::int64_t findingId, cw::FindingField field,
                         const QString& value);
    static bool setClauses(WorkspaceSession& session, std::int64_t findingId,
                           const std::vector<cw::ClauseLink>& clauses);
    /// A step other than verify.
    static bool takeStep(WorkspaceSession& session, std::int64_t findingId, cw::FindingStep step,
                         const QString& comment);
    static bool verify(WorkspaceSession& session, std::int64_t findingId,
                       const cw::Verification& verification, const QString& comment);

    static bool addAction(WorkspaceSession& session, std::int64_t findingId,
                          const cw::CorrectiveAction& action);
    static bool setActionField(WorkspaceSession& session, std::int64_t actionId,
                               cw::CorrectiveActionField field, const QString& value);
    static bool implementAction(WorkspaceSession& session, std::int64_t actionId);
    static bool deleteAction(WorkspaceSession& session, std::int64_t actionId);

    /// The name of a field in undo texts ("Edit Root Cause of NC-2026-004").
    [[nodiscard]] static QString fieldCommand(cw::FindingField field, const QString& code);
};

} // namespace cw::ui
