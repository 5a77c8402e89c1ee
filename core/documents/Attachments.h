#pragma once

#include "documents/Document.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace cw {

class Workspace;

/// Largest file one attachment may hold: 50 MiB. Workspaces stay small enough to mail and back up.
inline constexpr std::int64_t kMaxAttachmentBytes = 50LL * 1024 * 1024;

/// Whether `name` may name an attachment: not empty, not "." or "..", no '/', '\\', ':' nor
/// control characters, no bidirectional controls (U+202E shows "gpj.exe" as "exe.jpg"), valid
/// UTF-8, at most 255 bytes. Extraction writes only such names, so a file never lands outside the
/// chosen folder.
[[nodiscard]] bool isSafeAttachmentName(const std::string& name);
/// Why `name` cannot name an attachment (a clause such as "it holds the bidirectional control
/// U+202E at offset 4"), or nullopt when isSafeAttachmentName(name).
[[nodiscard]] std::optional<std::string> attachmentNameProblem(const std::string& name);

/// Stores a copy of `file` (its base name, size and SHA-256) with a version that is a draft or in
/// review; approved and obsolete versions are frozen. Error(CannotOpen) when the file cannot be
/// read, Error(InvalidInput) when it is over kMaxAttachmentBytes, its name is unsafe, or the
/// version already has a file of that name. Returns the attachment id.
[[nodiscard]] std::int64_t attachFile(Workspace& ws, std::int64_t versionId,
                                      const std::filesystem::path& file);
/// Same, from bytes in memory (e.g. dropped data).
[[nodiscard]] std::int64_t attachData(Workspace& ws, std::int64_t versionId, const std::string& fileName,
                                      const std::string& bytes);

[[nodiscard]] std::vector<AttachmentInfo> listAttachments(Workspace& ws, std::int64_t versionId);
[[nodiscard]] AttachmentInfo loadAttachment(Workspace& ws, std::int64_t attachmentId);
/// The stored bytes, checked against the stored size and SHA-256 (Error(CheckFailed) on mismatch).
[[nodiscard]] std::string attachmentContent(Workspace& ws, std::int64_t attachmentId);

/// Writes the attachment into the existing folder `dir` under its stored file name, byte for byte
/// after checking its hash, and returns the path written. Refuses (Error(InvalidInput)) to
/// overwrite an existing file or to write an unsafe name; Error(CannotOpen) when the folder is
/// missing or not writable.
std::filesystem::path extractAttachment(Workspace& ws, std::int64_t attachmentId,
                                        const std::filesystem::path& dir);

/// Writes several attachments into `dir` all or nothing: every name is checked for a conflict with
/// an existing file first (Error(InvalidInput) naming each conflict, nothing written), and the
/// files already written are removed again when a later one fails. Returns the paths written.
std::vector<std::filesystem::path> extractAttachments(Workspace& ws,
                                                      const std::vector<std::int64_t>& attachmentIds,
                                                      const std::filesystem::path& dir);

/// Removes an attachment of a version that is a draft or in review.
void removeAttachment(Workspace& ws, std::int64_t attachmentId);

} // namespace cw
