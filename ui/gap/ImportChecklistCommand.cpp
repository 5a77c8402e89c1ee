#include "gap/ImportChecklistCommand.h"

#include "common/LongAction.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cw::ui {

namespace {

QString fileNameOf(const cw::Sheet& sheet)
{
    return QFileInfo(QString::fromStdString(sheet.source)).fileName();
}

} // namespace

ImportChecklistCommand::ImportChecklistCommand(WorkspaceSession& session, std::int64_t assessmentId,
                                               cw::Sheet sheet, cw::ChecklistMapping mapping,
                                               QWidget* dialogParent)
    : QUndoCommand(QCoreApplication::translate("cw::ui::GapAnalysisPage", "Import Checklist %1")
                       .arg(fileNameOf(sheet)))
    , m_session(session)
    , m_assessmentId(assessmentId)
    , m_sheet(std::move(sheet))
    , m_mapping(std::move(mapping))
    , m_dialogParent(dialogParent)
{}

void ImportChecklistCommand::redo()
{
    const bool first = std::exchange(m_firstRun, false);
    LongAction action(
        m_session, m_dialogParent,
        QCoreApplication::translate("cw::ui::GapAnalysisPage", "Importing %1…").arg(fileNameOf(m_sheet)),
        first);
    std::vector<cw::RequirementResult> before;
    std::size_t imported = 0;
    const auto outcome = action.run([&](cw::Workspace& ws, const cw::Progress& progress) {
        for (const auto& row : cw::previewChecklist(ws, m_assessmentId, m_sheet, m_mapping).rows)
            before.push_back(cw::loadResult(ws, m_assessmentId, row.result.key));
        imported = cw::importChecklist(ws, m_assessmentId, m_sheet, m_mapping, progress);
    });
    if (outcome == LongAction::Outcome::Done) {
        m_before = std::move(before);
        m_imported = imported;
    }
    m_cancelled = outcome == LongAction::Outcome::Cancelled;
    if (outcome != LongAction::Outcome::Done || m_imported == 0)
        setObsolete(true);
}

void ImportChecklistCommand::undo()
{
    LongAction action(m_session, m_dialogParent,
                      QCoreApplication::translate("cw::ui::GapAnalysisPage", "Undoing the import of %1…")
                          .arg(fileNameOf(m_sheet)),
                      false);
    const auto outcome = action.run([&](cw::Workspace& ws, const cw::Progress& progress) {
        ws.write("Undo import of checklist " + m_sheet.source, [&](cw::WriteContext& ctx) {
            for (std::size_t i = 0; i < m_before.size(); ++i) {
                cw::reportProgress(progress, i, m_before.size());
                cw::writeResult(ctx, m_assessmentId, m_before[i]);
            }
        });
    });
    if (outcome != LongAction::Outcome::Done)
        setObsolete(true);
}

} // namespace cw::ui
