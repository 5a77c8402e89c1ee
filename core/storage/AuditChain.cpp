#include "storage/AuditChain.h"

#include "common/Error.h"
#include "common/Sha256.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace cw {

namespace {

void put(Sha256& h, const std::string& s)
{
    h.update(std::to_string(s.size()));
    h.update(":");
    h.update(s);
    h.update(";");
}

void putOptional(Sha256& h, const std::optional<std::string>& s)
{
    if (!s)
        h.update("N;");
    else
        put(h, *s);
}

} // namespace

ChainedEntry readChainedEntry(SQLite::Statement& q)
{
    ChainedEntry e;
    e.id = q.getColumn(0).getInt64();
    e.actionId = q.getColumn(1).getInt64();
    e.atUtc = q.getColumn(2).getString();
    e.actor = q.getColumn(3).getString();
    e.action = q.getColumn(4).getString();
    e.entity = q.getColumn(5).getString();
    e.entityId = q.getColumn(6).getString();
    e.field = q.getColumn(7).getString();
    if (!q.getColumn(8).isNull())
        e.oldValue = q.getColumn(8).getString();
    if (!q.getColumn(9).isNull())
        e.newValue = q.getColumn(9).getString();
    return e;
}

std::string chainHash(const std::string& prevHash, const ChainedEntry& e)
{
    Sha256 h;
    put(h, "cwb-audit-v1");
    put(h, prevHash);
    put(h, std::to_string(e.id));
    put(h, std::to_string(e.actionId));
    put(h, e.atUtc);
    put(h, e.actor);
    put(h, e.action);
    put(h, e.entity);
    put(h, e.entityId);
    put(h, e.field);
    putOptional(h, e.oldValue);
    putOptional(h, e.newValue);
    return h.hexDigest();
}

std::pair<std::string, std::int64_t> chainHead(SQLite::Database& db)
{
    SQLite::Statement q(db,
                        "SELECT hash, id FROM audit_trail WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1");
    if (q.executeStep())
        return {q.getColumn(0).getString(), q.getColumn(1).getInt64()};
    return {kChainGenesis, 0};
}

std::size_t sealLegacyEntries(SQLite::Database& db)
{
    if (db.execAndGet("SELECT count(*) FROM audit_trail WHERE hash IS NOT NULL OR prev_hash IS NOT NULL")
            .getInt64() != 0)
        throw Error(ErrorCode::Internal, "the audit trail of a workspace from before schema 5 already holds "
                                         "hashes; it is not sealed again");
    std::vector<std::pair<std::int64_t, std::pair<std::string, std::string>>> updates;
    std::string prev = kChainGenesis;
    SQLite::Statement q(db, std::string(kChainSelect) + " ORDER BY id");
    while (q.executeStep()) {
        const ChainedEntry e = readChainedEntry(q);
        const std::string hash = chainHash(prev, e);
        updates.push_back({e.id, {prev, hash}});
        prev = hash;
    }
    SQLite::Statement upd(db, "UPDATE audit_trail SET prev_hash = ?, hash = ? WHERE id = ?");
    std::size_t sealed = 0;
    for (const auto& [id, hashes] : updates) {
        upd.bind(1, hashes.first);
        upd.bind(2, hashes.second);
        upd.bind(3, id);
        sealed += static_cast<std::size_t>(upd.exec());
        upd.reset();
    }
    return sealed;
}

namespace {

ChainReport verifyChain(Workspace& ws)
{
    ChainReport report;
    std::string prev = kChainGenesis;
    std::int64_t lastId = 0;
    SQLite::Statement q(ws.db(), std::string(kChainSelect) + " ORDER BY id");
    while (q.executeStep()) {
        const ChainedEntry e = readChainedEntry(q);
        ++report.entries;
        if (q.getColumn(11).isNull() || q.getColumn(10).isNull()) {
            // Every entry is sealed when it is written (and those from before schema 5 when the file
            // was upgraded), so a missing hash was removed. The chain goes on from the hash the
            // entry would have: an edit of it shows at the next entry, whose link no longer fits.
            report.problems.push_back(
                {e.id, "entry " + std::to_string(e.id) + " is not sealed (its hash was removed)"});
            prev = chainHash(prev, e);
            lastId = e.id;
            continue;
        }
        const std::string storedPrev = q.getColumn(10).getString();
        const std::string storedHash = q.getColumn(11).getString();
        if (storedPrev != prev || e.id != lastId + 1)
            report.problems.push_back(
                {e.id, lastId == 0 && e.id != 1
                           ? "the entries before entry " + std::to_string(e.id) + " were deleted"
                           : "the chain is broken before entry " + std::to_string(e.id) +
                                 " (an entry was deleted or inserted after entry " + std::to_string(lastId) +
                                 ")"});
        if (chainHash(storedPrev, e) != storedHash)
            report.problems.push_back({e.id, "entry " + std::to_string(e.id) + " (" + e.entity + "/" +
                                                 e.entityId + ", " + e.field +
                                                 ") was edited after it was written"});
        prev = storedHash;
        lastId = e.id;
    }
    if (report.entries == 0 && ws.db().execAndGet("SELECT count(*) FROM engagement").getInt64() > 0)
        report.problems.push_back({0, "the audit trail is empty although the workspace holds an engagement "
                                      "(its entries were deleted)"});
    report.headHash = prev;
    return report;
}

} // namespace

ChainReport verifyAuditTrail(Workspace& ws)
{
    try {
        return verifyChain(ws);
    } catch (const SQLite::Exception& e) {
        // A damaged page met while reading (a read-only open does not check every page first).
        throw Error(ErrorCode::CannotOpen,
                    ws.file().string() + ": the audit trail cannot be read (" + e.what() + ")");
    }
}

} // namespace cw
