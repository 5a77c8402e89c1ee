#include "storage/Backup.h"

#include "common/Error.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <memory>

namespace cw {

namespace fs = std::filesystem;

namespace {

/// How long the backup's own connection waits for a writer elsewhere to finish a commit.
constexpr int kBackupBusyTimeoutMs = 5000;

void copyDatabase(SQLite::Database& source, const fs::path& destination)
{
    std::error_code ec;
    if (fs::exists(fs::symlink_status(destination, ec)))
        throw Error(ErrorCode::CannotOpen,
                    destination.string() + ": the file already exists; choose another name");
    auto partial = destination;
    partial += ".partial";
    fs::remove(partial, ec);
    try {
        {
            SQLite::Database out(partial.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            SQLite::Backup backup(out, "main", source, "main");
            // Copy in steps so a writer elsewhere is never blocked for long; restarts are handled
            // by SQLite when the source changes mid-way.
            int rc = SQLITE_OK;
            do {
                rc = backup.executeStep(256);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(20);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            if (rc != SQLITE_DONE)
                throw Error(ErrorCode::Internal,
                            destination.string() + ": the backup failed: " + sqlite3_errstr(rc));
            if (out.execAndGet("PRAGMA quick_check").getString() != "ok")
                throw Error(ErrorCode::Internal,
                            destination.string() + ": the backup copy does not pass its check");
            out.exec("PRAGMA journal_mode = DELETE");
        }
        fs::rename(partial, destination);
    } catch (const SQLite::Exception& e) {
        fs::remove(partial, ec);
        throw Error(ErrorCode::CannotOpen,
                    destination.string() + ": the backup cannot be written: " + e.what());
    } catch (...) {
        fs::remove(partial, ec);
        throw;
    }
}

} // namespace

void backupWorkspace(Workspace& ws, const fs::path& destination)
{
    copyDatabase(ws.db(), destination);
}

void backupWorkspaceFile(const fs::path& source, const fs::path& destination)
{
    std::unique_ptr<SQLite::Database> db;
    try {
        db = std::make_unique<SQLite::Database>(source.string(), SQLite::OPEN_READONLY, kBackupBusyTimeoutMs);
    } catch (const SQLite::Exception& e) {
        throw Error(ErrorCode::CannotOpen, source.string() + ": cannot be read for a backup: " + e.what());
    }
    copyDatabase(*db, destination);
}

} // namespace cw
