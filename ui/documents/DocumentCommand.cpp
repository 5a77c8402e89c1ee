#include "documents/DocumentCommand.h"

#include "documents/StarterSet.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <optional>

namespace cw::ui {

DocumentCommand::DocumentCommand(WorkspaceSession& session, const QString& text, Operation redo,
                                 Operation undo)
    : QUndoCommand(text)
    , m_session(session)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
{}

bool DocumentCommand::execute()
{
    m_executed = m_session.run(m_redo);
    return m_executed;
}

void DocumentCommand::redo()
{
    if (m_executed) {
        m_executed = false;
        return;
    }
    if (!m_session.run(m_redo))
        setObsolete(true);
}

void DocumentCommand::undo()
{
    if (!m_session.run(m_undo))
        setObsolete(true);
}

DocumentCommand* DocumentCommand::fieldEdit(WorkspaceSession& session, std::int64_t id,
                                            cw::DocumentField field, std::string before, std::string after,
                                            const QString& text)
{
    return new DocumentCommand(
        session, text, [=](cw::Workspace& ws) { cw::updateDocumentField(ws, id, field, after); },
        [=](cw::Workspace& ws) { cw::updateDocumentField(ws, id, field, before); });
}

DocumentCommand* DocumentCommand::clausesEdit(WorkspaceSession& session, std::int64_t id,
                                              std::vector<cw::ClauseLink> before,
                                              std::vector<cw::ClauseLink> after, const QString& text)
{
    return new DocumentCommand(
        session, text,
        [id, after = std::move(after)](cw::Workspace& ws) { cw::setDocumentClauses(ws, id, after); },
        [id, before = std::move(before)](cw::Workspace& ws) { cw::setDocumentClauses(ws, id, before); });
}

DocumentCommand* DocumentCommand::snapshotEdit(WorkspaceSession& session, std::int64_t id,
                                               cw::WithContent content, Operation action, const QString& text)
{
    auto before = std::make_shared<std::optional<cw::DocumentBundle>>();
    const std::string label = "Undo: " + text.toStdString();
    return new DocumentCommand(
        session, text,
        [=](cw::Workspace& ws) {
            if (!*before) {
                cw::DocumentBundle snapshot = cw::loadDocumentBundle(ws, id, content);
                action(ws);
                *before = std::move(snapshot);
            } else {
                action(ws);
            }
        },
        [=](cw::Workspace& ws) { cw::restoreDocument(ws, **before, label); });
}

DocumentCommand* DocumentCommand::create(WorkspaceSession& session, cw::Document doc,
                                         std::shared_ptr<std::int64_t> createdId, const QString& text)
{
    auto removed = std::make_shared<std::optional<cw::DocumentBundle>>();
    return new DocumentCommand(
        session, text,
        [=](cw::Workspace& ws) {
            if (*removed)
                cw::restoreDocument(ws, **removed, "Redo: create document");
            else
                *createdId = cw::createDocument(ws, doc);
        },
        [=](cw::Workspace& ws) { *removed = cw::deleteDocument(ws, *createdId); });
}

DocumentCommand* DocumentCommand::remove(WorkspaceSession& session, std::int64_t id, const QString& text)
{
    auto removed = std::make_shared<std::optional<cw::DocumentBundle>>();
    return new DocumentCommand(
        session, text, [=](cw::Workspace& ws) { *removed = cw::deleteDocument(ws, id); },
        [=](cw::Workspace& ws) { cw::restoreDocument(ws, **removed, "Undo: delete document"); });
}

DocumentCommand* DocumentCommand::starterSet(WorkspaceSession& session, const QString& text)
{
    auto codes = std::make_shared<std::vector<std::string>>();
    return new DocumentCommand(
        session, text, [=](cw::Workspace& ws) { *codes = cw::createStarterSet(ws); },
        [=](cw::Workspace& ws) {
            // Children first (the starter set lists parents before children): one transaction.
            ws.write("Undo: create starter set", [&](cw::WriteContext&) {
                for (auto it = codes->rbegin(); it != codes->rend(); ++it)
                    (void)cw::deleteDocument(ws, cw::documentIdForCode(ws, *it));
            });
        });
}

} // namespace cw::ui
