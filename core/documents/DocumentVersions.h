#pragma once

#include "documents/Document.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cw {

class Workspace;

/// Document control: versions and their status. Status changes apply to the current (newest)
/// version and are recorded with who (ws.actor()), when (ws.clock()) and a comment. Approving a
/// version puts it in force: the version in force before it becomes obsolete ("superseded"), the
/// effective date is set, and the next review is planned from the review interval. A new version
/// can be started only when the current one is approved or obsolete; the version in force stays
/// in force until the new one is approved.

/// Every version, oldest first, with transitions and attachment infos.
[[nodiscard]] std::vector<DocumentVersion> listVersions(Workspace& ws, std::int64_t documentId);
/// The newest version.
[[nodiscard]] DocumentVersion currentDocumentVersion(Workspace& ws, std::int64_t documentId);
/// The version with this number; Error(NotFound) naming it.
[[nodiscard]] DocumentVersion findDocumentVersion(Workspace& ws, std::int64_t documentId,
                                                  VersionNumber number);

/// The statuses the current version may move to from `from`: draft -> in review or obsolete
/// (withdrawn); in review -> approved or back to draft; approved -> obsolete; obsolete: none.
[[nodiscard]] std::vector<DocumentStatus> allowedTransitions(DocumentStatus from);

/// Moves the current version to `to`. `effectiveDate` ("YYYY-MM-DD", default today) applies to an
/// approval only. Error(InvalidInput) for a transition the lifecycle does not allow, naming both.
void changeDocumentStatus(Workspace& ws, std::int64_t documentId, DocumentStatus to,
                          const std::string& comment, const std::string& effectiveDate = {});

enum class VersionStep { Minor, Major };

/// Starts the next version as a draft (1.2 -> 1.3 minor, 1.2 -> 2.0 major) with its change
/// summary, which must not be empty. Returns the new version's id.
[[nodiscard]] std::int64_t startNewVersion(Workspace& ws, std::int64_t documentId, VersionStep step,
                                           const std::string& changeSummary);

/// Edits the change summary of a version that is not yet approved or obsolete.
void setChangeSummary(Workspace& ws, std::int64_t versionId, const std::string& changeSummary);

} // namespace cw
