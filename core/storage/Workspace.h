#pragma once

#include "common/Clock.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace SQLite {
class Database;
class Statement;
} // namespace SQLite

namespace cw {

namespace platform {
class FileLock;
}

enum class OpenMode { ReadWrite, ReadOnly };

/// How thoroughly Workspace::open() looks at the file before it is used.
enum class OpenCheck {
    Full,    ///< identity, schema version and SQLite's quick_check of every page (the default)
    Deferred ///< identity and schema only; the caller runs quickCheckFile() itself (the GUI does,
             ///< on a worker thread, so a large workspace opens at once)
};

/// One entity touched by a committed user action; sent to listeners after commit.
struct Change {
    std::string entity;
    std::string entityId;
};

class Workspace;

/// Handed to the body of Workspace::write(): every change made through the workspace's
/// repositories is recorded here and lands in the audit trail in the same transaction.
class WriteContext {
public:
    /// Records one field change in the audit trail (old/new are empty optionals for "none").
    void record(std::string_view entity, std::string_view entityId, std::string_view field,
                const std::optional<std::string>& oldValue, const std::optional<std::string>& newValue);
    [[nodiscard]] Workspace& workspace() { return m_ws; }
    [[nodiscard]] std::int64_t actionId() const { return m_actionId; }

private:
    friend class Workspace;
    WriteContext(Workspace& ws, std::string action, std::int64_t actionId, std::string at,
                 std::string headHash, std::int64_t headId)
        : m_ws(ws)
        , m_action(std::move(action))
        , m_actionId(actionId)
        , m_at(std::move(at))
        , m_headHash(std::move(headHash))
        , m_headId(headId)
    {}
    Workspace& m_ws;
    std::string m_action;
    std::int64_t m_actionId;
    std::string m_at;
    std::string m_headHash; ///< hash of the newest audit entry (the chain continues from it)
    std::int64_t m_headId;
    std::vector<Change> m_changes;
    std::set<std::pair<std::string, std::string>> m_changedKeys; ///< entity/id already in m_changes
};

/// A prepared statement lent by Workspace::statement(): used like a SQLite::Statement, reset
/// and unbound when the handle goes, so the next user starts clean.
class CachedStatement {
public:
    CachedStatement(CachedStatement&& other) noexcept;
    CachedStatement& operator=(CachedStatement&&) = delete;
    CachedStatement(const CachedStatement&) = delete;
    ~CachedStatement();

    SQLite::Statement& operator*() const { return *m_statement; }
    SQLite::Statement* operator->() const { return m_statement; }

private:
    friend class Workspace;
    CachedStatement(SQLite::Statement* kept, bool* inUse, std::unique_ptr<SQLite::Statement> own);

    SQLite::Statement* m_statement = nullptr;
    bool* m_inUse = nullptr;                  ///< the cache entry's flag, when lent from the cache
    std::unique_ptr<SQLite::Statement> m_own; ///< a statement of its own (the SQL was already lent)
};

/// Parameters for a new workspace.
struct NewWorkspace {
    std::string name;            ///< engagement name
    std::string language = "en"; ///< engagement language, "en" or "zh"
};

/// An open engagement file. Owns the SQLite connection and, when writable, an exclusive
/// advisory lock that keeps other writers out. Closing (destruction) leaves a single
/// self-contained file.
class Workspace {
public:
    /// 'CWB1': PRAGMA application_id of every workspace.
    static constexpr std::int32_t kApplicationId = 0x43574231;
    static constexpr std::string_view kFileExtension = ".cwb";

    /// Creates a new workspace; refuses to overwrite an existing file.
    [[nodiscard]] static std::unique_ptr<Workspace> create(const std::filesystem::path& file,
                                                           const NewWorkspace& init,
                                                           std::shared_ptr<const Clock> clock = {});
    /// Opens an existing workspace. ReadWrite falls back to read-only when the file itself is
    /// read-only (see readOnlyReason()); it throws Error(AlreadyOpen) when another process
    /// writes to it. Throws Error(CannotOpen) naming the file and reason for anything else.
    [[nodiscard]] static std::unique_ptr<Workspace> open(const std::filesystem::path& file,
                                                         OpenMode mode = OpenMode::ReadWrite,
                                                         std::shared_ptr<const Clock> clock = {},
                                                         OpenCheck check = OpenCheck::Full);
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    [[nodiscard]] static int currentSchemaVersion();

    [[nodiscard]] const std::filesystem::path& file() const { return m_file; }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    /// Why the workspace is read-only (empty when writable).
    [[nodiscard]] const std::string& readOnlyReason() const { return m_readOnlyReason; }
    [[nodiscard]] int schemaVersion() const;
    /// Schema version the file had before this program upgraded it on open (equal if none).
    [[nodiscard]] int openedSchemaVersion() const { return m_openedSchemaVersion; }
    /// Whether opening rolled back an unfinished change that a program which stopped while
    /// writing left in the rollback journal beside the file (see storage/Journal.h).
    [[nodiscard]] bool recoveredJournal() const { return m_recoveredJournal; }

    [[nodiscard]] const Clock& clock() const { return *m_clock; }
    void setClock(std::shared_ptr<const Clock> clock);
    /// Who is recorded in the audit trail; defaults to the OS user.
    [[nodiscard]] const std::string& actor() const { return m_actor; }
    void setActor(std::string actor);

    /// The connection, for repositories. Writes must happen inside write().
    [[nodiscard]] SQLite::Database& db() { return *m_db; }
    /// A prepared statement for `sql`, kept for the life of the workspace: for statements run
    /// once per row of a bulk action (a thousand-row import spent most of its time preparing the
    /// same few statements). The same SQL used again before the handle goes gets a fresh one.
    [[nodiscard]] CachedStatement statement(const std::string& sql);

    /// Runs `body(WriteContext&)` as one transaction: all or nothing, with its audit entries.
    /// Nested calls join the outer transaction. Any exception rolls back and propagates
    /// (SQLite errors as cw::Error). Listeners are told after commit.
    template <class F> decltype(auto) write(std::string_view action, F&& body)
    {
        if (m_activeWrite)
            return body(*m_activeWrite);
        WriteContext ctx = beginWrite(action);
        m_activeWrite = &ctx;
        try {
            if constexpr (std::is_void_v<decltype(body(ctx))>) {
                body(ctx);
                commitWrite(ctx);
            } else {
                auto result = body(ctx);
                commitWrite(ctx);
                return result;
            }
        } catch (...) {
            rollbackWrite();
            translateAndRethrow();
        }
    }

    using Listener = std::function<void(const std::vector<Change>&)>;
    int subscribe(Listener listener);
    void unsubscribe(int id);

    /// Runs `hook` once when the workspace closes (in the destructor, while the connection is still
    /// open); whatever it throws is dropped, so it handles its own errors. Replaces an earlier hook.
    /// The CLI and the GUI sign the trail on close this way (storage/Checkpoint.h).
    void setBeforeClose(std::function<void(Workspace&)> hook) { m_beforeClose = std::move(hook); }

private:
    Workspace() = default;
    static std::unique_ptr<Workspace> openImpl(const std::filesystem::path& file, OpenMode mode,
                                               std::shared_ptr<const Clock> clock, bool creating,
                                               OpenCheck check = OpenCheck::Full);
    void configureConnection();
    void judgeFileSize();
    void verifyIdentity(OpenCheck check);
    WriteContext beginWrite(std::string_view action);
    void commitWrite(WriteContext& ctx);
    void rollbackWrite() noexcept;
    [[noreturn]] void translateAndRethrow();

    std::filesystem::path m_file;
    std::unique_ptr<platform::FileLock> m_lock;
    std::unique_ptr<SQLite::Database> m_db;
    std::shared_ptr<const Clock> m_clock;
    std::string m_actor;
    bool m_readOnly = false;
    std::string m_readOnlyReason;
    int m_openedSchemaVersion = 0;
    bool m_recoveredJournal = false;
    WriteContext* m_activeWrite = nullptr;
    struct KeptStatement {
        std::unique_ptr<SQLite::Statement> statement;
        bool inUse = false;
    };
    std::map<std::string, KeptStatement, std::less<>> m_statements; ///< finalized before m_db closes
    std::map<int, Listener> m_listeners;
    std::function<void(Workspace&)> m_beforeClose;
    int m_nextListenerId = 1;
};

} // namespace cw
