#include "storage/Workspace.h"

#include "common/Error.h"
#include "platform/Platform.h"
#include "storage/AuditChain.h"
#include "storage/Journal.h"
#include "storage/Migrations.h"
#include "storage/SchemaCheck.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <fstream>
#include <thread>
#include <utility>

namespace cw {

namespace fs = std::filesystem;

namespace {

constexpr int kBusyTimeoutMs = 2000;

[[noreturn]] void cannotOpen(const fs::path& file, const std::string& reason)
{
    throw Error(ErrorCode::CannotOpen, file.string() + ": " + reason);
}

struct Header {
    bool isSqlite = false;
    std::uint64_t declaredSize = 0; // 0 when the header's size field is not reliable
};

std::uint32_t be32(const unsigned char* p)
{
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

/// Reads the 100-byte SQLite header without SQLite, to tell "not a database" apart before SQLite
/// gives a less precise answer. Its page count is only trusted to word a refusal that SQLite made
/// under its own lock (see judgeFileSize): a writer may be growing the file while it is read here,
/// and a hot journal may still have to be rolled back.
Header readHeader(const fs::path& file)
{
    Header h;
    std::array<unsigned char, 100> buf{};
    std::ifstream in(file, std::ios::binary);
    if (!in)
        cannotOpen(file, "the file cannot be read (permission denied?)");
    in.read(reinterpret_cast<char*>(buf.data()), buf.size());
    const auto got = static_cast<std::size_t>(in.gcount());
    static constexpr char kMagic[] = "SQLite format 3";
    if (got < 16 || !std::equal(kMagic, kMagic + 16, buf.begin()))
        return h;
    h.isSqlite = true;
    if (got < 100)
        return h;
    std::uint32_t pageSize = (std::uint32_t{buf[16]} << 8) | buf[17];
    if (pageSize == 1)
        pageSize = 65536;
    const std::uint32_t changeCounter = be32(&buf[24]);
    const std::uint32_t pageCount = be32(&buf[28]);
    const std::uint32_t validFor = be32(&buf[92]);
    if (pageCount != 0 && validFor == changeCounter)
        h.declaredSize = std::uint64_t{pageSize} * pageCount;
    return h;
}

[[noreturn]] void truncated(const fs::path& file, std::uintmax_t size, std::uint64_t declared)
{
    if (declared <= size)
        cannotOpen(file, "the workspace is truncated (" + std::to_string(size) + " bytes)");
    cannotOpen(file, "the workspace is truncated: " + std::to_string(size) + " of " +
                         std::to_string(declared) + " bytes are present");
}

/// What to do about a hot journal that this program cannot roll back.
std::string unfinishedChange(const fs::path& file)
{
    const std::string journal = journalPath(file).string();
    return "the workspace holds an unfinished change left in " + journal +
           " by a program that stopped while writing, and it can only be read once that change is rolled "
           "back, which needs write access: make the file and its folder writable and open it again, and "
           "keep " +
           journal +
           " beside it (deleting it, or restoring a backup over the file while it is there, damages the "
           "workspace)";
}

/// Whether the journal beside the file of `db` is hot: it has a header and no connection holds
/// SQLite's RESERVED lock (one that does is in the middle of a change: its journal is not ours to
/// roll back, and a read waits for it or sees the committed state).
bool hotJournal(SQLite::Database& db, const fs::path& file)
{
    if (journalState(file) != JournalState::Header)
        return false;
    sqlite3_file* handle = nullptr;
    int reserved = 0;
    if (sqlite3_file_control(db.getHandle(), "main", SQLITE_FCNTL_FILE_POINTER, &handle) == SQLITE_OK &&
        handle && handle->pMethods)
        (void)handle->pMethods->xCheckReservedLock(handle, &reserved);
    return reserved == 0;
}

/// Rolls back a hot journal for a reader through a short read-write connection, holding the
/// workspace's write lock so that no writer of ours is in the middle of a change. Returns whether
/// the journal was rolled back; false when another program holds the lock (a writer rolls a hot
/// journal back itself on opening) or SQLite could not roll it back (the read-only open that
/// follows reports why).
bool rollBackForReader(const fs::path& file)
{
    const auto lock = platform::FileLock::tryLock(file);
    if (!lock || journalState(file) != JournalState::Header)
        return false;
    try {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE, kBusyTimeoutMs);
        sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        if (!hotJournal(db, file))
            return false;
        // The first read takes a SHARED lock, which makes SQLite play a hot journal back.
        (void)db.execAndGet("PRAGMA schema_version");
    } catch (const SQLite::Exception&) {
    }
    return journalState(file) != JournalState::Header;
}

std::string sqliteMessage(int code)
{
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        return "the file is not a SQLite database, or it is encrypted";
    case SQLITE_CORRUPT:
        return "the workspace is damaged (the database is malformed or truncated)";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "the workspace is busy: another process is writing to it";
    case SQLITE_CANTOPEN:
        return "the file cannot be opened";
    case SQLITE_READONLY:
        return "the file is read-only";
    case SQLITE_IOERR:
        return "the file cannot be read (input/output error)";
    case SQLITE_FULL:
        return "the disk is full";
    default:
        return sqlite3_errstr(code);
    }
}

} // namespace

int Workspace::currentSchemaVersion()
{
    return migrations::latestVersion();
}

std::unique_ptr<Workspace> Workspace::create(const fs::path& file, const NewWorkspace& init,
                                             std::shared_ptr<const Clock> clock)
{
    std::error_code ec;
    if (fs::exists(fs::symlink_status(file, ec)) || fs::exists(file, ec))
        throw Error(ErrorCode::CannotOpen,
                    file.string() + ": the file already exists; it is not overwritten");
    if (init.language != "en" && init.language != "zh")
        throw Error(ErrorCode::Usage, "language must be 'en' or 'zh', not '" + init.language + "'");
    {
        std::ofstream touch(file, std::ios::binary);
        if (!touch)
            throw Error(ErrorCode::CannotOpen, file.string() + ": the file cannot be created");
    }
    try {
        auto ws = openImpl(file, OpenMode::ReadWrite, std::move(clock), true);
        const std::string now = formatUtc(ws->clock().now());
        ws->write("Create workspace", [&](WriteContext& ctx) {
            SQLite::Statement q(ws->db(),
                                "INSERT INTO engagement(id, name, language, created_at) VALUES (1, ?, ?, ?)");
            q.bind(1, init.name);
            q.bind(2, init.language);
            q.bind(3, now);
            q.exec();
            ctx.record("engagement", "1", "name", std::nullopt, init.name);
            ctx.record("engagement", "1", "language", std::nullopt, init.language);
        });
        return ws;
    } catch (...) {
        fs::remove(file, ec);
        throw;
    }
}

std::unique_ptr<Workspace> Workspace::open(const fs::path& file, OpenMode mode,
                                           std::shared_ptr<const Clock> clock, OpenCheck check)
{
    return openImpl(file, mode, std::move(clock), false, check);
}

std::unique_ptr<Workspace> Workspace::openImpl(const fs::path& file, OpenMode mode,
                                               std::shared_ptr<const Clock> clock, bool creating,
                                               OpenCheck check)
{
    std::error_code ec;
    const auto status = fs::status(file, ec);
    if (ec && ec != std::errc::no_such_file_or_directory)
        cannotOpen(file, "the file cannot be accessed (" + ec.message() + ")");
    if (!fs::exists(status))
        cannotOpen(file, "no such file");
    if (fs::is_directory(status))
        cannotOpen(file, "this is a directory, not a workspace file");
    if (!fs::is_regular_file(status))
        cannotOpen(file, "this is not a regular file");

    const auto size = fs::file_size(file, ec);
    if (!creating) {
        if (size == 0)
            cannotOpen(file, "the file is empty; it is not a workspace");
        if (!readHeader(file).isSqlite)
            cannotOpen(file, "not a Conformance Workbench workspace (not a SQLite database)");
        // Whether the file is whole is judged from inside SQLite (judgeFileSize), after a hot
        // journal beside it was rolled back and while no writer can be growing it.
    }

    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_file = file;
    ws->m_clock = clock ? std::move(clock) : std::make_shared<SystemClock>();
    ws->m_actor = platform::currentUserName();

    bool readOnly = mode == OpenMode::ReadOnly;
    if (!readOnly && !platform::isWritable(file)) {
        readOnly = true;
        ws->m_readOnlyReason = "the file is read-only; it was opened for reading only";
    } else if (readOnly) {
        ws->m_readOnlyReason = "opened for reading only";
    }
    if (!readOnly) {
        ws->m_lock = platform::FileLock::tryLock(file);
        if (!ws->m_lock)
            throw Error(ErrorCode::AlreadyOpen,
                        file.string() + ": the workspace is already open for writing in another program; "
                                        "close it there, or open this one read-only");
    }
    ws->m_readOnly = readOnly;

    // A read-only connection cannot roll back a hot journal (SQLite refuses to read instead): a
    // reader of a writable file rolls it back first through a connection of its own.
    const bool mayRollBack = readOnly && platform::isWritable(file);
    if (!creating && mayRollBack && journalState(file) == JournalState::Header)
        ws->m_recoveredJournal = rollBackForReader(file);
    bool hotBefore = false; // a writer's own connection rolls a hot journal back at its first read

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kBusyTimeoutMs);
    for (;;) {
        try {
            const int flags = readOnly ? SQLite::OPEN_READONLY : SQLite::OPEN_READWRITE;
            ws->m_db = std::make_unique<SQLite::Database>(file.string(), flags, kBusyTimeoutMs);
            hotBefore = !creating && !readOnly && hotJournal(*ws->m_db, file);
            if (!creating)
                ws->judgeFileSize(); // its first read rolls a hot journal back (read-write)
            ws->configureConnection();
            if (creating) {
                ws->m_db->exec("PRAGMA application_id = " + std::to_string(kApplicationId));
                migrations::migrate(*ws->m_db, 0, migrations::latestVersion());
                ws->m_openedSchemaVersion = migrations::latestVersion();
            } else {
                ws->verifyIdentity(check);
            }
            break;
        } catch (const SQLite::Exception& e) {
            const int code = e.getErrorCode();
            const bool unfinished = e.getExtendedErrorCode() == SQLITE_READONLY_ROLLBACK ||
                                    (readOnly && (code & 0xff) == SQLITE_READONLY);
            if (unfinished && mayRollBack && std::chrono::steady_clock::now() < deadline) {
                // Another program holds the write lock: it rolls the journal back on opening, or
                // has just stopped. Wait for it, or roll back once the lock is free.
                ws->m_db.reset();
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                ws->m_recoveredJournal = rollBackForReader(file) || ws->m_recoveredJournal;
                continue;
            }
            if (unfinished)
                cannotOpen(file, unfinishedChange(file));
            cannotOpen(file, sqliteMessage(code));
        }
    }
    if (hotBefore && journalState(file) != JournalState::Header)
        ws->m_recoveredJournal = true;
    return ws;
}

void Workspace::judgeFileSize()
{
    // Inside a read transaction SQLite holds a SHARED lock: a hot journal has been rolled back and
    // no writer can grow the file meanwhile, so the page count and the file's size agree unless the
    // file really lost its end.
    std::int64_t pages = 0;
    std::int64_t pageSize = 0;
    std::uintmax_t size = 0;
    std::error_code ec;
    try {
        m_db->exec("BEGIN");
        pages = m_db->execAndGet("PRAGMA page_count").getInt64();
        pageSize = m_db->execAndGet("PRAGMA page_size").getInt64();
        size = fs::file_size(m_file, ec);
        m_db->exec("COMMIT");
    } catch (const SQLite::Exception& e) {
        if (!sqlite3_get_autocommit(m_db->getHandle()))
            m_db->tryExec("ROLLBACK");
        const int code = e.getErrorCode() & 0xff;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
            // SQLite refuses a header that declares more pages than the file holds: say how many.
            const auto now = fs::file_size(m_file, ec);
            const std::uint64_t declared = readHeader(m_file).declaredSize;
            if (!ec && (now < 512 || declared > now))
                truncated(m_file, now, declared);
        }
        throw;
    }
    const auto declared = static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(pageSize);
    if (!ec && (size < 512 || declared > size))
        truncated(m_file, size, declared);
}

void Workspace::configureConnection()
{
    sqlite3* h = m_db->getHandle();
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_extended_result_codes(h, 1);
    m_db->exec("PRAGMA foreign_keys = ON");
    m_db->exec("PRAGMA synchronous = FULL");
    if (!m_readOnly)
        m_db->exec("PRAGMA journal_mode = DELETE");
}

void Workspace::verifyIdentity(OpenCheck check)
{
    // Reading the schema forces SQLite to read page 1 and recover a hot journal.
    const int appId = m_db->execAndGet("PRAGMA application_id").getInt();
    const int version = m_db->execAndGet("PRAGMA user_version").getInt();
    if (appId != kApplicationId) {
        const int tables = m_db->execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
        cannotOpen(m_file, tables == 0 ? "an empty SQLite database, not a Conformance Workbench workspace"
                                       : "a SQLite database, but not a Conformance Workbench workspace");
    }
    if (version > migrations::latestVersion())
        cannotOpen(m_file, "the workspace was made by a newer version of Conformance Workbench (schema " +
                               std::to_string(version) + "; this program reads up to schema " +
                               std::to_string(migrations::latestVersion()) + "); please update the program");
    if (version < 1)
        cannotOpen(m_file, "the workspace has no schema (it was never initialised)");
    // Before any statement that could fire a trigger or read a view: only sqlite_schema is read.
    requireProductSchema(*m_db, m_file, version);
    if (check == OpenCheck::Full) {
        const std::string quick = m_db->execAndGet("PRAGMA quick_check(1)").getString();
        if (quick != "ok")
            cannotOpen(m_file, "the workspace is damaged: " + quick);
    }
    m_openedSchemaVersion = version;
    if (version < migrations::latestVersion()) {
        if (m_readOnly)
            cannotOpen(m_file, "the workspace uses the older schema " + std::to_string(version) +
                                   " and must be upgraded, but it is open read-only");
        // Entries from before schema 5 have no hash: they are sealed in the upgrade's own
        // transaction, and never on a later open (an unsealed entry after that is tampering).
        migrations::migrate(*m_db, version, migrations::latestVersion(), [version](SQLite::Database& db) {
            if (version < 5)
                (void)sealLegacyEntries(db);
        });
    }
}

Workspace::~Workspace()
{
    if (auto hook = std::move(m_beforeClose)) {
        try {
            hook(*this);
        } catch (...) {
        }
    }
    m_statements.clear(); // finalized while the connection is open
    m_db.reset();         // closes the connection before the lock goes
    m_lock.reset();
}

CachedStatement::CachedStatement(SQLite::Statement* kept, bool* inUse, std::unique_ptr<SQLite::Statement> own)
    : m_statement(own ? own.get() : kept)
    , m_inUse(own ? nullptr : inUse)
    , m_own(std::move(own))
{
    if (m_inUse)
        *m_inUse = true;
}

CachedStatement::CachedStatement(CachedStatement&& other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_inUse(std::exchange(other.m_inUse, nullptr))
    , m_own(std::move(other.m_own))
{}

CachedStatement::~CachedStatement()
{
    if (!m_inUse)
        return; // empty (moved from), or a statement of its own that goes with the handle
    try {
        m_statement->reset(); // reports the last step's error again; it resets all the same
        m_statement->clearBindings();
    } catch (...) {
    }
    *m_inUse = false;
}

CachedStatement Workspace::statement(const std::string& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, KeptStatement{std::make_unique<SQLite::Statement>(*m_db, sql), false})
                 .first;
    if (it->second.inUse)
        return CachedStatement(nullptr, nullptr, std::make_unique<SQLite::Statement>(*m_db, sql));
    return CachedStatement(it->second.statement.get(), &it->second.inUse, nullptr);
}

int Workspace::schemaVersion() const
{
    return m_db->execAndGet("PRAGMA user_version").getInt();
}

void Workspace::setClock(std::shared_ptr<const Clock> clock)
{
    m_clock = clock ? std::move(clock) : std::make_shared<SystemClock>();
}

void Workspace::setActor(std::string actor)
{
    m_actor = actor.empty() ? platform::currentUserName() : std::move(actor);
}

WriteContext Workspace::beginWrite(std::string_view action)
{
    if (m_readOnly)
        throw Error(ErrorCode::ReadOnly, m_file.string() + ": cannot save changes: " + m_readOnlyReason);
    try {
        m_db->exec("BEGIN IMMEDIATE");
    } catch (const SQLite::Exception& e) {
        throw Error(ErrorCode::Internal,
                    m_file.string() + ": cannot start a change: " + sqliteMessage(e.getErrorCode()));
    }
    std::int64_t actionId = 1;
    std::pair<std::string, std::int64_t> head;
    try {
        actionId = m_db->execAndGet("SELECT coalesce(max(action_id), 0) + 1 FROM audit_trail").getInt64();
        head = chainHead(*m_db);
        const auto maxId = m_db->execAndGet("SELECT coalesce(max(id), 0) FROM audit_trail").getInt64();
        if (maxId != head.second)
            throw Error(ErrorCode::CheckFailed, m_file.string() +
                                                    ": the newest entry of the audit trail has no hash, so "
                                                    "the trail was tampered with; no change is saved");
    } catch (...) {
        rollbackWrite();
        throw;
    }
    return WriteContext(*this, std::string(action), actionId, formatUtc(m_clock->now()), head.first,
                        head.second);
}

void Workspace::commitWrite(WriteContext& ctx)
{
    m_db->exec("COMMIT");
    m_activeWrite = nullptr;
    const auto changes = std::move(ctx.m_changes);
    const auto listeners = m_listeners; // a listener may unsubscribe
    for (const auto& [id, listener] : listeners)
        listener(changes);
}

void Workspace::rollbackWrite() noexcept
{
    m_activeWrite = nullptr;
    if (!sqlite3_get_autocommit(m_db->getHandle()))
        m_db->tryExec("ROLLBACK");
}

void Workspace::translateAndRethrow()
{
    try {
        throw;
    } catch (const Error&) {
        throw;
    } catch (const SQLite::Exception& e) {
        const int code = e.getErrorCode() & 0xff;
        if (code == SQLITE_CONSTRAINT)
            throw Error(ErrorCode::InvalidInput,
                        std::string("the change breaks a rule of the workspace: ") + e.what());
        throw Error(ErrorCode::Internal,
                    m_file.string() + ": the change was not saved: " + sqliteMessage(code));
    }
}

int Workspace::subscribe(Listener listener)
{
    const int id = m_nextListenerId++;
    m_listeners.emplace(id, std::move(listener));
    return id;
}

void Workspace::unsubscribe(int id)
{
    m_listeners.erase(id);
}

void WriteContext::record(std::string_view entity, std::string_view entityId, std::string_view field,
                          const std::optional<std::string>& oldValue,
                          const std::optional<std::string>& newValue)
{
    ChainedEntry e;
    e.id = m_headId + 1;
    e.actionId = m_actionId;
    e.atUtc = m_at;
    e.actor = m_ws.actor();
    e.action = m_action;
    e.entity = std::string(entity);
    e.entityId = std::string(entityId);
    e.field = std::string(field);
    e.oldValue = oldValue;
    e.newValue = newValue;
    const std::string hash = chainHash(m_headHash, e);
    auto kept =
        m_ws.statement("INSERT INTO audit_trail(id, action_id, at_utc, actor, action, entity, entity_id, "
                       "field, old_value, new_value, prev_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SQLite::Statement& q = *kept;
    q.bind(1, e.id);
    q.bind(2, e.actionId);
    q.bind(3, e.atUtc);
    q.bind(4, e.actor);
    q.bind(5, e.action);
    q.bind(6, e.entity);
    q.bind(7, e.entityId);
    q.bind(8, e.field);
    if (oldValue)
        q.bind(9, *oldValue);
    if (newValue)
        q.bind(10, *newValue);
    q.bind(11, m_headHash);
    q.bind(12, hash);
    q.exec();
    m_headHash = hash;
    m_headId = e.id;
    if (m_changedKeys.emplace(e.entity, e.entityId).second)
        m_changes.push_back(Change{e.entity, e.entityId});
}

} // namespace cw
