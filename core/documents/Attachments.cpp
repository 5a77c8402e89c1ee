#include "documents/Attachments.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "common/InputFile.h"
#include "common/Sha256.h"
#include "common/Utf8.h"
#include "documents/DocumentStorage.h"
#include "platform/FileIo.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <memory>

namespace cw {

namespace fs = std::filesystem;

namespace {

struct VersionRef {
    std::int64_t documentId = 0;
    std::string code;
    std::string number;
    DocumentStatus status = DocumentStatus::Draft;
};

VersionRef versionRef(SQLite::Database& db, std::int64_t versionId)
{
    SQLite::Statement q(db,
                        "SELECT v.document_id, d.code, v.major, v.minor, v.status FROM document_version v "
                        "JOIN document d ON d.id = v.document_id WHERE v.id = ?");
    q.bind(1, versionId);
    if (!q.executeStep())
        throw Error(ErrorCode::NotFound,
                    "the register holds no document version with id " + std::to_string(versionId));
    return {q.getColumn(0).getInt64(), q.getColumn(1).getString(),
            VersionNumber{q.getColumn(2).getInt(), q.getColumn(3).getInt()}.toString(),
            documentStatusFromString(q.getColumn(4).getString()).value_or(DocumentStatus::Draft)};
}

void requireEditable(const VersionRef& v)
{
    if (v.status == DocumentStatus::Approved || v.status == DocumentStatus::Obsolete)
        throw Error(ErrorCode::InvalidInput, "'" + v.code + "' version " + v.number + " is " +
                                                 std::string(toString(v.status)) +
                                                 "; its files cannot change (start a new version first)");
}

std::string mib(std::int64_t bytes)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return buf;
}

void requireSize(std::int64_t size, const std::string& what)
{
    if (size > kMaxAttachmentBytes)
        throw Error(ErrorCode::InvalidInput, what + ": the file is " + mib(size) + " (" +
                                                 std::to_string(size) +
                                                 " bytes), over the attachment limit of 50 MiB");
}

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

} // namespace

std::optional<std::string> attachmentNameProblem(const std::string& name)
{
    if (name.empty() || name == "." || name == "..")
        return "a file name must not be empty, '.' or '..'";
    if (name.size() > 255)
        return "a file name must not be longer than 255 bytes";
    if (name.find_first_of("/\\:") != std::string::npos)
        return "a file name must not hold '/', '\\' or ':'";
    // Controls, a bidi override (U+202E can show "gpj.exe" as "exe.jpg"), invalid UTF-8.
    return utf8::lineTextProblem(name);
}

bool isSafeAttachmentName(const std::string& name)
{
    return !attachmentNameProblem(name);
}

std::int64_t attachData(Workspace& ws, std::int64_t versionId, const std::string& fileName,
                        const std::string& bytes)
{
    if (const auto problem = attachmentNameProblem(fileName))
        throw Error(ErrorCode::InvalidInput, "'" + fileName + "' cannot name an attachment: " + *problem);
    requireSize(static_cast<std::int64_t>(bytes.size()), fileName);
    return ws.write("Attach file " + fileName, [&](WriteContext& ctx) {
        auto& db = ws.db();
        const VersionRef v = versionRef(db, versionId);
        requireEditable(v);
        SQLite::Statement dup(db, "SELECT 1 FROM document_attachment WHERE version_id = ? AND file_name = ?");
        dup.bind(1, versionId);
        dup.bind(2, fileName);
        if (dup.executeStep())
            throw Error(ErrorCode::InvalidInput, "'" + v.code + "' version " + v.number +
                                                     " already has a file named '" + fileName + "'");
        const std::string hash = Sha256::hex(bytes);
        SQLite::Statement q(db,
                            "INSERT INTO document_attachment(version_id, file_name, size, sha256, added_at, "
                            "added_by, content) VALUES (?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, versionId);
        q.bind(2, fileName);
        q.bind(3, static_cast<std::int64_t>(bytes.size()));
        q.bind(4, hash);
        q.bind(5, formatUtc(ws.clock().now()));
        q.bind(6, ws.actor());
        q.bind(7, bytes.data(), static_cast<int>(bytes.size()));
        q.exec();
        const std::int64_t id = db.getLastInsertRowid();
        ctx.record("document", std::to_string(v.documentId), "attachment", std::nullopt,
                   v.number + "/" + fileName + " (" + std::to_string(bytes.size()) + " bytes, sha256 " +
                       hash + ")");
        return id;
    });
}

std::int64_t attachFile(Workspace& ws, std::int64_t versionId, const fs::path& file)
{
    const std::string name = file.filename().string();
    std::error_code ec;
    const auto status = fs::status(file, ec);
    if (ec || !fs::exists(status))
        throw Error(ErrorCode::CannotOpen, file.string() + ": no such file");
    if (!fs::is_regular_file(status))
        throw Error(ErrorCode::CannotOpen, file.string() + ": not a regular file");
    const auto size = fs::file_size(file, ec);
    if (ec)
        throw Error(ErrorCode::CannotOpen,
                    file.string() + ": the file cannot be read (" + ec.message() + ")");
    requireSize(static_cast<std::int64_t>(size), file.string());
    // Read through the safe reader: the type and size are checked again on the open file, so a
    // file swapped for a FIFO meanwhile is refused instead of blocking.
    const std::string bytes =
        readInputFile(file, static_cast<std::uintmax_t>(kMaxAttachmentBytes), "an attachment");
    return attachData(ws, versionId, name, bytes);
}

std::vector<AttachmentInfo> listAttachments(Workspace& ws, std::int64_t versionId)
{
    (void)versionRef(ws.db(), versionId);
    return docstore::readAttachments(ws.db(), versionId);
}

AttachmentInfo loadAttachment(Workspace& ws, std::int64_t attachmentId)
{
    SQLite::Statement q(ws.db(), "SELECT version_id FROM document_attachment WHERE id = ?");
    q.bind(1, attachmentId);
    if (!q.executeStep())
        throw Error(ErrorCode::NotFound,
                    "the register holds no attachment with id " + std::to_string(attachmentId));
    for (auto& a : docstore::readAttachments(ws.db(), q.getColumn(0).getInt64()))
        if (a.id == attachmentId)
            return a;
    throw Error(ErrorCode::NotFound,
                "the register holds no attachment with id " + std::to_string(attachmentId));
}

std::string attachmentContent(Workspace& ws, std::int64_t attachmentId)
{
    const AttachmentInfo info = loadAttachment(ws, attachmentId);
    SQLite::Statement q(ws.db(), "SELECT content FROM document_attachment WHERE id = ?");
    q.bind(1, attachmentId);
    (void)q.executeStep();
    const std::string bytes = docstore::blobOf(q.getColumn(0));
    if (static_cast<std::int64_t>(bytes.size()) != info.size || Sha256::hex(bytes) != info.sha256)
        throw Error(ErrorCode::CheckFailed,
                    "attachment '" + info.fileName +
                        "': the stored content does not match its recorded size and SHA-256; "
                        "the workspace may be damaged");
    return bytes;
}

fs::path extractAttachment(Workspace& ws, std::int64_t attachmentId, const fs::path& dir)
{
    const AttachmentInfo info = loadAttachment(ws, attachmentId);
    if (!isSafeAttachmentName(info.fileName))
        throw Error(ErrorCode::InvalidInput,
                    "'" + info.fileName + "' is not a safe file name; it is not extracted");
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw Error(ErrorCode::CannotOpen, dir.string() + ": no such folder");
    const fs::path target = dir / fs::path(info.fileName).filename();
    if (fs::exists(fs::symlink_status(target, ec)))
        throw Error(ErrorCode::InvalidInput, target.string() +
                                                 ": a file of that name already exists; it is not "
                                                 "overwritten (choose another folder or move it away)");
    const std::string bytes = attachmentContent(ws, attachmentId);
    // "x": fail rather than replace a file that appeared in the meantime.
    std::unique_ptr<std::FILE, FileCloser> out(std::fopen(target.string().c_str(), "wbx"));
    if (!out)
        throw Error(ErrorCode::CannotWrite,
                    target.string() + ": the file cannot be created (" + platform::errorText(errno) + ")");
    const bool written = std::fwrite(bytes.data(), 1, bytes.size(), out.get()) == bytes.size();
    const int writeError = errno;
    const bool closed = std::fclose(out.release()) == 0;
    if (!written || !closed) {
        const int cause = !written ? writeError : errno;
        const int known = cause != 0 ? cause : EIO;
        fs::remove(target, ec);
        throw Error(ErrorCode::CannotWrite,
                    target.string() + ": the file cannot be written (" + platform::errorText(known) + ")");
    }
    return target;
}

std::vector<fs::path> extractAttachments(Workspace& ws, const std::vector<std::int64_t>& attachmentIds,
                                         const fs::path& dir)
{
    // Every name is checked before any file is written: a conflict leaves the folder as it was.
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw Error(ErrorCode::CannotOpen, dir.string() + ": no such folder");
    std::vector<std::string> conflicts;
    for (const auto id : attachmentIds) {
        const AttachmentInfo info = loadAttachment(ws, id);
        if (!isSafeAttachmentName(info.fileName))
            throw Error(ErrorCode::InvalidInput,
                        "'" + info.fileName + "' is not a safe file name; nothing is extracted");
        const fs::path target = dir / fs::path(info.fileName).filename();
        if (fs::exists(fs::symlink_status(target, ec)))
            conflicts.push_back(target.string());
    }
    if (!conflicts.empty()) {
        std::string list;
        for (const auto& c : conflicts)
            list += (list.empty() ? "" : ", ") + c;
        throw Error(ErrorCode::InvalidInput,
                    list +
                        (conflicts.size() == 1
                             ? ": a file of that name already exists; it is not overwritten"
                             : ": files of those names already exist; they are not overwritten") +
                        " and nothing is extracted (choose another folder or move them away)");
    }
    std::vector<fs::path> written;
    try {
        for (const auto id : attachmentIds)
            written.push_back(extractAttachment(ws, id, dir));
    } catch (...) {
        for (const auto& f : written) // all or nothing
            fs::remove(f, ec);
        throw;
    }
    return written;
}

void removeAttachment(Workspace& ws, std::int64_t attachmentId)
{
    ws.write("Remove attached file", [&](WriteContext& ctx) {
        const AttachmentInfo info = loadAttachment(ws, attachmentId);
        const VersionRef v = versionRef(ws.db(), info.versionId);
        requireEditable(v);
        SQLite::Statement q(ws.db(), "DELETE FROM document_attachment WHERE id = ?");
        q.bind(1, attachmentId);
        q.exec();
        ctx.record("document", std::to_string(v.documentId), "attachment",
                   v.number + "/" + info.fileName + " (" + std::to_string(info.size) + " bytes, sha256 " +
                       info.sha256 + ")",
                   std::nullopt);
    });
}

} // namespace cw
