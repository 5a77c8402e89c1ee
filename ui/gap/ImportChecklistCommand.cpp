#include "gap/ImportChecklistCommand.h"

#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cw::ui {

ImportChecklistCommand::ImportChecklistCommand(WorkspaceSession& session, std::int64_t assessmentId,
                                               cw::Sheet sheet, cw::ChecklistMapping mapping)
    : QUndoCommand(QCoreApplication::translate("cw::ui::GapAnalysisPage", "Import Checklist %1")
                       .arg(QFileInfo(QString::fromStdString(sheet.source)).fileName()))
    , m_session(session)
    , m_assessmentId(assessmentId)
    , m_sheet(std::move(sheet))
    , m_mapping(std::move(mapping))
{}

void ImportChecklistCommand::redo()
{
    const bool ok = m_session.run([&](cw::Workspace& ws) {
        std::vector<cw::RequirementResult> before;
        for (const auto& row : cw::previewChecklist(ws, m_assessmentId, m_sheet, m_mapping).rows)
            before.push_back(cw::loadResult(ws, m_assessmentId, row.result.key));
        m_imported = cw::importChecklist(ws, m_assessmentId, m_sheet, m_mapping);
        m_before = std::move(before);
    });
    if (!ok || m_imported == 0)
        setObsolete(true);
}

void ImportChecklistCommand::undo()
{
    const bool ok = m_session.run([&](cw::Workspace& ws) {
        ws.write("Undo import of checklist " + m_sheet.source, [&](cw::WriteContext& ctx) {
            for (const auto& r : m_before)
                cw::writeResult(ctx, m_assessmentId, r);
        });
    });
    if (!ok)
        setObsolete(true);
}

} // namespace cw::ui
