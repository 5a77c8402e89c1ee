#pragma once

#include "audit/Audit.h"
#include "audit/AuditChecklist.h"
#include "audit/AuditLifecycle.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace cw::ui {

class WorkspaceSession;

/// The edits of audits and their checklists as undoable steps (see FindingEdits): each pushes one
/// CoreEditCommand and says whether it was carried out. Lifecycle steps and checklist generation
/// are undone by putting back the audit's snapshot from before.
class AuditEdits {
    Q_DECLARE_TR_FUNCTIONS(cw::ui::AuditEdits)
public:
    static bool create(WorkspaceSession& session, const cw::Audit& audit, std::int64_t* id = nullptr);
    static bool setField(WorkspaceSession& session, std::int64_t auditId, cw::AuditField field,
                         const QString& value);
    static bool setClauses(WorkspaceSession& session, std::int64_t auditId,
                           const std::vector<cw::ClauseLink>& clauses);
    static bool takeStep(WorkspaceSession& session, std::int64_t auditId, cw::AuditStep step,
                         const QString& comment);
    static bool generateChecklist(WorkspaceSession& session, std::int64_t auditId);
    /// Adds a line at `position` (0: at the end).
    static bool addLine(WorkspaceSession& session, std::int64_t auditId, const cw::ChecklistLine& line);
    static bool removeLine(WorkspaceSession& session, std::int64_t lineId);

    [[nodiscard]] static QString fieldName(cw::AuditField field);
};

} // namespace cw::ui
