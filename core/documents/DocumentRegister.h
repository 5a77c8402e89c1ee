#pragma once

#include "documents/Document.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cw {

class Workspace;

/// The register: documents and their clause links. Every mutation is one user action (one
/// transaction, audited under entity "document" with the document id) and can be undone by the
/// caller: field edits by setting the old value back (read it with documentField()), anything else
/// by restoring a bundle taken before (loadDocumentBundle() / restoreDocument()).
///
/// Failures throw cw::Error: InvalidInput for a rule a value breaks (duplicate code, a link that
/// breaks the level order, a malformed date ...), NotFound for an unknown id or code. The workspace
/// is left as it was.

/// Creates a document with its first version (a draft) and returns its id. `doc.id` and
/// `doc.createdAt` are ignored; `doc.clauses` are linked.
[[nodiscard]] std::int64_t createDocument(Workspace& ws, const Document& doc,
                                          VersionNumber firstVersion = {1, 0},
                                          const std::string& changeSummary = {});

/// The document; Error(NotFound) when there is none with this id.
[[nodiscard]] Document loadDocument(Workspace& ws, std::int64_t id);
/// The id of the document with this code, or nullopt.
[[nodiscard]] std::optional<std::int64_t> findDocument(Workspace& ws, const std::string& code);
/// The id of the document with this code; Error(NotFound) naming the code.
[[nodiscard]] std::int64_t documentIdForCode(Workspace& ws, const std::string& code);

/// A field as text, the form updateDocumentField() takes: the parent as its code, numbers in
/// decimal, absent values as "".
[[nodiscard]] std::string documentField(Workspace& ws, const Document& doc, DocumentField field);
/// Sets one field (a no-op when unchanged). Empty text clears the optional fields (parent, review
/// interval, next review, retention) and is refused for code, title, level and type. A new level
/// must keep the order with the parent and every derived document.
void updateDocumentField(Workspace& ws, std::int64_t id, DocumentField field, const std::string& value);

/// Replaces the clauses the document satisfies (each must be a requirement of a workspace catalog).
void setDocumentClauses(Workspace& ws, std::int64_t id, const std::vector<ClauseLink>& clauses);

/// Everything the workspace holds about one document: what a delete removes and a restore puts back.
struct DocumentBundle {
    Document document;
    std::string parentCode;                ///< code of document.parentId, for files where ids mean nothing
    std::vector<DocumentVersion> versions; ///< oldest first, with transitions and attachments
    /// The bytes of attachments, by version and file name. May omit attachments the workspace
    /// still holds (restoring an existing document).
    struct Content {
        VersionNumber version;
        std::string fileName;
        std::string bytes;
    };
    std::vector<Content> attachmentContents;
    std::vector<RecordEntry> recordEntries; ///< by date
};

enum class WithContent { No, Yes };

/// The whole document. With WithContent::No the attachment bytes are left out (cheap undo
/// snapshots for edits that do not remove attachments).
[[nodiscard]] DocumentBundle loadDocumentBundle(Workspace& ws, std::int64_t id,
                                                WithContent content = WithContent::Yes);

/// Deletes a document with its versions, transitions, clause links, record entries and
/// attachments, and returns them (take it as the undo snapshot). Refused while other documents
/// derive from it.
DocumentBundle deleteDocument(Workspace& ws, std::int64_t id);

/// Puts a document back exactly as the bundle holds it, under the same ids: re-creates a deleted
/// one, or returns an existing one to an earlier state (fields, versions, statuses, transitions,
/// clauses, record entries, attachments). An attachment the workspace no longer holds needs its
/// content in the bundle. `action` labels the audit trail entry ("Undo ...").
void restoreDocument(Workspace& ws, const DocumentBundle& bundle,
                     const std::string& action = "Restore document");

} // namespace cw
