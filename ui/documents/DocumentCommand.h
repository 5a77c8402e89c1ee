#pragma once

#include "documents/Document.h"
#include "documents/DocumentRegister.h"

#include <QUndoCommand>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace cw {
class Workspace;
}

namespace cw::ui {

class WorkspaceSession;

/// One undoable step of the Documents page: redo and undo each run one core operation through
/// the session (one transaction, audited). A failed call is reported through the session and
/// marks the command obsolete, so the undo stack drops it. The factories below build the steps.
class DocumentCommand : public QUndoCommand {
public:
    using Operation = std::function<void(cw::Workspace&)>;

    DocumentCommand(WorkspaceSession& session, const QString& text, Operation redo, Operation undo);

    /// Runs the operation once before the command goes on the stack; the stack's first redo()
    /// then does nothing. So a refused operation never reaches the stack (and never discards
    /// the steps that could still be redone). False when the core refused it.
    bool execute();
    void redo() override;
    void undo() override;

    /// One field of a document set from `before` to `after` (text forms, cw::documentField()).
    static DocumentCommand* fieldEdit(WorkspaceSession& session, std::int64_t id, cw::DocumentField field,
                                      std::string before, std::string after, const QString& text);
    /// The clause links replaced.
    static DocumentCommand* clausesEdit(WorkspaceSession& session, std::int64_t id,
                                        std::vector<cw::ClauseLink> before, std::vector<cw::ClauseLink> after,
                                        const QString& text);
    /// Any other change of one document: redo runs `action`; undo restores the document as it was
    /// before the first redo (cw::loadDocumentBundle() / cw::restoreDocument()). With
    /// WithContent::Yes the snapshot keeps attachment bytes (for actions that remove files).
    static DocumentCommand* snapshotEdit(WorkspaceSession& session, std::int64_t id, cw::WithContent content,
                                         Operation action, const QString& text);
    /// A new document; undo deletes it, redo puts it back under the same id. `createdId` receives
    /// its id.
    static DocumentCommand* create(WorkspaceSession& session, cw::Document doc,
                                   std::shared_ptr<std::int64_t> createdId, const QString& text);
    /// Deletes a document with everything it holds; undo restores it under the same ids.
    static DocumentCommand* remove(WorkspaceSession& session, std::int64_t id, const QString& text);
    /// The starter register; undo deletes the documents it created (in one transaction). The
    /// catalog it may have copied into the workspace stays.
    static DocumentCommand* starterSet(WorkspaceSession& session, const QString& text);

private:
    WorkspaceSession& m_session;
    Operation m_redo;
    Operation m_undo;
    bool m_executed = false;
};

} // namespace cw::ui
